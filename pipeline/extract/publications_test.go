package extract

import (
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

func TestPublications(t *testing.T) {
	type want struct{ title, symbol, kind string }
	tests := []struct {
		name, text string
		want       []want
	}{
		{"resolution number", "Line one\n\nIt acts under General Assembly resolution 74/28.",
			[]want{{"Line one", "", "web_page"}, {"General Assembly resolution 74/28", "A/RES/74/28", "resolution"}}},
		{"a Human Rights Council resolution", "Line one\n\nIt recalls Human Rights Council resolution 47/16 and resolution 75/240.",
			[]want{{"Line one", "", "web_page"}, {"Human Rights Council resolution 47/16", "A/HRC/RES/47/16", "resolution"}, {"General Assembly resolution 75/240", "A/RES/75/240", "resolution"}}},
		{"a Security Council resolution with its year", "Line one\n\nThe panel set up under resolution 1874 (2009) reported.",
			[]want{{"Line one", "", "web_page"}, {"Security Council resolution 1874 (2009)", "S/RES/1874 (2009)", "resolution"}}},
		{"a numbered decision, and a plan with its years after an owner's name", "Line one\n\nThe Reef Council Decision No. 1106 of 3 December 2013 applies. Reefland's National Cable Plan 2023–2028 was shown.",
			[]want{{"Line one", "", "web_page"}, {"Reef Council Decision No. 1106", "", "other"}, {"National Cable Plan 2023–2028", "", "other"}}},
		{"a convention named after a city", "Line one\n\nFew States have ratified the Malabo Convention, and fewer the Apia Convention Centre's rules.",
			[]want{{"Line one", "", "web_page"}, {"Malabo Convention", "", "treaty"}}},
		{"a short name of a document named in full in the same text", "Line one\n\nThe Common Reef Position matters. The Common Reef Position on the Application of International Law to the Use of Cables was adopted.",
			[]want{{"Line one", "", "web_page"}, {"Common Reef Position on the Application of International Law to the Use of Cables", "", "statement"}}},
		{"a law with its year, and a division named after treaties", "Line one\n\nThe Reef Cable Protection Act, 2018 applies. The Division for Treaty Affairs advised.",
			[]want{{"Line one", "", "web_page"}, {"Reef Cable Protection Act, 2018", "", "other"}}},
		{"a final report named by its body, in sentence case up to its years", "Notes\n\nDelegates welcomed the final report of the Reef Working Group on security of and in the use of undersea cables 2021–2025 (RWG) at the session.",
			[]want{{"Notes", "", "web_page"}, {"Final report of the Reef Working Group on security of and in the use of undersea cables 2021–2025", "", "report"}}},
		{"a table of another body's documents by reference", "Documents\n\nReference | Title | Date\nRC (2025)17 | Draft agenda – 12th Plenary | 10/11/2025\nRC (2025)11 | Reef Guidance Note #4: Cables | 04/12/2025\n",
			[]want{{"Documents", "", "web_page"}, {"Draft agenda – 12th Plenary", "RC (2025)17", "report"}, {"Reef Guidance Note #4: Cables", "RC (2025)11", "report"}}},
		{"listed symbol", "Documents\n\n- A/AC.500/2025/INF/3 – Note by the Secretariat: Overview of practice",
			[]want{{"Documents", "", "web_page"}, {"Note by the Secretariat: Overview of practice", "A/AC.500/2025/INF/3", "other"}}},
		{"a list under a documents heading, with symbols in brackets", "Reef Forum\n\nBackground documents\n\nDecision No. 12 – Reef cable protection measures (RF.DEC/12)\nChair's note on the agenda\nRegistration opens in May.\n\nRegistration\n\nPlease register online now.",
			[]want{{"Reef Forum", "", "web_page"}, {"Decision No. 12 – Reef cable protection measures", "RF.DEC/12", "other"}, {"Chair's note on the agenda", "", "paper"}}},
		{"an action before a document's name, a byline after a title, and a link label", "Notes\n\nThe day ends with the Adoption of the Suva Communiqué on Reef Cables. It marks the paper Ports Under Pressure: Five Island Cases by Ana Ruiz-Holt.\n\n- Watch the recording · Read the slides (PDF)\n",
			[]want{{"Notes", "", "web_page"}, {"Ports Under Pressure: Five Island Cases", "", "paper"}, {"Suva Communiqué on Reef Cables", "", "statement"}}},
		{"a table of documents, with and without symbols", "Documents\n\nSymbol | Title | Date\nA/AC.999/2023/5 | Provisional agenda | 10/11/2023\n— | Letter from the Chair with questions for the group | 10/11/2023\n",
			[]want{{"Documents", "", "web_page"}, {"Provisional agenda", "A/AC.999/2023/5", "report"}, {"Letter from the Chair with questions for the group", "", "other"}}},
		{"a letterhead and a breadcrumb are no title", "MINISTRY OF OCEAN AFFAIRS\nDirectorate of Information and Outreach\n\nInicio > Actualidad\n\nTRANSCRIPT – MEDIA BRIEFING\n\nThe text.",
			[]want{{"TRANSCRIPT – MEDIA BRIEFING", "", "transcript"}}},
		{"a document's name over \"to the\"", "Notes\n\nThe Reef Council adopted the Common Reef Position on the Application of International Law to the Use of Submarine Cables in Oceania last year.",
			[]want{{"Notes", "", "web_page"}, {"Common Reef Position on the Application of International Law to the Use of Submarine Cables in Oceania", "", "statement"}}},
		{"a document's name over \"on the\" and its lower-case subject", "Notes\n\nThe Reef Council's Common Reef Position on the application of international law to the use of ICTs at sea was cited twice.",
			[]want{{"Notes", "", "web_page"}, {"Common Reef Position on the application of international law to the use of ICTs at sea", "", "statement"}}},
		{"a subject that runs into \"and\" is left out", "Notes\n\nThe Common Reef Position on the law and the Harbour Accord were cited.",
			[]want{{"Notes", "", "web_page"}, {"Common Reef Position", "", "statement"}}},
		{"a document's name inside a seminar's title, and a quoted subtitle", "HARBOUR LAW SEMINAR SERIES 2026\n\"Cables, Courts and the Sea\"\n\nAll seminars take place on Wednesdays.\n\n4 March 2026\n  The Common Reef Position, one year on\n  Dr Ana Ruiz-Holt, Reef Institute\n",
			[]want{{"HARBOUR LAW SEMINAR SERIES 2026", "", "web_page"}}},
		{"a title that opens with a cue word is no letterhead", "Reef Observatory Brief No. 7: Cables after the Summit\n\nBy Ana Ruiz | 3 December 2024\n\nThe text.",
			[]want{{"Reef Observatory Brief No. 7: Cables after the Summit", "", "article"}}},
		{"a journal after a cited article is no publication of its own", "Notes\n\nRuiz, Ana (2022). \"Reading the Reef Report\". *Reef Governance Review*. 4 (2): 45–71.",
			[]want{{"Notes", "", "web_page"}}},
		{"named report with symbol", "Notes\n\nThe 2019 consensus report of the Group of Governmental Experts (A/74/111) is cited.",
			[]want{{"Notes", "", "web_page"}, {"2019 consensus report of the Group of Governmental Experts", "A/74/111", "report"}}},
		{"quoted title after a publication word", "Notes\n\nSee the paper \"Counting Cyber Incidents in Small States\" for details.",
			[]want{{"Notes", "", "web_page"}, {"Counting Cyber Incidents in Small States", "", "paper"}}},
		{"speech quote is not a title", "Notes\n\n\"We need more help from donors,\" said the minister.",
			[]want{{"Notes", "", "web_page"}}},
		{"declaration", "Notes\n\nThey adopted the Suva Declaration on Digital Resilience.",
			[]want{{"Notes", "", "web_page"}, {"Suva Declaration on Digital Resilience", "", "declaration"}}},
		{"quoted title before a study", "Notes\n\nIt builds on \"Regional Reporting Lines\", a 2024 study by the hub.",
			[]want{{"Notes", "", "web_page"}, {"Regional Reporting Lines", "", "paper"}}},
		{"quoted title that was published", "Notes\n\nIn \"Norms Begin at Home: Five Island Cases\", published in May, the authors argue.",
			[]want{{"Notes", "", "web_page"}, {"Norms Begin at Home: Five Island Cases", "", "other"}}},
		{"emphasised title after a publication word", "Notes\n\nOur outcome note, _Bridges Are Infrastructure Too_, will follow.",
			[]want{{"Notes", "", "web_page"}, {"Bridges Are Infrastructure Too", "", "paper"}}},
		{"emphasised title in a reading list", "Notes\n\n- *Little Islands, Long Cables* (Reef Press, 2023)",
			[]want{{"Notes", "", "web_page"}, {"Little Islands, Long Cables", "", "other"}}},
		{"a report with two words before it", "Notes\n\nIt was launched after the 2024 annual progress report of the OEWG in July.",
			[]want{{"Notes", "", "web_page"}, {"2024 annual progress report of the OEWG", "", "report"}}},
		{"a statement in a list of sources", "Notes\n\n" + strings.Repeat("The profile describes national practice. ", 12) + "\n\nSources\n\n- Statement by Ghana at the third session of the Expert Group, agenda item 4 (May 2024).\n- Joint statement on ransomware (2023).",
			[]want{{"Notes", "", "web_page"}, {"Statement by Ghana at the third session of the Expert Group, agenda item 4", "", "statement"}, {"Joint statement on ransomware", "", "statement"}}},
		{"a document offered for download", "Notes\n\nOther documents\n\nLetter from the Chair on the programme of work (12.05.2025) PDF, 212 KB\nBackground paper: Directory Lessons – UNIDIR PDF, 980 KB",
			[]want{{"Notes", "", "web_page"}, {"Letter from the Chair on the programme of work", "", "other"}, {"Background paper: Directory Lessons", "", "paper"}}},
		{"a note that offers a document, with a final full stop", "Notes\n\nLetter from the Chair, dated 4 May 2026, transmitting questions for the second session (PDF).",
			[]want{{"Notes", "", "web_page"}, {"Letter from the Chair, dated 4 May 2026, transmitting questions for the second session", "", "other"}}},
		{"a document adopted in a programme item is named; one launched in it is not", "Reef Cable Forum\n\n4 May 2026, Suva\n\nProgramme\n\n| Time | Item |\n|---|---|\n| 14:00 – 15:00 | Adoption of the Suva Communiqué and closing ceremony |\n| 15:00 – 16:00 | Launch: \"Reef Cables in Practice – A Field Guide\" |\n",
			[]want{{"Reef Cable Forum", "", "web_page"}, {"Suva Communiqué", "", "statement"}}},
		{"titles after their authors in a reading list", "Notes\n\nReading list\n\n- Ana Ruiz-Holt and Lena Holt, *Cables at Sea: Law and Repair* (Suva: Reef Press, 2024).\n- Pieter-Jan van den Berg-Sasaki, \"Repairs at Sea: Who Pays\", Reef Review 2 (2023), pp. 1–20.\n",
			[]want{{"Notes", "", "web_page"}, {"Repairs at Sea: Who Pays", "", "article"}, {"Cables at Sea: Law and Repair", "", "book"}}},
		{"a citation with the title in quotes", "Notes\n\n- Haraldsen, K. \"Naming Without Shaming: Attribution in Practice.\" *Journal of Cyber Policy* 9, no. 2 (2024).",
			[]want{{"Notes", "", "web_page"}, {"Naming Without Shaming: Attribution in Practice", "", "article"}}},
		{"a survey in emphasis", "Notes\n\nThe institute presented its *Survey of Reef Practice 2025* to delegations.",
			[]want{{"Notes", "", "web_page"}, {"Survey of Reef Practice 2025", "", "paper"}}},
		{"a common position", "Notes\n\nIt contributed to the Common Andean Position on the Application of International Law.",
			[]want{{"Notes", "", "web_page"}, {"Common Andean Position on the Application of International Law", "", "statement"}}},
		{"a title after a publication word", "Notes\n\nThe talk builds on the 2025 report Charting the Reef: Options for a Permanent Forum on Cable Security.",
			[]want{{"Notes", "", "web_page"}, {"Charting the Reef: Options for a Permanent Forum on Cable Security", "", "report"}}},
		{"a footnote with a quoted title and a symbol", "Notes\n\n[1] United Nations General Assembly, \"Report of the Group of Experts on Reef Monitoring\", A/99/174, 22 July 2015.",
			[]want{{"Notes", "", "web_page"}, {"Report of the Group of Experts on Reef Monitoring", "A/99/174", "report"}}},
		{"a footnote with a title and a UN document symbol", "Notes\n\n2. Report of the Working Group on Reef Monitoring, UN Doc. A/99/816 (18 March 2021).",
			[]want{{"Notes", "", "web_page"}, {"Report of the Working Group on Reef Monitoring", "A/99/816", "report"}}},
		{"a title with its symbol in brackets", "Notes\n\nSee the Letter from the Chair on Reef Monitoring (A/AC.999/2025/2) for details.",
			[]want{{"Notes", "", "web_page"}, {"Letter from the Chair on Reef Monitoring", "A/AC.999/2025/2", "report"}}},
		{"a sentence-case UN title in a footnote", "Notes\n\n[^2]: Final report of the Working Group on security of and in the use of reef cables 2021–2025, A/99/257, para. 34.",
			[]want{{"Notes", "", "web_page"}, {"Final report of the Working Group on security of and in the use of reef cables 2021–2025", "A/99/257", "report"}}},
		{"a name inside a longer title is no second publication", "Notes\n\nSee *Reef Manual 2.0 on the Law Applicable to Cable Operations* (Reef Press, 2017).",
			[]want{{"Notes", "", "web_page"}, {"Reef Manual 2.0 on the Law Applicable to Cable Operations", "", "book"}}},
		{"a list item that says what it is", "Notes\n\n" + strings.Repeat("The page lists recent work on reefs. ", 12) + "\n\n- Reef Cables as a Security Threat: Options for the Group – policy brief by Ana Ruiz, May 2026",
			[]want{{"Notes", "", "web_page"}, {"Reef Cables as a Security Threat: Options for the Group", "", "paper"}}},
		{"a quoted title after titled", "Notes\n\nIncidents rose, according to a report published on Monday by the Reef Observatory, a\nnon-profit, titled \"Red Tide: Cable Cuts and Shipping 2026\". It counted 41 cuts.",
			[]want{{"Notes", "", "web_page"}, {"Red Tide: Cable Cuts and Shipping 2026", "", "other"}}},
		{"a guide", "Notes\n\nThey reviewed a draft Sahel Cyber Norms Implementation Guide last week.",
			[]want{{"Notes", "", "web_page"}, {"Sahel Cyber Norms Implementation Guide", "", "paper"}}},
		{"a convention is a treaty, not a venue", "Notes\n\nShe explained the 1911 Convention for the Protection of Lighthouse Cables to the group.",
			[]want{{"Notes", "", "web_page"}, {"Convention for the Protection of Lighthouse Cables", "", "treaty"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractText(t, tt.text).Publications
			if len(got) != len(tt.want) {
				t.Fatalf("got %d publications %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				p := got[i]
				if p.Title != w.title || p.Symbol != w.symbol || p.Kind != w.kind {
					t.Errorf("got %q %q %q, want %+v", p.Title, p.Symbol, p.Kind, w)
				}
			}
		})
	}
}

func TestSelfPublicationMarkdownHeading(t *testing.T) {
	r := extractText(t, "# Reef Cables and the Law\n\nThe text begins here.\n")
	if p := r.Publications[0]; !p.Self || p.Title != "Reef Cables and the Law" {
		t.Errorf("got %+v", p)
	}
}

// TestPressReleaseBySymbol: a UN press release cited by its symbol is a
// publication with that symbol.
func TestPressReleaseBySymbol(t *testing.T) {
	r := extractText(t, "Line one\n\nThe Secretary-General spoke (see Press Release SG/SM/22271).")
	for _, p := range r.Publications {
		if p.Title == "Press Release SG/SM/22271" && p.Symbol == "SG/SM/22271" {
			return
		}
	}
	t.Errorf("no press release in %+v", r.Publications)
}

// TestSelfPublicationUnderHeaderBlock: a written statement's header names
// the body (wrapped over two lines), the session and the place and date
// before the statement's own title; a Markdown breadcrumb is no title.
func TestSelfPublicationUnderHeaderBlock(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"header block", "Open-ended working group on security of and in the use of information\nand communications technologies 2021-2025\nSecond substantive session\nSuva, 4-8 May 2026\n\nWritten statement submitted by the Reef Cable Watch (RCW)\n\n1. We thank the Chair.\n",
			"Written statement submitted by the Reef Cable Watch (RCW)"},
		{"a heading whose dash reads like a place before a date", "# Reef diary — July to December 2026\n\n_Kept by Ana Ruiz._\n",
			"Reef diary — July to December 2026"},
		{"an e-mail's subject", "From: The Reef Ledger <news@example.org>\nTo: readers@example.org\nSubject: The Reef Ledger #12 | Cables and courts\n\nDear readers,\n",
			"The Reef Ledger #12 | Cables and courts"},
		{"Markdown breadcrumb", "[Library](/docs) / [UN processes](/docs?p=un) / Reef reports\n\n# Report of the Reef Council on Cables\n\nText.\n",
			"Report of the Reef Council on Cables"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if p := extractText(t, tt.text).Publications[0]; !p.Self || p.Title != tt.want {
				t.Errorf("got %q (self %v), want %q", p.Title, p.Self, tt.want)
			}
		})
	}
}

