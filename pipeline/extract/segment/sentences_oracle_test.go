package segment

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// sentencesRunes is Sentences as it was before its ASCII fast path,
// decoding every rune and keeping closed brackets in a map: the oracle of
// FuzzSentencesOracle.
func sentencesRunes(text string, start, end int) []Span {
	start, end = clip(start, 0, len(text)), clip(end, 0, len(text))
	var out []Span
	emit := func(a, b int) {
		if sp, ok := trim(text, a, b); ok {
			out = append(out, sp)
		}
	}
	matched := map[int]bool{}
	for _, k := range closedBrackets(text, start, end) {
		matched[k] = true
	}
	depth, from := 0, start
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case (r == '(' || r == '[' || r == '{') && matched[i]:
			depth++
		case (r == ')' || r == ']' || r == '}') && depth > 0:
			depth--
		case r == '\n' && blankAfter(text, i+size, end):
			emit(from, i)
			from, depth = i+size, 0
		case depth == 0 && (r == '.' || r == '!' || r == '?' || r == '…'):
			if stop, ok := sentenceEnd(text, from, i, size, end); ok {
				emit(from, stop)
				from = stop
				i = stop
				continue
			}
		}
		i += size
	}
	emit(from, end)
	return out
}

// FuzzSentencesOracle compares Sentences with the rune-by-rune oracle.
func FuzzSentencesOracle(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, 0, len(s))
	}
	f.Add("(a. B) [c. D] (e. F. G) ((x)) (. Y) …Z. … A\n\n B", 0, 99)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		got, want := Sentences(text, start, end), sentencesRunes(text, start, end)
		if !slices.Equal(got, want) {
			t.Errorf("Sentences(%q, %d, %d) = %v, want %v", text, start, end, got, want)
		}
	})
}
