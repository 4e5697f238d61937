package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// topicHeaders name the column of a table that holds session titles, in
// order of preference: "Session" may hold only the session's number when a
// "Topic" column holds its title.
var topicHeaders = []string{"topic", "title", "theme", "subject", "session title", "session", "sessions", "panel", "item"}

// documentHeaders are header cells of a table of documents, not sessions.
var documentHeaders = map[string]bool{"symbol": true, "document": true, "documents": true,
	"languages": true, "language": true, "publication": true, "format": true, "size": true}

// sessionTables reads tables of sessions without times, one row each:
//
//	| Session | Date | Topic | Facilitator(s) |
//	| 1 | 14 April | The UN framework: from the GGEs to the Mechanism | Dr. … |
//
// The title is in the topic column, the date in a "Date" or "Day" column,
// the number in a "Session" or "No." column of numbers.
func (b *builder) sessionTables() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i+1 < len(ls); i++ {
		header := cells(b.text, ls[i])
		titleCol, dateCol, seqCol := b.sessionColumns(header)
		if titleCol < 0 {
			continue
		}
		if _, series := b.seriesTable(ls, i); series {
			continue // each row is a meeting of the series: seriesTableMentions
		}
		j := i + 1
		for ; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
			row := cells(b.text, ls[j])
			if len(row) != len(header) {
				break
			}
			if _, _, timed := b.rowTime(ls[j]); timed {
				break // a programme with times: programmeBlocks reads it
			}
			d, ok := b.tableRowSession(row, titleCol, dateCol, seqCol)
			if !ok {
				continue // a row of the table whose topic is no title ("**Class:** we follow …")
			}
			out = append(out, d)
		}
		if j > i+1 {
			i = j - 1
		}
	}
	return out
}

// sessionColumns returns the title, date and number columns of a header
// row, -1 when absent; the title column is -1 when the row is no header of
// a session table.
func (b *builder) sessionColumns(header []Span) (titleCol, dateCol, seqCol int) {
	titleCol, dateCol, seqCol = -1, -1, -1
	if len(header) < 2 {
		return
	}
	names := make([]string, len(header))
	for k, c := range header {
		names[k] = b.memo.lower(strings.Trim(b.text[c.Start:c.End], " *_:"))
		switch names[k] {
		case "date", "day", "dates":
			dateCol = k
		case "no", "no.", "#", "session", "n°":
			if seqCol < 0 {
				seqCol = k
			}
		}
	}
	sessionish := false
	for _, n := range names {
		switch {
		case documentHeaders[n]:
			return -1, -1, -1 // "Symbol | Title | Date | Languages" lists documents
		case n == "session" || n == "sessions" || n == "panel" || b.ref.PersonLabels[strings.TrimSuffix(strings.TrimSuffix(n, "(s)"), "s")] || b.ref.PersonLabels[n] || n == "room":
			sessionish = true
		}
	}
	for _, h := range topicHeaders {
		for k, n := range names {
			if n == h && (k != seqCol || h != "session") && (sessionish || h != "title") {
				return k, dateCol, seqCol
			}
		}
	}
	if seqCol >= 0 && names[seqCol] == "session" {
		return -1, -1, -1 // only numbers, no titles
	}
	return -1, -1, -1
}

// tableRowSession reads one row of a session table.
func (b *builder) tableRowSession(row []Span, titleCol, dateCol, seqCol int) (sessionDraft, bool) {
	c := b.labelledTitle(row[titleCol])
	title := strings.TrimSpace(b.text[c.Start:c.End])
	if title == "" || !isCap(title) || len(strings.Fields(title)) > 20 || !b.readsAsTitle(c) {
		return sessionDraft{}, false
	}
	d := sessionDraft{span: c}
	d.Title, d.Kind = title, programmeKind(title)
	if dateCol >= 0 {
		d.Date = b.dayOf(row[dateCol])
	}
	if seqCol >= 0 && seqCol != titleCol {
		d.Seq, _ = strconv.Atoi(strings.TrimSpace(b.text[row[seqCol].Start:row[seqCol].End]))
	}
	d.Rule, d.Confidence = "session.table-row", confProgramme
	return d, true
}

// boldLabelRE matches a bold label that opens a table cell: "**Guest
// lecture:** ", "**Simulation (online):** ".
var boldLabelRE = regexp.MustCompile(`^\*\*[^*]{2,40}:\*\*\s*`)

// labelledTitle returns the title in cell c after a bold label, inside its
// quotation marks when it has them: "**Guest lecture:** "Cables at Sea"" is
// "Cables at Sea".
func (b *builder) labelledTitle(c Span) Span {
	m := boldLabelRE.FindStringIndex(b.text[c.Start:c.End])
	if m == nil {
		return c
	}
	c.Start += m[1]
	if q := quotedRE.FindAllStringSubmatchIndex(b.text[c.Start:c.End]); len(q) > 0 && q[0][0] == 0 {
		return Span{c.Start + q[0][2], c.Start + q[0][3]}
	}
	return c
}
