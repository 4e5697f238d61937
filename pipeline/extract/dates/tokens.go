package dates

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	kindNum   kind = iota + 1 // a run of ASCII digits, with an optional ordinal suffix
	kindWord                  // a run of letters
	kindPunct                 // any other single character that is not a space
)

// gap says what separates a token from the one before it.
type gap uint8

const (
	gapNone  gap = iota // the tokens touch: "2024-02", "10th"
	gapSpace            // spaces or tabs on one line
	gapBreak            // a line break: dates never cross it
)

// token is one lexical unit of the text with its byte span. Its fields are
// ordered largest first, which packs it into 64 bytes instead of 80: a
// text has a token every four or five bytes.
type token struct {
	start, end int
	num        int    // value of a kindNum token
	width      int    // number of digits of a kindNum token
	word       string // lower-cased text of a kindWord token
	r          rune   // the character of a kindPunct token
	kind       kind
	before     gap
	ordinal    bool // "1st", "22nd", "10th"
	glued      bool // digits touching letters that are not an ordinal suffix: "5G", "A70"
	title      bool // word starts with an upper-case letter
}

// tokenPool holds token slices for reuse: Find tokenises a whole text on
// every call, and those tokens were a third of the bytes a build allocated.
var tokenPool = sync.Pool{New: func() any { return new([]token) }}

// newScanner returns a scanner over the tokens of text, in a slice from
// tokenPool; release returns the slice, and nothing may keep a token.
func newScanner(text string) *scanner {
	buf := tokenPool.Get().(*[]token)
	return &scanner{text: text, toks: appendTokens((*buf)[:0], text), buf: buf}
}

// release hands the scanner's tokens back to tokenPool, cleared so that
// the pool keeps no text alive.
func (s *scanner) release() {
	clear(s.toks)
	*s.buf = s.toks[:0]
	tokenPool.Put(s.buf)
	s.toks, s.buf = nil, nil
}

// appendTokens appends the tokens of text to toks. It keeps no spaces;
// each token records what separated it from the previous one. It runs in
// one pass over text, a byte at a time over ASCII and decoding other runes.
func appendTokens(toks []token, text string) []token {
	first := len(toks)
	sep := gapNone
	for i := 0; i < len(text); {
		c := text[i]
		if c >= utf8.RuneSelf {
			var size int
			toks, sep, size = appendRuneToken(toks, sep, text, i)
			i += size
			continue
		}
		switch asciiClass[c] {
		case classBreak:
			sep = gapBreak
			i++
		case classSpace:
			if sep == gapNone {
				sep = gapSpace
			}
			i++
		case classDigit:
			t := lexNum(text, i)
			t.before, sep = sep, gapNone
			toks = append(toks, t)
			i = t.end
		case classLetter:
			toks = appendWord(toks, sep, text, i)
			sep = gapNone
			i = toks[len(toks)-1].end
		default:
			toks = append(toks, token{kind: kindPunct, start: i, end: i + 1, before: sep, r: rune(c)})
			sep = gapNone
			i++
		}
	}
	lowerWords(toks[first:], text)
	return toks
}

// appendRuneToken reads the token or space that starts with the non-ASCII
// rune at text[i] and returns the separator before the next token and the
// size of the rune.
func appendRuneToken(toks []token, sep gap, text string, i int) ([]token, gap, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '\u2028' || r == '\u2029':
		return toks, gapBreak, size
	case unicode.IsSpace(r):
		if sep == gapNone {
			sep = gapSpace
		}
		return toks, sep, size
	case unicode.IsLetter(r):
		toks = appendWord(toks, sep, text, i)
		return toks, gapNone, toks[len(toks)-1].end - i
	}
	return append(toks, token{kind: kindPunct, start: i, end: i + size, before: sep, r: r}), gapNone, size
}

