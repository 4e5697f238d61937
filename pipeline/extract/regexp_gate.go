package extract

import (
	"regexp"
	"strings"
)

// gatedRE is a regexp with literals one of which every match contains, so
// that a text without any of them is not searched: most rules look for a
// word most texts lack ("resolution", "CC BY"), and a regexp without a
// literal prefix otherwise tries every position of every text. The results
// are the regexp's own.
type gatedRE struct {
	*regexp.Regexp
	lits  []string
	fold  bool              // lits are lower-case ASCII and match regardless of case
	check func(string) bool // when set, false for every text without a match
}

// gate declares that every match of re contains one of lits.
func gate(re *regexp.Regexp, lits ...string) gatedRE {
	return gatedRE{Regexp: re, lits: lits}
}

// gateFold is gate for a case-insensitive regexp: lits are lower-case ASCII
// without "k" or "s", whose case folding includes non-ASCII letters (K, ſ).
func gateFold(re *regexp.Regexp, lits ...string) gatedRE {
	for _, l := range lits {
		if strings.ContainsAny(l, "ksKS") || strings.ToLower(l) != l {
			panic("extract: gateFold literal " + l + " must be lower case without k or s")
		}
	}
	return gatedRE{Regexp: re, lits: lits, fold: true}
}

// and declares that check is true of every text with a match, for a gate
// that literals alone would leave too wide.
func (g gatedRE) and(check func(string) bool) gatedRE {
	g.check = check
	return g
}

// mayMatch reports whether text contains one of the literals and passes
// the check.
func (g gatedRE) mayMatch(text string) bool {
	for _, l := range g.lits {
		if g.fold && containsFoldASCII(text, l) || !g.fold && strings.Contains(text, l) {
			return g.check == nil || g.check(text)
		}
	}
	return false
}

// containsFoldASCII reports whether text contains lit (lower-case ASCII)
// with its letters in either case.
func containsFoldASCII(text, lit string) bool {
	first := lit[0]
	for i := 0; i+len(lit) <= len(text); i++ {
		if lower(text[i]) != first {
			continue
		}
		j := 1
		for j < len(lit) && lower(text[i+j]) == lit[j] {
			j++
		}
		if j == len(lit) {
			return true
		}
	}
	return false
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// MatchString is regexp's, skipping texts without a literal.
func (g gatedRE) MatchString(s string) bool {
	return g.mayMatch(s) && g.Regexp.MatchString(s)
}

// FindAllStringSubmatchIndex is regexp's, skipping texts without a literal.
func (g gatedRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindAllStringSubmatchIndex(s, n)
}

// FindAllStringIndex is regexp's, skipping texts without a literal.
func (g gatedRE) FindAllStringIndex(s string, n int) [][]int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindAllStringIndex(s, n)
}

// FindStringIndex is regexp's, skipping texts without a literal.
func (g gatedRE) FindStringIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp's, skipping texts without a literal.
func (g gatedRE) FindStringSubmatch(s string) []string {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's, skipping texts without a literal.
func (g gatedRE) FindStringSubmatchIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatchIndex(s)
}
