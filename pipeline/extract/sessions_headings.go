package extract

import (
	"strconv"
	"strings"
)

// Confidence of a numbered heading of a part of a meeting.
const confSessionHeading = 0.7

// headingKinds maps the word of a numbered heading to a session kind.
var headingKinds = map[string]string{"panel": "panel", "roundtable": "panel", "round table": "panel",
	"workshop": "panel", "breakout session": "parallel_session", "breakout": "parallel_session",
	"agenda item": "agenda_item", "item": "agenda_item"}

// sessionHeading reads line l as the heading of a numbered part of a
// meeting: "Segment 1 — Threats to small island infrastructure", "PANEL 2.
// REPORTING AND ATTRIBUTION", "Session II: Capacity-building". The heading
// is short and is no sentence: it has at most fourteen words after the
// number and no full stop at its end. A table row that starts with such a
// title is left to the programme rules.
func (b *builder) sessionHeading(l Span) (sessionDraft, bool) {
	line := b.text[l.Start:l.End]
	m := sessionLineRE.FindStringSubmatchIndex(line)
	if m == nil {
		return sessionDraft{}, false
	}
	title := line[m[6]:m[7]]
	if countFields(title) > 14 || strings.HasSuffix(title, ".") || !isCap(title) || strings.Contains(title, cellSep) {
		return sessionDraft{}, false
	}
	seq := headingNumber(line[m[4]:m[5]])
	kind := headingKinds[b.memo.lower(line[m[2]:m[3]])]
	if kind == "" {
		kind = "other"
	}
	titleSpan, date := b.withoutDateSuffix(Span{l.Start + m[6], l.Start + m[7]})
	d := namedDraft(b.text, titleSpan, seq, kind)
	d.Date = date
	d.Rule, d.Confidence = "session.numbered-heading", confSessionHeading
	return d, true
}

// withoutDateSuffix returns title span s without a closing bracket that
// holds a date, and that date when it is a single day: "Capacity-building
// (20 January, afternoon)" is titled "Capacity-building", on 20 January.
func (b *builder) withoutDateSuffix(s Span) (Span, *Date) {
	t := strings.TrimRight(b.text[s.Start:s.End], " ")
	open := strings.LastIndex(t, "(")
	if !strings.HasSuffix(t, ")") || open <= 0 {
		return s, nil
	}
	in := Span{s.Start + open, s.Start + len(t)}
	for _, d := range b.dates {
		if d.Start >= in.Start && d.End <= in.End {
			title := Span{s.Start, s.Start + len(strings.TrimRight(t[:open], " –—-,"))}
			if d.To != nil || d.From.Precision != "day" {
				return title, nil
			}
			day := d.From
			return title, &day
		}
	}
	return s, nil
}

// headingNumber reads the number of a heading: "3", "II" or "B".
func headingNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	s = strings.ToUpper(s)
	if strings.Trim(s, "IVX") == "" {
		return romanValue(s)
	}
	return int(s[0]-'A') + 1
}

// romanValue reads a Roman numeral of the letters I, V and X: "IV" → 4.
func romanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val[s[i]]
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// partWords name a part of a meeting in a heading without a number.
var partWords = map[string]bool{"segment": true, "plenary": true}

// partHeading reads a heading line that names a part of a meeting without
// a number: "## Opening session", "## High-level segment", "CLOSING
// PLENARY", "## Thematic session on critical infrastructure". The heading
// stands alone (a markdown heading, or a line with blank lines around it),
// has at most eight words and opens with a word that makes a meeting word a
// part of a meeting ("opening", "thematic"), or names a segment or plenary.
func (b *builder) partHeading(l Span) (sessionDraft, bool) {
	line := b.text[l.Start:l.End]
	start := l.Start
	if strings.HasPrefix(line, "#") {
		trimmed := strings.TrimLeft(line, "# ")
		start += len(line) - len(trimmed)
		line = trimmed
	} else if !b.standsAlone(l) {
		return sessionDraft{}, false
	}
	// Most lines are paragraphs: count their words before lower-casing
	// and splitting them (lower-casing changes no word boundary).
	if n := countFields(line); n == 0 || n > 8 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") || !isCap(line) {
		return sessionDraft{}, false
	}
	words := strings.Fields(b.memo.lower(line))
	if weekdays[strings.Trim(words[0], ",:–—-")] && b.dayOf(l) != nil {
		return sessionDraft{}, false // a day of a programme: "Day 2 — Thursday, 5 June: Plenary"
	}
	part := b.ref.Modifiers[words[0]] == "part" && (b.isEventWord(words[min(1, len(words)-1)]) || partWords[words[min(1, len(words)-1)]])
	for _, w := range words {
		part = part || partWords[w]
	}
	if !part || len(words) < 2 {
		return sessionDraft{}, false
	}
	title, date := b.withoutDateSuffix(Span{start, l.End})
	d := namedDraft(b.text, title, 0, programmeKind(line))
	d.Date = date
	d.Rule, d.Confidence = "session.part-heading", confSessionHeading
	return d, true
}

// standsAlone reports whether line l has a blank line before and after it.
func (b *builder) standsAlone(l Span) bool {
	before := strings.LastIndex(b.text[:l.Start], "\n\n")
	after := strings.Index(b.text[l.End:], "\n\n")
	return before >= 0 && strings.TrimSpace(b.text[before:l.Start]) == "" &&
		(after == 0 || after > 0 && strings.TrimSpace(b.text[l.End:l.End+after]) == "" || l.End == len(b.text))
}
