package extract

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

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
	ls := lines(b.text, b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		day := b.dayOf(ls[i])
		if day == nil || len(strings.Fields(b.text[ls[i].Start:ls[i].End])) > 8 || stripBullet(b.text, ls[i]).Start != ls[i].Start {
			continue // a dated item of a list is no day heading
		}
		var items []sessionDraft
		items, i = b.bulletItems(ls, i, day)
		out = append(out, items...)
	}
	return out
}

// programmeHeadings are headings over a list of the parts of a meeting.
var programmeHeadings = map[string]bool{"programme": true, "program": true, "schedule": true,
	"agenda": true, "running order": true, "order of business": true}

// headedLists reads bulleted lists under a "Programme" or "Agenda"
// heading, as dayLists reads those under a day, without a date.
func (b *builder) headedLists() []sessionDraft {
	var out []sessionDraft
	ls := lines(b.text, b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		h := strings.ToLower(strings.Trim(b.text[ls[i].Start:ls[i].End], "#*_: "))
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
	for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
		item := stripBullet(b.text, ls[j])
		if item.Start == ls[j].Start || numberedRE.MatchString(b.text[ls[j].Start:ls[j].End]) {
			break // no bullet: the list has ended; numbered lists are agendas
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
	d.Rule, d.Confidence = "session.day-list", confAgendaItem
	return d, true
}
