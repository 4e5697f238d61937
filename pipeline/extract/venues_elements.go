package extract

import (
	"strings"
	"unicode"
)

// placeConnectors are the lower-case words allowed inside a place name:
// "Palais des Nations", "Conference Room 1 of the UN Headquarters". Unlike
// the connectors of organisation names, "in", "and", "on" and "for" end a
// place, so that "the Palais des Nations in Geneva" is a venue and a city.
var placeConnectors = map[string]bool{
	"of": true, "de": true, "des": true, "du": true, "la": true, "le": true, "di": true,
	"del": true, "da": true, "do": true, "dos": true, "das": true, "the": true,
}

// placePhrase reads one capitalised place name at toks[k] (after an optional
// "the") with a bracketed acronym after it, and classifies it.
// A university counts as a venue only when uni is set: right after "held at"
// or a meeting's name and "at".
func (b *builder) placePhrase(toks []token, k int, uni bool) (placeElem, int, bool) {
	if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "The") {
		k++
	}
	if k >= len(toks) || !toks[k].Word || !isCap(toks[k].Text) {
		return placeElem{}, k, false
	}
	j := k + 1
	for j < len(toks) && adjacent(toks[j-1], toks[j]) {
		t := toks[j]
		switch {
		case t.Word && isCap(t.Text):
			j++
			continue
		case t.Word && isNumeral(t.Text) && b.isVenueWord(toks[j-1].Text):
			j++ // "Conference Room 1"
			continue
		case t.Word && placeConnectors[t.Text] && j+1 < len(toks) && toks[j+1].Word && isCap(toks[j+1].Text) && adjacent(t, toks[j+1]):
			j += 2
			continue
		case t.Word && placeConnectors[t.Text] && t.Text != "the" && j+2 < len(toks) && toks[j+1].Text == "the" && isCap(toks[j+2].Text):
			j += 3 // "of the UN Headquarters"
			continue
		}
		break
	}
	core := Span{toks[k].Start, toks[j-1].End}
	if j+2 < len(toks) && toks[j].Text == "(" && isAcronym(toks[j+1].Text) && toks[j+2].Text == ")" {
		j += 3 // "(CICG)"
	}
	e := placeElem{Span: Span{toks[k].Start, toks[j-1].End}}
	b.classifyPlace(&e, b.text[core.Start:core.End], uni)
	if b.ref.StopWords[toks[k].Text] && e.Kind != cityPlace && e.Kind != countryPlace {
		return placeElem{}, k, false // "October", "This", but "New York"
	}
	return e, j, true
}

// classifyPlace says what a place name names: a listed city, a country, or
// a venue (a phrase with a venue word, or a university after "at").
func (b *builder) classifyPlace(e *placeElem, name string, uni bool) {
	if c, ok := b.ref.CityOf(name); ok {
		e.Kind, e.City = cityPlace, c
		return
	}
	if c, ok := b.ref.CountryOf(name); ok {
		e.Kind, e.Code = countryPlace, c.Code
		return
	}
	words := strings.Fields(name)
	kind, strength, _ := b.cueOf(words)
	if b.hasVenueWord(words) || (uni && kind == "academia" && strength >= 1) {
		e.Kind = venuePlace
	}
}

// hasVenueWord reports whether a venue cue that is no meeting word stands
// among words: "Palais des Nations", "Conference Room 1", but not "Harmattan
// Conference".
func (b *builder) hasVenueWord(words []string) bool {
	for i, w := range words {
		if b.isVenueWord(w) && (!b.isEventWord(w) || i+1 < len(words) && buildingHeads[words[i+1]]) {
			return true
		}
	}
	return false
}

// buildingHeads are the words that after a meeting word name a building:
// "International Conference Centre".
var buildingHeads = map[string]bool{"Centre": true, "Center": true, "Centro": true, "Centrum": true}

// isVenueWord reports whether w is a venue cue such as "Room" or "Hall".
func (b *builder) isVenueWord(w string) bool {
	c, ok := b.ref.Cues[w]
	return ok && c.Kind == "venue"
}

// isNumeral reports whether w is a number or a Roman numeral: "1", "XXII".
func isNumeral(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 ||
		strings.IndexFunc(w, func(r rune) bool { return !strings.ContainsRune("IVXLC", r) }) < 0
}

// interpret turns the elements of a chain into a place. Venue elements at
// the front make the venue; the first city, or a name before a country,
// makes the city. What a trigger may introduce is limited: after "at" a
// venue or a city; after "in", a country or an unlisted city only right
// after a verb of holding or a meeting's name.
func (b *builder) interpret(els []placeElem, trig trigger, direct, atEnd bool) place {
	var p place
	i := 0
	for i < len(els) && els[i].Kind == venuePlace {
		i++
	}
	if i > 0 {
		p.Venue = Span{els[0].Start, els[i-1].End}
	}
	for j := i; j < len(els); j++ {
		e := els[j]
		switch {
		case e.Kind == cityPlace && p.CityName == "":
			p.City, p.CityName, p.Code, p.CodeSpan = e.Span, e.City.Name, e.City.Code, e.Span
			continue
		case e.Kind == countryPlace:
			if p.Code != e.Code && p.CityName != "" {
				p.CityName = b.text[p.City.Start:p.City.End] // "Kingston, Canada" is not the listed Kingston
			}
			p.Code, p.CodeSpan = e.Code, e.Span
		case e.Kind == unknownPlace && p.CityName == "" && j+1 < len(els) && els[j+1].Kind == countryPlace &&
			countFields(b.text[e.Start:e.End]) <= 3 && (direct || trig != trigIn):
			p.City, p.CityName = e.Span, b.text[e.Start:e.End]
			continue
		case e.Kind == unknownPlace && j == i && i > 0 && e.Joiner == "in" && j+1 == len(els) && countFields(b.text[e.Start:e.End]) <= 2:
			p.City, p.CityName = e.Span, b.text[e.Start:e.End] // "at the … Conference Centre in Diamniadio"
			continue
		}
		break
	}
	if !b.allowed(p, trig, direct, atEnd) {
		return place{}
	}
	return p
}

// allowed applies the limits of a trigger to a place.
func (b *builder) allowed(p place, trig trigger, direct, atEnd bool) bool {
	hasVenue, hasCity := p.Venue.End > p.Venue.Start, p.CityName != ""
	switch trig {
	case trigComma:
		// "Authors' workshop, Rabat: …"; "briefing by the Chair, New York (hybrid)."
		return direct && p.found() || atEnd && hasCity && p.Code != ""
	case trigAt, trigLineStart:
		return hasVenue || hasCity
	case trigIn:
		return hasVenue || hasCity || direct
	}
	return p.found()
}
