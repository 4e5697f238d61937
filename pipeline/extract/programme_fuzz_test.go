package extract

import (
	"testing"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// FuzzTimeAtLineStart requires timeAtLineStart, which searches only lines
// that open with a digit, to agree with searching every line.
func FuzzTimeAtLineStart(f *testing.F) {
	for _, s := range []string{
		"09:00–09:30 | Main Hall", "10.00–11.15 Panel 1", "9 am Opening", " 09:00 Opening", "Opening at 09:00",
		"2 pm", "12:45:30", "", "0", "(09:00) Coffee", "A70 09:00", "\t10:00 to 11:30",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, gotOK := timeAtLineStart(line, Span{0, len(line)})
		var want dates.TimeMatch
		ts := dates.FindTimes(line)
		wantOK := len(ts) > 0 && ts[0].Start == 0
		if wantOK {
			want = ts[0]
		}
		if got != want || gotOK != wantOK {
			t.Errorf("timeAtLineStart(%q) = %v, %v; searching the line gives %v, %v", line, got, gotOK, want, wantOK)
		}
	})
}
