package extract

import "testing"

// TestPlaces checks the venue, city and country of the first meeting of
// sentences of our own.
func TestPlaces(t *testing.T) {
	tests := []struct {
		name, text, venue, city, country string
	}{
		{"venue in city",
			"The Tallinn Cyber Forum took place on 3 June 2025 at the Palais des Congrès in Lyon.",
			"Palais des Congrès", "Lyon", "FRA"},
		{"room of a building in a city, sentence start",
			"The second session opened on 2 May 2022. Conference Room 4 of the UN Headquarters in New York was full during the second session.",
			"Conference Room 4 of the UN Headquarters", "New York", "USA"},
		{"room, building, city after a date",
			"Fourth Meeting of the Expert Group\n12 – 14 March 2024 · Conference Room XVII, Palais des Nations, Geneva\n",
			"Conference Room XVII, Palais des Nations", "Geneva", "CHE"},
		{"labelled venue with acronym and endonym",
			"Baltic Cyber Week 2025\n\nVenue: Centre International de Conférences Genève (CICG), Genève\n",
			"Centre International de Conférences Genève (CICG)", "Geneva", "CHE"},
		{"held in a listed city",
			"The regional consultation held in Lilongwe on 4-5 April 2024 drew forty states.",
			"", "Lilongwe", "MWI"},
		{"unlisted city before its country",
			"The Coastal Cyber Workshop, held on 9 May 2024 in Saly, Senegal, trained thirty analysts.",
			"", "Saly", "SEN"},
		{"venue in an unlisted city",
			"The Pacific Cyber Dialogue opened on 1 July 2024 at the Grand Pacific Hotel in Levuka.",
			"Grand Pacific Hotel", "Levuka", ""},
		{"press dateline is not the meeting's place",
			"Kampala, 2 May 2024 – The agency announced a grant. It will be presented at the Lakes Cyber Forum, which takes place from 3 to 5 June 2024 in Kigali.",
			"", "Kigali", "RWA"},
		{"listed city ending a list item",
			"- 15 January 2025: informal briefing by the Chair of the working group, Nairobi (hybrid).",
			"", "Nairobi", "KEN"},
		{"a city ending a sentence without a meeting before it is no place",
			"The Lakes Cyber Forum opened on 3 June 2024. Delegates came from Uganda, Kenya and Ethiopia, Addis Ababa.",
			"", "", ""},
		{"country alone after held",
			"The Great Lakes Cyber Summit was held in Rwanda on 2 February 2025.",
			"", "", "RWA"},
		{"dateline-style heading line",
			"Regional Workshop on Cyber Norms\nNadi, 4 – 6 March 2024\n",
			"", "", ""},
		{"listed city on a date line",
			"Regional Workshop on Cyber Norms\nApia, 4 – 6 March 2024\n",
			"", "Apia", "WSM"},
		{"comma after the meeting name",
			"- Expert roundtable, Kampala: autumn 2025 (dates to be confirmed)",
			"", "Kampala", "UGA"},
		{"city after the date line of a heading",
			"Roundtable: Cyber Norms in East Africa\n7 November 2023, Kampala.\n",
			"", "Kampala", "UGA"},
		{"online after a separator",
			"Webinar: Norms in Practice\nWed 4 Oct 2023 · 10:00–11:30 UTC · Online via Teams\n",
			"Online via Teams", "", ""},
		{"university after at, with a verb",
			"The Volta Cyber Workshop on 3 March 2024 was hosted at the University of Ghana in Accra.",
			"University of Ghana", "Accra", "GHA"},
		{"a person's employer is no venue",
			"Dr Ama Owusu, a lecturer at the University of Ghana, spoke at the Volta Cyber Workshop on 3 March 2024.",
			"", "", ""},
		{"a city not after at or in is no place",
			"The Geneva Dialogue on Responsible Behaviour met on 8 May 2024.",
			"", "", ""},
		{"months are no cities",
			"The Harmattan Conference was held in October 2024.",
			"", "", ""},
		{"languages are no places",
			"The Sahel Cyber Briefing on 4 June 2024 was held in English and French.",
			"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if len(r.Meetings) == 0 {
				t.Fatalf("no meeting found in %q", tt.text)
			}
			m := r.Meetings[0]
			if m.Venue != tt.venue || m.City != tt.city || m.CountryCode != tt.country {
				t.Errorf("got venue=%q city=%q country=%q, want %q %q %q (meeting %q)", m.Venue, m.City, m.CountryCode, tt.venue, tt.city, tt.country, m.Name)
			}
			for _, e := range m.Evidence {
				if e.Field == "venue" && tt.text[e.Span.Start:e.Span.End] != m.Venue {
					t.Errorf("venue evidence %q, want the venue as written", tt.text[e.Span.Start:e.Span.End])
				}
			}
		})
	}
}

