package extract

import "strings"

// placeKind is what one element of a place chain names.
type placeKind int

const (
	unknownPlace placeKind = iota
	venuePlace             // "Palais des Nations", "Conference Room 1"
	cityPlace              // a city of raw/reference/cities.csv
	countryPlace           // a country of raw/reference/countries.csv
)

// placeElem is one capitalised phrase of a place chain.
type placeElem struct {
	Span
	Joiner string // "," or "in" before the element; "" for the first
	Kind   placeKind
	City   City
	Code   string // the country's code for countryPlace
}

// placesIn finds the place chains of sentence s: "at the Abdou Diouf
// International Conference Centre (CICAD) in Diamniadio", "in Bangkok,
// Thailand", "Venue: Centre International de Conférences Genève (CICG),
// Geneva".
func (b *builder) placesIn(s Span) []place {
	toks := b.memo.tokenize(s.Start, s.End)
	var out []place
	for i := 0; i < len(toks); i++ {
		trig, k, direct := b.triggerAt(toks, i)
		if trig == 0 || k >= len(toks) {
			continue
		}
		p, next := b.placeChain(toks, k, trig, direct)
		if p.found() && !b.inMeetingName(p.Venue) {
			p.At, p.Trigger, p.Direct = toks[k].Start, trig, direct
			out = append(out, p)
			i = next - 1
		}
	}
	return out
}

// triggerAt reports whether toks[i] introduces a place, where the place
// starts and whether it follows a verb of holding or a meeting's name
// directly ("held in", "the meeting in").
func (b *builder) triggerAt(toks []token, i int) (trigger, int, bool) {
	t := toks[i]
	// direct is worked out only for "at" and "in": for every token it
	// lower-cased the six before it, a third of the time of findPlaces.
	direct := func() bool {
		d := i > 0 && b.meetingNameEndsAt(toks[i-1].End)
		for k := max(0, i-6); k < i; k++ {
			verb, _ := lookupLower(placeVerbs, toks[k].Text) // "held on 9 May 2024 in"
			d = d || verb
		}
		return d
	}
	switch {
	case t.Word && strings.EqualFold(t.Text, "at") && (t.Text == "at" || i == 0):
		return trigAt, i + 1, direct()
	case t.Word && strings.EqualFold(t.Text, "in") && (t.Text == "in" || i == 0):
		return trigIn, i + 1, direct()
	case i+1 < len(toks) && toks[i+1].Text == ":" && placeLabels[t.Text]: // the colon first: a lookup for every word cost more
		return trigLabel, i + 2, true
	case t.Text == "·" || t.Text == "|":
		return trigSeparator, i + 1, true
	case t.Text == "," && i > 0:
		// "Authors' workshop, Rabat"; "7 November 2023, Accra."
		return trigComma, i + 1, b.meetingNameEndsAt(toks[i-1].End) || b.meetingDateEndsAt(toks[i-1].End)
	case i == 0 && t.Word && isCap(t.Text):
		return trigLineStart, 0, true
	}
	return 0, 0, false
}

// meetingNameEndsAt reports whether a meeting's name ends at offset end.
func (b *builder) meetingNameEndsAt(end int) bool {
	for _, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "name" && e.Span.End == end {
				return true
			}
		}
	}
	return false
}

// inMeetingName reports whether s overlaps the name of a meeting.
func (b *builder) inMeetingName(s Span) bool {
	for _, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "name" && s.Start < e.Span.End && e.Span.Start < s.End {
				return true
			}
		}
	}
	return false
}

// meetingDateEndsAt reports whether a meeting's date ends at offset end.
func (b *builder) meetingDateEndsAt(end int) bool {
	for _, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "start_date" && e.Span.End == end {
				return true
			}
		}
	}
	return false
}

// placeChain reads the elements of a place chain from toks[k], joined by
// commas or "in", and returns the place they give and the index after them.
// Only what the reference recognises counts: a listed city, a country, a
// phrase with a venue word; a phrase before a country is its city ("in
// Diamniadio, Senegal").
func (b *builder) placeChain(toks []token, k int, trig trigger, direct bool) (place, int) {
	if trig == trigSeparator || trig == trigLabel {
		if p, next, ok := b.onlinePlace(toks, k); ok {
			return p, next
		}
	}
	var els []placeElem
	next, joiner := k, ""
	for {
		e, n, ok := b.placePhrase(toks, next, trig == trigAt && direct)
		if !ok {
			break
		}
		e.Joiner = joiner
		els, next = append(els, e), n
		if n < len(toks) {
			joiner = toks[n].Text
		}
		if n+1 < len(toks) && (toks[n].Text == "," || toks[n].Text == "in") {
			next = n + 1
			continue
		}
		break
	}
	if len(els) > 0 && next > 0 && (toks[next-1].Text == "," || toks[next-1].Text == "in") {
		next--
	}
	// A line-start place is "Suva, 30 November …" or "Conference Room 1 of
	// the UN Headquarters in New York was full …".
	dateAt := b.dateFollows(toks, next)
	if trig == trigLineStart && dateAt < 0 && (len(els) == 0 || els[0].Kind != venuePlace) {
		return place{}, next
	}
	p := b.interpret(els, trig, direct, endsSentence(toks, next))
	p.DateAt = dateAt
	return p, max(next, k+1)
}

// endsSentence reports whether only punctuation and a bracketed remark
// follow toks[next]: ", New York (hybrid).".
func endsSentence(toks []token, next int) bool {
	depth := 0
	for _, t := range toks[next:] {
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case t.Word && depth == 0:
			return false
		}
	}
	return true
}

// dateFollows returns where the date starts when ", DATE" follows
// toks[next] ("Suva, 30 November"), or -1.
func (b *builder) dateFollows(toks []token, next int) int {
	if next+1 >= len(toks) || toks[next].Text != "," {
		return -1
	}
	for _, d := range b.dates {
		if d.Start == toks[next+1].Start {
			return d.Start
		}
	}
	return -1
}

// onlinePlace reads "Online via Zoom" or "Virtual" after a label or a
// separator as the venue, up to the next separator.
func (b *builder) onlinePlace(toks []token, k int) (place, int, bool) {
	if w := b.memo.lower(toks[k].Text); w != "online" && w != "virtual" {
		return place{}, k, false
	}
	end := k + 1
	for end < len(toks) && toks[end].Text != "·" && toks[end].Text != "|" {
		end++
	}
	for end-1 > k && !toks[end-1].Word && toks[end-1].Text != ")" {
		end--
	}
	return place{Venue: Span{toks[k].Start, toks[end-1].End}, Online: true}, end, true
}
