package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

func TestMeetings(t *testing.T) {
	type want struct {
		name, start, end, kind string
		ordinal                int
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"ordinal session of a body",
			"The Open-ended Working Group will hold its third substantive session in March 2025.",
			[]want{{"third substantive session", "2025-03", "2025-03", "formal_session", 3}}},
		{"proper name with range",
			"The Baltic Ministerial Meeting on Cyber Resilience, held from 9 to 11 June 2024 in Riga, closed.",
			[]want{{"Baltic Ministerial Meeting on Cyber Resilience", "2024-06-09", "2024-06-11", "other", 0}}},
		{"mentions merged",
			"From 3-5 May 2023, the informal intersessional consultative meeting of the Open-ended Working Group took place. The intersessional meeting was well attended.",
			[]want{{"informal intersessional consultative meeting of the Open-ended Working Group", "2023-05-03", "2023-05-05", "informal_consultation", 0}}},
		{"heading with date line",
			"Roundtable: Cyber Hygiene for Small States\n8 March 2024, Suva.\n",
			[]want{{"Roundtable: Cyber Hygiene for Small States", "2024-03-08", "2024-03-08", "workshop", 0}}},
		{"two meetings, one date each",
			"The first session took place from 1 to 3 April 2024, and the second session is scheduled for 7–9 October 2024.",
			[]want{{"first session", "2024-04-01", "2024-04-03", "formal_session", 1}, {"second session", "2024-10-07", "2024-10-09", "formal_session", 2}}},
		{"a page heading, its place in bold, and the page title's year", "# Reef Forum 2026 · Programme\n\n**Suva, Fiji · 4–5 June 2026**\n\nSide events at the Reef Forum must be registered before 13 May.\n",
			[]want{{"Reef Forum 2026", "2026-06-04", "2026-06-05", "conference", 0}}},
		{"a genre label in emphasis is no place", "# What the Reef Forum Tells Us\n\n*Analysis · 19 March 2024*\n\nThe Reef Forum met in Suva from 4 to 5 March 2024.\n",
			[]want{{"Reef Forum", "2024-03-04", "2024-03-05", "conference", 0}}},
		{"an events listing with format labels over sentence-case titles", "Upcoming events\n\nPartners event · Online\n\nWhat next for reef cable security?\n\nTuesday 9 June 2026, 13:00 – 14:00 GMT\n\nSpeakers will consider the options.\n\nRoundtable · In person · Invitation only\n\nProtecting ports in the Pacific\n\n10–11 March 2026\n",
			[]want{{"What next for reef cable security?", "2026-06-09", "2026-06-09", "other", 0}, {"Protecting ports in the Pacific", "2026-03-10", "2026-03-11", "workshop", 0}}},
		{"a heading over a list of facts", "2026 Reef Conference on Cable/ICT Security\n\nDates\n22 and 23 October 2026\nLocation\nSuva, Fiji\n",
			[]want{{"2026 Reef Conference on Cable/ICT Security", "2026-10-22", "2026-10-23", "conference", 0}}},
		{"a place after the name, and a date that refines an acronym's year", "IGF 2026 · 3–4 June 2026 · Suva, Fiji\n\nThe Reef Inter-Sessional Meeting on Cable Security in Suva met on 5 June 2026.\n",
			[]want{{"IGF 2026", "2026-06-03", "2026-06-04", "conference", 0}, {"Reef Inter-Sessional Meeting on Cable Security", "2026-06-05", "2026-06-05", "other", 0}}},
		{"a meeting word named by its complement, wrapped over two lines", "  (c) A briefing for delegations of small island developing States and\n      least developed countries will be organized on 11 June 2026 in New York.\nIn this issue: a new school for island diplomats, and a briefing for the press.\n",
			[]want{{"briefing for delegations of small island developing States and least developed countries", "2026-06-11", "2026-06-11", "other", 0}}},
		{"a listing with each date above its title", "Search results\n\nWednesday, 17 June 2026\nInformal exchange with partners - Reef Group on cable security\nMeetings · 02:02:55\n\nWednesday, 17 June 2026\nReef Group on the protection of submarine cables in the Pacific region - Organizational session, 3rd meeting\nMeetings · 02:58:30\n\nTuesday, 16 June 2026\nReef Group on the protection of submarine cables in the Pacific region - Organizational session, 1st meeting\nMeetings · 02:56:14\n",
			[]want{{"Informal exchange with partners - Reef Group on cable security", "2026-06-17", "2026-06-17", "dialogue", 0},
				{"Reef Group on the protection of submarine cables in the Pacific region - Organizational session", "2026-06-16", "2026-06-17", "formal_session", 0}}},
		{"a UN press release's slug and dateline", "SOC/CP/999 8 August 2024\n\nReef Committee on Cable Security, Reconvened Concluding Session, 9th & 10th Meetings (AM & PM)\n\nCommittee Approves Draft Reef Convention\n",
			[]want{{"Reef Committee on Cable Security, Reconvened Concluding Session", "2024-08-08", "2024-08-08", "formal_session", 0}}},
		{"follow-up and closed-door meetings", "A follow-up workshop on reef cables should be held in Suva in March 2027. Upcoming: closed-door briefing for delegations, 9 July 2026, New York.",
			[]want{{"follow-up workshop on reef cables", "2027-03", "2027-03", "workshop", 0}, {"closed-door briefing for delegations", "2026-07-09", "2026-07-09", "other", 0}}},
		{"a plural possessive inside a name, and an ordinal joined to final", "The Reef Senior Officials' Meeting met on 3 May 2026. The group's ninth and final session is set for 2 June 2026.",
			[]want{{"Reef Senior Officials' Meeting", "2026-05-03", "2026-05-03", "other", 0}, {"ninth and final session", "2026-06-02", "2026-06-02", "formal_session", 9}}},
		{"no meeting", "The norms were agreed by consensus. The meeting room was small.", nil},
		{"an event page with its format above the title", "Webinar · Online\n\nAfter the Treaty: Who Keeps the Registry?\n\nThursday, March 5, 2026\n10:00 – 11:30 a.m. EST\n",
			[]want{{"After the Treaty: Who Keeps the Registry?", "2026-03-05", "2026-03-05", "other", 0}}},
		{"of and in", "The Coral Sea Inter-Sessional Meeting on Security of and in the Use of ICTs met from 3 to 4 May 2025 in Suva.",
			[]want{{"Coral Sea Inter-Sessional Meeting on Security of and in the Use of ICTs", "2025-05-03", "2025-05-04", "other", 0}}},
		{"a dialogue in a report's title is no meeting", "The talk of 4 May 2026 builds on the November 2025 report Charting the Reef: Options for a Permanent Forum on Cable Security.", nil},
		{"talks as a verb", "In this episode, host Ana Ruiz talks to two guests about reef cables.", nil},
		{"a headline dated by its article", "Chile takes part in the third session of the Reef Group\n\n27/03/2026\n\nThe third session of the Reef Group was held from 2 to 4 March 2026.",
			[]want{{"third session of the Reef Group", "2026-03-02", "2026-03-04", "formal_session", 3}}},
		{"a diary item with its date in bold", "# Reef diary, July to December 2026\n\n- **Fri 10 Jul** — Reef Cable Summit, Suva.\n- **13–17 Jul** — Open-ended Working Group: informal briefing on reporting, New York.\n",
			[]want{{"Reef Cable Summit", "2026-07-10", "2026-07-10", "conference", 0}, {"Open-ended Working Group: informal briefing on reporting", "2026-07-13", "2026-07-17", "other", 0}}},
		{"a meeting named with its complement", "A virtual informal consultation with accredited stakeholders will be held on 8 June 2026.",
			[]want{{"virtual informal consultation with accredited stakeholders", "2026-06-08", "2026-06-08", "informal_consultation", 0}}},
		{"on behalf of ends no name", "The regional meeting on behalf of the group was held on 8 June 2026.",
			[]want{{"regional meeting", "2026-06-08", "2026-06-08", "other", 0}}},
		{"a bootcamp", "The Andean Cyber Diplomacy Bootcamp 2026 runs from 2 to 6 March 2026 in Lima.",
			[]want{{"Andean Cyber Diplomacy Bootcamp 2026", "2026-03-02", "2026-03-06", "workshop", 0}}},
		{"an exchange of views is no meeting", "The General Exchange of Views continued on Tuesday with forty speakers.", nil},
		{"a school of something is an institution", "She teaches at the Lviv School of Digital Governance and writes often.", nil},
		{"a forum among the supporters of a statement is an organisation",
			"This statement is supported by:\n\n  Harbour Civic Tech Forum (Tallinn)\n  Pacific Data Rights Forum\n", nil},
		{"organisation is not a meeting", "The Global Forum on Cyber Expertise published a guide on 2 May 2024.", nil},
		{"acronym of a forum with its year",
			"At IGF 2025 in Oslo, the workshop drew a full room.",
			[]want{{"IGF 2025", "2025", "2025", "conference", 0}}},
		{"acronym of a body that is no meeting, with a year", "The OEWG 2025 report was adopted.", nil},
		{"month to be confirmed dates a diary item",
			"Meetings to watch in 2024.\n\nFebruary (TBC) — Informal consultations on the thematic groups.",
			[]want{{"Informal consultations on the thematic groups", "2024-02", "2024-02", "informal_consultation", 0}}},
		{"a heading whose type label names a meeting",
			"# WS #88 Trust in Cross-Border Incident Response\n\n**Session type:** Workshop | **Room:** Hall B2 | **Date:** Wednesday, 25 June 2025, 11:00–12:30\n",
			[]want{{"WS #88 Trust in Cross-Border Incident Response", "2025-06-25", "2025-06-25", "workshop", 0}}},
		{"the forum that holds the dialogue is no meeting",
			"The Lusophone Digital Policy Forum will hold its annual dialogue in Lisbon on 9 March 2026.",
			[]want{{"annual dialogue", "2026-03-09", "2026-03-09", "dialogue", 0}}},
		{"diary items that open with a date",
			"Upcoming in 2026\n\n15 April: Webinar on confidence-building measures (online)\n3–4 June 2026 | WSIS Forum 2026 | Geneva\n",
			[]want{{"Webinar on confidence-building measures", "2026-04-15", "2026-04-15", "other", 0}, {"WSIS Forum 2026", "2026-06-03", "2026-06-04", "conference", 0}}},
		{"a diary item without a meeting word is no meeting", "Upcoming in 2026\n\n15 April: Deadline for comments on the draft\n", nil},
		{"a year right after a meeting name is part of it and dates it", "Date TBC — Reef Cable Annual Meeting 2026\n",
			[]want{{"Reef Cable Annual Meeting 2026", "2026", "2026", "other", 0}}},
		{"a year after a meeting name that a precise date dates", "The Reef Forum 2026 meets on 25 & 26 November 2026 in Suva.\n",
			[]want{{"Reef Forum 2026", "2026-11-25", "2026-11-26", "conference", 0}}},
		{"a type label that names no meeting", "# Trust in Incident Response\n\nType: Report | Date: 25 June 2025\n", nil},
		{"heading with city, country and a date on the next line",
			"Regional Workshop on Critical Infrastructure Protection\nWindhoek, Namibia · 19–20 May 2026\n",
			[]want{{"Regional Workshop on Critical Infrastructure Protection", "2026-05-19", "2026-05-20", "workshop", 0}}},
		{"part of a meeting", "The closing plenary on 4 May 2024 adopted the text.", nil},
		{"the titles of a seminar series, one under each date, wrapped",
			"HARBOUR LAW SEMINAR SERIES 2026\n\"Cables, Courts and the Sea\"\n\nAll seminars take place on Wednesdays at noon.\n\n4 March 2026\n  Who owns a cable? Jurisdiction over the sea floor in the\n  Western Pacific\n  Dr Ana Ruiz-Holt, Reef Institute\n\n18 March 2026\n  Repairs at sea: a primer\n  Lena Holt, Reef Forum\n\nCLOSING WORKSHOP\nFriday 3 April 2026, 09:00-13:00, Room 2\n\"Cables and Courts: a research agenda\"\n",
			[]want{{"Who owns a cable? Jurisdiction over the sea floor in the Western Pacific", "2026-03-04", "2026-03-04", "workshop", 0},
				{"Repairs at sea: a primer", "2026-03-18", "2026-03-18", "workshop", 0},
				{"Cables and Courts: a research agenda", "2026-04-03", "2026-04-03", "workshop", 0}}},
		{"a title under a date is no meeting without a series or a meeting word",
			"News\n\n4 March 2026\n  Who owns a cable? Jurisdiction over the sea floor\n  Dr Ana Ruiz-Holt, Reef Institute\n", nil},
		{"the table of a seminar series: one meeting a row, a postponed row left out",
			"# Harbour Law Seminar Series 2026\n\n| Date | Speaker | Title |\n|---|---|---|\n| 4 March 2026 | Dr Ana Ruiz-Holt | Who owns a cable? |\n| ~~11 March 2026~~ | ~~Lena Holt~~ | *Postponed* |\n| 18 March 2026 | Lena Holt | Repairs at sea: a primer |\n| 1 April 2026 | Sione Fakatava | *Cables and courts* |\n",
			[]want{{"Who owns a cable?", "2026-03-04", "2026-03-04", "workshop", 0},
				{"Repairs at sea: a primer", "2026-03-18", "2026-03-18", "workshop", 0},
				{"Cables and courts", "2026-04-01", "2026-04-01", "workshop", 0}}},
		{"a programme table of one event is no series, even on a series page",
			"# Reef Dialogues #4: Cables at Sea\n\nThursday, 4 September 2025\n\n| Date | Session | Speaker |\n|---|---|---|\n| 4 September 2025 | Opening remarks | Ana Ruiz-Holt |\n| 4 September 2025 | Talk on repairs | Lena Holt |\n| 5 September 2025 | Closing remarks | Sione Fakatava |\n",
			[]want{{"Reef Dialogues #4: Cables at Sea", "2025-09-04", "2025-09-04", "dialogue", 0}}},
		{"a press release's meeting over its symbol and date",
			"Reef Council\n\n962nd Meeting (AM)\nRC/15739\n20 June 2024\n\nThe Council held an open debate today.\n",
			[]want{{"962nd Meeting (AM)", "2024-06-20", "2024-06-20", "other", 962}}},
		{"a numbered edition of a body's meeting, and people of a forum",
			"On 3 May 2026 the 30th ASEAN Regional Forum met in Jakarta. Ana Ruiz-Holt of the Reef Policy Forum spoke.\n",
			[]want{{"30th ASEAN Regional Forum", "2026-05-03", "2026-05-03", "conference", 30}}},
		{"a panel of experts is a body, a site's menu no meeting", "Meetings & Events 07 Aug 2024 · 2h 51min\n\nOn 3 May 2026 the Panel of Experts reported.\n", nil},
		{"a page's section, a headline and a programme line are no meetings",
			"About The Colloquium\n4 March 2026\n\nCommittee Hears Briefing\n5 March 2026\n\n3-6 p.m. Item 4. General exchange of views (continued)\n6 March 2026\n", nil},
		{"a heading in capitals wrapped at a hyphen over its date",
			"REEF COMMITTEE\n\nSEVENTH MEETING OF THE WORKING GROUP ON CONFIDENCE-\nBUILDING MEASURES AT SEA\nMarch 14-15, 2024\n",
			[]want{{"Seventh Meeting Of The Working Group On Confidence-Building Measures At Sea", "2024-03-14", "2024-03-15", "other", 7}}},
		{"an edition in words of a body's meeting, a longer name after an edition, and an undated forum",
			"We spoke at the seventeenth Internet Governance Forum (28 November – 2 December 2022). The 5th ASEAN Regional Forum Inter-Sessional Meeting on Cables met on 3 May 2023. Ana Ruiz-Holt works at the Kestrel Policy Forum.\n",
			[]want{{"seventeenth Internet Governance Forum", "2022-11-28", "2022-12-02", "conference", 17},
				{"5th ASEAN Regional Forum Inter-Sessional Meeting on Cables", "2023-05-03", "2023-05-03", "other", 5}}},
		{"a meeting's heading over its place and date",
			"REEF COUNCIL\n1296TH MEETING\nSUVA, FIJI\n14 OCTOBER 2025\n\nCOMMUNIQUÉ\n",
			[]want{{"1296th Meeting", "2025-10-14", "2025-10-14", "other", 0}}},
		{"a numbered instalment over its title, and a list of past ones",
			"Reef Dialogues #3\n\nCables at Sea: Who Pays?\n\nThursday, 4 September 2025\n\n14.00 – 15.30 WIB (UTC+7)\n\nPast dialogues\n\n- Reef Dialogues #2: Ports and Pipes, 12 June 2025\n- Norms at Sea (20 February 2025)\n",
			[]want{{"Cables at Sea: Who Pays?", "2025-09-04", "2025-09-04", "dialogue", 0},
				{"Reef Dialogues #2: Ports and Pipes", "2025-06-12", "2025-06-12", "dialogue", 0},
				{"Norms at Sea", "2025-02-20", "2025-02-20", "dialogue", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := publishedMeetings(extractText(t, tt.text))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d meetings %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				m := got[i]
				if m.Name != w.name || m.Kind != w.kind || m.Ordinal != w.ordinal {
					t.Errorf("got %q kind %s ordinal %d, want %q %s %d", m.Name, m.Kind, m.Ordinal, w.name, w.kind, w.ordinal)
				}
				if m.Start == nil || m.Start.ISO() != w.start || m.End.ISO() != w.end {
					t.Errorf("%q dates %v–%v, want %s–%s", m.Name, m.Start, m.End, w.start, w.end)
				}
			}
		})
	}
}

