package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// Confidence of the session rules.
const (
	confAgendaItem = 0.8 // an item of an agenda list
	confProgramme  = 0.8 // a programme block "09:30–11:00 | Main Hall" + title
	confNamedItem  = 0.7 // "agenda item 4, “Training needs review”"
)

var (
	// numberedRE matches a numbered list line: "  1.  Cyber threat landscape".
	numberedRE = regexp.MustCompile(`^\s*(\d{1,2})[.)][\s\x{00a0}]+(.+)$`)
	// sessionLineRE matches the heading of a numbered part of a meeting:
	// "SESSION 3: POINTS OF CONTACT", "## Segment 1 — Threats to …",
	// "PANEL 2. REPORTING AND ATTRIBUTION", "Session II: Capacity-building",
	// "Agenda item 4: General exchange of views", "### Item 6 – Other matters".
	sessionLineRE = regexp.MustCompile(`(?i)^(?:#{1,6}\s+|\*\*)?(session|segment|panel|roundtable|round table|workshop|breakout session|breakout|thematic session|agenda item|item)\s+(\d{1,2}|[IVX]{1,5}|[A-H])\s*[:.–—-]\s*(\S.*?)(?:\*\*)?$`)
	// agendaItemRE matches "agenda item 5 (exchange of views …)" and
	// "agenda item 4, “Training needs review”".
	// agendaLineRE matches a line that gives an agenda item and its title:
	// "Agenda item 4: Consideration of the draft convention …."
	agendaLineRE = regexp.MustCompile(`^(?:Agenda item|AGENDA ITEM) (\d{1,2})[:.] (\p{Lu}.{3,200}?)\.?$`)
	agendaItemRE = regexp.MustCompile(`agenda item (\d{1,2})(?: \(([^)]{4,120})\)|, [“"]([^”"]{4,120})[”"])`)
	// namedEventRE matches a side event introduced with its title: "The
	// launch event, “SafePort Academy: …”".
	namedEventRE = wordStart(`(?i)(?:side|launch) event,? [“"]([^”"]{4,160})[”"]`, "side event", "launch event")
)

// sessionDraft is a session found before it is attached to a meeting.
type sessionDraft struct {
	Session
	span Span
}

// findSessions finds agenda lists, programme blocks, transcript headings and
// named agenda items and side events, and attaches them to the main meeting
// of the text.
func (b *builder) findSessions() {
	main := b.mainMeeting()
	if main < 0 {
		return
	}
	var drafts []sessionDraft
	drafts = append(drafts, b.agendaLists()...)
	drafts = append(drafts, b.programmeBlocks()...)
	drafts = append(drafts, b.programmeGrid()...)
	drafts = append(drafts, b.sessionTables()...)
	drafts = append(drafts, b.dayLists()...)
	drafts = append(drafts, b.headedLists()...)
	drafts = append(drafts, b.reportDays()...)
	drafts = append(drafts, b.namedItems()...)
	mt := &b.res.Meetings[main]
	next := 1
	for _, d := range drafts {
		if hasSession(mt.Sessions, d.Title) || hasSeq(mt.Sessions, d.Seq) {
			continue
		}
		if d.Seq == 0 {
			d.Seq = max(next, lastSeq(mt.Sessions)+1)
		}
		next = d.Seq + 1
		d.Evidence = append([]Evidence{{"title", d.span}}, d.Evidence...)
		mt.Sessions = append(mt.Sessions, d.Session)
	}
}

// headerZone is how far into the body a header naming the meeting a text
// is about may reach.
const headerZone = 400

// mainMeeting is the meeting a header names (the first confident meeting
// mentioned in the first lines of the body, as statements and chair's
// summaries open), else the first dated meeting, else the first meeting,
// else -1.
func (b *builder) mainMeeting() int {
	first, at := -1, len(b.text)
	for i, m := range b.res.Meetings {
		if m.Confidence < Threshold {
			continue
		}
		for _, e := range m.Evidence {
			if e.Field == "name" && e.Span.Start >= b.body && e.Span.Start < at {
				first, at = i, e.Span.Start
			}
		}
	}
	if first >= 0 && at < b.body+headerZone {
		return first
	}
	for i, m := range b.res.Meetings {
		if m.Start != nil && m.Confidence >= Threshold {
			return i
		}
	}
	if len(b.res.Meetings) > 0 {
		return 0
	}
	return -1
}

func hasSession(ss []Session, title string) bool {
	key := keyOf(title)
	for _, s := range ss {
		if keyOf(s.Title) == key {
			return true
		}
	}
	return false
}

func hasSeq(ss []Session, seq int) bool {
	for _, s := range ss {
		if seq != 0 && s.Seq == seq {
			return true
		}
	}
	return false
}

