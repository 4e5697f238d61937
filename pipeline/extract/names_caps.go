package extract

import (
	"strings"
	"unicode/utf8"
)

// honorificName reads the name after an honorific, where a family name in
// capitals may be short: "Mr Ji-hoon PARK", "Ms. Ana María GARCÍA LÓPEZ".
func (b *builder) honorificName(toks []token, h int) (personName, bool) {
	if n, ok := b.nameAt(toks, h, 2); ok {
		return b.withCapsSurname(toks, n), true
	}
	n, ok := b.nameAt(toks, h, 1)
	if !ok {
		return n, false
	}
	n = b.withCapsSurname(toks, n)
	return n, n.Last-n.First >= 2
}

// withCapsSurname extends n over short family names in capitals that
// nameWord takes for acronyms ("PARK", "LI"), when they are no acronym the
// text or the reference knows and end the name.
func (b *builder) withCapsSurname(toks []token, n personName) personName {
	j := n.Last
	for j < len(toks) && j < n.Last+2 && toks[j].Word && adjacent(toks[j-1], toks[j]) && isUpperWord(toks[j].Text) &&
		utf8.RuneCountInString(toks[j].Text) >= 2 && !b.isAcronymHere(toks[j].Text) && b.nameWord(titleCase(toks[j].Text)) {
		j++
	}
	if j == n.Last || j < len(toks) && toks[j].Word {
		return n
	}
	return personName{n.First, j, Span{n.Start, toks[j-1].End}}
}

// titleCaseWords puts each word of a name written in capitals in title
// case: "Ana María GARCÍA LÓPEZ" → "Ana María García López", "KEALOHA-REYES"
// → "Kahale-Ortiz". A one-letter word stays as it is.
func titleCaseWords(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if utf8.RuneCountInString(w) > 1 {
			f[i] = titleCase(w)
		}
	}
	return strings.Join(f, " ")
}

// capitalised counts the capitalised words of toks.
func capitalised(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.Word && isCap(t.Text) {
			n++
		}
	}
	return n
}
