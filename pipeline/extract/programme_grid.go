package extract

import (
	"regexp"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// gridNoteRE matches a bracketed note after a session in a programme grid:
// "(item 2)", "(informal, closed)".
var gridNoteRE = regexp.MustCompile(`\s*\([^()]*\)$`)

// programmeGrid reads programme tables whose columns are time slots and
// whose rows are days, a layout of UN programmes of work:
//
//	Date | 10:00–13:00 | 15:00–18:00
//	Mon, 7 July | Opening of the session; adoption of the agenda (item 2) | General debate
//
// Each cell is one or more sessions, separated by ";", on the row's day in
// the column's time slot.
func (b *builder) programmeGrid() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		slots := b.gridSlots(ls[i])
		if slots == nil {
			continue
		}
		for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
			row := cells(b.text, ls[j])
			day := b.dayOf(row[0])
			if len(row) < 2 || day == nil {
				break
			}
			for k, c := range row[1:] {
				if k+1 >= len(slots) {
					break
				}
				out = append(out, b.gridCell(c, day, slots[k+1])...)
			}
			i = j
		}
	}
	return out
}

// gridSlots returns the time slot of every column of a header row whose
// first cell is empty or names the day and whose other cells are at least
// two time ranges; nil for any other line.
func (b *builder) gridSlots(l Span) []dates.TimeMatch {
	row := cells(b.text, l)
	if len(row) < 3 || !headerWords[b.memo.lower(strings.Trim(b.text[row[0].Start:row[0].End], " *:"))] {
		return nil
	}
	slots := make([]dates.TimeMatch, len(row))
	for k, c := range row[1:] {
		t, ok := timeAtLineStart(b.text, c)
		if !ok || strings.TrimSpace(b.text[c.Start+t.End:c.End]) != "" {
			return nil
		}
		slots[k+1] = t
	}
	return slots
}

// gridCell reads the sessions of one cell of a programme grid.
func (b *builder) gridCell(c Span, day *dates.Date, slot dates.TimeMatch) []sessionDraft {
	var out []sessionDraft
	for _, part := range appendSplit(nil, b.text, c, []string{"; "}) {
		text := b.text[part.Start:part.End]
		title := strings.TrimSpace(gridNoteRE.ReplaceAllString(text, ""))
		if len(strings.Fields(title)) == 0 || len(title) > 200 || !isWordRune(nextRune(title, 0)) {
			continue
		}
		d := sessionDraft{span: Span{part.Start, part.Start + len(title)}}
		d.Title, d.Kind = upperFirst(title), programmeKind(title)
		d.Date, d.StartTime, d.EndTime = day, slot.From, slot.To
		d.Rule, d.Confidence = "session.programme-grid", confProgramme
		out = append(out, d)
	}
	return out
}