func lastSeq(ss []Session) int {
	if len(ss) == 0 {
		return 0
	}
	return ss[len(ss)-1].Seq
}

// agendaLists reads runs of list lines after a line ending with ":" or an
// "agenda" heading: "1. Cyber threat landscape: …;". Items must start with a
// capital letter and, unless the line before announces an agenda, not end
// with a full stop, so numbered paragraphs and lists of demands ("1.
// publish the list …") are not agendas.
func (b *builder) agendaLists() []sessionDraft {
	var out []sessionDraft
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i+1 < len(ls); i++ {
		intro := b.text[ls[i].Start:ls[i].End]
		lower := b.memo.lower(intro)
		heading := isCap(intro) && !strings.ContainsAny(intro, "/–—:") && countFields(intro) <= 4 &&
			strings.Contains(lower, "agenda")
		if !strings.HasSuffix(intro, ":") && !heading {
			continue
		}
		if strings.HasSuffix(intro, " to:") || strings.HasSuffix(intro, " that:") {
			continue // "We ask all parties to:" lists demands, not items
		}
		announced := heading || strings.Contains(lower, "agenda") || strings.Contains(lower, "items")
		// "… with sessions on:" over an unnumbered list (HTML list items
		// lose their bullets) announces the parts of the meeting.
		parts := strings.HasSuffix(intro, ":") && (strings.Contains(lower, "sessions") || strings.Contains(lower, "panels") || strings.Contains(lower, "segments") ||
			strings.Contains(lower, "programme") || strings.Contains(lower, "program "))
		run := b.agendaRun(ls[i+1:], heading || parts, announced || parts)
		if len(run) >= 2 {
			out = append(out, run...)
			i += len(run)
		}
	}
	return out
}

// letteredRE matches a lettered sub-item of a list: "(a) Dedicated group
// on …;".
var letteredRE = regexp.MustCompile(`^\s*\(([a-z])\)[\s\x{00a0}]+(.+)$`)

// agendaShortItem is the most words an agenda item ending with a full
// stop may have; longer ones are numbered paragraphs.
const agendaShortItem = 14

// agendaRun reads the items of one list. Lettered sub-items are sessions
// of their own, numbered in the order of the list: the items after them
// move down.
func (b *builder) agendaRun(ls []Span, plain, announced bool) []sessionDraft {
	var out []sessionDraft
	shift := 0 // lettered sub-items so far
	for pos, l := range ls {
		if plain && pos > 0 && strings.Count(b.text[ls[pos-1].End:l.Start], "\n") > 1 {
			break // the list ends at a blank line
		}
		line := b.text[l.Start:l.End]
		seq, start := 0, l.Start
		if m := numberedRE.FindStringSubmatchIndex(line); m != nil {
			seq, _ = strconv.Atoi(line[m[2]:m[3]])
			seq += shift
			start = l.Start + m[4]
		} else if m := letteredRE.FindStringSubmatchIndex(line); m != nil && len(out) > 0 {
			shift++
			seq = out[len(out)-1].Seq + 1
			start = l.Start + m[4]
		} else if !plain {
			break
		} else {
			start = stripBullet(b.text, l).Start // "* Day 1 – …" in a Markdown list
		}
		if m := dayPrefixRE.FindStringIndex(b.text[start:l.End]); m != nil {
			start += m[1] // "Day 2 – national case studies …"
		}
		if t, ok := b.emphasisedLead(Span{start, l.End}); ok {
			// "1. **Regional threat landscape**, with briefings from …": the
			// emphasis is the title, the rest describes it.
			d := sessionDraft{span: t}
			d.Seq, d.Title, d.Kind = max(seq, pos+1), b.text[t.Start:t.End], "agenda_item"
			d.Rule, d.Confidence = "session.agenda-list", confAgendaItem
			out = append(out, d)
			continue
		}
		text := b.text[start:l.End]
		title := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(text, "; and"), " and"), ";.: ")
		// A full stop ends only the last item of a list whose items end
		// with ";", unless an agenda was announced and the items are short.
		closing := strings.HasSuffix(text, ".")
		prev := ""
		if pos > 0 {
			prev = b.text[ls[pos-1].Start:ls[pos-1].End]
		}
		sub := shift > 0 && letteredRE.MatchString(line)
		short := announced && (len(strings.Fields(title)) <= agendaShortItem || sub)
		if short && closing && pos > 0 && (strings.Count(b.text[ls[pos-1].End:l.Start], "\n") > 1 || indent(line) < indent(b.text[ls[0].Start:ls[0].End])) {
			break // a numbered paragraph after the list, not an item
		}
		if closing && !short && (pos == 0 || !strings.HasSuffix(prev, ";") && !strings.HasSuffix(prev, "and")) {
			break
		}
		if announced && countFields(title) > agendaShortItem {
			title = leadClause(title) // "the reef framework: Decision No. 12 of …, which …"
		}
		if title == "" || !isCap(title) && !(announced && start > l.Start && unicode.IsLower(nextRune(title, 0))) || len(title) > 200 {
			break
		}
		if seq == 0 {
			seq = pos + 1
		}
		span := b.withoutSpeakerTail(Span{start, start + len(title)})
		title = strings.TrimSpace(b.text[span.Start:span.End])
		d := sessionDraft{span: Span{span.Start, span.Start + len(title)}}
		d.Seq, d.Title, d.Kind = seq, title, "agenda_item"
		d.Rule, d.Confidence = "session.agenda-list", confAgendaItem
		out = append(out, d)
		if closing && !short {
			break
		}
	}
	return out
}

