package extract

import (
	"testing"

	"github.com/uncyber/uncyber/pipeline/names"
)

// FuzzNameKey requires nameKey, with its ASCII fast path and its memo, to
// be names.Key.
func FuzzNameKey(f *testing.F) {
	for _, s := range []string{
		"", " ", "kenya", "Kenya", "the  United\tStates ", "  a", "a  ", "a \n b", "x\v\fy\r", "O'Hara-Qureshi",
		"François", "FRANCOIS", "Côte d’Ivoire", "a\u00a0b", "\xff", "ÅLAND", "a\x00b", "\x1cx\x1f", "Viet\x85Nam",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := names.Key(s)
		for range 2 { // computed, then remembered
			if got := nameKey(s); got != want {
				t.Fatalf("nameKey(%q) = %q, names.Key gives %q", s, got, want)
			}
		}
		if k, ok := appendASCIIKey([]byte("x"), s); ok && string(k) != "x"+want {
			t.Errorf("appendASCIIKey(%q) = %q, names.Key gives %q", s, k[1:], want)
		}
		if v, ok := lookupKey(map[string]int{want: 1}, s); v != 1 || !ok {
			t.Errorf("lookupKey(%q) = %d, %v; want the entry of its key %q", s, v, ok, want)
		}
		if _, ok := lookupKey(map[string]int{want + "x": 1}, s); ok {
			t.Errorf("lookupKey(%q) found %q", s, want+"x")
		}
	})
}

func BenchmarkNameKey(b *testing.B) {
	words := []string{"Kenya", "the United States", "african union", "Côte d’Ivoire", "Geneva", "OEWG", "Open-ended Working Group"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			nameKey(w)
		}
	}
}
