package dates

// qualified reads a year or month after a qualifier at token i: "early
// 2024", "mid-2025", "late September", "summer 2020". The span includes the
// qualifier, the value does not: a season or "early" gives the year or the
// month alone.
func (s *scanner) qualified(i int) (candidate, int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindWord || !qualifiers[t.word] {
		return candidate{}, 0, false
	}
	j := i + 1
	if n := s.touching(j); n != nil && n.kind == kindPunct && isDash(n.r) {
		j++ // "mid-2025"
	}
	if s.at(j) == nil {
		return candidate{}, 0, false
	}
	if y, ok := s.yearAt(j); ok && !s.acronymAt(j+1) {
		return candidate{start: t.start, end: s.toks[j].end, from: year(y)}, j + 1, true
	}
	if t.word != "early" && t.word != "late" && t.word != "mid" {
		return candidate{}, 0, false
	}
	p, ok := s.pointAt(j)
	if !ok || p.form != formMonth {
		return candidate{}, 0, false
	}
	c := single(p)
	c.start = t.start
	return c, p.next, true
}

// cuedYear reads a bare year after a preposition at token i: "in 2018",
// "since 2016", "by 2030". Without the cue, or followed by an acronym ("in
// 2015 GGE"), a four-digit number is not read as a date.
func (s *scanner) cuedYear(i int) (candidate, int, bool) {
	if c, next, ok := s.tightYearRange(i); ok {
		return c, next, true
	}
	y, ok := s.yearAt(i)
	if !ok || !cues[s.prevWord(i)] || s.acronymAt(i+1) {
		return candidate{}, 0, false
	}
	if _, _, isMonth := s.monthAt(i + 1); isMonth && s.at(i+1) != nil {
		return candidate{}, 0, false
	}
	t := s.toks[i]
	c := candidate{start: t.start, end: t.end, from: year(y)}
	if to, next, ok := s.yearRangeEnd(i, y); ok {
		c.to, c.hasTo, c.end = year(to), true, s.toks[next-1].end
		return c, next, true
	}
	return c, i + 1, true
}

// yearRangeEnd reads the end of a range of years after the year at token i:
// "from 2016 to 2020", "in 2016–2020". "2016/2017" is not a range: it is
// usually a session or a budget period, and yearAt rejects it.
func (s *scanner) yearRangeEnd(i, from int) (int, int, bool) {
	t := s.at(i + 1)
	switch {
	case t == nil:
		return 0, 0, false
	case t.kind == kindPunct && isDash(t.r):
	case t.kind == kindWord && connectors[t.word]:
	default:
		return 0, 0, false
	}
	n := s.at(i + 2)
	if n == nil || n.kind != kindNum || n.glued || n.width != 4 || n.num <= from || n.num > MaxYear || s.partOfNumber(i+2) || s.acronymAt(i+3) {
		return 0, 0, false
	}
	return n.num, i + 3, true
}

// tightYearRange reads "2016–2020" or "2016-2020" after a cue at token i.
// Without a cue such pairs are as often budget periods or sessions.
func (s *scanner) tightYearRange(i int) (candidate, int, bool) {
	if !cues[s.prevWord(i)] || i+2 >= len(s.toks) {
		return candidate{}, 0, false
	}
	a, dash, b := s.toks[i], s.touching(i+1), s.touching(i+2)
	if dash == nil || b == nil || dash.kind != kindPunct || !isDash(dash.r) {
		return candidate{}, 0, false
	}
	for _, t := range []*token{&a, b} {
		if t.kind != kindNum || t.glued || t.ordinal || t.width != 4 || t.num < MinYear || t.num > MaxYear {
			return candidate{}, 0, false
		}
	}
	if a.num >= b.num || s.chained(i, i+2, '-') || s.acronymAt(i+3) {
		return candidate{}, 0, false
	}
	c := candidate{start: a.start, end: b.end, from: year(a.num), to: year(b.num), hasTo: true}
	return c, i + 3, true
}
