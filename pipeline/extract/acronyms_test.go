package extract

import (
	"testing"
	"unicode/utf8"
)

func TestFindAcronyms(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // short → long
	}{
		{"long then short", "The Nordic Centre for Digital Trust (NCDT) met on Monday.",
			map[string]string{"NCDT": "Nordic Centre for Digital Trust"}},
		{"a list of abbreviations", "Abbreviations\n\nRCW      Reef Cable Watch (Fiji)\nHDI – Harbour Data Institute\nTODO     write this later\n",
			map[string]string{"RCW": "Reef Cable Watch", "HDI": "Harbour Data Institute"}},
		{"short then long", "She briefed the OAS (Organization of American States) twice.",
			map[string]string{"OAS": "Organization of American States"}},
		{"connector letter", "Delegates of the Organization of Pacific Archives (OPA) agreed.",
			map[string]string{"OPA": "Organization of Pacific Archives"}},
		{"accents and elision", "Le Centre d’Études Numériques (CEN) publie.",
			map[string]string{"CEN": "Centre d’Études Numériques"}},
		{"hyphenated acronym", "The Joint Expert Panel on Cyber Norms (JEP-CN) reported.",
			map[string]string{"JEP-CN": "Joint Expert Panel on Cyber Norms"}},
		{"mixed case acronym", "A Plan of Work (PoW) was adopted.",
			map[string]string{"PoW": "Plan of Work"}},
		{"not an acronym", "The report (see annex) was adopted in Vienna (Austria).", map[string]string{}},
		{"symbol is not an acronym", "the 2021 report (A/76/135) of the group", map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]string{}
			for _, d := range FindAcronyms(tt.text) {
				got[d.Short] = d.Long
				if tt.text[d.LongSpan.Start:d.LongSpan.End] != d.Long || tt.text[d.ShortSpan.Start:d.ShortSpan.End] != d.Short {
					t.Errorf("spans do not quote the text: %+v", d)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func FuzzAcronyms(f *testing.F) {
	for _, s := range []string{
		"The Nordic Centre for Digital Trust (NCDT) met.",
		"OAS (Organization of American States)",
		"((((", "(A) (AB) (ABC", "x (É) y", "Ünïcödé Wörds (ÜW)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, d := range FindAcronyms(s) {
			if d.LongSpan.Start < 0 || d.LongSpan.End > len(s) || d.ShortSpan.Start < 0 || d.ShortSpan.End > len(s) ||
				d.LongSpan.Start > d.LongSpan.End || d.ShortSpan.Start > d.ShortSpan.End {
				t.Fatalf("span out of bounds: %+v", d)
			}
		}
	})
}
