package dates

import "unicode"

// dayAt reads token i as a day of the month: one or two digits 1–31, with an
// optional ordinal suffix, that is not part of a time ("14:00"), a symbol
// ("A/70/174"), a decimal or a thousands group.
func (s *scanner) dayAt(i int) (int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindNum || t.glued || t.width > 2 || t.num < 1 || t.num > 31 {
		return 0, false
	}
	if s.partOfNumber(i) {
		return 0, false
	}
	return t.num, true
}

// yearAt reads token i as a year: four digits between MinYear and MaxYear
// that are not part of "2016/2017", "2023-24", "418/2024/3" or a time.
func (s *scanner) yearAt(i int) (int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindNum || t.glued || t.ordinal || t.width != 4 || t.num < MinYear || t.num > MaxYear {
		return 0, false
	}
	if s.partOfNumber(i) {
		return 0, false
	}
	if n := s.touching(i + 1); n != nil && n.kind == kindPunct && isDash(n.r) && s.touching(i+2) != nil && s.toks[i+2].kind == kindNum {
		return 0, false
	}
	if i > 0 && t.before == gapNone && s.toks[i-1].kind == kindPunct && isDash(s.toks[i-1].r) && i > 1 && s.toks[i-1].before == gapNone && s.toks[i-2].kind == kindNum {
		return 0, false
	}
	return t.num, true
}

// partOfNumber reports whether the number token i is joined by ':', '/', '.'
// or ',' to another number or symbol part: "12:45", "73/27", "1.5", "2,000".
func (s *scanner) partOfNumber(i int) bool {
	t := &s.toks[i]
	if i > 0 && t.before == gapNone {
		p := s.toks[i-1]
		if p.kind == kindPunct && (p.r == ':' || p.r == '/' || p.r == '.' || p.r == ',') && i > 1 && p.before == gapNone {
			if q := s.toks[i-2]; q.kind == kindNum || q.kind == kindWord {
				return true
			}
		}
		if p.kind == kindPunct && p.r == '/' {
			return true
		}
	}
	if n := s.touching(i + 1); n != nil && n.kind == kindPunct {
		switch n.r {
		case '/':
			return true
		case ':', '.', ',':
			if nn := s.touching(i + 2); nn != nil && nn.kind == kindNum {
				return true
			}
		}
	}
	return false
}

// tokAny returns token i whatever separates it from the previous one, or nil
// past the end.
func (s *scanner) tokAny(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// monthAt reads token i as a month name ("December", "Dec", "Dec.",
// "SEPT") and returns the month and the token after it. A month must be
// capitalised: "may" and "march" in lower case are a verb.
func (s *scanner) monthAt(i int) (int, int, bool) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindWord || !t.title || t.glued {
		return 0, 0, false
	}
	m, ok := months[t.word]
	if !ok {
		return 0, 0, false
	}
	if n := s.touching(i + 1); n != nil && n.kind == kindWord {
		return 0, 0, false
	}
	next := i + 1
	if len(t.word) <= 4 && t.word != "may" && t.word != "june" && t.word != "july" && punct(s.touching(next), '.') {
		next++ // "Dec."
	}
	return m, next, true
}

// weekdayAt reads an optional weekday at token i ("Tuesday,", "Tue", "Tuesday
// the") and returns the token after it and the weekday as time.Weekday+1, or
// i and 0 when there is none.
func (s *scanner) weekdayAt(i int) (int, int) {
	t := s.tokAny(i)
	if t == nil || t.kind != kindWord || !t.title || weekdays[t.word] == 0 {
		return i, 0
	}
	j := i + 1
	if punct(s.touching(j), '.') {
		j++
	}
	if punct(s.at(j), ',') {
		j++
	}
	if word(s.at(j), "the") {
		j++
	}
	return j, weekdays[t.word]
}

// acronymAt reports whether token i is an upper-case word of two letters or
// more, as in "2015 GGE report".
func (s *scanner) acronymAt(i int) bool {
	t := s.at(i)
	if t == nil || t.kind != kindWord {
		return false
	}
	w := s.text[t.start:t.end]
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
