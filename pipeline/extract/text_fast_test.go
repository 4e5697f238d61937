package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTextFastPaths compares titleCase and upperFirst with the plain
// definitions they shortcut.
func FuzzTextFastPaths(f *testing.F) {
	for _, s := range []string{"", "KEALOHA-REYES", "Kealoha", "kenya", "\xff", "\xffabc", "ÉCOLE", "1ST", "ﬁ", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, n := utf8.DecodeRuneInString(s)
		if got, want := upperFirst(s), string(unicode.ToUpper(r))+s[n:]; got != want {
			t.Errorf("upperFirst(%q) = %q, want %q", s, got, want)
		}
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, s)
		if isUpperWord(letters) != isUpperWord(s) {
			t.Errorf("isUpperWord(%q) = %v but isUpperWord of its letters %q = %v", s, isUpperWord(s), letters, isUpperWord(letters))
		}
	})
}

// FuzzUpperWord compares isUpperWord with its rune-by-rune definition.
func FuzzUpperWord(f *testing.F) {
	for _, s := range []string{"", "OEWG", "PoA", "AHEG-CBM", "ÉCOLE", "École", "A1", "12", "KÖLN", "Köln", "\xffAB", "İSTANBUL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		letters, want := 0, true
		for _, r := range w {
			if unicode.IsLetter(r) {
				if !unicode.IsUpper(r) {
					want = false
					break
				}
				letters++
			}
		}
		want = want && letters > 0
		if got := isUpperWord(w); got != want {
			t.Errorf("isUpperWord(%q) = %v, want %v", w, got, want)
		}
	})
}

// FuzzFieldsFastPaths checks what the allocation-free uses of fields rest
// on: countFields counts strings.Fields, and lower-casing each field gives
// the fields of the lower-cased text (speaksOfOrgs).
func FuzzFieldsFastPaths(f *testing.F) {
	for _, s := range []string{"", " ", "The Undersigned ORGANISATIONS,", "a\u00a0b\u2028c", "\xffA B\xc5", "İSTANBUL ſigned K", "x\u0085y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fields := strings.Fields(s)
		if got := countFields(s); got != len(fields) {
			t.Errorf("countFields(%q) = %d, want %d", s, got, len(fields))
		}
		var each []string
		for _, w := range fields {
			each = append(each, strings.ToLower(w))
		}
		if want := strings.Fields(strings.ToLower(s)); !slices.Equal(each, want) {
			t.Errorf("fields of %q lower-cased one by one %q, fields of the lower-cased text %q", s, each, want)
		}
	})
}

// FuzzLookupLower compares lookupLower with indexing by strings.ToLower.
func FuzzLookupLower(f *testing.F) {
	for _, s := range []string{"", "Conference", "CONFERENCE", "conférence", "Session", "İ", "a very long word of more than thirty-two bytes", "K"} {
		f.Add(s)
	}
	m := map[string]int{"conference": 1, "session": 2, "": 3, "k": 4, "i̇": 5, "conférence": 6}
	f.Fuzz(func(t *testing.T, w string) {
		v, ok := lookupLower(m, w)
		want, wantOK := m[strings.ToLower(w)]
		if v != want || ok != wantOK {
			t.Errorf("lookupLower(%q) = %d, %v; want %d, %v", w, v, ok, want, wantOK)
		}
		if lw := strings.ToLower(w); lw != w {
			m2 := map[string]int{lw: 7}
			if v, ok := lookupLower(m2, w); v != 7 || !ok {
				t.Errorf("lookupLower(%q) did not find %q", w, lw)
			}
		}
	})
}

func TestIsWordRuneTable(t *testing.T) {
	for r := rune(-2); r < 0x3000; r++ {
		if isWordRune(r) != isWordRuneSlow(r) {
			t.Errorf("isWordRune(%q) = %v, want %v", r, isWordRune(r), isWordRuneSlow(r))
		}
	}
}

