package extract

import (
	"strconv"
	"strings"
)

// Confidence of a numbered heading of a part of a meeting.
const confSessionHeading = 0.7

// headingKinds maps the word of a numbered heading to a session kind.
var headingKinds = map[string]string{"panel": "panel", "roundtable": "panel", "round table": "panel",
	"workshop": "panel", "breakout session": "parallel_session"}

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
	if len(strings.Fields(title)) > 14 || strings.HasSuffix(title, ".") || !isCap(title) || strings.Contains(title, cellSep) {
		return sessionDraft{}, false
	}
	seq := headingNumber(line[m[4]:m[5]])
	kind := headingKinds[strings.ToLower(line[m[2]:m[3]])]
	if kind == "" {
		kind = "other"
	}
	d := namedDraft(b.text, Span{l.Start + m[6], l.Start + m[7]}, seq, kind)
	d.Rule, d.Confidence = "session.numbered-heading", confSessionHeading
	return d, true
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