// dayPrefixRE matches the day that opens an item of a day-by-day
// programme: "Day 2 – ", "Day 3: ".
var dayPrefixRE = regexp.MustCompile(`^(?i:day) \d{1,2}\s*[–—:-]\s*`)

// emphasisedLead returns the emphasised words that open item s and are
// followed by a comma, a dash or nothing: "**Regional threat landscape**,
// with briefings from …".
func (b *builder) emphasisedLead(s Span) (Span, bool) {
	t := b.text[s.Start:s.End]
	for _, mark := range []string{"**", "__"} {
		if !strings.HasPrefix(t, mark) {
			continue
		}
		k := strings.Index(t[len(mark):], mark)
		if k <= 0 {
			return Span{}, false
		}
		title := Span{s.Start + len(mark), s.Start + len(mark) + k}
		rest := strings.TrimSpace(t[len(mark)+k+len(mark):])
		if !isCap(b.text[title.Start:title.End]) || countFields(b.text[title.Start:title.End]) > agendaShortItem {
			return Span{}, false
		}
		if rest == "" || rest == "." || rest == ";" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, ":") {
			return title, true
		}
	}
	return Span{}, false
}

// leadClause returns the part of a long list item before its first ": ",
// " – " or ", which", when that part has two to eight words: "the reef
// framework: Decision No. 12 of 3 May, which sets out …" is "the reef
// framework".
func leadClause(item string) string {
	best := len(item)
	for _, sep := range []string{": ", " – ", " — ", ", which ", ", where ", ", including "} {
		if k := strings.Index(item, sep); k > 0 && k < best {
			best = k
		}
	}
	if n := countFields(item[:best]); best < len(item) && n >= 2 && n <= 8 {
		return item[:best]
	}
	return item
}

// indent is the number of spaces and tabs a line opens with.
func indent(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t"))
}

// namedItems reads transcript headings, agenda items named in running text
// and side events given with their title.
func (b *builder) namedItems() []sessionDraft {
	var out []sessionDraft
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		if d, ok := b.sessionHeading(l); ok {
			out = append(out, d)
		} else if d, ok := b.partHeading(l); ok {
			out = append(out, d)
		} else if m := agendaLineRE.FindStringSubmatchIndex(b.text[l.Start:l.End]); m != nil {
			// "Agenda item 4: Consideration of the draft convention …."
			seq, _ := strconv.Atoi(b.text[l.Start+m[2] : l.Start+m[3]])
			out = append(out, namedDraft(b.text, Span{l.Start + m[4], l.Start + m[5]}, seq, "agenda_item"))
		}
	}
	for _, m := range agendaItemRE.FindAllStringSubmatchIndex(b.text[b.body:], -1) {
		seq, _ := strconv.Atoi(b.text[b.body+m[2] : b.body+m[3]])
		g := 4
		if m[4] < 0 {
			g = 6
		}
		out = append(out, namedDraft(b.text, Span{b.body + m[g], b.body + m[g+1]}, seq, "agenda_item"))
	}
	for _, m := range namedEventRE.FindAllStringSubmatchIndex(b.text[b.body:]) {
		out = append(out, namedDraft(b.text, Span{b.body + m[2], b.body + m[3]}, 0, "side_event"))
	}
	return out
}

// namedDraft makes a session titled by text[s]; a title in capitals is put
// in sentence case.
func namedDraft(text string, s Span, seq int, kind string) sessionDraft {
	title := text[s.Start:s.End]
	if isUpperWord(strings.ReplaceAll(title, " ", "")) {
		title = upperFirst(strings.ToLower(title))
	}
	d := sessionDraft{span: s}
	d.Seq, d.Title, d.Kind = seq, upperFirst(title), kind
	d.Rule, d.Confidence = "session.named-item", confNamedItem
	return d
}

// dayOf returns the date of a programme day heading such as "DAY 1 –
// TUESDAY 5 NOVEMBER", or nil.
func (b *builder) dayOf(l Span) *dates.Date {
	if d := b.dayMatch(l); d != nil {
		from := d.From
		return &from
	}
	return nil
}
