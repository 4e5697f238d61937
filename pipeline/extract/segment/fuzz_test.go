package segment

import "testing"

// seeds are texts of the shapes the pipeline reads: markdown, programmes,
// transcripts, lists, front matter, and edge cases for the splitters.
var seeds = []string{
	"# Title\n\n## Background\nText here.\n",
	"---\nurl: https://example.org\ntitle: x\n---\n\nBody.",
	"09:00–09:30 | Main Hall\nOpening\n\nDAY 2 – WEDNESDAY 6 NOVEMBER\n",
	"1. one;\n2) two\n(3) three\n  - inner\n    continued\n• bullet",
	"Results\n=======\n\n***\n",
	"(e.g. Art. 2(4) of the U.N. Charter). H.E. Ms. X spoke... \"Yes.\" ) ] }",
	"a)\n(\n1.\n-\n#\n##  \n \r\n\r",
	"\xff\xfe. A. B.\u2028C",
}

func FuzzBlocks(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, from int) {
		prev := 0
		if from >= 0 && from <= len(text) {
			prev = from
		}
		for _, b := range Blocks(text, from) {
			if b.Start < prev || b.Start >= b.End || b.End > len(text) {
				t.Fatalf("block %+v out of order or bounds (prev end %d, len %d)", b, prev, len(text))
			}
			if b.BodyStart < b.Start || b.BodyStart > b.End {
				t.Fatalf("body start %d outside block %d-%d", b.BodyStart, b.Start, b.End)
			}
			if b.Kind < Heading || b.Kind > Line {
				t.Fatalf("bad kind %d", b.Kind)
			}
			prev = b.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range seeds {
		f.Add(s, 0, len(s))
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		lo, hi := clip(start, 0, len(text)), clip(end, 0, len(text))
		prev := lo
		for _, sp := range Sentences(text, start, end) {
			if sp.Start < prev || sp.Start >= sp.End || sp.End > hi {
				t.Fatalf("sentence %+v out of order or outside %d-%d (prev end %d)", sp, lo, hi, prev)
			}
			prev = sp.End
		}
	})
}
