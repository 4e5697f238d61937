package extract

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// programmeKinds maps words of a programme title to a session kind, first
// match wins.
var programmeKinds = []struct{ word, kind string }{
	{"side event", "side_event"},
	{"parallel session", "parallel_session"},
	{"plenary", "plenary"},
	{"break", "break"},
	{"lunch", "break"},
	{"panel", "panel"},
	{"workshop", "panel"},
}

// programmeBlocks reads programme blocks: a line opening with a time or a
// time range, optionally "| Room", and the title on the next line:
//
//	09:30–11:00 | Main Hall
//	Plenary 1: Where the Rules Stand
//
// A day heading with a date ("DAY 1 – TUESDAY 5 NOVEMBER") dates the blocks
// under it.
func (b *builder) programmeBlocks() []sessionDraft {
	var out []sessionDraft
	var day *dates.Date
	ls := b.memo.lines(b.body, len(b.text))
	for i, l := range ls {
		t, col, ok := b.rowTime(l)
		if !ok {
			if d := b.dayOf(l); d != nil && countFields(b.text[l.Start:l.End]) <= 8 {
				day = d
			}
			continue
		}
		title, room, ok := b.tableTitle(ls, i, col)
		if !ok && col > 0 {
			continue
		}
		if !ok {
			if title, ok = b.programmeTitle(ls, i, t); !ok {
				continue
			}
			if k := strings.Index(b.text[l.Start:l.End], "|"); k >= 0 {
				room, _ = trimSpan(b.text, Span{l.Start + k + 1, l.End})
			}
		}
		d := sessionDraft{span: title}
		d.Title = b.text[title.Start:title.End]
		d.Kind = programmeKind(d.Title)
		d.StartTime, d.EndTime, d.Date = t.From, t.To, day
		if rowDay := b.dayOf(l); rowDay != nil && !b.dateIn(title) {
			d.Date = rowDay // "Tuesday 14 April | 10:00–11:15 | Panel 1"
		}
		d.Room = b.text[room.Start:room.End]
		d.Rule, d.Confidence = "session.programme-block", confProgramme
		out = append(out, d)
	}
	return out
}

// programmeTitle returns the title of the programme block whose time opens
// line ls[i]: the rest of that line ("10:00–11:30 Panel 1: Deterrence"), or
// the next line when the rest is empty or a room after "|".
func (b *builder) programmeTitle(ls []Span, i int, t dates.TimeMatch) (Span, bool) {
	l := ls[i]
	rest, _ := trimSpan(b.text, Span{l.Start + t.End, l.End})
	if r := b.text[rest.Start:rest.End]; countFields(r) >= 2 && isWordRune(nextRune(r, 0)) {
		return rest, true
	}
	if i+1 >= len(ls) || strings.Count(b.text[l.End:ls[i+1].Start], "\n") != 1 {
		return Span{}, false // no title line right below
	}
	if _, next := timeAtLineStart(b.text, ls[i+1]); next {
		return Span{}, false
	}
	return ls[i+1], true
}

// trimSpan narrows s to its text without surrounding spaces; false when
// nothing is left.
func trimSpan(text string, s Span) (Span, bool) {
	out := appendTrimmed(nil, text, s.Start, s.End)
	if len(out) == 0 {
		return Span{s.End, s.End}, false
	}
	return out[0], true
}

// timeAtLineStart returns the time or time range opening line l.
func timeAtLineStart(text string, l Span) (dates.TimeMatch, bool) {
	// Every time opens with a number: a line opening with anything else
	// is not searched, which spared tokenising nearly every line.
	if l.Start >= l.End || text[l.Start] < '0' || text[l.Start] > '9' {
		return dates.TimeMatch{}, false
	}
	ts := dates.FindTimes(text[l.Start:l.End])
	if len(ts) == 0 || ts[0].Start != 0 {
		return dates.TimeMatch{}, false
	}
	return ts[0], true
}

func programmeKind(title string) string {
	lt := strings.ToLower(title)
	for _, k := range programmeKinds {
		if strings.Contains(lt, k.word) {
			return k.kind
		}
	}
	return "other"
}

// inProgrammeTitle reports whether s lies on the title line of a programme
// block, whose meeting words name a session and not a meeting.
func (b *builder) inProgrammeTitle(s Span) bool {
	ls := strings.LastIndexByte(b.text[:s.Start], '\n')
	if ls <= 0 {
		return false
	}
	prev := strings.LastIndexByte(b.text[:ls], '\n') + 1
	_, ok := timeAtLineStart(b.text, Span{prev, ls})
	return ok
}
