package extract

import (
	"strings"
	"testing"
)

// FuzzMemoLower compares the memo's lower with strings.ToLower on every
// part of a text, and on strings that are no part of it.
func FuzzMemoLower(f *testing.F) {
	for _, s := range []string{"", "Agenda", "OEWG Session: Item 5", "ÉCOLE d’été", "\xffAB", "İSTANBUL", "K Kelvin", "Ǆ ǅ ǆ", "ẞ straße ΣΑΣ", "a\u0301B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 64 {
			text = text[:64]
		}
		m := newTextMemo(text)
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if got, want := m.lower(text[i:j]), strings.ToLower(text[i:j]); got != want {
					t.Fatalf("lower(%q[%d:%d]) = %q, want %q", text, i, j, got, want)
				}
			}
		}
		other := strings.Clone(text) + "X"
		if got, want := m.lower(other), strings.ToLower(other); got != want {
			t.Fatalf("lower(%q) = %q, want %q", other, got, want)
		}
	})
}

// TestMemoLowerShares checks that the memo's lower slices its lower-cased
// text, which is what saves the copies, when the text allows it.
func TestMemoLowerShares(t *testing.T) {
	tests := []struct {
		name, text string
		shared     bool
	}{
		{"ascii", "Item 5: Agenda\nOpening", true},
		{"already lower", "item 5", true},
		{"accents", "ÉCOLE d’été", true},
		{"kelvin sign", "\u212A Agenda", false},
		{"invalid", "\xff Agenda", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTextMemo(tt.text)
			a, b := m.lower(tt.text[2:]), m.lower(tt.text[2:])
			if a != strings.ToLower(tt.text[2:]) {
				t.Fatalf("lower = %q", a)
			}
			if shared := sameData(a, b); shared != tt.shared {
				t.Errorf("shared = %v, want %v", shared, tt.shared)
			}
		})
	}
}

// sameData reports whether a and b start at the same byte: two calls of
// strings.ToLower that lower-case something return two copies.
func sameData(a, b string) bool {
	off, ok := (&textMemo{text: a}).offsetOf(b)
	return ok && off == 0
}

// BenchmarkMemoLower lower-cases every line of a text ten times, as the
// rules that read lines do.
func BenchmarkMemoLower(b *testing.B) {
	text := strings.Repeat("Item 5: Agenda of the Open-ended Working Group\n", 200)
	ls := lines(text, 0, len(text))
	b.Run("strings.ToLower", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for range 10 {
				for _, l := range ls {
					_ = strings.ToLower(text[l.Start:l.End])
				}
			}
		}
	})
	b.Run("memo", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m := newTextMemo(text)
			for range 10 {
				for _, l := range ls {
					_ = m.lower(text[l.Start:l.End])
				}
			}
		}
	})
}