func TestSelfPublicationDeliveredBy(t *testing.T) {
	text := "Statement by the Republic of Ghana\ndelivered by Ms. Akosua Boateng-Mensah, Deputy Permanent Representative\n\nThank you, Chair. The session was chaired by Ambassador Ana Ruiz.\n"
	p := extractText(t, text).Publications[0]
	if !p.Self || len(p.Authors) != 1 || p.Authors[0].PersonKey != keyOf("Akosua Boateng-Mensah") {
		t.Errorf("got %+v", p)
	}
}

func TestSelfPublication(t *testing.T) {
	text := "Why Norms Matter Now\n\nBy Carla Benz and Omar Haddad\n\nText here.\n\nThis work is licensed under CC BY-SA 4.0.\n"
	r := extractText(t, text)
	p := r.Publications[0]
	if !p.Self || p.Title != "Why Norms Matter Now" || p.Licence != "CC BY-SA 4.0" || p.Kind != "article" || len(p.Authors) != 2 {
		t.Errorf("got %+v", p)
	}
}

func TestHTMLEmphasisedTitles(t *testing.T) {
	page := `<html><body><main><h1>Episode 12</h1><p>She is co-author of <em>Charting the Reef</em>, a 2025 report.</p>
<ul><li><em>Little Islands, Long Cables</em> (Reef Trust, 2024)</li><li><em>Listen now</em></li></ul></main></body></html>`
	doc, err := source.NewDocument(source.Entry{SourceID: "x", Path: "x.html"}, "x.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range Extract(doc, testRef(t)).Publications {
		if !p.Self {
			got = append(got, p.Title+"/"+p.Kind)
		}
	}
	want := "Charting the Reef/report|Little Islands, Long Cables/other"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSelfPublicationHTMLTitle(t *testing.T) {
	tests := []struct{ name, title, want string }{
		{"a site name after the title is dropped", "Notes on Cable Repair | Harbour Institute", "Notes on Cable Repair"},
		{"a one-word head keeps the rest", "Agenda – Lakeside Cyber Forum 2026", "Agenda – Lakeside Cyber Forum 2026"},
		{"a long site name after a bar is dropped", "Second resumed session | United Nations Office for Reef and Cable Affairs", "Second resumed session"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := tt.title[:strings.IndexAny(tt.title, "|–")-1]
			page := "<html><head><title>" + tt.title + "</title></head><body><main><h1>" + head +
				"</h1><p>The forum met in Riga.</p></main></body></html>"
			doc, err := source.NewDocument(source.Entry{SourceID: "x", Path: "x.html"}, "x.html", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			r := Extract(doc, testRef(t))
			if len(r.Publications) == 0 || !r.Publications[0].Self || r.Publications[0].Title != tt.want {
				t.Errorf("got %+v, want the title %q", r.Publications, tt.want)
			}
		})
	}
}

// TestLongTitleKeepsEvidence: a page title longer than MaxQuote keeps an
// evidence span the evidence table can quote, its first line.
func TestLongTitleKeepsEvidence(t *testing.T) {
	long := strings.Repeat("Reef cables and the law of the sea in the Pacific ", 9)
	doc, err := source.NewDocument(source.Entry{SourceID: "x"}, "x.html", []byte("<html><body><main><h1>"+long+"</h1><p>The text.</p></main></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	r := Extract(doc, testRef(t))
	if len(r.Publications) == 0 {
		t.Fatal("no publication")
	}
	for _, p := range r.Publications {
		for _, e := range p.Evidence {
			if n := e.Span.End - e.Span.Start; n > MaxQuote || n <= 0 {
				t.Errorf("%q: evidence span of %d bytes", p.Title, n)
			}
		}
	}
}

func TestClampSpan(t *testing.T) {
	text := strings.Repeat("word ", 100) + "\n" + strings.Repeat("x", 500)
	tests := []struct {
		name string
		in   Span
		max  int
	}{
		{"short spans stay", Span{0, 20}, 20},
		{"long spans end at a space", Span{0, 499}, MaxQuote},
		{"a long word is cut at a rune start", Span{501, 1001}, MaxQuote},
	}
	for _, tt := range tests {
		got := clampSpan(text, tt.in)
		if n := got.End - got.Start; n > tt.max || n <= 0 || got.Start != tt.in.Start {
			t.Errorf("%s: got %v (%d bytes)", tt.name, got, n)
		}
	}
}
