package dates

// Forms of a date end point.
const (
	formDay      = 'd' // a bare day, only as the first end of a range: "2" in "2-4 December"
	formDayMonth = 'D' // day first: "2 December", "10th of October, 2023"
	formMonthDay = 'M' // month first: "December 2", "December 2, 2019"
	formMonth    = 'm' // month alone: "February 2020", "March"
)

// point is one end of a spelled date. Parts the text omits are 0.
type point struct {
	form       byte
	start, end int // byte span
	next       int // token after the point
	d, m, y    int
	weekday    int // time.Weekday+1 when the text names it, else 0
}

// pointAt reads a spelled date end point at token i, longest form first.
func (s *scanner) pointAt(i int) (point, bool) {
	if s.tokAny(i) == nil {
		return point{}, false
	}
	p := point{start: s.toks[i].start}
	j, wd := s.weekdayAt(i)
	p.weekday = wd
	if j > i && s.at(j) == nil {
		return point{}, false
	}
	if d, ok := s.dayAt(j); ok {
		p.d, p.form, p.next = d, formDay, j+1
		k := j + 1
		if word(s.at(k), "of") {
			k++
		}
		if m, next, ok := s.monthAt(k); ok && s.at(k) != nil {
			p.m, p.form, p.next = m, formDayMonth, next
			s.yearAfter(&p)
		}
	} else if m, next, ok := s.monthAt(j); ok {
		p.m, p.form, p.next = m, formMonth, next
		k := next
		if word(s.at(k), "the") {
			k++
		}
		if d, ok := s.dayAt(k); ok && s.at(k) != nil {
			p.d, p.form, p.next = d, formMonthDay, k+1
		}
		s.yearAfter(&p)
	} else {
		return point{}, false
	}
	p.end = s.toks[p.next-1].end
	return p, true
}

// yearAfter reads an optional year after a point: "2 December 2019",
// "10th October, 2023", "December 2, 2019", "February 2020".
func (s *scanner) yearAfter(p *point) {
	k := p.next
	if punct(s.at(k), ',') {
		k++
	}
	if s.at(k) == nil {
		return
	}
	if y, ok := s.yearAt(k); ok {
		p.y, p.next = y, k+1
	}
}

// spelled reads a date or range written with month names at token i:
// "2-4 December 2019", "30 November – 2 December 2023", "December 2-4, 2019",
// "November 30 – December 2, 2023", "from 9 to 11 September",
// "January–March 2024". A month without day or year needs a cue before it
// ("in March").
func (s *scanner) spelled(i int) (candidate, int, bool) {
	p, ok := s.pointAt(i)
	if !ok {
		return candidate{}, 0, false
	}
	if c, next, ok := s.rangeFrom(p, s.prevWord(i) == "between"); ok {
		return c, next, true
	}
	switch {
	case p.form == formDay:
		return candidate{}, 0, false
	case p.form == formMonth && p.y == 0 && !cues[s.prevWord(i)] && !s.tbcAt(p.next):
		return candidate{}, 0, false
	}
	return single(p), p.next, true
}

// tbcAt reports whether a bracket at token i says the date is still to be
// confirmed, which makes a month alone a date: "February (TBC) —
// Informal consultations", "March (dates to be confirmed)".
func (s *scanner) tbcAt(i int) bool {
	if !punct(s.at(i), '(') {
		return false
	}
	for j := i + 1; j < i+6; j++ {
		t := s.at(j)
		if t == nil || punct(t, ')') {
			return false
		}
		if word(t, "tbc") || word(t, "tbd") || word(t, "confirmed") {
			return true
		}
	}
	return false
}

// single turns one point into a candidate.
func single(p point) candidate {
	return candidate{start: p.start, end: p.end, from: dateOf(p.y, p.m, p.d), yearless: p.y == 0, weekday: p.weekday}
}

// dateOf builds a Date of day or month precision.
func dateOf(y, m, d int) Date {
	if d == 0 {
		return month(y, m)
	}
	return day(y, m, d)
}

// rangeFrom reads a separator and a second point after p and joins them.
// "and" separates only after "between".
func (s *scanner) rangeFrom(p point, between bool) (candidate, int, bool) {
	j := p.next
	t := s.at(j)
	switch {
	case t == nil:
		return candidate{}, 0, false
	case t.kind == kindPunct && isDash(t.r):
	case t.kind == kindWord && (connectors[t.word] || (between && t.word == "and")):
	case (word(t, "and") || punct(t, '&')) && p.form == formDay:
		// "on 22 and 23 October": two days running are one meeting's
		// dates; "4 and 6 May" are two dates.
		q, ok := s.pointAt(j + 1)
		if !ok || s.at(j+1) == nil || q.form != formDayMonth || q.d != p.d+1 {
			return candidate{}, 0, false
		}
	default:
		return candidate{}, 0, false
	}
	if s.at(j+1) == nil {
		return candidate{}, 0, false
	}
	q, ok := s.pointAt(j + 1)
	if !ok {
		return candidate{}, 0, false
	}
	switch {
	case p.weekday == 0 && q.weekday != 0:
		// "DAY 2 – WEDNESDAY 6 NOVEMBER" is a heading, not a range: the
		// ends of a range name their weekdays both or neither.
		return candidate{}, 0, false
	case p.form == formDay && q.form == formDayMonth:
		p.m = q.m
	case p.form == formDayMonth && q.form == formDayMonth:
	case p.form == formMonthDay && q.form == formDay:
		q.m = p.m
		s.yearAfter(&q)
		q.end = s.toks[q.next-1].end
	case p.form == formMonthDay && q.form == formMonthDay:
	case p.form == formMonth && q.form == formMonth && q.y != 0:
	default:
		return candidate{}, 0, false
	}
	return joinRange(p, q)
}

// joinRange builds a range candidate from two points, carrying the year of
// one end to the other. A range whose start is after its end is rejected.
func joinRange(p, q point) (candidate, int, bool) {
	wrap := 0
	if p.m > q.m {
		wrap = 1 // "28 December – 3 January"
	}
	switch {
	case p.y == 0 && q.y != 0:
		p.y = q.y - wrap
	case p.y != 0 && q.y == 0:
		q.y = p.y + wrap
	}
	c := candidate{
		start: p.start, end: q.end, hasTo: true, yearless: p.y == 0, wrap: wrap, weekday: p.weekday,
		from: dateOf(p.y, p.m, p.d), to: dateOf(q.y, q.m, q.d),
	}
	if !c.yearless && (!c.from.Valid() || !c.to.Valid() || !c.from.Before(c.to)) {
		return candidate{}, 0, false
	}
	return c, q.next, true
}
