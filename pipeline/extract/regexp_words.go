package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordRE is a regexp every match of which starts with one of a few stems,
// at a word boundary when the regexp opens with \b, such as
// `(?i)\b(?:signed|endorsed) by\s+`. Such a regexp has no literal prefix
// for package regexp to skip to, so it is tried at every byte of every
// line: the two largest rules spent a sixth of extraction CPU there.
// wordRE tries it only where one of its stems starts, anchored there, and
// finds exactly what the regexp finds.
type wordRE struct {
	re       *regexp.Regexp // the regexp as written
	at       *regexp.Regexp // the regexp anchored, its leading \b made ^
	boundary bool           // the regexp opens with \b
	byFirst  [256][]string  // the stems by the first byte of a text they may open
	first    [256]bool      // byFirst[c] != nil, in a table next scans a quarter the size of
	// second[c] has bit d set when a stem may open a text whose first
	// two bytes are c and d, for an ASCII c: a word starting with the
	// first letter of a stem rarely goes on with its second.
	second  [utf8.RuneSelf][4]uint64
	maxLen  int      // bytes a match takes at most, or -1 when unbounded
	phrases bool     // the stems are all the regexp matches
	inner   bool     // the regexp has \b or \B after its start
	oneLine bool     // no match holds a line break
	lits    []string // one of these is in every text with a match
}

// wordStart compiles pattern, every alternative of which opens with \b or
// none of which does, and which has no other assertion. It declares that
// every match starts with one of stems: ASCII letters are lower case and
// match under Unicode case folding ("s" also matches "S" and "ſ"), other
// bytes match themselves.
func wordStart(pattern string, stems ...string) *wordRE {
	w := &wordRE{re: regexp.MustCompile(pattern)}
	tree, anchors := mustParse(pattern), map[*syntax.Regexp]bool{}
	w.boundary = anchorWordStart(tree, anchors)
	if !w.boundary {
		anchor := &syntax.Regexp{Op: syntax.OpBeginText}
		tree, anchors = &syntax.Regexp{Op: syntax.OpConcat, Sub: []*syntax.Regexp{anchor, mustParse(pattern)}}, map[*syntax.Regexp]bool{anchor: true}
	}
	ok, inner := innerAssertions(tree, false, anchors)
	if !ok {
		panic("extract: wordStart pattern " + pattern + " must open every alternative with \\b or none, and have no assertion but \\b or \\B after a character")
	}
	w.at = regexp.MustCompile(tree.String())
	w.maxLen, w.inner, w.oneLine = maxMatchLen(tree), inner, !matchesNewline(tree)
	for _, s := range stems {
		if s == "" || !utf8.ValidString(s) || strings.ToLower(s) != s || strings.ContainsFunc(s, hasNonASCIIFold) {
			panic("extract: wordStart stem " + s + " must be lower case, and its characters beyond ASCII without case")
		}
	}
	if ps, ok := phrasesOf(tree); ok && len(ps) <= maxPhrases && prefixFree(ps) {
		// A match is the one phrase that starts where it does: no
		// regexp needs to run.
		stems, w.phrases = ps, true
	}
	for _, s := range stems {
		for _, e := range foldEncodings(rune(s[0])) {
			w.byFirst[e[0]] = append(w.byFirst[e[0]], s)
			w.first[e[0]] = true
			if e[0] < utf8.RuneSelf {
				w.addSecond(e[0], s)
			}
		}
	}
	return w
}

// addSecond records the bytes that may follow c, an ASCII encoding of
// stem's first character, in a text stem opens: those that start an
// encoding of its second character (see foldPrefixLen), or any byte for
// a stem of one byte.
func (w *wordRE) addSecond(c byte, stem string) {
	set := func(d byte) { w.second[c][d/64] |= 1 << (d % 64) }
	switch {
	case len(stem) == 1:
		w.second[c] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	case stem[1] >= utf8.RuneSelf:
		set(stem[1])
	default:
		for _, e := range foldEncodings(rune(stem[1])) {
			set(e[0])
		}
	}
}

