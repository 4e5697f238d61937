package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// AcronymDefinition is an acronym a text defines, with its long form:
// "Open-ended Working Group (OEWG)" or "OSCE (Organization for Security and
// Co-operation in Europe)".
type AcronymDefinition struct {
	Short, Long         string
	ShortSpan, LongSpan Span
}

// FindAcronyms finds the acronym definitions in text with the
// Schwartz–Hearst algorithm (Schwartz & Hearst, PSB 2003), in text order.
func FindAcronyms(text string) []AcronymDefinition {
	return findAcronyms(newTextMemo(text))
}

func findAcronyms(m *textMemo) []AcronymDefinition {
	text := m.text
	defs := glossaryDefinitions(m)
	for _, s := range m.sentences(0, len(text)) {
		toks := m.tokenize(s.Start, s.End)
		for i, t := range toks {
			if t.Text != "(" {
				continue
			}
			j := closing(toks, i)
			if j < 0 {
				continue
			}
			if d, ok := definitionAt(text, toks, i, j); ok {
				defs = append(defs, d)
			}
		}
	}
	return defs
}

// glossaryDefinitions reads a list of abbreviations, one a line: the
// acronym, a gap of two spaces or more (or a tab, a dash or a colon) and its
// long form, whose letters spell it.
//
//	NCSC     National Cyber Security Centre (United Kingdom)
//	RCW – Reef Cable Watch
func glossaryDefinitions(m *textMemo) []AcronymDefinition {
	text := m.text
	var defs []AcronymDefinition
	for _, l := range m.lines(0, len(text)) {
		line := text[l.Start:l.End]
		k := strings.IndexAny(line, " \t")
		if k < 2 || !isAcronym(line[:k]) {
			continue
		}
		rest := line[k:]
		gap := len(rest) - len(strings.TrimLeft(rest, " \t"))
		sep := strings.TrimLeft(rest, " \t")
		switch {
		case strings.HasPrefix(sep, "– "), strings.HasPrefix(sep, "— "), strings.HasPrefix(sep, "- "), strings.HasPrefix(sep, ": "):
			_, n := utf8.DecodeRuneInString(sep)
			gap += n + 1
		case gap < 2 && !strings.Contains(rest[:gap], "\t"):
			continue
		}
		in := Span{l.Start + k + gap, l.End}
		if b := strings.IndexByte(text[in.Start:in.End], '('); b > 0 {
			in.End = in.Start + b // "(United Kingdom)" says where, not what
		}
		for in.End > in.Start && text[in.End-1] == ' ' {
			in.End--
		}
		short := line[:k]
		long, ok := longForm(text, short, in, 2*utf8.RuneCountInString(short)+2)
		if !ok || long.Start != in.Start || !isCap(text[long.Start:long.End]) {
			continue
		}
		defs = append(defs, AcronymDefinition{Short: short, ShortSpan: Span{l.Start, l.Start + k},
			Long: text[long.Start:long.End], LongSpan: long})
	}
	return defs
}

// closing returns the index of the ")" closing toks[open], or -1.
func closing(toks []token, open int) int {
	for j := open + 1; j < len(toks) && j < open+40; j++ {
		switch toks[j].Text {
		case ")":
			return j
		case "(":
			return -1
		}
	}
	return -1
}

