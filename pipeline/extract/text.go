package extract

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/segment"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the text with its span.
type token struct {
	Start, End int
	Text       string
	Word       bool
}

// tokenize splits text[start:end] into words and punctuation. A word keeps
// inner hyphens, apostrophes and dots between letters, so that
// "O'Hara-Qureshi", "Fa’alogo-Lemalu", "Net4Peace" and "U.N" are one word.
func tokenize(text string, start, end int) []token {
	return appendTokens(nil, text, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks. ASCII, most
// of every text, is classified a byte at a time from tables; other runes
// are decoded. It gives the tokens appendTokensRunes gives (a fuzz test
// holds them equal) in a third of the time.
func appendTokens(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		c := text[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(text[i:end])
			switch {
			case unicode.IsSpace(r):
				i += n
			case isWordRuneSlow(r):
				j := wordEnd(text, i+n, end)
				toks = append(toks, token{i, j, text[i:j], true})
				i = j
			default:
				toks = append(toks, token{i, i + n, text[i : i+n], false})
				i += n
			}
			continue
		}
		switch {
		case asciiSpace[c]:
			i++
		case asciiWordRunes[c]:
			j := wordEnd(text, i+1, end)
			toks = append(toks, token{i, j, text[i:j], true})
			i = j
		default:
			toks = append(toks, token{i, i + 1, text[i : i+1], false})
			i++
		}
	}
	return toks
}

// wordEnd returns where the word whose runes continue at text[j] ends:
// after its last word rune, across inner hyphens, apostrophes and dots
// that have a word rune after them, but not across a possessive "'s".
func wordEnd(text string, j, end int) int {
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf && asciiWordRunes[c] {
			j++
			continue
		}
		r2, n2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, n2 = utf8.DecodeRuneInString(text[j:end])
			if isWordRuneSlow(r2) {
				j += n2
				continue
			}
		}
		if (r2 == '-' || r2 == '\'' || r2 == '.' || r2 == '’') && j+n2 < end {
			r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
			if isWordRune(r3) && !isPossessive(text, j+n2, end, r2) {
				j += n2
				continue
			}
		}
		break
	}
	return j
}

// asciiSpace is unicode.IsSpace of each ASCII character.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = unicode.IsSpace(rune(r))
	}
	return t
}()

// isPossessive reports whether the apostrophe before text[i] starts a
// possessive "'s" ending the word: "Kenya's" is "Kenya" + "'s".
func isPossessive(text string, i, end int, apostrophe rune) bool {
	if apostrophe != '\'' && apostrophe != '’' || text[i] != 's' {
		return false
	}
	if i+1 >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1 : end])
	return !isWordRune(r)
}

func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWordRunes[r]
	}
	return isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWordRunes is isWordRune of each ASCII character: tokenising asks
// about every character of every sentence.
var asciiWordRunes = func() (t [utf8.RuneSelf]bool) {
	for r := range t {
		t[r] = isWordRuneSlow(rune(r))
	}
	return t
}()

// isCap reports whether a word starts with an upper-case letter or a digit
// followed by upper case ("Net4Peace" and "Ma'afu" are capitalised).
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isUpperWord reports whether every letter of w is upper case.
func isUpperWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return isUpperWordRunes(w[i:], letters)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters++
		}
	}
	return letters > 0
}

// isUpperWordRunes is isUpperWord of w, a word's rest from its first
// rune beyond ASCII on, after letters upper-case ASCII letters.
func isUpperWordRunes(w string, letters int) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isAcronym reports whether w looks like an acronym: 2-10 characters, mostly
// upper case letters, starting with a letter ("OEWG", "PoA", "AHEG-CBM").
func isAcronym(w string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return isAcronymRunes(w)
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return len(w) >= 2 && len(w) <= 12 && 'A' <= w[0] && w[0] <= 'Z' && upper >= 2 && upper > lower
}

// isAcronymRunes is isAcronym of a word that is not all ASCII.
func isAcronymRunes(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 2 || n > 12 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && upper >= 2 && upper > lower
}

// titleCase turns an all-capitals name into title case: "KEALOHA-REYES" →
// "Kahale-Ortiz". Names in mixed case are returned as they are.
func titleCase(s string) string {
	if !isUpperWord(s) { // isUpperWord looks at the letters only
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		start = r == ' ' || r == '-'
		b.WriteRune(r)
	}
	return b.String()
}

