package names

import (
	"strings"
	"testing"
	"unicode"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"François", "francois"},
		{"Franc\u0327ois", "francois"}, // decomposed: one byte longer, same key
		{"FRANÇOIS", "francois"},
		{"O\u2019Neill-Rahman", "o'neill-rahman"},
		{"  Nguyễn   Thị\u00a0Lan ", "nguyen thi lan"},
		{"Co\u2013operation", "co-operation"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"François Delerue", "francois-delerue"},
		{"O'Neill-Rahman", "oneill-rahman"},
		{"A/RES/73/27", "a-res-73-27"},
		{"  --United  Nations (UN)-- ", "united-nations-un"},
		{"Øresund Forum", "øresund-forum"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzKey checks that keys are stable (a key is its own key) and slugs hold
// only lower-case letters, digits and single inner hyphens.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"François", "O’Neill", "A/RES/73/27", "İstanbul", "ß", "\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key(Key(%q)) = %q, want %q", s, Key(k), k)
		}
		slug := Slug(s)
		if strings.HasPrefix(slug, "-") || strings.HasSuffix(slug, "-") || strings.Contains(slug, "--") {
			t.Errorf("Slug(%q) = %q has a stray hyphen", s, slug)
		}
		for _, r := range slug {
			if r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				t.Errorf("Slug(%q) = %q contains %q", s, slug, r)
			}
		}
	})
}