// definitionAt tries both shapes for the parenthesis toks[open..close].
func definitionAt(text string, toks []token, open, close int) (AcronymDefinition, bool) {
	if close == open+1 {
		return AcronymDefinition{}, false // "AA()" defines nothing (found by FuzzAcronyms)
	}
	inner := Span{toks[open].End, toks[close].Start}
	innerText := strings.TrimSpace(text[inner.Start:inner.End])
	if isAcronym(innerText) && !strings.ContainsAny(innerText, " /") {
		// "Long Form (ACR)": the long form is at most min(|A|+5, 2|A|) words before.
		n := utf8.RuneCountInString(innerText)
		max := min(n+5, 2*n)
		first := open
		for k := open - 1; k >= 0 && open-k <= max*2; k-- {
			if !toks[k].Word && !strings.ContainsAny(toks[k].Text, "’'-–&") {
				break
			}
			first = k
		}
		if first == open {
			return AcronymDefinition{}, false
		}
		long, ok := longForm(text, innerText, Span{toks[first].Start, toks[open-1].End}, max)
		if !ok {
			return AcronymDefinition{}, false
		}
		return AcronymDefinition{Short: innerText, ShortSpan: Span{toks[open+1].Start, toks[close-1].End},
			Long: text[long.Start:long.End], LongSpan: long}, true
	}
	// "ACR (Long Form)".
	if open == 0 || !toks[open-1].Word || !isAcronym(toks[open-1].Text) {
		return AcronymDefinition{}, false
	}
	short := toks[open-1]
	in := Span{toks[open+1].Start, toks[close-1].End}
	long, ok := longForm(text, short.Text, in, 2*utf8.RuneCountInString(short.Text)+2)
	if !ok || long.Start != in.Start {
		return AcronymDefinition{}, false
	}
	return AcronymDefinition{Short: short.Text, ShortSpan: Span{short.Start, short.End},
		Long: text[long.Start:long.End], LongSpan: long}, true
}

// longForm finds the shortest suffix of text[cand] whose letters spell short
// in order, the first letter starting a word (Schwartz–Hearst
// findBestLongForm), and checks it has no more than max words.
func longForm(text, short string, cand Span, max int) (Span, bool) {
	sr := foldRunes(short)
	type pos struct {
		r   rune
		off int
	}
	var lr []pos
	for off, r := range text[cand.Start:cand.End] {
		lr = append(lr, pos{fold(r), cand.Start + off})
	}
	s, l := len(sr)-1, len(lr)-1
	for s >= 0 {
		c := sr[s]
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			s--
			continue
		}
		for l >= 0 && (lr[l].r != c || (s == 0 && l > 0 && isWordRune(lr[l-1].r))) {
			l--
		}
		if l < 0 {
			return Span{}, false
		}
		l--
		s--
	}
	start := extendConnector(text, cand.Start, lr[l+1].off, sr[0])
	words := countFields(text[start:cand.End])
	if words < 2 && utf8.RuneCountInString(short) > 1 || words > max {
		return Span{}, false
	}
	return Span{start, cand.End}, true
}

// extendConnector moves start back over one capitalised word when the long
// form found begins with a lower-case connector spelling the same first
// letter: "Organization of American States (OAS)" must not start at "of".
func extendConnector(text string, floor, start int, first rune) int {
	end := strings.IndexByte(text[start:], ' ')
	if end < 0 || !connectors[text[start:start+end]] {
		return start
	}
	k := strings.LastIndexByte(strings.TrimRight(text[floor:start], " "), ' ')
	prev := strings.TrimSpace(text[floor+k+1 : start])
	if prev == "" || !isCap(prev) || fold(nextRune(prev, 0)) != first {
		return start
	}
	return floor + k + 1
}

// fold lower-cases r and drops its diacritics, so "É" matches "e".
func fold(r rune) rune {
	d := norm.NFD.String(string(r))
	f, _ := utf8.DecodeRuneInString(d)
	return unicode.ToLower(f)
}

func foldRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, fold(r))
	}
	return out
}

// wordOccurrences returns the spans where w occurs in text as a whole word,
// case-sensitively.
func wordOccurrences(text, w string) []Span {
	var out []Span
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return out
		}
		s, e := i+k, i+k+len(w)
		if wordBoundary(text, s, e) {
			out = append(out, Span{s, e})
		}
		i = e
	}
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWordRune(r) || r == '-' && s > 1 && isWordRune(prevRune(text, s-1)) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if isWordRune(r) {
			return false
		}
		if r == '-' && e+1 < len(text) && isWordRune(nextRune(text, e+1)) {
			return false
		}
	}
	return true
}

func prevRune(text string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func nextRune(text string, i int) rune {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}