// mayOpen reports whether a stem may open s[i:]: false when s[i] is ASCII
// and no stem goes on with s[i+1].
func (w *wordRE) mayOpen(s string, i int) bool {
	c := s[i]
	if c >= utf8.RuneSelf || i+1 >= len(s) {
		return true
	}
	d := s[i+1]
	return w.second[c][d/64]&(1<<(d%64)) != 0
}

// hasNonASCIIFold reports whether r is beyond ASCII and case folding
// makes it equal to another rune, which hasFoldPrefix would not find.
func hasNonASCIIFold(r rune) bool {
	return r >= utf8.RuneSelf && unicode.SimpleFold(r) != r
}

func mustParse(pattern string) *syntax.Regexp {
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic("extract: " + err.Error())
	}
	return tree
}

// foldEncodings returns the UTF-8 encodings of r and of every rune that
// case folding makes equal to it: "s", "S" and "ſ" for 's'. A byte that
// is not ASCII stands for itself.
func foldEncodings(r rune) []string {
	if r >= utf8.RuneSelf {
		return []string{string([]byte{byte(r)})}
	}
	out := []string{string(r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, string(f))
	}
	return out
}

// anchorWordStart replaces the \b that opens every alternative of re by
// ^, recording each in anchors, and reports false when an alternative
// does not open with \b.
func anchorWordStart(re *syntax.Regexp, anchors map[*syntax.Regexp]bool) bool {
	switch re.Op {
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchorWordStart(sub, anchors) {
				return false
			}
		}
		return true
	case syntax.OpCapture:
		return anchorWordStart(re.Sub[0], anchors)
	case syntax.OpConcat:
		if len(re.Sub) == 0 || re.Sub[0].Op != syntax.OpWordBoundary {
			return false
		}
		re.Sub[0].Op = syntax.OpBeginText
		anchors[re.Sub[0]] = true
		return true
	}
	return false
}

// innerAssertions reports whether the assertions of re, but for the
// anchors, are \b or \B that come after at least one character
// (consumed: re itself does), and whether there is any. Those look at
// the text at and before them, which lies in the match, and so give the
// same answer in the window the anchored regexp runs on; any other would
// look before the match, or at the end of the window.
func innerAssertions(re *syntax.Regexp, consumed bool, anchors map[*syntax.Regexp]bool) (ok, any bool) {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return consumed || anchors[re], !anchors[re]
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return anchors[re], false
	}
	for _, sub := range re.Sub {
		subOK, subAny := innerAssertions(sub, consumed, anchors)
		if !subOK {
			return false, false
		}
		any = any || subAny
		if re.Op == syntax.OpConcat {
			consumed = consumed || minMatchLen(sub) > 0
		}
	}
	return true, any
}

