package extract

import (
	"strings"
	"unicode"
)

// isPortfolio reports whether name, after "ROLE of", is the portfolio of an
// office and no organisation: a role that is also a title before names
// ("Minister", "Ambassador") is "of" a place, a body or a subject, and in
// "Minister of Energy and Digitalisation" the subject names no
// organisation. Known names and names with a strong cue are organisations.
func (b *builder) isPortfolio(role, name string) bool {
	if !b.ref.Honorifics[lastWord(role)] || b.isKnownName(name) || b.orgKeyByName(name) != "" {
		return false
	}
	_, strength, _ := b.cueOf(strings.Fields(name))
	return strength < 1
}

// isBrandWord reports whether w is written like a brand: a capital letter
// after lower-case ones inside one word ("TernSec", "SecureWorks"), which
// no common word has and personal names only after "Mc" or "Mac".
func isBrandWord(w string) bool {
	if strings.HasPrefix(w, "Mc") || strings.HasPrefix(w, "Mac") {
		return false // "McDonald", "MacArthur" are surnames
	}
	lower := false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && i > 0 && lower:
			return true
		}
	}
	return false
}
