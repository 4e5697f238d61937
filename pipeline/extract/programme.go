package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// programmeKinds maps words of a programme title to a session kind, first
// match wins.
var programmeKinds = []struct{ word, kind string }{
	{"side event", "side_event"},
	{"parallel session", "parallel_session"},
	{"plenary", "plenary"},
	{"breakout", "parallel_session"}, // before "break"
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
	chapters := -1 // the last line of a recording's chapter list
	for i, l := range ls {
		t, col, ok := b.rowTime(l)
		if !ok {
			if d := b.dayOf(l); d != nil && (countFields(b.text[l.Start:l.End]) <= 8 || b.text[l.Start] == '#') {
				day = d
			}
			continue
		}
		if i > chapters && b.chapterList(ls, i, t) {
			chapters = i
			for chapters+1 < len(ls) {
				if _, _, timed := b.rowTime(ls[chapters+1]); !timed {
					break
				}
				chapters++
			}
		}
		if i <= chapters {
			continue // "00:00 Intro", "02:15 …": the chapters of a recording
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
		rowDay := b.dayOf(l)
		for _, ts := range b.blockTitles(ls, i, title) {
			d := b.itemDraft(ts)
			d.StartTime, d.EndTime, d.Date = t.From, t.To, day
			if rowDay != nil && !b.dateIn(title) {
				d.Date = rowDay // "Tuesday 14 April | 10:00–11:15 | Panel 1"
			}
			d.Room = b.text[room.Start:room.End]
			d.Rule, d.Confidence = "session.programme-block", confProgramme
			out = append(out, d)
		}
		if last := len(out) - 1; last >= 0 && out[last].Kind == "parallel_session" {
			out = append(out, b.letteredBreakouts(ls, i, out[last])...)
		}
	}
	return out
}

// chapterList reports whether the timed line ls[i] opens the chapter list
// of a recording rather than a programme: it starts at "00:00", or a
// "Chapters" or "Timestamps" label stands above it.
func (b *builder) chapterList(ls []Span, i int, t dates.TimeMatch) bool {
	if t.From == "00:00" {
		return true
	}
	if i == 0 {
		return false
	}
	label := b.memo.lower(strings.Trim(b.text[ls[i-1].Start:ls[i-1].End], " #*_:"))
	return label == "chapters" || label == "timestamps" || label == "chapter markers"
}

// letterRE matches the letter that labels one of parallel sessions: "A. ",
// "B) ".
var letterRE = regexp.MustCompile(`^([A-H])[.)]\s+`)

// letteredBreakouts reads the parallel sessions listed under the block
// group at line ls[i], one bulleted line each with a letter:
//
//	**14:15–16:00** Breakout sessions (parallel)
//	- A. Points of contact in practice (Room 2). Facilitator: …
//	- B. Women in cyber diplomacy: mentoring across the region (Room 3)
//
// Each takes the group's time and date; its title ends at a bracket or a
// full stop.
func (b *builder) letteredBreakouts(ls []Span, i int, group sessionDraft) []sessionDraft {
	var out []sessionDraft
	for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") == 1; j++ {
		item := stripBullet(b.text, ls[j])
		if item.Start == ls[j].Start {
			break // no bullet
		}
		m := letterRE.FindStringIndex(b.text[item.Start:item.End])
		if m == nil {
			continue // "- Moderator: …"
		}
		s := Span{item.Start + m[1], item.End}
		text := b.text[s.Start:s.End]
		if k := strings.IndexAny(text, "(."); k > 0 {
			text = strings.TrimSpace(text[:k])
		}
		if countFields(text) < 2 || !isCap(text) {
			continue
		}
		d := sessionDraft{span: Span{s.Start, s.Start + len(text)}}
		d.Title, d.Kind = text, "parallel_session"
		d.StartTime, d.EndTime, d.Date = group.StartTime, group.EndTime, group.Date
		d.Rule, d.Confidence = "session.programme-block", confProgramme
		out = append(out, d)
	}
	return out
}

// blockTitles returns the titles of the programme block at line ls[i]
// whose first title is first: the titles its cell holds, or those a
// plain-text programme sets in one column; none that does not read as a
// title.
func (b *builder) blockTitles(ls []Span, i int, first Span) []Span {
	var out []Span
	for _, c := range b.cellTitles(first) {
		c = b.withoutSpeakerTail(c)
		if !b.readsAsTitle(c) {
			continue
		}
		if c != first {
			out = append(out, c)
			continue
		}
		out = append(out, b.titleColumn(ls, i, c)...)
	}
	return out
}

// itemLabelRE matches the label of an agenda item opening a title: "Item 2.
// ", "Agenda item 4: ".
var itemLabelRE = regexp.MustCompile(`^(?i:agenda )?(?i:item) (\d{1,2})[.:]?\s+`)

