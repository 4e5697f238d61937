package extract

import (
	"regexp"
	"strings"
)

// confCitedAuthor is the confidence of the author named at the start of a
// citation whose title follows in quotes.
const confCitedAuthor = 0.8

// citationMarkRE matches what may open a footnote or reference-list line
// before its author: "[3] ", "12. ", "- ". isCitationMark implements it.
var citationMarkRE = regexp.MustCompile(`^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]?|[-•*])?\s*$`)

// isCitationMark is citationMarkRE.MatchString(s), without a regexp run
// for every word that opens a line (FuzzCitationMark holds them equal).
func isCitationMark(s string) bool {
	i := skipRESpace(s, 0)
	switch {
	case i == len(s):
		return true
	case s[i] == '[':
		j := skipDigits(s, i+1)
		if j == i+1 || j > i+4 || j == len(s) || s[j] != ']' {
			return false
		}
		i = j + 1
	case '0' <= s[i] && s[i] <= '9':
		j := skipDigits(s, i)
		if j > i+3 {
			return false
		}
		i = j
		if i < len(s) && (s[i] == '.' || s[i] == ')') {
			i++
		}
	case s[i] == '-' || s[i] == '*':
		i++
	case strings.HasPrefix(s[i:], "•"):
		i += len("•")
	}
	return skipRESpace(s, i) == len(s)
}

// skipRESpace returns the offset after the characters of regexp's \s
// (tab, newline, form feed, carriage return, space) at s[i:].
func skipRESpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// skipDigits returns the offset after the ASCII digits at s[i:].
func skipDigits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

// citedAuthorAt reads the author that opens a citation, before a title in
// quotes, in either order of names:
//
//	[3] Maren Haraldsen-Obi, "Counting Incidents on Reef Islands", …
//	- Otieno-Barasa, Wanjiru. "Directories That Work." Harbour Review, 2023.
func (b *builder) citedAuthorAt(toks []token, i int) (int, bool) {
	prefix := b.text[b.memo.lineStart(toks[i].Start):toks[i].Start]
	if len(prefix) > 8 || !isCitationMark(prefix) {
		return 0, false // the mark is short: most names are not at the start of a line
	}
	if names, end, ok := b.citedAuthors(toks, i); ok {
		for _, n := range names {
			b.personFromName(toks, n, n.Span, "person.cited-author", confCitedAuthor)
		}
		return end, true
	}
	family, ok := b.nameAt(toks, i, 1)
	if !ok || family.Last-family.First > 3 || family.Last+1 >= len(toks) || toks[family.Last].Text != "," {
		return 0, false
	}
	given, ok := b.nameAt(toks, family.Last+1, 1)
	if !ok || given.Last-given.First > 2 || given.Last >= len(toks) || toks[given.Last].Text != "." || !quoteFollows(b.text, toks[given.Last].End) {
		return 0, false
	}
	written := Span{family.Start, given.End}
	familyName, givenName := b.text[family.Start:family.End], b.text[given.Start:given.End]
	if b.isCovered(written) || b.isOrgName(familyName) {
		return 0, false
	}
	p := Person{Name: givenName + " " + familyName, Aliases: []string{b.text[written.Start:written.End]}}
	p.Rule, p.Confidence = "person.cited-author", confCitedAuthor
	b.addPerson(p, written)
	return given.Last, true
}

// quoteFollows reports whether an opening double quote follows offset i
// after spaces; the sentence splitter may have cut the text there.
func quoteFollows(text string, i int) bool {
	rest := strings.TrimLeft(text[i:], " ")
	return strings.HasPrefix(rest, `"`) || strings.HasPrefix(rest, "“")
}

// isQuote reports whether a token is an opening double quote.
func isQuote(s string) bool {
	return strings.Contains(`"“„`, s) && s != ""
}

// citedAuthors reads the authors that open a citation at toks[i], before a
// title in quotes or in emphasis, and returns them and the index after the
// last:
//
//	Ana Ruiz-Holt and Lena Holt, *Cables at Sea* (Suva: Reef Press, 2024).
//	Ana Ruiz-Holt, Lena Holt and Sione Fakatava, "Repairs at Sea", …
func (b *builder) citedAuthors(toks []token, i int) ([]personName, int, bool) {
	var names []personName
	for k := i; k < len(toks); {
		n, ok := b.nameAt(toks, k, 2)
		if !ok || b.isCovered(n.Span) || b.isOrgName(b.text[n.Start:n.End]) || n.Last+1 >= len(toks) {
			return nil, 0, false
		}
		names = append(names, n)
		sep := toks[n.Last].Text
		if sep == "," && (isQuote(toks[n.Last+1].Text) || b.emphasisAt(toks[n.Last+1].Start)) {
			return names, n.Last, true
		}
		if sep != "," && sep != "and" && sep != "&" || len(names) == 4 {
			return nil, 0, false
		}
		k = n.Last + 1
		if sep == "," && toks[k].Text == "and" {
			k++ // "A, B, and C"
		}
	}
	return nil, 0, false
}

// emphasisAt reports whether emphasis opens at offset at: an HTML <em> or
// <i> (Document.Emphasis), or a Markdown "*" or "_".
func (b *builder) emphasisAt(at int) bool {
	if at < len(b.text) && (b.text[at] == '*' || b.text[at] == '_') {
		return true
	}
	for _, e := range b.doc.Emphasis {
		if e[0] == at {
			return true
		}
	}
	return false
}
