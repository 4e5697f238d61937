// Package names turns names into matching keys and identifier slugs, so that
// "François", its decomposed form and "FRANCOIS" are one name.
package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// punctuation folds typographic characters to their ASCII forms before keys
// are compared.
var punctuation = strings.NewReplacer(
	"\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
	"\u2013", "-", "\u2014", "-", "\u00a0", " ", "\u2010", "-", "\u2011", "-",
)

// Key returns the matching key of s: decomposed, without combining marks,
// case-folded, typographic punctuation mapped to ASCII and spaces collapsed.
func Key(s string) string {
	// Invalid bytes become U+FFFD first: normalisation would otherwise leave
	// the letters next to them composed, and keys would not be stable.
	s = punctuation.Replace(norm.NFKD.String(strings.ToValidUTF8(s, "\uFFFD")))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Slug returns a readable identifier fragment for s: its key with every run of
// characters other than ASCII letters and digits replaced by one hyphen.
// Letters outside ASCII that survive Key (ß, ø, ł…) are kept as they are
// not safely transliterable; they are rare in names and stable.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range Key(s) {
		if r == '\'' {
			continue // "O'Neill" → "oneill"
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}
