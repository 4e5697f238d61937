package dates

// isoDate reads "2024-02-12" at token i. A following "T10:00" is allowed,
// other letters or digits touching the date are not.
func (s *scanner) isoDate(i int) (candidate, int, bool) {
	p, ok := s.numberChain(i, '-', 4, 2, 2)
	if !ok {
		return candidate{}, 0, false
	}
	d := day(p[0], p[1], p[2])
	if !d.Valid() {
		return candidate{}, 0, false
	}
	return candidate{start: s.toks[i].start, end: s.toks[i+4].end, from: d}, i + 5, true
}

// numericDate reads "10/03/2024" or "10.03.2024" at token i, day first as in
// UN and European usage; "03/25/2024" can only be month first and is read so.
func (s *scanner) numericDate(i int) (candidate, int, bool) {
	for _, sep := range []rune{'/', '.'} {
		p, ok := s.numberChain(i, sep, 0, 0, 4)
		if !ok {
			continue
		}
		d := day(p[2], p[1], p[0])
		if !d.Valid() {
			d = day(p[2], p[0], p[1])
		}
		if !d.Valid() {
			return candidate{}, 0, false
		}
		return candidate{start: s.toks[i].start, end: s.toks[i+4].end, from: d}, i + 5, true
	}
	return candidate{}, 0, false
}

// numberChain reads three numbers joined by sep without spaces, of the given
// digit widths (0 means one or two digits), that are not part of a longer
// chain such as a document symbol "A/RES/73/27" or a version "1.2.3.2024".
func (s *scanner) numberChain(i int, sep rune, widths ...int) ([3]int, bool) {
	var v [3]int
	if i+4 >= len(s.toks) {
		return v, false
	}
	for k := 0; k < 5; k++ {
		t := &s.toks[i+k]
		if k > 0 && t.before != gapNone {
			return v, false
		}
		if k%2 == 1 {
			if t.kind != kindPunct || t.r != sep {
				return v, false
			}
			continue
		}
		w := widths[k/2]
		if t.kind != kindNum || t.ordinal || (w == 0 && (t.width < 1 || t.width > 2)) || (w > 0 && t.width != w) {
			return v, false
		}
		if t.glued && !(k == 4 && sep == '-' && s.isoTime(i+5)) {
			return v, false
		}
		v[k/2] = t.num
	}
	return v, !s.chained(i, i+4, sep)
}

// chained reports whether the tokens first..last continue on either side
// with sep and another number or word: "1/2/2024/5", "A/10/03/2024".
func (s *scanner) chained(first, last int, sep rune) bool {
	if first > 0 && s.toks[first].before == gapNone {
		p := s.toks[first-1]
		if p.kind == kindNum || p.kind == kindWord || (p.kind == kindPunct && (p.r == sep || p.r == '/' || p.r == '-')) {
			return true
		}
	}
	if n := s.touching(last + 1); n != nil {
		if n.kind == kindNum {
			return true
		}
		if n.kind == kindPunct && (n.r == '/' || n.r == '-' || (n.r == sep && s.touching(last+2) != nil && s.toks[last+2].kind != kindPunct)) {
			return true
		}
	}
	return false
}

// isoTime reports whether the token before i is the "T" of an ISO date-time
// "2024-02-12T10:00".
func (s *scanner) isoTime(i int) bool {
	t := s.tokAny(i)
	return t != nil && t.before == gapNone && t.kind == kindWord && t.word == "t"
}