// appendWord appends the word at text[i:], marking it and a number it
// touches as glued unless the number is an ordinal.
func appendWord(toks []token, sep gap, text string, i int) []token {
	t := lexWord(text, i)
	t.before = sep
	if n := len(toks); n > 0 && t.before == gapNone && toks[n-1].kind == kindNum && !toks[n-1].ordinal {
		toks[n-1].glued = true
		t.glued = true
	}
	return append(toks, t)
}

// Classes of ASCII characters for appendTokens.
const (
	classPunct = iota
	classBreak
	classSpace
	classDigit
	classLetter
)

// asciiClass is the class of each ASCII character.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f':
			t[c] = classBreak
		case unicode.IsSpace(r):
			t[c] = classSpace
		case r >= '0' && r <= '9':
			t[c] = classDigit
		case unicode.IsLetter(r):
			t[c] = classLetter
		}
	}
	return t
}()

// lexNum reads the digits at text[i:] and an ordinal suffix that follows
// them ("10th"). Digits followed by other letters are marked glued.
func lexNum(text string, i int) token {
	j := i
	v := 0
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		if j-i < 9 {
			v = v*10 + int(text[j]-'0')
		}
		j++
	}
	t := token{kind: kindNum, start: i, end: j, num: v, width: j - i}
	if j-i > 9 {
		t.num = -1 // too long to be any part of a date
	}
	k := j
	for k < len(text) {
		r, size := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += size
	}
	if k > j {
		if isOrdinalSuffix(t.num, strings.ToLower(text[j:k])) {
			t.ordinal, t.end = true, k
		} else {
			t.glued = true
		}
	}
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if unicode.IsLetter(r) {
			t.glued = true // "A70", "S2024"
		}
	}
	return t
}

// isOrdinalSuffix reports whether suffix is the English ordinal suffix of n:
// 1st, 2nd, 3rd, 4th, 11th, 21st.
func isOrdinalSuffix(n int, suffix string) bool {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return suffix == "th"
	case n%10 == 1:
		return suffix == "st"
	case n%10 == 2:
		return suffix == "nd"
	case n%10 == 3:
		return suffix == "rd"
	}
	return suffix == "th"
}

// lowerWords fills in the word of the tokens lexWord left without one,
// ASCII words with capitals: all of them lower-cased in one string,
// instead of a string of its own for each (a sixth of tokenising time).
func lowerWords(toks []token, text string) {
	n := 0
	for k := range toks {
		if toks[k].kind == kindWord && toks[k].word == "" {
			n += toks[k].end - toks[k].start
		}
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	for k := range toks {
		if toks[k].kind == kindWord && toks[k].word == "" {
			for _, c := range []byte(text[toks[k].start:toks[k].end]) {
				b.WriteByte(lower(c))
			}
		}
	}
	all, at := b.String(), 0
	for k := range toks {
		if t := &toks[k]; t.kind == kindWord && t.word == "" {
			t.word = all[at : at+t.end-t.start]
			at += t.end - t.start
		}
	}
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerLater reports whether w is ASCII with a capital, which lowerWords
// lower-cases; other words are lower-cased by strings.ToLower, which
// returns a word already in lower case as it is.
func lowerLater(w string) bool {
	upper := false
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return false
		}
		upper = upper || 'A' <= w[k] && w[k] <= 'Z'
	}
	return upper
}

// lexWord reads the run of letters at text[i:].
func lexWord(text string, i int) token {
	j := i
	ascii, upper := true, false // what lowerLater would say of the word
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			if asciiClass[c] != classLetter {
				break
			}
			upper = upper || 'A' <= c && c <= 'Z'
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		ascii = false
		j += size
	}
	t := token{kind: kindWord, start: i, end: j}
	switch {
	case ascii && upper: // lowerWords lower-cases it
		t.title = 'A' <= text[i] && text[i] <= 'Z'
	case ascii: // lower case already: strings.ToLower would return it
		t.word = text[i:j]
	default:
		first, _ := utf8.DecodeRuneInString(text[i:])
		t.title = unicode.IsUpper(first)
		t.word = strings.ToLower(text[i:j])
	}
	return t
}
