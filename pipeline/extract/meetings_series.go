package extract

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// seriesNumberRE matches a numbered instalment of a series named by a
// plural meeting word: "Reef Dialogues #4", "Harbour Talks No. 12",
// "Cable Seminars no 3". The first group is the meeting word.
var seriesNumberRE = gate(regexp.MustCompile(`(?i)\b(\p{L}+?)s\s+(?:#\s?|no\.?\s?)\d+\b`), "#", "No", "no")

// seriesInstalmentKind returns the meeting kind of a numbered instalment of
// a series that text names ("Reef Dialogues #4"), or "".
func (b *builder) seriesInstalmentKind(text string) string {
	m := seriesNumberRE.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return b.ref.EventWords[strings.ToLower(m[1])]
}

// seriesKind returns the meeting kind of the series a page lists, or "":
// a title or line that names "a seminar series" ("CABLE SEMINAR SERIES
// 2026", "Webinar series: …"), or a numbered instalment ("Reef Dialogues
// #4"). On such a page every title under a date is one meeting of the
// series, even without a meeting word of its own.
func (b *builder) seriesKind() string {
	if b.series != nil {
		return *b.series
	}
	kind := b.seriesKindIn(b.doc.Meta.Title.Value)
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		if kind != "" {
			break
		}
		kind = b.seriesKindIn(b.text[l.Start:l.End])
	}
	b.series = &kind
	return kind
}

// seriesKindIn returns the kind of the series that text names, or "".
func (b *builder) seriesKindIn(text string) string {
	if k := b.seriesInstalmentKind(text); k != "" {
		return k
	}
	lower := strings.ToLower(text)
	at := strings.Index(lower, " series")
	if at < 0 {
		return ""
	}
	if end := at + len(" series"); end < len(lower) && isLetterByte(lower[end]) {
		return "" // "seriesX"
	}
	word := lower[strings.LastIndexByte(lower[:at], ' ')+1 : at]
	return b.ref.EventWords[word]
}

// wrappedFrom returns the hard-wrapped paragraph that line l opens, if
// there is one: a title of a plain-text listing wrapped over two lines.
func (b *builder) wrappedFrom(l Span) (Span, bool) {
	ps := b.memo.wrapped(b.body)
	k, ok := slices.BinarySearchFunc(ps, l.Start, func(p Span, start int) int { return p.Start - start })
	if !ok {
		return Span{}, false
	}
	return ps[k], true
}

// eventListRE matches the heading of a list of events: "Past dialogues",
// "Upcoming events", "## Previous webinars". The group is the plural word.
var eventListRE = regexp.MustCompile(`(?i)^[#*_ ]*(?:past|previous|upcoming|recent|forthcoming|earlier|other|more|future|related)\s+(\p{L}+)[*_: ]*$`)

// eventListMentions finds the items of a list of events under a heading
// that announces one, each a title and its date:
//
//	Past dialogues
//	Reef Dialogues #2: Ports and Pipes, 12 June 2025
//	Norms at Sea (20 February 2025)
//
// The heading's word gives the kind ("events": of no named kind).
func (b *builder) eventListMentions() []mention {
	var out []mention
	ls := b.memo.lines(b.body, len(b.text))
	for i, l := range ls {
		m := eventListRE.FindStringSubmatch(b.text[l.Start:l.End])
		if m == nil {
			continue
		}
		word := strings.ToLower(m[1])
		kind, ok := b.ref.EventWords[strings.TrimSuffix(word, "s")]
		if word == "events" {
			kind, ok = "other", true
		}
		if !ok || !strings.HasSuffix(word, "s") {
			continue
		}
		for _, item := range ls[i+1:] {
			mn, ok := b.eventItem(item, kind)
			if !ok {
				break
			}
			out = append(out, mn)
		}
	}
	return out
}