// minMatchLen returns the fewest characters a match of re takes.
func minMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min * minMatchLen(re.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minMatchLen(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if m := minMatchLen(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0 // assertions, empty match, ?, *
}

// matchesNewline reports whether a match of re can hold a '\n'.
func matchesNewline(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return slices.Contains(re.Rune, '\n')
	case syntax.OpCharClass:
		for k := 0; k+1 < len(re.Rune); k += 2 {
			if re.Rune[k] <= '\n' && '\n' <= re.Rune[k+1] {
				return true
			}
		}
		return false
	case syntax.OpAnyChar:
		return true
	}
	for _, sub := range re.Sub {
		if matchesNewline(sub) {
			return true
		}
	}
	return false
}

// maxPhrases bounds the phrases wordStart expands a regexp into.
const maxPhrases = 64

// phrasesOf returns the texts re matches, lower-cased, when re matches
// nothing but a few ASCII phrases whose letters match in either case
// (letters under (?i), and other characters), and false otherwise.
func phrasesOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText: // ^ is where the match is tried
		return []string{""}, true
	case syntax.OpLiteral:
		b := make([]byte, 0, len(re.Rune))
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf || re.Flags&syntax.FoldCase == 0 && lower(byte(r)) != upper(byte(r)) {
				return nil, false
			}
			b = append(b, lower(byte(r)))
		}
		return []string{string(b)}, true
	case syntax.OpCharClass:
		return classPhrases(re.Rune)
	case syntax.OpQuest:
		sub, ok := phrasesOf(re.Sub[0])
		return append([]string{""}, sub...), ok
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			ps, ok := phrasesOf(sub)
			if !ok || len(out)+len(ps) > maxPhrases {
				return nil, false
			}
			out = append(out, ps...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			ps, ok := phrasesOf(sub)
			if !ok || len(out)*len(ps) > maxPhrases {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, p := range ps {
					next = append(next, a+p)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false // captures, repetitions, other assertions
}

// classPhrases returns the characters of a class when it is the case
// folding of a few ASCII characters ([Ssſ] is "s", [ ] is " ").
func classPhrases(ranges []rune) ([]string, bool) {
	var runes []rune
	for k := 0; k+1 < len(ranges); k += 2 {
		if ranges[k+1]-ranges[k] > 16 || len(runes) > 16 {
			return nil, false
		}
		for r := ranges[k]; r <= ranges[k+1]; r++ {
			runes = append(runes, r)
		}
	}
	var out []string
	want := map[rune]bool{}
	for _, r := range runes {
		c, ok := asciiFold(r)
		if !ok {
			return nil, false
		}
		if !slices.Contains(out, string(c)) {
			out = append(out, string(c))
			for _, e := range foldEncodings(rune(c)) {
				r, _ := utf8.DecodeRuneInString(e)
				want[r] = true
			}
		}
	}
	if len(want) != len(runes) { // runes has no duplicates, and each is in want
		return nil, false
	}
	return out, true
}

// asciiFold returns the lower-case ASCII character case folding makes r
// equal to, if any.
func asciiFold(r rune) (byte, bool) {
	for f := r; ; {
		if f < utf8.RuneSelf {
			return lower(byte(f)), true
		}
		if f = unicode.SimpleFold(f); f == r {
			return 0, false
		}
	}
}

// prefixFree reports whether no phrase is a prefix of another, so that at
// most one matches at any position.
func prefixFree(ps []string) bool {
	for i, p := range ps {
		for j, q := range ps {
			if i != j && strings.HasPrefix(q, p) {
				return false
			}
		}
	}
	return true
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// maxMatchLen returns the most bytes a match of re can take, counting
// utf8.UTFMax for every character, or -1 when a repetition is unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) * utf8.UTFMax
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpCapture, syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxMatchLen(re.Sub[0])
		if re.Max < 0 || n < 0 {
			return -1
		}
		return re.Max * n
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxMatchLen(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1 // OpStar, OpPlus, OpNoMatch and anything new
}

// FindStringIndex is regexp's FindStringIndex.
func (w *wordRE) FindStringIndex(s string) []int {
	if !w.mayMatch(s) {
		return nil
	}
	if m := w.next(s, 0); m != nil {
		return m
	}
	return nil
}

// FindAllStringIndex is regexp's FindAllStringIndex for n < 0. Matches
// are never empty, since each holds a stem.
func (w *wordRE) FindAllStringIndex(s string) [][]int {
	if !w.mayMatch(s) {
		return nil
	}
	var out [][]int
	for pos := 0; ; {
		m := w.next(s, pos)
		if m == nil {
			return out
		}
		out = append(out, m)
		pos = m[1]
	}
}

// gated declares that every text with a match holds one of lits
// (case-sensitive), so that a text without any is not scanned.
func (w *wordRE) gated(lits ...string) *wordRE {
	w.lits = lits
	return w
}

// mayMatch reports whether s holds one of the gate's literals, or there is
// no gate.
func (w *wordRE) mayMatch(s string) bool {
	if w.lits == nil {
		return true
	}
	for _, l := range w.lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex is regexp's FindAllStringSubmatchIndex for
// n < 0.
func (w *wordRE) FindAllStringSubmatchIndex(s string) [][]int {
	if !w.mayMatch(s) {
		return nil
	}
	var out [][]int
	for pos := 0; ; {
		m := w.nextSubmatch(s, pos)
		if m == nil {
			return out
		}
		out = append(out, m)
		pos = m[1]
	}
}

// next returns the leftmost match that starts at or after pos.
func (w *wordRE) next(s string, pos int) []int {
	for i := pos; i < len(s); i++ {
		// \b must hold at i: package regexp's word characters are ASCII,
		// so the bytes either side decide, whatever runes they are part of.
		// No stem opens with a continuation byte, so i is where a rune
		// starts, as it is wherever package regexp tries a match.
		if !w.first[s[i]] || w.boundary && isWordByte(s[i]) == (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		n := w.stemAt(s, i)
		if n > 0 && w.phrases {
			return []int{i, i + n}
		}
		if n == 0 {
			continue
		}
		if m := w.at.FindStringIndex(w.window(s, i)); m != nil {
			return []int{i + m[0], i + m[1]}
		}
	}
	return nil
}

// nextSubmatch is next with the submatches' indexes (-1 for a group that
// took no part).
func (w *wordRE) nextSubmatch(s string, pos int) []int {
	for i := pos; i < len(s); i++ {
		if !w.first[s[i]] || w.boundary && isWordByte(s[i]) == (i > 0 && isWordByte(s[i-1])) {
			continue
		}
		n := w.stemAt(s, i)
		if n > 0 && w.phrases {
			return []int{i, i + n} // a regexp of phrases has no groups
		}
		if n == 0 {
			continue
		}
		if m := w.at.FindStringSubmatchIndex(w.window(s, i)); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// window is the part of s a match starting at i can reach. A regexp
// without assertions after its start finds the same match in it, and
// fewer bytes cost less to set up than the whole rest of a text.
func (w *wordRE) window(s string, i int) string {
	end := len(s)
	if w.oneLine {
		// A '\n' is no word character, so \b and \B read the end of the
		// window as they read the '\n' that ends it.
		if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
			end = i + k
		}
	}
	if w.maxLen >= 0 && !w.inner {
		end = min(end, i+w.maxLen)
	}
	return s[i:end]
}

// stemAt returns the length in s of a stem that starts at s[i], or 0.
func (w *wordRE) stemAt(s string, i int) int {
	if !w.mayOpen(s, i) {
		return 0
	}
	for _, stem := range w.byFirst[s[i]] {
		if n := foldPrefixLen(s[i:], stem); n > 0 {
			return n
		}
	}
	return 0
}

// foldPrefixLen returns the length of the text stem opens s with, its
// ASCII letters under Unicode case folding, or 0 when s does not open
// with stem.
func foldPrefixLen(s, stem string) int {
	k := 0
	for j := 0; j < len(stem); j++ {
		c := stem[j]
		switch {
		case k >= len(s):
			return 0
		case c >= utf8.RuneSelf || s[k] < utf8.RuneSelf:
			// Bytes of a stem character beyond ASCII match themselves.
			if lower(s[k]) != c {
				return 0
			}
			k++
		default:
			n := foldLen(s[k:], c)
			if n == 0 {
				return 0
			}
			k += n
		}
	}
	return k
}

// foldLen returns the length of the non-ASCII rune opening s when case
// folding makes it equal to c ("ſ" for 's', "K" for 'k'), else 0.
func foldLen(s string, c byte) int {
	r, n := utf8.DecodeRuneInString(s)
	if r < utf8.RuneSelf || r == utf8.RuneError {
		return 0
	}
	for f := unicode.SimpleFold(rune(c)); f != rune(c); f = unicode.SimpleFold(f) {
		if f == r {
			return n
		}
	}
	return 0
}

// isWordByte is syntax.IsWordChar for one byte: [0-9A-Za-z_].
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}
