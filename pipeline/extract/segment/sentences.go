package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text[start:end] into sentence spans with a domain abbreviation list (Dr., Amb.,
// H.E., Prof., Mr., Ms., Mrs., St., U.S., U.N., e.g., i.e., No., Art., para., cf., vs., etc., Jan. ...
// Dec., initials "J. Smith") — and does not split inside brackets "(e.g. Art. 2(4) of the U.N. Charter)".
//
// A sentence ends at '.', '!', '?' or '…' (with any closing quotes and
// brackets after it) followed by a space and an upper-case letter, a digit,
// an opening quote or bracket; and at a blank line. Spans are trimmed of
// spaces; out-of-range bounds are clipped.
func Sentences(text string, start, end int) []Span {
	return AppendSentences(nil, text, start, end)
}

// AppendSentences appends the sentences of text[start:end], as Sentences
// splits them, to out: the extractor splits every line of every text, and
// one buffer for all of them saves a slice per line.
func AppendSentences(out []Span, text string, start, end int) []Span {
	start, end = clip(start, 0, len(text)), clip(end, 0, len(text))
	closed := closedBrackets(text, start, end)
	depth, from := 0, start
	for i := start; i < end; {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		} else if !sentenceByte[c] {
			i++
			continue
		}
		switch {
		case r == '(' || r == '[' || r == '{':
			for len(closed) > 0 && closed[0] < i {
				closed = closed[1:]
			}
			if len(closed) > 0 && closed[0] == i {
				depth++
			}
		case (r == ')' || r == ']' || r == '}') && depth > 0:
			depth--
		case r == '\n' && blankAfter(text, i+size, end):
			out = appendTrimmed(out, text, from, i)
			from, depth = i+size, 0
		case depth == 0 && (r == '.' || r == '!' || r == '?' || r == '…'):
			if stop, ok := sentenceEnd(text, from, i, size, end); ok {
				out = appendTrimmed(out, text, from, stop)
				from = stop
				i = stop
				continue
			}
		}
		i += size
	}
	return appendTrimmed(out, text, from, end)
}

// sentenceByte marks the ASCII characters AppendSentences stops at:
// brackets, line breaks and full stops. It steps over all others.
var sentenceByte = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "([{)]}\n.!?" {
		t[c] = true
	}
	return t
}()

// appendTrimmed appends text[a:b] without surrounding spaces, unless
// nothing is left.
func appendTrimmed(out []Span, text string, a, b int) []Span {
	if sp, ok := trim(text, a, b); ok {
		out = append(out, sp)
	}
	return out
}

// closedBrackets returns, in increasing order, the offsets of the opening
// brackets in text[start:end] that are closed by a bracket of the same
// type, so that a stray "(" does not hold the rest of the block in one
// sentence. Most lines have no brackets, and get nil.
func closedBrackets(text string, start, end int) []int {
	if start >= end {
		return nil
	}
	if s := text[start:end]; strings.IndexByte(s, ')') < 0 && strings.IndexByte(s, ']') < 0 && strings.IndexByte(s, '}') < 0 {
		return nil // nothing closes; IndexByte looks at many bytes at once
	}
	var closed []int
	var stack []int
	for i := start; i < end; i++ {
		switch c := text[i]; c {
		case '(', '[', '{':
			stack = append(stack, i)
		case ')', ']', '}':
			open := byte('(')
			if c == ']' {
				open = '['
			} else if c == '}' {
				open = '{'
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if text[stack[k]] == open {
					closed = append(closed, stack[k])
					stack = stack[:k]
					break
				}
			}
		}
	}
	slices.Sort(closed)
	return closed
}

// sentenceEnd decides whether the stop at text[i:i+size] ends a sentence
// that began at from, and returns where the sentence ends (after closing
// quotes and brackets).
func sentenceEnd(text string, from, i, size, end int) (int, bool) {
	j := i + size
	for j < end && strings.ContainsRune("\"'”’)]*_.", rune(text[j])) || j < end && strings.HasPrefix(text[j:end], "”") || j < end && strings.HasPrefix(text[j:end], "’") {
		_, n := utf8.DecodeRuneInString(text[j:end])
		j += n
	}
	if j < end {
		r, _ := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsSpace(r) {
			return 0, false
		}
	}
	k := j
	for k < end {
		r, n := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsSpace(r) {
			break
		}
		k += n
	}
	if k < end {
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘([*_#•-–", r) {
			return 0, false
		}
	}
	if text[i] == '.' && abbreviated(text[from:i]) {
		return 0, false
	}
	return j, true
}

// abbreviated reports whether s ends with an abbreviation or an initial, so
// that the full stop after it does not end the sentence: "Dr", "DR", "e.g",
// "J".
func abbreviated(s string) bool {
	k := len(s)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		k -= n
	}
	w := s[k:]
	if abbreviations[w] || (len(w) > 1 && strings.ToUpper(w) == w && abbreviations[w[:1]+strings.ToLower(w[1:])]) {
		return true // "Dr", or "DR" in a transcript's capitals
	}
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && n == len(w) && unicode.IsUpper(r) // an initial: "J. Smith"
}

// blankAfter reports whether the line starting at i is blank, so that the
// newline before it ends a paragraph.
func blankAfter(text string, i, end int) bool {
	for ; i < end; i++ {
		switch text[i] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return false
}

// trim returns text[a:b] without surrounding spaces, and false when nothing
// is left.
func trim(text string, a, b int) (Span, bool) {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return Span{Start: a, End: b}, a < b
}

// clip bounds v to [lo, hi].
func clip(v, lo, hi int) int {
	return min(max(v, lo), hi)
}