// eventItem reads one item of a list of events: a capitalised title of two
// words or more and a date that ends the line, after ", ", a dash or a
// bracket.
func (b *builder) eventItem(l Span, kind string) (mention, bool) {
	l = trimMarker(b.text, l)
	var d *dates.Match
	for i := range b.dates {
		if b.dates[i].Start > l.Start && b.dates[i].End <= l.End {
			d = &b.dates[i]
		}
	}
	if d == nil || strings.Trim(b.text[d.End:l.End], " .)*_") != "" {
		return mention{}, false
	}
	title := strings.TrimRight(b.text[l.Start:d.Start], " ,–—-|(*_")
	if countFields(title) < 2 || !isCap(title) {
		return mention{}, false
	}
	return mention{Name: Span{l.Start, l.Start + len(title)}, Proper: true, Kind: kind, Date: d, Sentence: l}, true
}

// seriesTableMentions reads the table of a series page, one meeting a
// row: a date column and a title column, rows dated at least a week apart.
//
//	| Date | Speaker | Title |
//	| 4 March 2026 | Dr Ana Ruiz-Holt | Who owns a cable? |
//	| 18 March 2026 | Lena Holt | Repairs at sea: a primer |
//
// A row whose date is struck through ("~~4 March~~", postponed) is left
// out. sessionTables leaves such tables alone (seriesTable).
func (b *builder) seriesTableMentions() []mention {
	kind := b.seriesKind()
	if kind == "" {
		return nil
	}
	var out []mention
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i+1 < len(ls); i++ {
		rows, ok := b.seriesTable(ls, i)
		if !ok {
			continue
		}
		for _, r := range rows {
			out = append(out, mention{Name: r.title, Proper: true, Kind: kind, Date: r.date, Sentence: r.line})
		}
	}
	return out
}

// seriesRow is one dated row of a series table.
type seriesRow struct {
	title, line Span
	date        *dates.Match
}

// seriesTable reads the table whose header row is ls[i] as the table of a
// series page: false unless it has a date and a title column and three
// rows or more whose days span a week or more.
func (b *builder) seriesTable(ls []Span, i int) ([]seriesRow, bool) {
	if b.seriesKind() == "" {
		return nil, false
	}
	header := cells(b.text, ls[i])
	titleCol, dateCol, _ := b.sessionColumns(header)
	if titleCol < 0 || dateCol < 0 {
		return nil, false
	}
	var rows []seriesRow
	for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
		row := cells(b.text, ls[j])
		if len(row) != len(header) {
			break
		}
		date := b.text[row[dateCol].Start:row[dateCol].End]
		d := b.dayMatch(row[dateCol])
		if d == nil || strings.Contains(date, "~~") {
			continue
		}
		t := row[titleCol]
		for t.Start < t.End && strings.IndexByte("*_ ", b.text[t.Start]) >= 0 {
			t.Start++
		}
		for t.End > t.Start && strings.IndexByte("*_ ", b.text[t.End-1]) >= 0 {
			t.End--
		}
		if t.End-t.Start < 4 || !isCap(b.text[t.Start:t.End]) || !b.readsAsTitle(t) {
			continue
		}
		rows = append(rows, seriesRow{t, ls[j], d})
	}
	if len(rows) < 3 || daysBetween(rows[0].date.From, rows[len(rows)-1].date.From) < 7 {
		return nil, false
	}
	return rows, true
}

// dayMatch returns the date of one day that cell c holds, or nil.
func (b *builder) dayMatch(c Span) *dates.Match {
	for i := range b.dates {
		d := &b.dates[i]
		if d.Start >= c.Start && d.End <= c.End && d.To == nil && d.From.Precision == dates.PrecisionDay {
			return d
		}
	}
	return nil
}

// daysBetween is the number of days from a to b, both dates of one day.
func daysBetween(a, b dates.Date) int {
	ta := time.Date(a.Year, time.Month(a.Month), a.Day, 0, 0, 0, 0, time.UTC)
	tb := time.Date(b.Year, time.Month(b.Month), b.Day, 0, 0, 0, 0, time.UTC)
	return int(tb.Sub(ta).Hours() / 24)
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
