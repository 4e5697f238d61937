package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// cellSep separates table cells: the HTML loader writes each <tr> on its
// own line and joins its cells with " | ".
const cellSep = " | "

// titleHeaders and roomHeaders are header cells that name the column of a
// programme table holding the session title or the room.
var (
	titleHeaders = map[string]bool{"session": true, "sessions": true, "title": true, "topic": true,
		"panel": true, "item": true, "event": true, "programme": true, "program": true, "activity": true}
	roomHeaders = map[string]bool{"room": true, "venue": true, "location": true, "place": true}
)

// cells splits the line l into the spans of its table cells.
func cells(text string, l Span) []Span {
	var out []Span
	s := l.Start
	for {
		k := strings.Index(text[s:l.End], cellSep)
		if k < 0 {
			return appendTrimmed(out, text, s, l.End)
		}
		out = appendTrimmed(out, text, s, s+k)
		s += k + len(cellSep)
	}
}

// rowTime returns the time or time range of a programme line and the
// index of the table cell it fills: 0 when it opens the line
// ("09:30–11:00 | Panel 1"), k when cell k holds nothing but the time
// ("Welcome and introductions | 09:00 – 09:30 | Plenary Hall").
func (b *builder) rowTime(l Span) (dates.TimeMatch, int, bool) {
	if t, ok := timeAtLineStart(b.text, l); ok {
		return t, 0, true
	}
	row := cells(b.text, l)
	if len(row) >= 2 {
		if t, ok := dottedTime(b.text[row[0].Start:row[0].End]); ok {
			return t, 0, true // "15.30 | Welcome – …"
		}
	}
	for k, c := range row {
		if k == 0 {
			continue
		}
		if t, ok := timeAtLineStart(b.text, c); ok {
			if rest := strings.TrimSpace(b.text[c.Start+t.End : c.End]); rest == "" || isUpperWord(rest) && len(rest) <= 5 {
				return t, k, true // "09:00 – 09:30", "09:00–09:30 CET"
			}
		}
	}
	return dates.TimeMatch{}, 0, false
}

// dottedTime reads a table cell that holds nothing but a time written
// with a dot, "15.30", which in running text would be a decimal.
func dottedTime(cell string) (dates.TimeMatch, bool) {
	h, m, ok := strings.Cut(cell, ".")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 || strings.Trim(h+m, "0123456789") != "" {
		return dates.TimeMatch{}, false
	}
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	if hh > 23 || mm > 59 {
		return dates.TimeMatch{}, false
	}
	return dates.TimeMatch{Start: 0, End: len(cell), From: fmt.Sprintf("%02d:%02d", hh, mm)}, true
}

// tableTitle reads a programme table row with a time cell (index timeCol):
//
//	Time | Session | Speakers
//	09:30–11:00 | Panel 1: Attribution and Accountability | Amb. X (Denmark); …
//
// The header row, when there is one, says which cell is the title and which
// the room; without one the title is the first cell other than the time
// that is not a room. The speakers cell is never part of the title. ok is
// false when the line is not a row of at least two cells or the row is a
// lone "09:30–11:00 | Main Hall" block heading whose title is on the next
// line.
func (b *builder) tableTitle(ls []Span, i, timeCol int) (title, room Span, ok bool) {
	row := cells(b.text, ls[i])
	if len(row) < 2 {
		return Span{}, Span{}, false
	}
	titleCol, roomCol := b.headerColumns(ls, i)
	if titleCol >= 0 && titleCol != timeCol {
		if titleCol >= len(row) {
			return Span{}, Span{}, false
		}
		if roomCol >= 0 && roomCol < len(row) {
			room = row[roomCol]
		}
		return row[titleCol], room, isCap(b.text[row[titleCol].Start:row[titleCol].End]) || b.emphasisLead(row[titleCol]) != nil
	}
	if len(row) == 2 && timeCol == 0 && !b.inTable(ls, i) {
		return Span{}, Span{}, false // "09:30–11:00 | Main Hall", title below
	}
	for k, c := range row {
		if k == timeCol || b.isDateCell(c) {
			continue // "Tuesday 14 April | 10:00–11:15 | Panel 1"
		}
		if b.isRoomCell(b.text[c.Start:c.End]) {
			room = c
			continue
		}
		return c, room, isCap(b.text[c.Start:c.End]) || b.emphasisLead(c) != nil
	}
	return Span{}, Span{}, false
}

// cellBreaks are the line breaks a Markdown table cell holds as raw HTML.
var cellBreaks = []string{"<br>", "<br/>", "<br />", "<BR>"}

