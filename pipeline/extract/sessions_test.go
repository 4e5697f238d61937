package extract

import "testing"

func TestSessions(t *testing.T) {
	type want struct {
		seq                   int
		title, kind, from, to string
		room, date            string
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"numbered agenda after a meeting",
			"The second session of the Expert Group took place from 4 to 6 March 2024. It covered:\n\n1. Opening of the session;\n2. Adoption of the agenda; and\n3. Closing remarks.\n",
			[]want{{1, "Opening of the session", "agenda_item", "", "", "", ""}, {2, "Adoption of the agenda", "agenda_item", "", "", "", ""}, {3, "Closing remarks", "agenda_item", "", "", "", ""}}},
		{"a date in brackets ends a heading's title",
			"Informal consultations of the Expert Group, 12–13 May 2025\n\n## Segment A – Reporting channels (12 May, morning)\n\nDelegations spoke.\n",
			[]want{{1, "Reporting channels", "other", "", "", "", "2025-05-12"}}},
		{"an agenda whose items end with full stops, with lettered sub-items",
			"The second session of the Expert Group took place from 4 to 6 March 2024.\n\n4. The Group considered the following items of its agenda (A/AC.500/2024/1):\n\n   1. Opening of the session.\n   2. Adoption of the agenda.\n   3. Thematic discussions:\n      (a) Thematic group on incident reporting;\n      (b) Thematic group on the capacity needs of small island developing States and of the least developed countries.\n   4. Other matters.\n\n### Item 4 – Other matters\n\n5. Delegations then took the floor and made long statements about many things.\n",
			[]want{{1, "Opening of the session", "agenda_item", "", "", "", ""}, {2, "Adoption of the agenda", "agenda_item", "", "", "", ""},
				{3, "Thematic discussions", "agenda_item", "", "", "", ""}, {4, "Thematic group on incident reporting", "agenda_item", "", "", "", ""},
				{5, "Thematic group on the capacity needs of small island developing States and of the least developed countries", "agenda_item", "", "", "", ""}, {6, "Other matters", "agenda_item", "", "", "", ""}}},
		{"the meetings of a press release's slug keep their half-days",
			"SOC/CP/999 8 August 2024\n\nReef Committee on Cable Security, Reconvened Concluding Session, 9th & 10th Meetings (AM & PM)\n\nCommittee Approves Draft Reef Convention\n",
			[]want{{9, "9th & 10th Meetings (AM & PM)", "other", "", "", "", "2024-08-08"}}},
		{"agenda items given one a line with their titles",
			"The second session of the Reef Committee took place from 4 to 6 March 2024.\n\nAgenda item 4: Consideration of the draft reef convention.\nAgenda item 5: Adoption of the report of the Reef Committee.\n",
			[]want{{4, "Consideration of the draft reef convention", "agenda_item", "", "", "", ""}, {5, "Adoption of the report of the Reef Committee", "agenda_item", "", "", "", ""}}},
		{"the chapters of a recording are no programme",
			"The Reef Workshop took place in Suva on 14 April 2026. Our podcast looks back.\n\n**Chapters**\n- 00:00 Intro\n- 02:15 From Suva to Zoom: the online sessions\n- 11:40 The reef norms, now with commentary\n",
			nil},
		{"titles wrapped in their column after times with a long dash",
			"The seventh meeting of the Reef Working Group takes place in Suva on 14 March 2024.\n\nThursday, 14 March 2024\n\n10:00 a.m. – 11:30 a.m.      First plenary session: Review of the implementation\n                             of reef measures 1 to 6\n\n11:45 a.m. – 1:00 p.m.       Panel: Points of contact and the Inter-Pacific\n                             Network of Reef Focal Points\n\n2:30 p.m. – 4:30 p.m.        Second plenary session: Proposals for new confidence-\n                             building measures\n",
			[]want{{1, "First plenary session: Review of the implementation of reef measures 1 to 6", "plenary", "10:00", "11:30", "", "2024-03-14"},
				{2, "Panel: Points of contact and the Inter-Pacific Network of Reef Focal Points", "panel", "11:45", "13:00", "", "2024-03-14"},
				{3, "Second plenary session: Proposals for new confidence-building measures", "plenary", "14:30", "16:30", "", "2024-03-14"}}},
		{"a course's weekly table: a bold label before a quoted title, and a row that is no title",
			"The Reef Law Course runs from 3 to 24 February 2026.\n\n| Week | Date | Topic | Guest |\n|---|---|---|---|\n| 1 | 3 February 2026 | Introduction to reef law | – |\n| 2 | 10 February 2026 | **Class:** we watch the plenary online | – |\n| 3 | 17 February 2026 | **Guest lecture:** \"Inside the Room: Cables and Courts\" | Ana Ruiz-Holt |\n",
			[]want{{1, "Introduction to reef law", "other", "", "", "", "2026-02-03"}, {2, "Inside the Room: Cables and Courts", "other", "", "", "", "2026-02-17"}}},
		{"numbered paragraphs are no agenda",
			"The second session of the Expert Group took place from 4 to 6 March 2024. The following was agreed:\n\n1. The Group adopted its agenda without a vote after a long discussion.\n2. The Group elected its officers and thanked the outgoing Chair for her work.\n",
			nil},
		{"a programme line with its speaker after a dash",
			"Harbour Cyber Week 2024 runs on 4 June 2024.\n\nAgenda\n\n9:30 Welcome — Ana Ribeiro-Costa, President, Harbour Institute\n9:35 Keynote — H.E. Ms. Lucía Prado\n9:50 Panel discussion and audience Q&A\n",
			[]want{{1, "Welcome", "other", "09:30", "", "", ""}, {2, "Keynote", "other", "09:35", "", "", ""}, {3, "Panel discussion and audience Q&A", "panel", "09:50", "", "", ""}}},
		{"times after a time are no title",
			"Harbour Cyber Week 2024 runs on 4 June 2024.\n\n9:30 – 11:00 a.m. EST (15:30 – 17:00 CET)\nOnline and in person\n",
			nil},
		{"a programme grid of days and time slots",
			"The third session of the Expert Group took place from 7 to 8 July 2025.\n\nDate | 10:00–13:00 | 15:00–18:00\nMon, 7 July | Opening of the session; adoption of the agenda (item 2) | General debate\nTue, 8 July | Capacity-building (informal, closed)\n",
			[]want{{1, "Opening of the session", "other", "10:00", "13:00", "", "2025-07-07"}, {2, "Adoption of the agenda", "other", "10:00", "13:00", "", "2025-07-07"},
				{3, "General debate", "other", "15:00", "18:00", "", "2025-07-07"}, {4, "Capacity-building", "other", "10:00", "13:00", "", "2025-07-08"}}},
		{"a Markdown pipe table",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\n## Day 1 – Tuesday 4 June\n\n| Time | Session | Room |\n|---|---|---|\n| 09:00–10:30 | Opening plenary | Blue Room |\n| 11:00–12:30 | Panel 1: Norms in Practice | Foyer |\n",
			[]want{{1, "Opening plenary", "plenary", "09:00", "10:30", "Blue Room", "2024-06-04"}, {2, "Panel 1: Norms in Practice", "panel", "11:00", "12:30", "Foyer", "2024-06-04"}}},
		{"bold times in a Markdown programme",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\n### Tuesday 4 June\n\n**09:00–10:30** Opening plenary\n\n**11:00–12:30** Panel 1: Norms in Practice\n",
			[]want{{1, "Opening plenary", "plenary", "09:00", "10:30", "", "2024-06-04"}, {2, "Panel 1: Norms in Practice", "panel", "11:00", "12:30", "", "2024-06-04"}}},
		{"bulleted times in a Markdown programme",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\n### Tuesday 4 June\n\n- 09:00–10:30: Opening plenary\n- 11:00–12:30 — Panel 1: Norms in Practice\n",
			[]want{{1, "Opening plenary", "plenary", "09:00", "10:30", "", "2024-06-04"}, {2, "Panel 1: Norms in Practice", "panel", "11:00", "12:30", "", "2024-06-04"}}},
		{"a bulleted list under a programme heading",
			"The Reef Security Dialogue met in Suva on 3 March 2026.\n\n## Programme\n\n- Welcome and introductions\n- **Keynote**: the state of reef cables\n- Closing remarks\n",
			[]want{{1, "Welcome and introductions", "other", "", "", "", ""}, {2, "Keynote", "other", "", "", "", ""}, {3, "Closing remarks", "other", "", "", "", ""}}},
		{"news items under a dated heading are no sessions",
			"The Reef Security Dialogue met in Suva on 3 March 2026.\n\n## 12 March 2026\n\n- Kenya publishes its national position\n- New CERT for the Pacific\n",
			nil},
		{"a plain-text programme with items in a column",
			"The second session of the Reef Group will be held from 13 to 14 July 2026.\n\nMonday, 13 July 2026\n  10 a.m.-1 p.m.   Item 1. Opening of the session\n                   Item 2. Adoption of the agenda (A/AC.999/2026/1)\n  3-6 p.m.         Item 3. Existing and potential threats in the sphere of\n                   ICT security\n",
			[]want{{1, "Opening of the session", "agenda_item", "10:00", "13:00", "", "2026-07-13"}, {2, "Adoption of the agenda", "agenda_item", "10:00", "13:00", "", "2026-07-13"},
				{3, "Existing and potential threats in the sphere of ICT security", "agenda_item", "15:00", "18:00", "", "2026-07-13"}}},
		{"bold titles and <br> lists in Markdown table cells",
			"# Reef Forum 2026 · Programme\n\n**Suva, Fiji · 4–5 June 2026**\n\n## Day 1 — Thursday, 4 June: Opening and outlook ahead\n\n| Time | Session | Room |\n|---|---|---|\n| 09:00 – 10:00 | **Opening ceremony** — Welcome by Ms. Ana Ruiz, Reef Secretariat | Blue Room |\n| 10:00 – 11:00 | **Breakout groups** <br> Group A: Cables <br> Group B: Ports | Rooms 1, 2 |\n| 11:00 – 12:00 | **Reef Board meeting** (closed) | Room 3 |\n",
			[]want{{1, "Opening ceremony", "other", "09:00", "10:00", "Blue Room", "2026-06-04"}, {2, "Group A: Cables", "other", "10:00", "11:00", "Rooms 1, 2", "2026-06-04"},
				{3, "Group B: Ports", "other", "10:00", "11:00", "Rooms 1, 2", "2026-06-04"}, {4, "Reef Board meeting", "other", "11:00", "12:00", "Room 3", "2026-06-04"}}},
		{"a programme table whose rows run over several lines",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\nTuesday, 4 June\n\nTime | Session\n\n09:30 – 10:15 | Opening session\nWelcoming remarks by the hosts\n10:15 – 12:00 | Session I: Ports under stress\nModerator: Dr. Ana Ruiz, Harbour Institute\n",
			[]want{{1, "Opening session", "other", "09:30", "10:15", "", "2024-06-04"}, {2, "Session I: Ports under stress", "other", "10:15", "12:00", "", "2024-06-04"}}},
		{"demands after \"to:\" are no agenda",
			"The Reef Workshop took place in Suva on 14 April 2026.\n\nWe ask all parties to:\n\n1. Open the reef groups to written inputs;\n2. Fund the registry.\n",
			nil},
		{"an unnumbered list announced as sessions",
			"The Reef Workshop took place in Suva from 14 to 15 April 2026, with sessions on:\nThe reef cable registry (CBM 2);\nNational positions on the law of the sea;\nPort security.\n",
			[]want{{1, "The reef cable registry (CBM 2)", "agenda_item", "", "", "", ""}, {2, "National positions on the law of the sea", "agenda_item", "", "", "", ""}, {3, "Port security", "agenda_item", "", "", "", ""}}},
		{"bold titles of an announced list, with what each covered after them",
			"The Reef Workshop took place in Suva on 14 April 2026. It was structured around three sessions:\n\n1. **Regional threat picture**, with briefings from the Reef Agency;\n2. **Registry practice**, including a report on the exercise;\n3. **Capacity building and the way forward**.\n",
			[]want{{1, "Regional threat picture", "agenda_item", "", "", "", ""}, {2, "Registry practice", "agenda_item", "", "", "", ""}, {3, "Capacity building and the way forward", "agenda_item", "", "", "", ""}}},
		{"the days of a course's programme, each with its subject",
			"The Reef Course ran in Suva from 22 to 24 September 2026.\n\nThe programme of the course covered:\n\n  * Day 1 – the reef framework: Decision No. 12 of 3 May 2013 and Decision No. 20 of 10 March 2016, which together set out ten measures;\n  * Day 2 – national case studies on points of contact;\n",
			[]want{{1, "the reef framework", "agenda_item", "", "", "", ""}, {2, "national case studies on points of contact", "agenda_item", "", "", "", ""}}},
		{"a title in a programme's column does not run into the next",
			"The second session of the Reef Group will be held on 20 July 2026.\n\nMonday, 20 July 2026\n  3-6 p.m.         Item 8. Adoption of the report\n                   Item 9. Other matters\n                   Closure of the session\n",
			[]want{{8, "Adoption of the report", "agenda_item", "15:00", "18:00", "", "2026-07-20"}, {9, "Other matters", "agenda_item", "15:00", "18:00", "", "2026-07-20"}, {10, "Closure of the session", "other", "15:00", "18:00", "", "2026-07-20"}}},
		{"a one-word title and lettered breakouts under a parallel block",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\n## Day 1 — Tuesday, 4 June\n\n**09:15–09:45** Opening\n- Welcome: Ana Ruiz, Director, Harbour Institute\n\n**14:15–16:00** Breakout sessions (parallel)\n- A. Ports in practice (Room 2). Facilitator: Lena Holt\n- B. Cables and the law: a primer (Room 3)\n",
			[]want{{1, "Opening", "other", "09:15", "09:45", "", "2024-06-04"}, {2, "Breakout sessions (parallel)", "parallel_session", "14:15", "16:00", "", "2024-06-04"},
				{3, "Ports in practice", "parallel_session", "14:15", "16:00", "", "2024-06-04"}, {4, "Cables and the law: a primer", "parallel_session", "14:15", "16:00", "", "2024-06-04"}}},
		{"times with a dot in table cells, and titles with who leads them",
			"Harbour Cyber Week 2024 runs on 4 June 2024.\n\nProgramme\n15.30 | Welcome – Ana Ruiz, Director, Harbour Institute\n15.40 | Opening remarks – Embassy of the Kingdom of the Netherlands\n15.50 | Panel discussion, moderated by Dr Lena Holt\n",
			[]want{{1, "Welcome", "other", "15:30", "", "", ""}, {2, "Opening remarks", "other", "15:40", "", "", ""}, {3, "Panel discussion", "panel", "15:50", "", "", ""}}},
		{"agenda items with durations and speakers",
			"Harbour Cyber Week 2024 runs on 4 June 2024.\n\nAgenda:\n1. Welcome and scene-setting (10 min) – Ana Ruiz-Holt\n2. Short talks (20 min) – all panellists\n3. Closing (5 min)\n",
			[]want{{1, "Welcome and scene-setting", "agenda_item", "", "", "", ""}, {2, "Short talks", "agenda_item", "", "", "", ""}, {3, "Closing", "agenda_item", "", "", "", ""}}},
		{"the days of a day-by-day report",
			"# The Reef Group's first session: our day-by-day report\n\nThe first session of the Reef Group met from 7 to 8 June 2021 in Suva.\n\n## Day 1 – Monday, 7 June\n\nDelegations opened with general statements on the state of reef cables and the threats to them.\n\n## Day 2 – Tuesday, 8 June\n\nThe second day turned to capacity-building and the needs of the smallest island States in the region.\n",
			[]want{{1, "Day 1 – Monday, 7 June", "other", "", "", "", "2021-06-07"}, {2, "Day 2 – Tuesday, 8 June", "other", "", "", "", "2021-06-08"}}},
		{"a table of sessions without times",
			"The Reef Workshop took place in Suva from 14 to 15 April 2026.\n\n| Session | Date | Topic | Facilitator(s) |\n|---|---|---|---|\n| 1 | 14 April | The UN framework and the reef | Dr. Ana Ruiz |\n| 2 | 15 April | Tabletop exercise: a cable cut | Reef Secretariat |\n",
			[]want{{1, "The UN framework and the reef", "other", "", "", "", "2026-04-14"}, {2, "Tabletop exercise: a cable cut", "other", "", "", "", "2026-04-15"}}},
		{"a table of documents is no table of sessions",
			"The Reef Group met from 14 to 15 April 2026.\n\nSymbol | Title | Date | Languages\nA/AC.999/2026/1 | Provisional agenda | 12 May 2026 | E F\nA/AC.999/2026/2 | List of participants | 18 May 2026 | E\n",
			nil},
		{"demands are not an agenda",
			"The third session was held from 4 to 6 March 2024. We ask the organisers to:\n\n1. publish the list;\n2. explain the criteria.\n",
			nil},
		{"programme blocks",
			"Harbour Cyber Week 2024 runs from 4 to 5 June 2024.\n\nDAY 1 – TUESDAY 4 JUNE\n\n09:00–10:30 | Blue Room\nPlenary 1: Norms in Practice\n\n10:30–11:00 | Foyer\nCoffee break\n",
			[]want{{1, "Plenary 1: Norms in Practice", "plenary", "09:00", "10:30", "Blue Room", "2024-06-04"}, {2, "Coffee break", "break", "10:30", "11:00", "Foyer", "2024-06-04"}}},
		{"transcript heading and named item",
			"Third Regional Dialogue on Cyber Norms, 2–4 July 2025\n\nSESSION 2: NATIONAL POSITIONS\nWe turn to agenda item 3, \"Capacity needs\".\n",
			[]want{{2, "National positions", "other", "", "", "", ""}, {3, "Capacity needs", "agenda_item", "", "", "", ""}}},
		{"table rows with a header: the speakers cell is no part of the title",
			"The Harbour Forum 2026 takes place on 4 June 2026.\n\nTime | Room | Session | Speakers\n09:00–10:30 | Blue Room | Panel 1: Norms in Practice | Dr. Ana Reyes (Chile)\n10:30–11:00 | Foyer | Coffee break\n",
			[]want{{1, "Panel 1: Norms in Practice", "panel", "09:00", "10:30", "Blue Room", ""}, {2, "Coffee break", "break", "10:30", "11:00", "Foyer", ""}}},
		{"table rows without a header skip the room cell",
			"The Harbour Forum 2026 takes place on 4 June 2026.\n\n09:00–10:30 | Room 2 | Opening of the forum | Ms. Lea Roth\n10:30–11:00 | Networking lunch\n",
			[]want{{1, "Opening of the forum", "other", "09:00", "10:30", "Room 2", ""}, {2, "Networking lunch", "break", "10:30", "11:00", "", ""}}},
		{"table rows whose time is not the first cell",
			"The Harbour Forum 2026 takes place on 4 June 2026.\n\nSession | Time | Room\nWelcome and introductions | 09:00 – 09:30 | Plenary Hall\nHealth break | 09:30 – 09:45 CET | Foyer\n",
			[]want{{1, "Welcome and introductions", "other", "09:00", "09:30", "Plenary Hall", ""}, {2, "Health break", "break", "09:30", "09:45", "Foyer", ""}}},
		{"a day cell before the time is no title",
			"The Harbour Forum 2026 takes place on 14 April 2026.\n\nTuesday 14 April | 10:00–11:15 | Panel 1: Cables | Dr. Ana Reyes\nTuesday 14 April | 11:30–12:00 | Closing remarks\n",
			[]want{{1, "Panel 1: Cables", "panel", "10:00", "11:15", "", "2026-04-14"}, {2, "Closing remarks", "other", "11:30", "12:00", "", "2026-04-14"}}},
		{"times with places in a line are no programme",
			"The Harbour Forum 2026 takes place on 4 June 2026.\n\nLocal times: 09:00 Santiago | 12:00 Accra | 15:00 Tallinn\n",
			nil},
		{"numbered segment and panel headings",
			"The Harbour Dialogue met on 4 June 2026.\n\n## Segment 1 — Threats to ports\n\nText.\n\nPANEL 2. REPORTING AND ATTRIBUTION\n\nSession IV: Capacity-building in small States\n",
			[]want{{1, "Threats to ports", "other", "", "", "", ""}, {2, "Reporting and attribution", "panel", "", "", "", ""}, {4, "Capacity-building in small States", "other", "", "", "", ""}}},
		{"a table row that opens with a panel title is one session",
			"The Harbour Forum 2026 takes place on 4 June 2026.\n\nSession | Time | Room\nPanel 3: Cables | 09:00 – 09:30 | Plenary Hall\n",
			[]want{{1, "Panel 3: Cables", "panel", "09:00", "09:30", "Plenary Hall", ""}}},
		{"headings of unnumbered parts of a meeting",
			"The Harbour Dialogue met on 4 June 2026.\n\n## Opening session\n\nText.\n\n## High-level segment\n\nText.\n\nCLOSING PLENARY\n\nText.\n",
			[]want{{1, "Opening session", "other", "", "", "", ""}, {2, "High-level segment", "other", "", "", "", ""}, {3, "Closing plenary", "plenary", "", "", "", ""}}},
		{"a heading without a part word is no session",
			"The Harbour Dialogue met on 4 June 2026.\n\n## Closing\n\n## Opening remarks by the Chair\n\nText.\n",
			nil},
		{"an agenda item heading in a verbatim record",
			"The second session of the Committee opened on 27 January 2026.\n\nAgenda item 4: General exchange of views\n\nThe Chair: I give the floor to Indonesia.\n",
			[]want{{4, "General exchange of views", "agenda_item", "", "", "", ""}}},
		{"a sentence that opens with a panel number is no heading",
			"The Harbour Dialogue met on 4 June 2026.\n\nPanel 2: speakers were asked to keep to five minutes.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := publishedMeetings(extractText(t, tt.text))
			var got []Session
			for _, m := range ms {
				got = append(got, m.Sessions...)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d sessions %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				s := got[i]
				date := ""
				if s.Date != nil {
					date = s.Date.ISO()
				}
				if s.Seq != w.seq || s.Title != w.title || s.Kind != w.kind || s.StartTime != w.from || s.EndTime != w.to || s.Room != w.room || date != w.date {
					t.Errorf("got %+v (date %s), want %+v", s, date, w)
				}
			}
		})
	}
}

