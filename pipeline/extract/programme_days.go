package extract

import (
	"regexp"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// confDayItem is the confidence of an item listed under a day heading, below
// the threshold: the rule finds sessions in programmes but also takes news
// items and notes for sessions in texts it was not written for.
const confDayItem = 0.45

// maxDayItemWords is the most words a session title in a day's list may
// have; longer items are sentences.
const maxDayItemWords = 12

// dayLists reads bulleted lists under a day heading, a programme without
// times:
//
//	### Day 1 – 18 November
//
//	- **Opening session**: welcome remarks by the host
//	- Panel discussion: Protecting undersea cables
//
// Each item is a session on that day; a bold lead or the part before a
// colon or dash followed by lower-case words is its title.
func (b *builder) dayLists() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		day := b.dayOf(ls[i])
		if day == nil || !b.dayHeading(ls[i]) {
			continue
		}
		var items []sessionDraft
		items, i = b.bulletItems(ls, i, day)
		out = append(out, items...)
	}
	return out
}

// dayHeading reports whether line l heads a day of a programme: a short
// line, no list item, that names a day ("Day 1 – 18 November") or a
// weekday ("Tuesday 18 November"). A newsletter's dated heading over its
// news items is none.
func (b *builder) dayHeading(l Span) bool {
	line := b.text[l.Start:l.End]
	if len(strings.Fields(line)) > 8 || stripBullet(b.text, l).Start != l.Start {
		return false
	}
	for _, w := range strings.Fields(b.memo.lower(strings.Trim(line, "#*_ "))) {
		if weekdays[strings.Trim(w, ",:–—-")] {
			return true
		}
	}
	return false
}

// weekdays are the words that name a day of a programme.
var weekdays = map[string]bool{"day": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true}

// programmeHeadings are headings over a list of the parts of a meeting.
var programmeHeadings = map[string]bool{"programme": true, "program": true, "schedule": true,
	"agenda": true, "running order": true, "order of business": true}

// headedLists reads bulleted lists under a "Programme" or "Agenda"
// heading, as dayLists reads those under a day, without a date.
func (b *builder) headedLists() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		h := b.memo.lower(strings.Trim(b.text[ls[i].Start:ls[i].End], "#*_: "))
		if !programmeHeadings[h] {
			continue
		}
		var items []sessionDraft
		items, i = b.bulletItems(ls, i, nil)
		out = append(out, items...)
	}
	return out
}

// bulletItems reads the bulleted lines after the heading ls[i], up to the
// first line without a bullet, and returns their sessions and the index of
// the last line read.
func (b *builder) bulletItems(ls []Span, i int, day *dates.Date) ([]sessionDraft, int) {
	var out []sessionDraft
	firstIndent := -1
	blocks := false // a timed programme block came before
	for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
		// Lines are trimmed: the indent is what stands between the line
		// break and the line.
		ind := lineIndent(b.text, ls[j])
		if firstIndent < 0 {
			firstIndent = ind
		}
		if ind > firstIndent {
			i = j
			continue // a sub-item: the speakers or notes of a session
		}
		item := stripBullet(b.text, ls[j])
		if item.Start == ls[j].Start || numberedRE.MatchString(b.text[ls[j].Start:ls[j].End]) {
			break // no bullet: the list has ended; numbered lists are agendas
		}
		if _, timed := timeAtLineStart(b.text, ls[j]); timed {
			i, blocks = j, true
			continue // a timed item is a programme block
		}
		if blocks {
			i = j
			continue // the speakers or breakouts of the block above
		}
		if d, ok := b.dayItem(item, day); ok {
			out = append(out, d)
		}
		i = j
	}
	return out, i
}

// dayItem reads the session title of one list item.
func (b *builder) dayItem(item Span, day *dates.Date) (sessionDraft, bool) {
	text := b.text[item.Start:item.End]
	if label, _, ok := strings.Cut(text, ":"); ok && b.ref.PersonLabels[b.memo.lower(lastWord(strings.Trim(label, "*_ ")))] {
		toks := b.memo.tokenize(item.Start+len(label)+1, item.End)
		for len(toks) > 0 && !toks[0].Word {
			toks = toks[1:]
		}
		h := b.honorificAt(toks, 0)
		if _, name := b.nameAt(toks, h, 2); name || h > 0 {
			return sessionDraft{}, false // "Moderator: Ana Ruiz" names people, not a session
		}
	}
	start, end := item.Start, item.End
	if strings.HasPrefix(text, "**") {
		if k := strings.Index(text[2:], "**"); k > 0 {
			start, end = item.Start+2, item.Start+2+k
		}
	} else if k := strings.IndexAny(text, ":–—"); k > 0 {
		if rest := strings.TrimLeft(text[k:], ":–— "); rest != "" && !isCap(rest) {
			end = item.Start + k // "Tabletop exercise – a ransomware attack on a port"
		}
	}
	s, ok := trimSpan(b.text, Span{start, end})
	title := strings.TrimRight(b.text[s.Start:s.End], ":.; ")
	if !ok || !isCap(title) || len(strings.Fields(title)) > maxDayItemWords || !b.readsAsTitle(s) {
		return sessionDraft{}, false
	}
	d := sessionDraft{span: Span{s.Start, s.Start + len(title)}}
	d.Title, d.Kind, d.Date = title, programmeKind(title), day
	d.Rule, d.Confidence = "session.heading-list", confAgendaItem
	if day != nil {
		// Lists under a day are often news or notes, not sessions: such items
		// go to review until a person confirms them.
		d.Rule, d.Confidence = "session.day-list", confDayItem
	}
	return d, true
}

// dayReportRE matches the heading of one day of a day-by-day report: "Day
// 1 – Monday, 13 December", "DAY 2: Tuesday 14 December".
var dayReportRE = regexp.MustCompile(`(?i)^day \d{1,2}\b`)

// reportDays reads the days of a day-by-day report as sessions: two or
// more "Day N" headings with a date, each over prose rather than a
// programme (whose timed blocks are the sessions) or a list of items.
//
//	## Day 1 – Monday, 13 December
//	Delegations opened with general statements …
func (b *builder) reportDays() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i, l := range ls {
		h := withoutHeadingMarks(b.text, l)
		text := b.text[h.Start:h.End]
		if !dayReportRE.MatchString(text) || countFields(text) > 10 || (h.Start == l.Start && !b.standsAlone(l)) {
			continue
		}
		day := b.dayOf(l)
		if day == nil || !b.proseFollows(ls, i) {
			continue
		}
		d := sessionDraft{span: h}
		d.Title, d.Kind, d.Date = strings.TrimRight(text, ":. "), "other", day
		d.Rule, d.Confidence = "session.report-day", confAgendaItem
		out = append(out, d)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// proseFollows reports whether the lines under heading ls[i], up to the
// next heading, hold a paragraph and no timed programme line or list item.
func (b *builder) proseFollows(ls []Span, i int) bool {
	prose := false
	for j := i + 1; j < len(ls); j++ {
		line := b.text[ls[j].Start:ls[j].End]
		if strings.HasPrefix(line, "#") || dayReportRE.MatchString(line) {
			break
		}
		if _, _, timed := b.rowTime(ls[j]); timed || stripBullet(b.text, ls[j]).Start != ls[j].Start {
			return false
		}
		if countFields(line) >= 12 {
			prose = true
		}
	}
	return prose
}
