package extract

import "testing"

func TestPublications(t *testing.T) {
	type want struct{ title, symbol, kind string }
	tests := []struct {
		name, text string
		want       []want
	}{
		{"resolution number", "Line one\n\nIt acts under General Assembly resolution 74/28.",
			[]want{{"Line one", "", "web_page"}, {"General Assembly resolution 74/28", "A/RES/74/28", "resolution"}}},
		{"listed symbol", "Documents\n\n- A/AC.500/2025/INF/3 – Note by the Secretariat: Overview of practice",
			[]want{{"Documents", "", "web_page"}, {"Note by the Secretariat: Overview of practice", "A/AC.500/2025/INF/3", "other"}}},
		{"named report with symbol", "Notes\n\nThe 2019 consensus report of the Group of Governmental Experts (A/74/111) is cited.",
			[]want{{"Notes", "", "web_page"}, {"2019 consensus report of the Group of Governmental Experts", "A/74/111", "report"}}},
		{"quoted title after a publication word", "Notes\n\nSee the paper \"Counting Cyber Incidents in Small States\" for details.",
			[]want{{"Notes", "", "web_page"}, {"Counting Cyber Incidents in Small States", "", "paper"}}},
		{"speech quote is not a title", "Notes\n\n\"We need more help from donors,\" said the minister.",
			[]want{{"Notes", "", "web_page"}}},
		{"declaration", "Notes\n\nThey adopted the Suva Declaration on Digital Resilience.",
			[]want{{"Notes", "", "web_page"}, {"Suva Declaration on Digital Resilience", "", "declaration"}}},
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

func TestSelfPublication(t *testing.T) {
	text := "Why Norms Matter Now\n\nBy Carla Benz and Omar Haddad\n\nText here.\n\nThis work is licensed under CC BY-SA 4.0.\n"
	r := extractText(t, text)
	p := r.Publications[0]
	if !p.Self || p.Title != "Why Norms Matter Now" || p.Licence != "CC BY-SA 4.0" || p.Kind != "article" || len(p.Authors) != 2 {
		t.Errorf("got %+v", p)
	}
}