// TestDayLists checks the sessions read from lists under day headings.
// They stay below the threshold, for review, so the test reads all
// sessions, published or not.
func TestDayLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "title date"
	}{
		{"lists under day headings",
			"The Regional Cyber Diplomacy Workshop took place in Lima from 18 to 20 November 2025.\n\n### Day 1 – 18 November\n\n- **Opening session**: welcome remarks by the host\n- Panel discussion: Protecting Reef Cables\n\n### Day 2 – 19 November\n\n- Tabletop exercise – a ransomware attack on a port\n",
			[]string{"Opening session 2025-11-18", "Panel discussion: Protecting Reef Cables 2025-11-18", "Tabletop exercise 2025-11-19"}},
		{"sub-items and people are no sessions",
			"The Reef Security Dialogue met in Suva from 3 to 4 March 2026.\n\n### Day 1 – Tuesday 3 March\n\n- Opening plenary\n  - Welcome by the host\n- Moderator: Ana Ruiz (Reef Institute)\n",
			[]string{"Opening plenary 2026-03-03"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range extractText(t, tt.text).Meetings {
				for _, s := range m.Sessions {
					if s.Rule != "session.day-list" {
						t.Errorf("session %q by %s", s.Title, s.Rule)
						continue
					}
					if s.Confidence >= Threshold {
						t.Errorf("session %q at %.2f, want below the threshold", s.Title, s.Confidence)
					}
					got = append(got, s.Title+" "+s.Date.ISO())
				}
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
