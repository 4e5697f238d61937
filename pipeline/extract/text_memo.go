package extract

import "slices"

// textMemo keeps the sentences, lines and tokens of one document's text: a dozen
// rules read the same sentences, and splitting and tokenising them again
// for each rule took a third of extraction time. The slices it returns are
// shared between rules, so they must not be modified; they are clipped, so
// that an append copies them.
type textMemo struct {
	text     string
	sents    map[Span][]Span
	lineSets map[Span][]Span
	toks     map[Span][]token
	phrases  map[Span][]phrase
	newlines []int // offsets of every '\n' of text, found on first use
	nlDone   bool
	paras    []Span // wrappedParagraphs of the body, once asked for
	parasOK  bool
	scratch  []token // tokenize's buffer, reused between calls
	arena    []token // where tokenize's results live, a chunk at a time
	low      lowerMemo

	// lineFrom and lineTo bound the offsets whose line lineStart found
	// last: it starts at lineFrom and its '\n' is at lineTo (or the text
	// ends there).
	lineFrom, lineTo int
}

func newTextMemo(text string) *textMemo {
	return &textMemo{text: text, lineFrom: 1, lineTo: 0, sents: map[Span][]Span{}, lineSets: map[Span][]Span{}, toks: map[Span][]token{}}
}

// lines is lines(m.text, start, end), computed once: ten rules read the
// lines of the body.
func (m *textMemo) lines(start, end int) []Span {
	k := Span{start, end}
	l, ok := m.lineSets[k]
	if !ok {
		l = slices.Clip(lines(m.text, start, end))
		m.lineSets[k] = l
	}
	return l
}

// wrapped is wrappedParagraphs(m.text, start, len(m.text)), computed once
// for the first start asked (the body's).
func (m *textMemo) wrapped(start int) []Span {
	if !m.parasOK {
		m.paras, m.parasOK = wrappedParagraphs(m.text, start, len(m.text)), true
	}
	return m.paras
}

// sentences is sentences(m.text, start, end), computed once.
func (m *textMemo) sentences(start, end int) []Span {
	k := Span{start, end}
	s, ok := m.sents[k]
	if !ok {
		s = slices.Clip(sentences(m.text, start, end))
		m.sents[k] = s
	}
	return s
}

// lineStart is strings.LastIndexByte(m.text[:i], '\n') + 1, the start of
// the line holding i, without scanning back over the line for every word
// of a long line.
func (m *textMemo) lineStart(i int) int {
	if !m.nlDone {
		for k := 0; k < len(m.text); k++ {
			if m.text[k] == '\n' {
				m.newlines = append(m.newlines, k)
			}
		}
		m.nlDone = true
	}
	if m.lineFrom <= i && i <= m.lineTo {
		return m.lineFrom // the line of the previous call: rules ask word after word of one line
	}
	k, _ := slices.BinarySearch(m.newlines, i) // newlines[k-1] < i <= newlines[k]
	from, to := 0, len(m.text)
	if k > 0 {
		from = m.newlines[k-1] + 1
	}
	if k < len(m.newlines) {
		to = m.newlines[k]
	}
	m.lineFrom, m.lineTo = from, to
	return from
}

// capPhrases is capPhrases(m.tokenize(start, end)), computed once: the
// organisation and the publication cue rules read the capitalised phrases
// of every sentence.
func (m *textMemo) capPhrases(start, end int) []phrase {
	k := Span{start, end}
	p, ok := m.phrases[k]
	if !ok {
		p = slices.Clip(capPhrases(m.tokenize(start, end)))
		if m.phrases == nil {
			m.phrases = map[Span][]phrase{}
		}
		m.phrases[k] = p
	}
	return p
}

// tokenize is tokenize(m.text, start, end), computed once.
func (m *textMemo) tokenize(start, end int) []token {
	k := Span{start, end}
	t, ok := m.toks[k]
	if !ok {
		m.scratch = appendTokens(m.scratch[:0], m.text, start, end)
		t = m.keep(m.scratch)
		m.toks[k] = t
	}
	return t
}

// keep copies toks into the arena and returns the copy, clipped. The
// tokens of all of a text's sentences take a few chunks, instead of a
// slice grown by doubling for each sentence (15% of the bytes a build
// allocated).
func (m *textMemo) keep(toks []token) []token {
	if len(toks) == 0 {
		return nil
	}
	if cap(m.arena)-len(m.arena) < len(toks) {
		n := max(len(toks), 256, min(len(m.text)/5, 4096))
		m.arena = make([]token, 0, n)
	}
	start := len(m.arena)
	m.arena = append(m.arena, toks...)
	return m.arena[start:len(m.arena):len(m.arena)]
}
