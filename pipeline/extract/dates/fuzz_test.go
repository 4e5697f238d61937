package dates

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"2-4 December 2019", "December 2-4, 2019", "30 November – 2 December 2023",
		"Tuesday, 10th October, 2023", "in 2016–2020", "10/03/2024", "2024-02-12T10:00",
		"09:00–09:30 | Main Hall", "A/AC.418/2024/3", "mid-2025", "Dec. 3, 2024",
		"between 2 and 4 December", "2 – WEDNESDAY 6 NOVEMBER",
	} {
		f.Add(s, 2024)
	}
	f.Fuzz(func(t *testing.T, text string, defaultYear int) {
		prev := 0
		for _, m := range Find(text, defaultYear) {
			if m.Start < prev || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("span %d-%d out of order or bounds (prev end %d, len %d)", m.Start, m.End, prev, len(text))
			}
			if !m.From.Valid() {
				t.Fatalf("invalid From %+v for %q", m.From, text[m.Start:m.End])
			}
			if m.To != nil && (!m.To.Valid() || !m.From.Before(*m.To)) {
				t.Fatalf("bad range %v..%v for %q", m.From, *m.To, text[m.Start:m.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("span %d-%d cuts a character", m.Start, m.End)
			}
			prev = m.End
		}
		prev = 0
		for _, m := range FindTimes(text) {
			if m.Start < prev || m.Start >= m.End || m.End > len(text) || len(m.From) != 5 {
				t.Fatalf("time %+v out of order or bounds", m)
			}
			prev = m.End
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2019-12-02", "2019-12", "2019", "2023-02-29", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			return
		}
		if !d.Valid() {
			t.Fatalf("Parse(%q) = invalid %+v", s, d)
		}
		back, err := Parse(d.ISO())
		if err != nil || back != d {
			t.Fatalf("round trip of %q: %+v, %v", s, back, err)
		}
	})
}