// corpusTexts reads the texts of testdata/corpus.
func corpusTexts(b *testing.B) []string {
	files, _ := filepath.Glob("../../testdata/corpus/*.*")
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// BenchmarkTokenize tokenises the corpus into one reused buffer, as
// textMemo does; BenchmarkTokenizeRunes is the same with the oracle.
func BenchmarkTokenize(b *testing.B) {
	texts := corpusTexts(b)
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		for _, s := range texts {
			buf = appendTokens(buf[:0], s, 0, len(s))
		}
	}
}

// appendTokensRunes is appendTokens as it was before its ASCII fast path,
// decoding every rune: the oracle of FuzzTokenize.
func appendTokensRunes(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if strings.ContainsRune("-'’.", r2) && j+n2 < end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if isWordRune(r3) && !isPossessive(text, j+n2, end, r2) {
						j += n2
						continue
					}
				}
				break
			}
			toks = append(toks, token{i, j, text[i:j], true})
			i = j
		default:
			toks = append(toks, token{i, i + n, text[i : i+n], false})
			i += n
		}
	}
	return toks
}

// FuzzTokenize compares appendTokens with the rune-by-rune oracle over
// every sub-span of the input's ends.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "O'Hara-Qureshi met Fa’alogo-Lemalu of Net4Peace (U.N.)", "Kenya's view, Kenya’s", "a-", "x.\xff.y", "\u00a0é\u0301-ß'’s", "3.5 % 2024-02-01 e.g. 's", "A\u2028B\u0085C"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end > len(s) || start > end {
			start, end = 0, len(s)
		}
		got, want := appendTokens(nil, s, start, end), appendTokensRunes(nil, s, start, end)
		if !slices.Equal(got, want) {
			t.Errorf("appendTokens(%q, %d, %d) =\n%v, want\n%v", s, start, end, got, want)
		}
	})
}

func BenchmarkTokenizeRunes(b *testing.B) {
	texts := corpusTexts(b)
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		for _, s := range texts {
			buf = appendTokensRunes(buf[:0], s, 0, len(s))
		}
	}
}

// FuzzHasWord compares hasWord, which first looks for w as a substring,
// with the field-by-field definition alone.
func FuzzHasWord(f *testing.F) {
	for _, s := range []string{"", "It opens today.", "todays", "to day", ",. ;", "TODAY today!"} {
		f.Add(s, "today")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		want := false
		for _, field := range strings.Fields(s) {
			if strings.Trim(field, ",.;:!?") == w {
				want = true
			}
		}
		if got := hasWord(s, w); got != want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}

// TestFileTypeAtEndShared checks that the shared Replacer gives what a
// fresh one gives, line after line.
func TestFileTypeAtEndShared(t *testing.T) {
	for _, line := range []string{"Report (PDF)", "Report, PDF, 212 KB", "DOCX 1.2 MB", "PDF", "Notes (odt)", "Chair's summary (DOCX, 80 KB)"} {
		fresh := strings.Fields(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(line))
		if got := strings.Fields(punctToSpace.Replace(line)); !slices.Equal(got, fresh) {
			t.Errorf("%q: shared replacer gives %q, a fresh one %q", line, got, fresh)
		}
	}
}

// FuzzLineStart compares textMemo.lineStart with the scan back that
// isHeadingLine and others did, at every offset.
func FuzzLineStart(f *testing.F) {
	for _, s := range []string{"", "\n", "a\nb\n\nc", "no newline", "\n\nx\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := newTextMemo(s)
		for i := 0; i <= len(s); i++ {
			if got, want := m.lineStart(i), strings.LastIndexByte(s[:i], '\n')+1; got != want {
				t.Fatalf("lineStart(%d) of %q = %d, want %d", i, s, got, want)
			}
		}
		// Backwards and jumping, so that the remembered line is often not
		// the one asked about.
		for i := len(s); i >= 0; i-- {
			for _, j := range []int{i, len(s) - i, i / 2} {
				if got, want := m.lineStart(j), strings.LastIndexByte(s[:j], '\n')+1; got != want {
					t.Fatalf("lineStart(%d) of %q = %d, want %d", j, s, got, want)
				}
			}
		}
	})
}