// itemDraft makes the session titled by span s, an agenda item numbered by
// its label when it has one: "Item 2. Adoption of the agenda (A/AC.1/2)"
// is item 2, "Adoption of the agenda".
func (b *builder) itemDraft(s Span) sessionDraft {
	text := b.text[s.Start:s.End]
	var d sessionDraft
	if m := itemLabelRE.FindStringSubmatchIndex(text); m != nil {
		d.Seq, _ = strconv.Atoi(text[m[2]:m[3]])
		s.Start += m[1]
		text = text[m[1]:]
		d.Kind = "agenda_item"
	}
	if k := strings.LastIndex(text, " ("); k > 0 && symbolRE.FindStringIndex(text[k:]) != nil && strings.HasSuffix(text, ")") {
		text = text[:k] // the document the item is about
	}
	d.span = Span{s.Start, s.Start + len(text)}
	d.Title = oneLine(text)
	if d.Kind == "" {
		d.Kind = programmeKind(d.Title)
	}
	return d
}

// titleColumn returns the titles that a plain-text programme sets in one
// column after the time of line ls[i], whose first title is first: the
// lines below that start at the title's column and hold no time continue
// it, or start a title of their own when they open with an item label.
//
//	10 a.m.-1 p.m.   Item 1. Opening of the session
//	                 Item 2. Adoption of the agenda
//	3-6 p.m.         Item 5. Existing and potential threats in the sphere of
//	                 ICT security
func (b *builder) titleColumn(ls []Span, i int, first Span) []Span {
	out := []Span{first}
	col := utf8.RuneCountInString(b.text[b.memo.lineStart(first.Start):first.Start]) // "9:30 a.m. – " holds a three-byte dash
	for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") == 1; j++ {
		l := ls[j]
		if utf8.RuneCountInString(b.text[b.memo.lineStart(l.Start):l.Start]) != col || col == 0 {
			break
		}
		if _, timed := timeAtLineStart(b.text, l); timed {
			break
		}
		if itemLabelRE.MatchString(b.text[l.Start:l.End]) || !b.breaksOff(out[len(out)-1], l) {
			out = append(out, l)
			continue
		}
		out[len(out)-1].End = l.End // a title broken over two lines
	}
	return out
}

// breaksOff reports whether title t reads as broken off before line l,
// which carries it on: t ends with a connector ("in the sphere of") or l
// opens in lower case. "Item 9. Other matters" over "Closure of the
// session" are two titles.
func (b *builder) breaksOff(t, l Span) bool {
	words := strings.Fields(b.text[t.Start:t.End])
	if len(words) > 0 && connectors[b.memo.lower(words[len(words)-1])] {
		return true
	}
	text := b.text[t.Start:t.End]
	if strings.HasSuffix(text, "-") || utf8.RuneCountInString(text) >= 45 && !strings.ContainsAny(text[len(text)-1:], ".;:!?)") {
		return true // "… new confidence-" over "building measures"; a long title wrapped in its column
	}
	return !isCap(b.text[l.Start:l.End])
}

// strongCueName reports whether s opens with a strong organisation cue and
// reads as a name: "Embassy of the Republic of Palau".
func (b *builder) strongCueName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || !looksLikeName(s) {
		return false
	}
	c, ok := b.ref.Cues[f[0]]
	return ok && c.Weight >= 1 && c.Kind != "venue"
}

// headerWords are header cells that a programme table's header row holds
// where a title would stand.
var headerWords = map[string]bool{"date": true, "day": true, "time": true, "hour": true, "hours": true}

// readsAsTitle reports whether span s can be a session's title: not a
// header cell ("Date") and no times ("EST (15:30 – 17:00 CET)").
func (b *builder) readsAsTitle(s Span) bool {
	t := b.text[s.Start:s.End]
	return !headerWords[b.memo.lower(strings.Trim(t, " *:"))] && len(dates.FindTimes(t)) == 0 && !timeZoneRE.MatchString(t)
}

// timeZoneRE matches a time zone alone, left of a line after its times:
// "WIB (UTC+7)", "CET", "GMT+2".
var timeZoneRE = regexp.MustCompile(`^[A-Z]{2,5}(?:[+-]\d{1,2})?(?:\s*\((?:UTC|GMT)[^)]*\))?$`)

// durationRE matches the length of a programme item in brackets: " (10
// min)", " (30 minutes)".
var durationRE = regexp.MustCompile(` \(\d{1,3} ?(?:min|mins|minutes|h|hrs?|hours?)\.?\)`)

// byRoleRE matches what follows a title to say who leads it: ",
// moderated by …", " chaired by …".
var byRoleRE = regexp.MustCompile(`,? (?:moderated|chaired|facilitated|presented|led|hosted|introduced|delivered) by `)

