package dates

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"
)

// TestTokenSize keeps token at 64 bytes: tokenising allocated a third of all
// the bytes of a build when tokens took 80.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 64 {
		t.Errorf("token takes %d bytes, want at most 64", n)
	}
}

// TestScannerReuse tokenises texts of different lengths in turn with
// pooled slices: each must read as if tokenised alone.
func TestScannerReuse(t *testing.T) {
	texts := []string{"from 10 to 12 March 2024, then on 3 April", "x", "", "Tuesday, 10th October, 2023 at 09:00–09:30", "5G A70"}
	for round := 0; round < 3; round++ {
		for _, text := range texts {
			s := newScanner(text)
			want := appendTokens(nil, text)
			if !reflect.DeepEqual(s.toks, want) && !(len(s.toks) == 0 && len(want) == 0) {
				t.Errorf("round %d, %q: pooled tokens %v, want %v", round, text, s.toks, want)
			}
			s.release()
		}
	}
}

func BenchmarkFindTimes(b *testing.B) {
	_, texts := corpus(b)
	text := strings.Join(texts, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindTimes(text)
	}
}

// FuzzTokenWords requires every word token to carry its text lower-cased,
// as strings.ToLower gives it, whichever way lowerWords or lexWord made it.
func FuzzTokenWords(f *testing.F) {
	for _, s := range []string{"", "Tuesday, 10th OCTOBER 2023", "ÉTÉ 2024 Été", "MAY–June", "\xffAB cd", "İSTANBUL 5G A70", "ǅx Ǆ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := newScanner(text)
		defer s.release()
		for _, tok := range s.toks {
			if tok.kind == kindWord && tok.word != strings.ToLower(text[tok.start:tok.end]) {
				t.Errorf("word %q of %q reads %q, want %q", text[tok.start:tok.end], text, tok.word, strings.ToLower(text[tok.start:tok.end]))
			}
		}
	})
}

func TestDateWords(t *testing.T) {
	for w := range dateWords {
		if _, month := months[w]; !month && weekdays[w] == 0 && !qualifiers[w] {
			t.Errorf("dateWords holds %q, which opens no date", w)
		}
	}
	for _, words := range []map[string]int{months, weekdays} {
		for w := range words {
			if !dateWords[w] {
				t.Errorf("dateWords lacks %q", w)
			}
		}
	}
	for w := range qualifiers {
		if !dateWords[w] {
			t.Errorf("dateWords lacks %q", w)
		}
	}
	for w := range dateWords {
		if !isDateWord(w) {
			t.Errorf("isDateWord(%q) = false", w)
		}
	}
}

// FuzzIsDateWord compares isDateWord, which filters before the map, with
// the map.
func FuzzIsDateWord(f *testing.F) {
	for _, s := range []string{"", "may", "mayday", "the", "sept", "september", "early", "mid", "tuesday", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isDateWord(w), dateWords[w]; got != want {
			t.Errorf("isDateWord(%q) = %v, want %v", w, got, want)
		}
	})
}