func TestMeetingRoles(t *testing.T) {
	r := extractText(t, "From 2-4 June 2024, the Nordic Centre for Cyber Studies brought together 80 participants to the Arctic Cyber Dialogue. Chaired by Norway, the meeting closed with 31 organisations registered.")
	roles := map[string]string{}
	for _, p := range r.Participations {
		roles[p.OrgKey] = p.Role
	}
	if roles["norway"] != "chair" || roles[keyOf("Nordic Centre for Cyber Studies")] != "organiser" {
		t.Errorf("got roles %v", roles)
	}
	m := publishedMeetings(r)
	if len(m) != 1 || m[0].ParticipantCount != 80 || m[0].OrganisationCount != 31 {
		t.Errorf("got meetings %+v", m)
	}
}

func TestTitleFrames(t *testing.T) {
	tests := []struct {
		name, title string
		want        int
	}{
		{"a meeting word in the page title frames the heading", "Webinar | Delegates Hear Calls for Action", 1},
		{"a plural site name frames no meeting", "Delegates Hear Calls for Action | Meetings Coverage", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "---\ntitle: " + tt.title + "\n---\n\nDelegates Hear Calls for Action\nGENEVA, 8 July 2025\n"
			doc, err := source.NewDocument(source.Entry{SourceID: "x"}, "x.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if got := publishedMeetings(Extract(doc, testRef(t))); len(got) != tt.want {
				t.Errorf("got %d meetings %+v, want %d", len(got), got, tt.want)
			}
		})
	}
}

