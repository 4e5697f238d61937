package dates

// Match is one date or date range found in a text.
type Match struct {
	Start, End   int   // byte span in the text searched
	From         Date  // the date, or the first day of the range
	To           *Date // last day of a range; nil for a single date
	YearInferred bool  // the year came from context, not from the span
}

// Find returns every date and date range in text, in order. defaultYear (0 =
// none) supplies the year when the text omits it and no preceding date in the
// text gave one; a date whose year cannot be found is dropped.
//
// Spans cover the date as written, with a leading weekday ("Tuesday, 10th
// October, 2023") or qualifier ("early 2024", "summer 2020") but without the
// preposition that cued it ("in 2018" gives "2018"). Seasons and early/late/
// mid are read as the year or month alone: a date is never made more precise
// than the text. Numeric dates "10/03/2024" are read day first, as in UN
// documents, unless only month first makes sense ("03/25/2024").
func Find(text string, defaultYear int) []Match {
	s := newScanner(text)
	defer s.release()
	var out []Match
	var ctx context
	ctx.fallback = defaultYear
	for i := 0; i < len(s.toks); {
		if s.labelledNumber(i) {
			i++ // "Day 1 – 18 November", "Session 3 – 4 May": the number is no day
			continue
		}
		c, next, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		i = next
		if m, ok := c.resolve(&ctx); ok {
			ctx.saw(m)
			out = append(out, m)
		}
	}
	return out
}

// numberLabels are words that a number after them counts: "Day 1",
// "Session 3", "Panel 2", "Item 5".
var numberLabels = map[string]bool{"day": true, "session": true, "panel": true, "segment": true,
	"item": true, "no": true, "part": true, "week": true, "room": true, "meeting": true,
	"workshop": true, "track": true, "phase": true, "round": true, "module": true, "breakout": true}

// labelledNumber reports whether token i is a number right after such a
// label, one space between them.
func (s *scanner) labelledNumber(i int) bool {
	if i == 0 || s.toks[i].kind != kindNum || s.toks[i].width > 2 {
		return false
	}
	prev := s.toks[i-1]
	return prev.kind == kindWord && numberLabels[prev.word] && s.text[prev.end:s.toks[i].start] == " "
}

// candidate is a date found by the grammar before its year is resolved. When
// yearless, from.Year and to.Year are 0 and wrap is 1 if the range crosses
// into the next year ("28 December – 3 January").
type candidate struct {
	start, end int
	from, to   Date
	hasTo      bool
	yearless   bool
	wrap       int
	weekday    int // time.Weekday+1 named before the first date, else 0
}

// resolve fills in the year of a yearless candidate from the context and
// checks the result against the calendar.
func (c candidate) resolve(ctx *context) (Match, bool) {
	m := Match{Start: c.start, End: c.end, From: c.from}
	if c.yearless {
		y := ctx.year(c.from, c.weekday)
		if y == 0 {
			return Match{}, false
		}
		m.From.Year = y
		c.to.Year = y + c.wrap
		m.YearInferred = true
	}
	if !m.From.Valid() {
		return Match{}, false
	}
	if c.hasTo {
		to := c.to
		if !to.Valid() || !m.From.Before(to) {
			return Match{}, false
		}
		m.To = &to
	}
	return m, true
}

// scanner holds the tokens of the text being searched.
type scanner struct {
	text string
	toks []token
	buf  *[]token // where toks came from in tokenPool
}

// match tries every form of date that can start at token i and returns the
// first that fits and the index of the token after it. Only numbers, month
// names, weekdays and qualifiers can start a date.
func (s *scanner) match(i int) (candidate, int, bool) {
	t := &s.toks[i]
	switch t.kind {
	case kindNum:
		if c, next, ok := s.isoDate(i); ok {
			return c, next, true
		}
		if c, next, ok := s.numericDate(i); ok {
			return c, next, true
		}
		if c, next, ok := s.cuedYear(i); ok {
			return c, next, true
		}
	case kindWord:
		if !isDateWord(t.word) {
			return candidate{}, 0, false // nearly every word: one lookup, not three
		}
		if qualifiers[t.word] {
			return s.qualified(i)
		}
		if _, isMonth := months[t.word]; !isMonth && weekdays[t.word] == 0 {
			return candidate{}, 0, false
		}
	default:
		return candidate{}, 0, false
	}
	return s.spelled(i)
}

// at returns token i, or nil when i is past the end or token i is on another
// line than token i-1 (dates never cross a line break).
func (s *scanner) at(i int) *token {
	if i < 0 || i >= len(s.toks) || s.toks[i].before == gapBreak {
		return nil
	}
	return &s.toks[i]
}

// touching returns token i when it touches token i-1, else nil.
func (s *scanner) touching(i int) *token {
	if t := s.at(i); t != nil && t.before == gapNone {
		return t
	}
	return nil
}

// punct reports whether t is the punctuation character r.
func punct(t *token, r rune) bool { return t != nil && t.kind == kindPunct && t.r == r }

// word reports whether t is the word w (lower case).
func word(t *token, w string) bool { return t != nil && t.kind == kindWord && t.word == w }

// prevWord returns the lower-cased word just before token i on the same line
// when it is separated by spaces, or "".
func (s *scanner) prevWord(i int) string {
	if i <= 0 || i >= len(s.toks) || s.toks[i].before != gapSpace {
		return ""
	}
	if p := s.toks[i-1]; p.kind == kindWord {
		return p.word
	}
	return ""
}