// FuzzAcronym compares isAcronym with its rune-by-rune definition.
func FuzzAcronym(f *testing.F) {
	for _, s := range []string{"", "A", "OEWG", "PoA", "AHEG-CBM", "ABCDEFGHIJKLM", "ÉU", "UÉ", "Oewg", "U.N.", "\xffAB", "ǅX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		n := utf8.RuneCountInString(w)
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
		want := n >= 2 && n <= 12 && unicode.IsUpper(r) && upper >= 2 && upper > lower
		if got := isAcronym(w); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want)
		}
	})
}

// FuzzCitationMark compares isCitationMark with citationMarkRE.
func FuzzCitationMark(f *testing.F) {
	for _, s := range []string{"", " ", "[3] ", "[12]", "[1234] ", "[] ", "12. ", "12) ", "1234 ", "123.", "- ", "• ", "*", "\t\v", "•", "\xe2\x80", "12.) ", " [3]x", "-- ", "\f7\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCitationMark(s), citationMarkRE.MatchString(s); got != want {
			t.Errorf("isCitationMark(%q) = %v, citationMarkRE says %v", s, got, want)
		}
	})
}

// linesBytes is lines as it was, testing every byte for a line break: the
// oracle of FuzzLines.
func linesBytes(text string, start, end int) []Span {
	var out []Span
	s := start
	for i := start; i <= end; i++ {
		if i == end || text[i] == '\n' {
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
	}
	return out
}

// FuzzLines compares lines with the byte-by-byte oracle and firstLine
// with the first of its lines.
func FuzzLines(f *testing.F) {
	for _, s := range []string{"", "\n", "a\n\n  b \n", "| 09:00 | Opening |\n|---|:---:|\n| x |", "|---|\n\n|", " \t\r\n\nx"} {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, start, end int) {
		if start < 0 || end > len(s) || start > end {
			start, end = 0, len(s)
		}
		got, want := lines(s, start, end), linesBytes(s, start, end)
		if !slices.Equal(got, want) {
			t.Fatalf("lines(%q, %d, %d) = %v, want %v", s, start, end, got, want)
		}
		first, ok := firstLine(s, start, end)
		if ok != (len(want) > 0) || ok && first != want[0] {
			t.Errorf("firstLine(%q, %d, %d) = %v, %v; lines gives %v", s, start, end, first, ok, want)
		}
	})
}

// FuzzCutsetAndFileType compares the cutset's trim with strings.Trim and
// fileTypeAtEnd with its definition before its literal gate.
func FuzzCutsetAndFileType(f *testing.F) {
	for _, s := range []string{"", "**Moderator:** ", "\t_ • _", "é*", "*\xff*", "Report (PDF, 212 KB)", "DOCX 1.2 MB", "PDF", "a,PDF", "(ODT)", "XLS x y z", "PDFs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := listPrefixMarks.trim(s), strings.Trim(s, " \t*_"); got != want {
			t.Errorf("trim(%q) = %q, want %q", s, got, want)
		}
		if got, want := labelPunct.trim(s), strings.Trim(s, ",.;:()"); got != want {
			t.Errorf("trim(%q) = %q, want %q", s, got, want)
		}
		if got, want := fileTypeAtEnd(s), fileTypeAtEndFields(s); got != want {
			t.Errorf("fileTypeAtEnd(%q) = %v, want %v", s, got, want)
		}
	})
}

// fileTypeAtEndFields is fileTypeAtEnd without its gate.
func fileTypeAtEndFields(line string) bool {
	f := strings.Fields(punctToSpace.Replace(line))
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		switch f[k] {
		case "PDF", "DOC", "DOCX", "XLS", "XLSX", "ODT":
			return k > 0
		}
	}
	return false
}
