package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

// wordRegexps are the rules' regexps that are tried at word starts only.
var wordRegexps = map[string]*wordRE{
	"inlineList": inlineListRE, "delegation": delegationRE, "symbol": symbolRE, "quoted": quotedRE, "namedEvent": namedEventRE,
	"report": reportRE, "resolution": resolutionRE, "role": roleRE,
}

// wordRESamples are texts on which a wordRE and its regexp must agree:
// matches in either case, after ASCII and non-ASCII characters, with the
// non-ASCII letters case folding matches ("ſ" for s, "K" for k), and no
// match inside a word.
var wordRESamples = []string{
	"", "signed by", "… and signed by Kito Networks, Brightline Trust; Solace Digital and Quillfeather.",
	"endorsed by: A; B", "co-organised by A and the B", "Signatories: A, B, C.", "SIGNATORIES INCLUDE: X",
	"Partners of the project include A, the B and C.", "Partners of the Ünïcode project are X",
	"civil society groups such as Access Now and the Cyber Peace Institute", "Co-Signed By\tKenya",
	"unsigned by", "cosigned by", "_signed by", "xsigned by", "9hosted by", "-hosted by", "é hosted by",
	"éhosted by", "ſigned by", "xſigned by", "ORGANIZED BY ", "organiſations like ", "co-ORGANIZED BY\u00a0X",
	"The Representatives of Canada", "the SPEAKER FOR Fiji", "the ſpeaKer for Fiji", "speaking on behalf of the Group",
	"observer for the EU", "delegations of Chile and Peru", "the representative of the representative of X",
	"misrepresentative of", "\xc5signed by", "\xe2\x84signed by", "signed by \xff", "groups such as",
	"companies including  X", "institutions like", "partners are", "partners of a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb are X",
	"A/RES/73/27 and S/2021/1234", "xA/75/816", "a/75", "ſ/75", "E/CN.4/2005", "A/", "(S/PRST/2020/1)",
	"the “Capacity-building needs” title and \"Another quoted title\"", "“short”", "\"unclosed quote for a while",
	"“one\ntwo lines here”", "\"\"\"nested “quotes” here\"", "the SIDE EVENT, “Tidemark Academy”", "launch event \"Cyber Norms Atlas\"",
	"ſide event “Title here”", "side event,  “two spaces”", "side event “" + strings.Repeat("x", 170) + "”",
	"the 2015 GGE report of the Group", "2021 report of the Open-ended Working Group on Security", "x2015 report",
	"2015 reports", "2015 report\nof the Group", "2015 report of the Group\n", "1999/2000 annual UN report of the Committee of Experts and the Panel",
	"2019 report of the Group of the", "in 2020 the report", "2020 report’s", "2024 report_x", "2024 CYBER report",
	"General Assembly resolution 77/37", "Resolution 73/266", "resolution 73/2712345", "GENERAL ASSEMBLY resolution 1/2", "General Assembly Resolution 70/237b",
	"co-chaired by Kenya, WITH SUPPORT FROM the Forum", "Co-Hosted By X", "coorganised by", "ORGANIZED BY\nX", "orgaNiſed by x", "unfunded by", "with funding from",
}

// FuzzWordRegexps requires every wordRE to find what its regexp finds.
func FuzzWordRegexps(f *testing.F) {
	for _, s := range wordRESamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkWordRegexps(t, text) })
}