// TestSentencesUseSegment checks that the extractor's sentences are those of
// segment.Sentences within each line: no split after "Amb." or inside
// brackets, a split at a line break.
func TestSentencesUseSegment(t *testing.T) {
	// prose is a paragraph hard-wrapped at 72 columns, which sets the wrap
	// width of a text.
	const prose = "The network of island observatories thanks the Chair for the chance to\n" +
		"submit written input, and for the dialogue held with stakeholders early\n" +
		"in the year, in which several of our members took part in person and a\n" +
		"few more online from their home countries across the wider Pacific and\n" +
		"beyond it."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviation", "Amb. Lena Holt spoke. She left.", []string{"Amb. Lena Holt spoke.", "She left."}},
		{"brackets", "States cited law (e.g. Art. 2(4) of the U.N. Charter). Others did not.",
			[]string{"States cited law (e.g. Art. 2(4) of the U.N. Charter).", "Others did not."}},
		{"lines", "Programme\n09:30 Opening", []string{"Programme", "09:30 Opening"}},
		{"a wrapped paragraph runs on where a break falls inside a name",
			"  (c) A briefing for delegations of small island developing States and\n      least developed countries will be organized jointly with the United\n      Nations Institute for Disarmament Research on 11 June 2026.",
			[]string{"(c) A briefing for delegations of small island developing States and\n      least developed countries will be organized jointly with the United\n      Nations Institute for Disarmament Research on 11 June 2026."}},
		{"a hard-wrapped paragraph runs on over its line breaks",
			"  (b) I intend to convene a virtual informal consultation with accredited\n  stakeholders on 8 June. It will be short.\nSpeakers\nAna Ruiz, Director, Reef Institute, and deputy\nLena Holt, Reef Forum",
			[]string{"(b) I intend to convene a virtual informal consultation with accredited\n  stakeholders on 8 June.", "It will be short.", "Speakers", "Ana Ruiz, Director, Reef Institute, and deputy", "Lena Holt, Reef Forum"}},
		{"a break after a word that cannot end a phrase",
			"Endorsed by: Fundación Brisa Austral (Chile); Reef Cable Watch and the\nKestrel Policy Lab (Fiji)",
			[]string{"Endorsed by: Fundación Brisa Austral (Chile); Reef Cable Watch and the\nKestrel Policy Lab (Fiji)"}},
		{"a break where the next word would not have fitted in the wrap width",
			prose + "\n\nEndorsed by: Fundación Brisa Austral (Chile); Coalizão Maré Digital da\nSul (Brazil); Reef Cable Watch (Fiji); Kestrel Policy Lab; Atoll Data\nTrust (Tuvalu)",
			[]string{prose, "Endorsed by: Fundación Brisa Austral (Chile); Coalizão Maré Digital da\nSul (Brazil); Reef Cable Watch (Fiji); Kestrel Policy Lab; Atoll Data\nTrust (Tuvalu)"}},
		{"a word broken at a hyphen, and a list item carried on under itself",
			"- Ms. Ana Ruiz-Holt, Permanent Repre-\n  sentative of Tonga\n- Mr. Tomas Berg, Reef National Computer\n  Incident Response Team",
			[]string{"- Ms. Ana Ruiz-Holt, Permanent Repre-\n  sentative of Tonga", "- Mr. Tomas Berg, Reef National Computer\n  Incident Response Team"}},
		{"two lines are too few to tell a wrap width", "Regional Workshop on Reef Cable Protection\nSuva, Fiji · 19–20 May 2026",
			[]string{"Regional Workshop on Reef Cable Protection", "Suva, Fiji · 19–20 May 2026"}},
		{"short lines of a list do not run on", "Speakers\nAna Ruiz, Director, Reef Institute\nLena Holt, Reef Forum",
			[]string{"Speakers", "Ana Ruiz, Director, Reef Institute", "Lena Holt, Reef Forum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range sentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !equalStrings(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