// sentences splits text[start:end] into sentences: every line on its own
// (programmes, lists and headings are line by line), then each line with
// segment.Sentences, which knows the abbreviations of our texts ("Amb.",
// "e.g.", "U.N.") and does not split inside brackets.
func sentences(text string, start, end int) []Span {
	var out []Span
	paras := wrappedParagraphs(text, start, end)
	k := 0
	var buf []segment.Span // the sentences of one line, reused
	for _, line := range lines(text, start, end) {
		for k < len(paras) && paras[k].End < line.Start {
			k++
		}
		if k < len(paras) && paras[k].Start <= line.Start && line.End <= paras[k].End {
			if line.Start == paras[k].Start {
				buf = segment.AppendSentences(buf[:0], text, paras[k].Start, paras[k].End)
				for _, s := range buf {
					out = append(out, Span{s.Start, s.End})
				}
			}
			continue
		}
		buf = segment.AppendSentences(buf[:0], text, line.Start, line.End)
		for _, s := range buf {
			out = append(out, Span{s.Start, s.End})
		}
	}
	return out
}

// wrappedParagraphs returns the runs of lines of text[start:end] that
// hard-wrap one paragraph, as plain-text documents and letters do: their
// sentences run on over the line breaks ("convene a virtual informal
// consultation with accredited / stakeholders").
func wrappedParagraphs(text string, start, end int) []Span {
	if strings.IndexByte(text[start:end], '\n') < 0 {
		return nil
	}
	var out []Span
	ls := lines(text, start, end)
	width := wrapWidth(text, ls)
	for i := 0; i+1 < len(ls); i++ {
		j := i
		for j+1 < len(ls) && wrapsOnto(text, ls[j], ls[j+1], j > i, width) {
			j++
		}
		if j > i {
			out = append(out, Span{ls[i].Start, ls[j].End})
			i = j
		}
	}
	return out
}

// wrapWidth returns the width, in runes with the indentation, at which the
// lines ls were hard-wrapped: the longest line, when nearly every line is
// at most 100 runes long and at least five lines reach nearly to it, as in
// a plain-text document. It is 0 for text whose paragraphs stand on one
// long line each (HTML, most Markdown), and for a few short lines.
func wrapWidth(text string, ls []Span) int {
	width, long := 0, 0
	for _, l := range ls {
		n := lineIndent(text, l) + utf8.RuneCountInString(text[l.Start:l.End])
		if n > 100 {
			long++
			continue
		}
		width = max(width, n)
	}
	if long*20 > len(ls) {
		return 0
	}
	full := 0 // lines that reach nearly to the width, as wrapped lines do
	for _, l := range ls {
		if lineIndent(text, l)+utf8.RuneCountInString(text[l.Start:l.End]) >= width-12 {
			full++
		}
	}
	if full < 5 {
		return 0 // too few lines to tell a wrap width from a long heading
	}
	return width
}

