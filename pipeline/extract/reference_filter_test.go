package extract

import (
	"strings"
	"testing"
)

// FuzzReferenceFilters compares the filtered lookups with the plain ones
// they shortcut, on the fuzzed word and on every key of the lists in the
// cases the rules meet them (as listed, lower case, upper case, title case).
func FuzzReferenceFilters(f *testing.F) {
	ref := testRef(f)
	var words []string
	for _, m := range []map[string]bool{ref.Honorifics} {
		for k := range m {
			words = append(words, k)
		}
	}
	for _, m := range []map[string]string{ref.EventWords, ref.ListLabels} {
		for k := range m {
			words = append(words, k)
		}
	}
	for _, m := range []map[string]int{ref.countryByKey, ref.bodyByKey, ref.cityByKey} {
		for k := range m {
			words = append(words, k)
		}
	}
	for _, s := range []string{"", "Dr", "DR", "dr", "Amb.", "H.E.", "MEETING", "Session", "the Republic of Fiji", "Viet  Nam", "Suva", "ÉCOLE", "ǅ", "\xffDr"} {
		f.Add(s)
	}
	for _, w := range words {
		f.Add(w)
	}
	check := func(t *testing.T, w string) {
		if got, want := ref.listLabel(w), ref.ListLabels[w]; got != want {
			t.Errorf("listLabel(%q) = %q, want %q", w, got, want)
		}
		if got, want := ref.isHonorific(w), ref.Honorifics[titleCase(w)]; got != want {
			t.Errorf("isHonorific(%q) = %v, want %v", w, got, want)
		}
		gotKind, gotOK := lookupLowerFiltered(ref.EventWords, &ref.filters.eventWords, w)
		if wantKind, wantOK := lookupLower(ref.EventWords, w); gotKind != wantKind || gotOK != wantOK {
			t.Errorf("lookupLowerFiltered(EventWords, %q) = %q, %v, want %q, %v", w, gotKind, gotOK, wantKind, wantOK)
		}
		for _, c := range []struct {
			m map[string]int
			f *keyFilter
		}{{ref.countryByKey, &ref.filters.countries}, {ref.bodyByKey, &ref.filters.bodies}, {ref.cityByKey, &ref.filters.cities}} {
			got, gotOK := lookupKeyFiltered(c.m, c.f, w)
			if want, wantOK := lookupKey(c.m, w); got != want || gotOK != wantOK {
				t.Errorf("lookupKeyFiltered(%q) = %d, %v, want %d, %v", w, got, gotOK, want, wantOK)
			}
		}
	}
	f.Fuzz(func(t *testing.T, w string) {
		check(t, w)
		check(t, strings.ToLower(w))
		check(t, strings.ToUpper(w))
		check(t, titleCaseWords(w))
	})
}

// TestKeyFilterRejects checks that the filters rule words out, which is
// what they are for: a filter that lets everything through passes the
// fuzz test above.
func TestKeyFilterRejects(t *testing.T) {
	ref := testRef(t)
	tests := []struct {
		name string
		f    *keyFilter
		word string
		want bool
	}{
		{"event word", &ref.filters.eventWords, "meeting", true},
		{"no event word", &ref.filters.eventWords, "the", false},
		{"country", &ref.filters.countries, "fiji", true},
		{"no country", &ref.filters.countries, "xq", false},
		{"empty", &ref.filters.countries, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mayHave(tt.f, tt.word); got != tt.want {
				t.Errorf("mayHave(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
	if ref.isHonorific("ambassador") || !ref.isHonorific("AMB.") {
		t.Error("isHonorific: want false for a word in lower case, true for AMB.")
	}
}
