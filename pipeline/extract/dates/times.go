package dates

import "fmt"

// TimeMatch is a clock time or a range of times found in a text, such as the
// "09:00–09:30" of a programme line "09:00–09:30 | Main Hall".
type TimeMatch struct {
	Start, End int    // byte span in the text searched
	From, To   string // "HH:MM" on a 24-hour clock; To is "" for a single time
}

// FindTimes returns every clock time and time range in text, in order:
// "09:00", "9:30", "14:00 UTC" (the zone is not in the span or the value),
// "09:00–09:30", "10:00 to 11:30", "2 pm", "9.30 a.m.", and "10.00–11.15"
// at the start of a line. A bare number is
// never a time, and neither is "12:45:30" (a duration or timestamp) nor
// "A/70/174".
func FindTimes(text string) []TimeMatch {
	s := newScanner(text)
	defer s.release()
	var out []TimeMatch
	for i := 0; i < len(s.toks); {
		from, next, ok := s.clockAt(i)
		if !ok {
			if m, after, ok := s.sharedMeridiem(i); ok {
				out = append(out, m)
				i = after
				continue
			}
			if m, after, ok := s.dottedRange(i); ok {
				out = append(out, m)
				i = after
				continue
			}
			i++
			continue
		}
		m := TimeMatch{Start: s.toks[i].start, End: s.toks[next-1].end, From: from}
		if t := s.at(next); t != nil && ((t.kind == kindPunct && isDash(t.r)) || (t.kind == kindWord && connectors[t.word])) && s.at(next+1) != nil {
			if to, after, ok := s.clockAt(next + 1); ok {
				m.To, m.End, next = to, s.toks[after-1].end, after
			}
		}
		out = append(out, m)
		i = next
	}
	return out
}

// clockAt reads one time at token i: "H:MM" or "HH:MM" with an optional
// am/pm, or "H am", "H.MM pm". It returns the time as "HH:MM".
func (s *scanner) clockAt(i int) (string, int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindNum || t.ordinal || t.width > 2 {
		return "", 0, false
	}
	if i > 0 && t.before == gapNone {
		if p := s.toks[i-1]; p.kind == kindNum || (p.kind == kindPunct && (p.r == ':' || p.r == '/' || p.r == '.' || p.r == ',')) {
			return "", 0, false
		}
	}
	h, m, next := t.num, 0, i+1
	sep := s.touching(i + 1)
	minutes := s.touching(i + 2)
	hasMinutes := sep != nil && minutes != nil && sep.kind == kindPunct && (sep.r == ':' || sep.r == '.') &&
		minutes.kind == kindNum && minutes.width == 2 && !minutes.ordinal
	if hasMinutes {
		m, next = minutes.num, i+3
		if n := s.touching(next); n != nil && n.kind == kindPunct && (n.r == ':' || n.r == '.') && s.touching(next+1) != nil && s.toks[next+1].kind == kindNum {
			return "", 0, false // "12:45:30", "1.10.2024"
		}
	}
	h, next, meridiem := s.meridiem(h, next)
	switch {
	case !hasMinutes && !meridiem:
		return "", 0, false
	case hasMinutes && sep.r == '.' && !meridiem:
		return "", 0, false // "9.30" alone is a decimal
	case h > 24 || m > 59 || (h == 24 && m != 0):
		return "", 0, false
	}
	if hasMinutes && minutes.glued && !meridiem {
		return "", 0, false
	}
	return fmt.Sprintf("%02d:%02d", h, m), next, true
}

// meridiem reads an optional "am", "pm", "a.m." or "p.m." at token i and
// converts hour h of a 12-hour clock to 24 hours.
func (s *scanner) meridiem(h, i int) (int, int, bool) {
	t := s.at(i)
	if t == nil || t.kind != kindWord || (t.word != "am" && t.word != "pm" && t.word != "a" && t.word != "p") || h < 1 || h > 12 {
		return h, i, false
	}
	pm := t.word[0] == 'p'
	next := i + 1
	if len(t.word) == 1 {
		// "a.m." is a, '.', m, '.'
		if !punct(s.touching(i+1), '.') || !word(s.touching(i+2), "m") {
			return h, i, false
		}
		next = i + 3
		if punct(s.touching(next), '.') {
			next++
		}
	}
	switch {
	case pm && h < 12:
		h += 12
	case !pm && h == 12:
		h = 0
	}
	return h, next, true
}

// dottedRange reads a range of times written with full stops that opens a
// line, as European programmes do: "10.00–11.15 | Panel 1". A single "9.30"
// stays a decimal, and so does "growth of 1.25–2.50 percent" inside a
// sentence.
func (s *scanner) dottedRange(i int) (TimeMatch, int, bool) {
	if i > 0 && s.toks[i].before != gapBreak {
		return TimeMatch{}, 0, false
	}
	from, next, ok := s.dottedClock(i)
	if !ok {
		return TimeMatch{}, 0, false
	}
	t := s.at(next)
	if t == nil || t.kind != kindPunct || !isDash(t.r) {
		return TimeMatch{}, 0, false
	}
	to, after, ok := s.dottedClock(next + 1)
	if !ok {
		return TimeMatch{}, 0, false
	}
	return TimeMatch{Start: s.toks[i].start, End: s.toks[after-1].end, From: from, To: to}, after, true
}

// dottedClock reads "H.MM" or "HH.MM" at token i.
func (s *scanner) dottedClock(i int) (string, int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindNum || t.ordinal || t.width > 2 {
		return "", 0, false
	}
	if i > 0 && t.before == gapNone && s.toks[i-1].kind != kindPunct {
		return "", 0, false
	}
	sep, minutes := s.touching(i+1), s.touching(i+2)
	if !punct(sep, '.') || minutes == nil || minutes.kind != kindNum || minutes.width != 2 || minutes.ordinal || minutes.glued {
		return "", 0, false
	}
	if n := s.touching(i + 3); n != nil && n.kind == kindPunct && (n.r == '.' || n.r == ':') && s.touching(i+4) != nil {
		return "", 0, false // "1.10.2024"
	}
	if t.num > 24 || minutes.num > 59 || (t.num == 24 && minutes.num != 0) {
		return "", 0, false
	}
	return fmt.Sprintf("%02d:%02d", t.num, minutes.num), i + 3, true
}

// sharedMeridiem reads a range whose first hour takes the am or pm of the
// second: "3-6 p.m." is 15:00–18:00, "11-1 p.m." 11:00–13:00.
func (s *scanner) sharedMeridiem(i int) (TimeMatch, int, bool) {
	t, dash := s.tokAny(i), s.at(i+1)
	if t == nil || t.kind != kindNum || t.ordinal || t.width > 2 || t.num < 1 || t.num > 12 ||
		dash == nil || dash.kind != kindPunct || !isDash(dash.r) {
		return TimeMatch{}, 0, false
	}
	to, after, ok := s.clockAt(i + 2)
	if !ok || after <= i+3 { // the clock after the dash must carry its am or pm
		return TimeMatch{}, 0, false
	}
	toHour := int(to[0]-'0')*10 + int(to[1]-'0')
	h := t.num
	if toHour >= 12 && h+12 <= toHour && h != 12 {
		h += 12
	}
	return TimeMatch{Start: t.start, End: s.toks[after-1].end, From: fmt.Sprintf("%02d:00", h), To: to}, after, true
}
