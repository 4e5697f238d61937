package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzLists runs the table, list and heading rules over arbitrary text: the
// cells and list parts stay inside their line, in order and trimmed, and
// every fact's spans stay inside the text.
func FuzzLists(f *testing.F) {
	for _, s := range []string{
		"Time | Session | Speakers\n09:30–11:00 | Panel 1: X | Amb. Y (Denmark)\n11:00–11:30 | Coffee break",
		"Session | Time | Room\nWelcome | 10.00 – 10.30 | Hall",
		"Signatories:\nKito Networks\nKestrelwood\n\nsigned by A B, C D; E and F.",
		"## Segment 1 — Threats\nPANEL 2. REPORTING\nSession IV: X",
		"- Kowalczyk, Agnieszka (Centre X)\nTANAKA Hiroshi | Director, Y\nMODERATOR (A B): hi",
		" |  | \n| | |", "signed by , ; and", "Session XIVX: a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, l := range lines(s, 0, len(s)) {
			checkParts(t, s, l, cells(s, l))
			checkParts(t, s, l, splitList(s, l))
		}
		checkSpans(t, s, extractText(t, s))
	})
}

// checkParts fails when parts of line l leave it, overlap or keep spaces at
// their ends.
func checkParts(t *testing.T, s string, l Span, parts []Span) {
	t.Helper()
	prev := l.Start
	for _, p := range parts {
		if p.Start < prev || p.End > l.End || p.Start >= p.End {
			t.Fatalf("part %v of line %v out of order or bounds in %q", p, l, s)
		}
		if isBlank(s[p.Start]) || isBlank(s[p.End-1]) {
			t.Fatalf("part %q of %q is not trimmed", s[p.Start:p.End], s)
		}
		prev = p.End
	}
}