// TestWordRegexpsOnCorpus compares every wordRE with its regexp line by
// line and sentence by sentence over the evaluation and test texts.
func TestWordRegexpsOnCorpus(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*/*.*")
	if err != nil || len(files) == 0 {
		t.Fatalf("finding texts: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		checkWordRegexps(t, text)
		for _, l := range strings.Split(text, "\n") {
			checkWordRegexps(t, l)
		}
		for _, s := range sentences(text, 0, len(text)) {
			checkWordRegexps(t, text[s.Start:s.End])
		}
	}
}

func checkWordRegexps(t *testing.T, text string) {
	t.Helper()
	for name, w := range wordRegexps {
		if got, want := w.FindAllStringIndex(text), w.re.FindAllStringIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%s in %q: wordRE %v, regexp %v", name, text, got, want)
		}
		if got, want := w.FindStringIndex(text), w.re.FindStringIndex(text); !reflect.DeepEqual(got, want) {
			t.Errorf("%s in %q: wordRE first %v, regexp %v", name, text, got, want)
		}
		if got, want := w.FindAllStringSubmatchIndex(text), w.re.FindAllStringSubmatchIndex(text, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("%s in %q: wordRE submatches %v, regexp %v", name, text, got, want)
		}
	}
}

func TestWordStartRejects(t *testing.T) {
	tests := []struct{ name, pattern, stem string }{
		{"one alternative without boundary", `(?i)\bsigned by|endorsed by`, "signed"},
		{"boundary before any character", `(?i)\bs?\bsigned`, "signed"},
		{"boundary inside, not at the start", `(?i)(?:x|\bsigned)`, "signed"},
		{"end anchor", `(?i)signed by$`, "signed"},
		{"upper-case stem", `(?i)\bsigned by`, "Signed"},
		{"stem with a cased letter beyond ASCII", `(?i)\bété`, "été"},
		{"empty stem", `(?i)\bsigned by`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("wordStart(%q, %q) did not panic", tt.pattern, tt.stem)
				}
			}()
			wordStart(tt.pattern, tt.stem)
		})
	}
}

// benchLines are the lines of the evaluation texts, as the rules see them.
func benchLines(b *testing.B) []string {
	files, _ := filepath.Glob("../../testdata/corpus/*.*")
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, strings.Split(string(data), "\n")...)
	}
	return out
}

func BenchmarkInlineListRE(b *testing.B) {
	ls := benchLines(b)
	b.Run("wordRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range ls {
				inlineListRE.FindStringIndex(l)
			}
		}
	})
	old := gateFold(inlineListRE.re, " by", "ignatorie", "partner", "uch a", "includin", " li") // before wordRE
	b.Run("gatedRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range ls {
				old.FindStringIndex(l)
			}
		}
	})
}

func BenchmarkDelegationRE(b *testing.B) {
	ls := benchLines(b)
	b.Run("wordRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range ls {
				delegationRE.FindAllStringIndex(l)
			}
		}
	})
	old := gateFold(delegationRE.re, "entative", "delegat", "pea", "erver", "behalf of") // before wordRE
	b.Run("gatedRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, l := range ls {
				old.FindAllStringIndex(l, -1)
			}
		}
	})
}

func TestMaxMatchLen(t *testing.T) {
	tests := []struct {
		pattern string
		want    int
	}{
		{`abc`, 12},
		{`(?i)a[bc]?`, 8},
		{`a{2,3}|bcde`, 16},
		{`\ba+`, -1},
		{`a\s*`, -1},
		{`(?:of|for) `, 16},
		{`a{2,}`, -1},
		{`^$`, 0},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			re, err := syntax.Parse(tt.pattern, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			if got := maxMatchLen(re); got != tt.want {
				t.Errorf("maxMatchLen(%q) = %d, want %d", tt.pattern, got, tt.want)
			}
		})
	}
	if delegationRE.maxLen < 0 || inlineListRE.maxLen >= 0 {
		t.Errorf("delegationRE.maxLen = %d (want bounded), inlineListRE.maxLen = %d (want -1)", delegationRE.maxLen, inlineListRE.maxLen)
	}
}

func TestPhrasesOf(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string // nil: not a few phrases
	}{
		{`(?i)ab?c`, []string{"ac", "abc"}},
		{`(?i)organi[sz]ed by`, []string{"organised by", "organized by"}},
		{`(?i)(?:of|for) `, []string{"of ", "for "}},
		{`- / `, []string{"- / "}},
		{`abc`, nil},       // case-sensitive letters
		{`(?i)a+`, nil},    // repetition
		{`(?i)(a)`, nil},   // a group
		{`(?i)[a-z]`, nil}, // too wide a class
		{`(?i)é`, nil},     // beyond ASCII
		{`(?i)[s]`, []string{"s"}},
		{`[Ss]`, nil}, // ſ, which folds to s, is not in the class
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			got, ok := phrasesOf(mustParse(tt.pattern))
			if !ok {
				got = nil
			}
			if !slices.Equal(sortedCopy(got), sortedCopy(tt.want)) {
				t.Errorf("phrasesOf(%q) = %q, %v; want %q", tt.pattern, got, ok, tt.want)
			}
		})
	}
	if !delegationRE.phrases || inlineListRE.phrases {
		t.Errorf("delegationRE.phrases = %v (want true), inlineListRE.phrases = %v (want false)", delegationRE.phrases, inlineListRE.phrases)
	}
}

func sortedCopy(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestWordREWindows(t *testing.T) {
	if !reportRE.inner || !reportRE.oneLine || reportRE.maxLen >= 0 {
		t.Errorf("reportRE: inner %v, oneLine %v, maxLen %d; want true, true, -1", reportRE.inner, reportRE.oneLine, reportRE.maxLen)
	}
	if inlineListRE.inner || inlineListRE.oneLine {
		t.Errorf("inlineListRE: inner %v, oneLine %v; want false, false (\\s+ takes line breaks)", inlineListRE.inner, inlineListRE.oneLine)
	}
	if !quotedRE.oneLine || namedEventRE.oneLine {
		t.Errorf("quotedRE.oneLine = %v ([^”\"\\n] holds no line break), namedEventRE.oneLine = %v ([^”\"] does); want true, false", quotedRE.oneLine, namedEventRE.oneLine)
	}
}

func BenchmarkReportRE(b *testing.B) {
	text := strings.Join(benchLines(b), "\n")
	b.Run("wordRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			reportRE.FindAllStringIndex(text)
		}
	})
	old := gate(reportRE.re, "report") // before wordRE
	b.Run("gatedRE", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			old.FindAllStringIndex(text, -1)
		}
	})
}