// TestNumberedMeetings checks that numbered meetings that name their
// session become sessions of that session, as UN Web TV lists them.
func TestNumberedMeetings(t *testing.T) {
	text := "UN Web TV\n\n1st meeting, Reef Security Working Group, organizational session\n24 Mar 2026 · 2h 51min\n\n" +
		"2nd meeting, Reef Security Working Group, organizational session\n24 Mar 2026 · 2h 40min\n\n" +
		"3rd meeting, Reef Security Working Group, organizational session\n25 Mar 2026 · 2h 58min\n"
	ms := publishedMeetings(extractText(t, text))
	if len(ms) != 1 {
		t.Fatalf("got %d meetings %+v, want 1", len(ms), ms)
	}
	m := ms[0]
	if m.Name != "Reef Security Working Group, organizational session" || m.Start.ISO() != "2026-03-24" || m.End.ISO() != "2026-03-25" {
		t.Errorf("got %q %v..%v", m.Name, m.Start, m.End)
	}
	var got []string
	for _, s := range m.Sessions {
		got = append(got, fmt.Sprintf("%d %s %s", s.Seq, s.Title, s.Date.ISO()))
	}
	want := "1 1st meeting 2026-03-24|2 2nd meeting 2026-03-24|3 3rd meeting 2026-03-25"
	if strings.Join(got, "|") != want {
		t.Errorf("sessions %q, want %q", got, want)
	}
}
