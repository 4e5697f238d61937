package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// numberedMeetingRE matches the name of one numbered meeting of a session,
// as UN pages list them, with the session it belongs to before or after:
// "2nd meeting, Global Mechanism on ICT Security, organizational session",
// "Eleventh substantive session – 3rd meeting", and the slug of a UN press
// release, "Reef Committee on Cable Security, Reconvened Concluding Session,
// 9th & 10th Meetings (AM & PM)". Groups: 1 the session
// before, 2 the meeting's own name, 3 its number, 4 the session after.
var numberedMeetingRE = gateFold(regexp.MustCompile(`(?i)^(?:(.+?)(?:, | [–—-] ))?((\d{1,3})(?:st|nd|rd|th)(?: (?:&|and) \d{1,3}(?:st|nd|rd|th))? (?:plenary )?meetings?(?: \((?:AM|PM|AM & PM|AM and PM)\))?)(?:(?:, | of the | [–—-] )(.+))?$`), "meeting").and(hasOrdinal)

// hasOrdinal reports whether s holds a number with an ordinal suffix and a
// space after it ("3rd ", "10TH "), as every numbered meeting does: long
// lines that mention a meeting rarely do, and numberedMeetingRE's leading
// (.+?) makes trying them costly (3% of extraction CPU). Under (?i) the "s"
// of "st" also matches "ſ".
func hasOrdinal(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		if n := ordinalSuffixLen(s[i+1:]); n > 0 && i+1+n < len(s) && s[i+1+n] == ' ' {
			return true
		}
	}
	return false
}

// ordinalSuffixLen returns the length of the "st", "nd", "rd" or "th" that
// opens s in any case, or 0.
func ordinalSuffixLen(s string) int {
	first := 1
	if strings.HasPrefix(s, "ſ") {
		first = len("ſ")
	}
	if len(s) < first+1 {
		return 0
	}
	a, b := lower(s[0]), lower(s[first])
	switch {
	case first > 1 || a == 's':
		if b == 't' {
			return first + 1
		}
	case a == 'n' || a == 'r':
		if b == 'd' {
			return 2
		}
	case a == 't':
		if b == 'h' {
			return 2
		}
	}
	return 0
}

// foldNumberedMeetings turns numbered meetings that name their session
// into sessions of that session: UN Web TV lists "1st meeting, X,
// organizational session" and "2nd meeting, X, organizational session",
// two meetings of one session of X. The session is the meeting of the
// dataset, found in the text or made from the name; its dates span those of
// its meetings.
func (b *builder) foldNumberedMeetings() {
	folded := map[int][]string{}
	for i, mt := range b.res.Meetings {
		m := numberedMeetingRE.FindStringSubmatch(mt.Name)
		if m == nil || len(mt.Evidence) == 0 {
			continue
		}
		if m[1] != "" && m[4] != "" {
			continue // "Reef Committee, 4th meeting - Reef Assembly, 12th session": a meeting of its own
		}
		if parent := strings.TrimSpace(m[1] + m[4]); parent != "" && b.hasEventWord(parent) {
			folded[i] = m
		}
	}
	if len(folded) == 0 {
		return
	}
	var keep []Meeting
	var spans [][]Span
	for i, mt := range b.res.Meetings {
		if folded[i] == nil {
			keep = append(keep, mt)
			spans = append(spans, b.meetingSpans[i])
		}
	}
	for i, mt := range b.res.Meetings {
		m := folded[i]
		if m == nil {
			continue
		}
		parentName := strings.TrimSpace(m[1] + m[4])
		p := sessionOf(keep, parentName)
		if p < 0 {
			at := mt.Evidence[0].Span
			nameSpan := at
			if k := strings.Index(b.text[at.Start:at.End], parentName); k >= 0 {
				nameSpan = Span{at.Start + k, at.Start + k + len(parentName)}
			}
			pm := Meeting{Key: keyOf(parentName), Name: parentName, Kind: b.kindOf(parentName), BodyKey: mt.BodyKey}
			pm.Rule, pm.Confidence = "meeting.numbered-meetings", mt.Confidence
			pm.Evidence = []Evidence{{"name", nameSpan}}
			p = len(keep)
			keep = append(keep, pm)
			spans = append(spans, nil)
		}
		pm := &keep[p]
		if keyOf(parentName) != pm.Key && len(parentName) > len(pm.Name) {
			// The session's full name, "Reef Committee …, Reconvened Concluding
			// Session", rather than "Reconvened Concluding Session".
			pm.Aliases = addAlias(pm.Aliases, pm.Name)
			pm.Name, pm.Key = parentName, keyOf(parentName)
			if k := strings.Index(b.text[mt.Evidence[0].Span.Start:mt.Evidence[0].Span.End], parentName); k >= 0 {
				at := mt.Evidence[0].Span.Start + k
				pm.Evidence = append(pm.Evidence, Evidence{"name", Span{at, at + len(parentName)}})
			}
		}
		spans[p] = append(spans[p], b.meetingSpans[i]...)
		n, _ := strconv.Atoi(m[3])
		s := Session{Seq: n, Title: m[2], Kind: "other"}
		s.Rule, s.Confidence = "session.numbered-meeting", mt.Confidence
		s.Evidence = []Evidence{{"title", mt.Evidence[0].Span}}
		if mt.Start != nil && mt.Start.Precision == "day" {
			d := *mt.Start
			s.Date = &d
			widen(pm, mt)
		}
		pm.Sessions = append(pm.Sessions, s)
		pm.Evidence = append(pm.Evidence, mt.Evidence[1:]...)
		pm.Confidence = max(pm.Confidence, mt.Confidence)
	}
	b.res.Meetings, b.meetingSpans = keep, spans
}

// sessionOf returns the index of the meeting in ms named like name, or -1.
func sessionOf(ms []Meeting, name string) int {
	for i, mt := range ms {
		if mt.Key == keyOf(name) || similarNames(mt.Name, name) >= 0.8 || mt.Kind == "formal_session" && subsetNames(mt.Name, name) {
			return i // "Reconvened Concluding Session" is "Reef Committee on Cable Security, Reconvened Concluding Session"
		}
	}
	return -1
}

// widen stretches meeting pm's dates over those of mt.
func widen(pm *Meeting, mt Meeting) {
	if pm.Start == nil || mt.Start.Before(*pm.Start) {
		d := *mt.Start
		pm.Start = &d
	}
	end := mt.End
	if end == nil {
		end = mt.Start
	}
	if pm.End == nil || pm.End.Before(*end) {
		d := *end
		pm.End = &d
	}
}