// withoutSpeakerTail cuts a title at what names the people who lead it: a
// dash followed by the person who speaks or the body they speak for
// ("Welcome — Graça Nóbrega, President, IMED" is "Welcome"; "Opening
// remarks – Embassy of Japan" is "Opening remarks"), "moderated by …", and a
// duration in brackets ("Short talks (20 min) – all panellists").
func (b *builder) withoutSpeakerTail(s Span) Span {
	t := b.text[s.Start:s.End]
	if m := durationRE.FindStringIndex(t); m != nil && m[0] > 0 {
		if rest := strings.TrimSpace(t[m[1]:]); rest == "" || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") {
			return Span{s.Start, s.Start + m[0]}
		}
	}
	if m := byRoleRE.FindStringIndex(t); m != nil && m[0] > 0 {
		return Span{s.Start, s.Start + m[0]}
	}
	for _, sep := range []string{" — ", " – "} {
		k := strings.Index(t, sep)
		if k <= 0 {
			continue
		}
		toks := b.memo.tokenize(s.Start+k+len(sep), s.End)
		h := b.honorificAt(toks, 0) // "H.E. Ms. …"
		if n, ok := b.nameAt(toks, h, 2); ok && (h > 0 || n.Last == len(toks) || toks[n.Last].Text == ",") && !b.isOrgName(b.text[n.Start:n.End]) {
			return Span{s.Start, s.Start + k}
		}
		if tail := strings.TrimSpace(t[k+len(sep):]); b.isOrgName(tail) || b.strongCueName(tail) {
			return Span{s.Start, s.Start + k} // "Opening remarks – Embassy of the Republic of Palau"
		}
	}
	return s
}

// programmeTitle returns the title of the programme block whose time opens
// line ls[i]: the rest of that line ("10:00–11:30 Panel 1: Deterrence"), or
// the next line when the rest is empty or a room after "|".
func (b *builder) programmeTitle(ls []Span, i int, t dates.TimeMatch) (Span, bool) {
	l := ls[i]
	rest, _ := trimSpan(b.text, Span{l.Start + t.End, l.End})
	if r := b.text[rest.Start:rest.End]; countFields(r) >= 2 && isWordRune(nextRune(r, 0)) || b.oneWordTitle(r) {
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

// oneWordTitle reports whether r, the rest of a programme line after its
// time, is a one-word title: "**09:15–09:45** Opening", "10:00 Lunch".
func (b *builder) oneWordTitle(r string) bool {
	if countFields(r) != 1 || !isCap(r) || utf8.RuneCountInString(r) < 4 {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return !weekdays[b.memo.lower(r)] && !b.isMonthWord(r)
}

// isMonthWord reports whether w names a month: a date of its own.
func (b *builder) isMonthWord(w string) bool {
	for _, d := range dates.Find(w, 2000) {
		if d.Start == 0 {
			return true
		}
	}
	return false
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

// timeAtLineStart returns the time or time range opening line l, after at
// most a bullet or emphasis ("- 09:00", "**09:00–10:30**"); its span is
// relative to l.Start and, when emphasis closes it, ends after the
// emphasis and a separator (":", "—").
func timeAtLineStart(text string, l Span) (dates.TimeMatch, bool) {
	line := text[l.Start:l.End]
	lead := len(line) - len(strings.TrimLeft(line, "-•*_ "))
	// Every time opens with a number: a line with anything else there is
	// not searched, which spares tokenising nearly every line.
	if lead >= len(line) || line[lead] < '0' || line[lead] > '9' {
		return dates.TimeMatch{}, false
	}
	if lead > 0 && !(line[0] == '*' || line[0] == '_' || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "• ")) {
		return dates.TimeMatch{}, false
	}
	ts := dates.FindTimes(line[lead:])
	if len(ts) == 0 || ts[0].Start != 0 {
		return dates.TimeMatch{}, false
	}
	t := ts[0]
	t.Start += lead
	t.End += lead
	rest := line[t.End:]
	t.End += len(rest) - len(strings.TrimLeft(rest, "*_"))
	for _, sep := range []string{": ", " — ", " – "} {
		if strings.HasPrefix(line[t.End:], sep) {
			t.End += len(sep) - 1 // the title is trimmed of the space after
			break
		}
	}
	return t, true
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
	if _, _, timed := b.rowTime(b.lineAt(s.Start)); timed {
		return true // a row of a programme table: "09:00 – 12:30 | Advisory Board meeting | Room 2"
	}
	if ls <= 0 {
		return false
	}
	prev := strings.LastIndexByte(b.text[:ls], '\n') + 1
	_, ok := timeAtLineStart(b.text, Span{prev, ls})
	return ok
}

// lineAt returns the line holding offset i, as lines gives it: trimmed,
// and without the outer pipes of a Markdown table row.
func (b *builder) lineAt(i int) Span {
	start := b.memo.lineStart(i)
	end := strings.IndexByte(b.text[i:], '\n')
	if end < 0 {
		end = len(b.text)
	} else {
		end += i
	}
	ls := lines(b.text, start, end)
	if len(ls) == 0 {
		return Span{i, i}
	}
	return ls[0]
}