// wrapsOnto reports whether line next carries on the running text of line
// prev: a single line break between them, prev long and ending mid-sentence
// (a lower-case word or a comma), and next no list item, table row or
// label, starting with a lower-case word. A list of names, one per line,
// does not wrap. Inside a paragraph already seen to wrap (inRun), a line
// indented as prev is carries on any line that does not end a sentence,
// even where the break falls inside a name ("with the United / Nations
// Institute"). A line that ends with a hyphen after a letter runs on, and
// so does a list item whose next line is indented under it. So does a line indented as prev is whose break falls after
// a word that cannot end a phrase ("operations in / Asia"), or where the
// first word of next would not have fitted on prev in the text's wrap
// width.
func wrapsOnto(text string, prev, next Span, inRun bool, width int) bool {
	if strings.Count(text[prev.End:next.Start], "\n") != 1 {
		return false
	}
	p, n := text[prev.Start:prev.End], text[next.Start:next.End]
	if strings.Contains(n, cellSep) || strings.Contains(p, cellSep) || stripBullet(text, next).Start != next.Start {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	first, _ := utf8.DecodeRuneInString(n)
	if last == '-' && len(p) > 1 && unicode.IsLetter(rune(p[len(p)-2])) && unicode.IsLetter(first) {
		return true // "Permanent Repre-" over "sentative"
	}
	if stripBullet(text, prev).Start != prev.Start && lineIndent(text, next) > lineIndent(text, prev) && !strings.ContainsRune(".;:!?", last) {
		return true // a list item carried on, indented, on the next line
	}
	if prev.End-prev.Start < 50 {
		return false
	}
	if unicode.IsLower(first) && (unicode.IsLower(last) || last == ',') {
		return true
	}
	if strings.ContainsRune(".:;!?", last) || lineIndent(text, prev) != lineIndent(text, next) {
		return false
	}
	if inRun || unicode.IsLetter(first) && wrapFunctionWords[p[strings.LastIndexByte(p, ' ')+1:]] {
		return true
	}
	firstWord := n
	if k := strings.IndexByte(n, ' '); k > 0 {
		firstWord = n[:k]
	}
	return width > 0 && unicode.IsLetter(first) && unicode.IsLetter(last) &&
		lineIndent(text, prev)+utf8.RuneCountInString(p)+1+utf8.RuneCountInString(firstWord) > width
}

// wrapFunctionWords cannot end a title or a sentence: a line that ends
// with one was wrapped.
var wrapFunctionWords = map[string]bool{"of": true, "for": true, "the": true, "and": true, "on": true,
	"in": true, "to": true, "with": true, "from": true, "by": true, "at": true, "a": true, "an": true}

// lineIndent is the number of bytes between the start of the line holding
// l and l.
func lineIndent(text string, l Span) int {
	return l.Start - (strings.LastIndexByte(text[:l.Start], '\n') + 1)
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// lines returns the non-blank lines of text[start:end], trimmed. A row of a
// Markdown pipe table loses its outer pipes, so that its cells read like
// those of an HTML table ("| 09:00 | Opening |" gives "09:00 | Opening"),
// and the rule under its header row ("|---|:---:|") is no line.
func lines(text string, start, end int) []Span {
	var out []Span
	for s := start; s <= end; {
		i := lineEnd(text, s, end)
		n := len(out)
		out = appendTrimmed(out, text, s, i)
		if len(out) > n {
			if l, ok := pipeRow(text, out[n]); !ok {
				out = out[:n]
			} else {
				out[n] = l
			}
		}
		s = i + 1
	}
	return out
}

// firstLine is the first of lines(text, start, end), without finding the
// lines after it.
func firstLine(text string, start, end int) (Span, bool) {
	for s := start; s <= end; {
		i := lineEnd(text, s, end)
		var one [1]Span
		if out := appendTrimmed(one[:0], text, s, i); len(out) > 0 {
			if l, ok := pipeRow(text, out[0]); ok {
				return l, true
			}
		}
		s = i + 1
	}
	return Span{}, false
}

// lineEnd returns the offset of the first '\n' in text[s:end], or end.
func lineEnd(text string, s, end int) int {
	if s >= end {
		return end
	}
	if k := strings.IndexByte(text[s:end], '\n'); k >= 0 {
		return s + k
	}
	return end
}

// pipeRow strips the outer pipes of a Markdown table row; false for the
// rule under a header row, which holds only pipes, dashes, colons and
// spaces.
func pipeRow(text string, l Span) (Span, bool) {
	line := text[l.Start:l.End]
	if len(line) < 2 || line[0] != '|' || line[len(line)-1] != '|' {
		return l, true
	}
	if strings.Trim(line, "|-: ") == "" {
		return l, false
	}
	t, ok := trimSpan(text, Span{l.Start + 1, l.End - 1})
	return t, ok
}

func appendTrimmed(out []Span, text string, s, e int) []Span {
	for s < e && isBlank(text[s]) {
		s++
	}
	for e > s && isBlank(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, Span{s, e})
	}
	return out
}

// countFields is len(strings.Fields(s)) without the slice.
func countFields(s string) int {
	n, inField := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return countFieldsRunes(s)
		}
		if asciiSpace[c] {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}

// countFieldsRunes is countFields of text that is not all ASCII.
func countFieldsRunes(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// lookupLower is m[strings.ToLower(w)], without a lower-cased copy of w
// when w is short ASCII: the rules look up every capitalised word in the
// reference's lower-case word lists.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	return lookupLowerFiltered(m, nil, w)
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// cutset is a set of ASCII bytes to trim, built once: strings.Trim builds
// its set again on every call, and some rules trim at every word.
type cutset [256]bool

func newCutset(chars string) *cutset {
	var c cutset
	for i := 0; i < len(chars); i++ {
		if chars[i] >= utf8.RuneSelf {
			panic("extract: cutset " + chars + " must be ASCII")
		}
		c[chars[i]] = true
	}
	return &c
}

// trim is strings.Trim(s, chars) for the ASCII chars of the set: a
// multi-byte rune has no byte below utf8.RuneSelf, so trimming bytes
// trims the same runes.
func (c *cutset) trim(s string) string {
	i, j := 0, len(s)
	for i < j && c[s[i]] {
		i++
	}
	for j > i && c[s[j-1]] {
		j--
	}
	return s[i:j]
}
