package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lowerMemo keeps one document's text lower-cased, so that rules that
// lower-case a line or a word of it to compare it with a word list slice
// that copy instead of lower-casing (and allocating) again: two dozen rules
// lower-case every line of the body, 7% of extraction CPU.
type lowerMemo struct {
	lowered string // text lower-cased rune by rune, when ok
	ok      bool   // every rune is valid and lower-cases to as many bytes
	done    bool
}

// lower is strings.ToLower(s). When s is a part of the text (a line, a
// trimmed cell, a word from strings.Fields of a line) that starts and ends
// at a rune boundary, it is the same part of the lower-cased text, which is
// computed once.
//
// The result may share memory with the lower-cased text: use it to compare
// or look up, and do not keep it in a fact, which would keep that copy of
// the whole text alive.
func (m *textMemo) lower(s string) string {
	off, ok := m.offsetOf(s)
	if !ok {
		return strings.ToLower(s)
	}
	lm := &m.low
	if !lm.done {
		lm.lowered, lm.ok = lowerSameLength(m.text)
		lm.done = true
	}
	end := off + len(s)
	if !lm.ok || !runeBoundary(m.text, off) || !runeBoundary(m.text, end) {
		return strings.ToLower(s)
	}
	return lm.lowered[off:end]
}

// offsetOf returns where s starts in the text, when s is a non-empty part
// of it (shares its bytes), and false otherwise.
func (m *textMemo) offsetOf(s string) (int, bool) {
	if len(s) == 0 || len(s) > len(m.text) {
		return 0, false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	base := uintptr(unsafe.Pointer(unsafe.StringData(m.text)))
	if p < base || p-base > uintptr(len(m.text)-len(s)) {
		return 0, false
	}
	return int(p - base), true
}

// runeBoundary reports whether a rune of the valid UTF-8 text starts at i
// (or i is its end).
func runeBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// lowerSameLength returns strings.ToLower(text) and true when text is valid
// UTF-8 and every rune lower-cases to a rune of the same length, so that
// every part of text that starts and ends at a rune boundary lower-cases
// to the same part of the result (strings.ToLower maps rune by rune). It
// returns false otherwise (the Kelvin sign U+212A lower-cases to a one-byte "k").
func lowerSameLength(text string) (string, bool) {
	ascii, upper := true, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii && !upper {
		return text, true
	}
	if ascii {
		return strings.ToLower(text), true
	}
	buf := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			buf = append(buf, lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(l) != n {
			return "", false
		}
		buf = utf8.AppendRune(buf, l)
		i += n
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf)), true
}