// cellTitles returns the session titles a programme cell holds. A cell
// that "<br>" breaks into lines holds a lead and one session per line
// after it ("**Parallel sessions** <br> Working Group A: … <br> Working
// Group B: …"); a cell that opens with emphasis is titled by it
// ("**Opening plenary** — Welcome by …"); any other cell is its own title.
func (b *builder) cellTitles(c Span) []Span {
	parts := splitSpan(b.text, c, cellBreaks)
	switch {
	case len(parts) > 2:
		parts = parts[1:] // the lead names the group: "Parallel sessions"
	case len(parts) == 2:
		parts = parts[:1] // a title and a note on the line below
	}
	var out []Span
	for _, p := range parts {
		if e := b.emphasisLead(p); e != nil {
			p = *e
		}
		if isCap(b.text[p.Start:p.End]) {
			out = append(out, p)
		}
	}
	return out
}

// emphasisLead returns the text of the Markdown bold that opens span s
// ("**Opening plenary** — Welcome by …" gives "Opening plenary"), nil
// when s opens with none.
func (b *builder) emphasisLead(s Span) *Span {
	t := b.text[s.Start:s.End]
	for _, mark := range []string{"**", "__"} {
		if !strings.HasPrefix(t, mark) {
			continue
		}
		k := strings.Index(t[len(mark):], mark)
		if k <= 0 {
			return nil
		}
		in, ok := trimSpan(b.text, Span{s.Start + len(mark), s.Start + len(mark) + k})
		if !ok || !isCap(b.text[in.Start:in.End]) {
			return nil
		}
		return &in
	}
	return nil
}

// splitSpan splits span s of text at every separator in seps, trimming
// the parts and dropping empty ones.
func splitSpan(text string, s Span, seps []string) []Span {
	var out []Span
	from := s.Start
	for i := s.Start; i < s.End; i++ {
		for _, sep := range seps {
			if strings.HasPrefix(text[i:s.End], sep) {
				out = appendTrimmed(out, text, from, i)
				from = i + len(sep)
				i = from - 1
				break
			}
		}
	}
	return appendTrimmed(out, text, from, s.End)
}

// headerColumns finds the header row of the table around ls[i], at most
// twelve lines up with no blank-line break longer than one, and returns the
// index of its title and room columns (-1 when absent).
func (b *builder) headerColumns(ls []Span, i int) (titleCol, roomCol int) {
	titleCol, roomCol = -1, -1
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if strings.Count(b.text[ls[j].End:ls[j+1].Start], "\n") > 2 {
			return titleCol, roomCol
		}
		if _, _, timed := b.rowTime(ls[j]); timed {
			continue
		}
		row := cells(b.text, ls[j])
		if len(row) < 2 && strings.Count(b.text[ls[j].End:ls[j+1].Start], "\n") == 1 {
			continue // a line of the row above: "Moderator: Dr. …"
		}
		if len(row) < 2 {
			return titleCol, roomCol
		}
		for k, c := range row {
			w := b.memo.lower(strings.Trim(b.text[c.Start:c.End], " *:"))
			if titleHeaders[w] && titleCol < 0 {
				titleCol = k
			}
			if roomHeaders[w] && roomCol < 0 {
				roomCol = k
			}
		}
		return titleCol, roomCol
	}
	return titleCol, roomCol
}

// inTable reports whether the line before or after ls[i] is also a timed
// row with cells, so that ls[i] is a row of a table and not a block heading.
func (b *builder) inTable(ls []Span, i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(ls) || strings.Count(b.text[ls[min(i, j)].End:ls[max(i, j)].Start], "\n") != 1 {
			continue
		}
		if _, _, timed := b.rowTime(ls[j]); timed && strings.Contains(b.text[ls[j].Start:ls[j].End], cellSep) {
			return true
		}
	}
	return false
}

// isRoomCell reports whether a cell names a room: "Main Hall", "Room 4".
func (b *builder) isRoomCell(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	_, _, venue := b.cueOf(f)
	if venue {
		return true
	}
	c, ok := b.ref.Cues[f[0]]
	return ok && c.Kind == "venue"
}

// isDateCell reports whether a date fills most of cell c.
func (b *builder) isDateCell(c Span) bool {
	for _, d := range b.dates {
		if d.Start >= c.Start && d.End <= c.End && (d.End-d.Start)*2 >= c.End-c.Start {
			return true
		}
	}
	return false
}

// dateIn reports whether a date lies inside span s.
func (b *builder) dateIn(s Span) bool {
	for _, d := range b.dates {
		if d.Start >= s.Start && d.End <= s.End {
			return true
		}
	}
	return false
}
