package dates

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendTokensRunes is appendTokens as it was before its ASCII fast path,
// decoding every rune: the oracle of FuzzTokensOracle.
func appendTokensRunes(toks []token, text string) []token {
	first := len(toks)
	sep := gapNone
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029':
			sep = gapBreak
			i += size
		case unicode.IsSpace(r):
			if sep == gapNone {
				sep = gapSpace
			}
			i += size
		case r >= '0' && r <= '9':
			t := lexNum(text, i)
			t.before, sep = sep, gapNone
			toks = append(toks, t)
			i = t.end
		case unicode.IsLetter(r):
			t := lexWordRunes(text, i)
			t.before, sep = sep, gapNone
			if n := len(toks); n > 0 && t.before == gapNone && toks[n-1].kind == kindNum && !toks[n-1].ordinal {
				toks[n-1].glued = true
				t.glued = true
			}
			toks = append(toks, t)
			i = t.end
		default:
			toks = append(toks, token{kind: kindPunct, start: i, end: i + size, before: sep, r: r})
			sep = gapNone
			i += size
		}
	}
	lowerWords(toks[first:], text)
	return toks
}

// lexWordRunes is lexWord before its ASCII fast path.
func lexWordRunes(text string, i int) token {
	j := i
	first, _ := utf8.DecodeRuneInString(text[i:])
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	t := token{kind: kindWord, start: i, end: j, title: unicode.IsUpper(first)}
	if !lowerLater(text[i:j]) {
		t.word = strings.ToLower(text[i:j])
	}
	return t
}

// FuzzTokensOracle compares appendTokens with the rune-by-rune oracle.
func FuzzTokensOracle(f *testing.F) {
	for _, s := range []string{"", "Tuesday, 10th OCTOBER 2023\r\n09:00–09:30", "ÉTÉ 2024 Été\u2028x\u00a0y", "MAY–June 5G A70 S2024 1st 2nd 3rd 11th 21St", "\xffAB cd\x85", "İSTANBUL\v5\f6", "ǅx Ǆ ²"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := appendTokens(nil, text), appendTokensRunes(nil, text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("appendTokens(%q) =\n%+v, want\n%+v", text, got, want)
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	_, texts := corpus(b)
	text := strings.Join(texts, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		buf = appendTokens(buf[:0], text)
	}
}

func BenchmarkTokensRunes(b *testing.B) {
	_, texts := corpus(b)
	text := strings.Join(texts, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		buf = appendTokensRunes(buf[:0], text)
	}
}
