package extract

import "strings"

// trigger is what introduces a place chain.
type trigger int

const (
	trigAt        trigger = iota + 1 // "at the Palais des Nations"
	trigIn                           // "held in Windhoek"
	trigLabel                        // "Venue: CICG, Geneva"
	trigSeparator                    // "27 February 2024 · Conference Room XXII, …"
	trigComma                        // "Authors' workshop, Rabat: spring 2024"
	trigLineStart                    // "Suva, 30 November – 2 December 2023"
)

// placeLabels are the words that, followed by a colon, introduce a place.
var placeLabels = map[string]bool{"Venue": true, "Location": true, "Where": true, "Place": true, "VENUE": true, "LOCATION": true}

// placeVerbs are the words after which "in PLACE" says where a meeting is
// held, so that a country or an unlisted city may stand alone: "held in
// Senegal", "convened in Diamniadio".
var placeVerbs = map[string]bool{
	"held": true, "hosted": true, "place": true, "convened": true, "takes": true, "met": true,
	"meet": true, "meets": true, "gathered": true, "organised": true, "organized": true, "staged": true,
}

// place is where a meeting is held, as one chain of a sentence gives it.
type place struct {
	At          int // where the chain starts, to find the meeting it belongs to
	Trigger     trigger
	Venue, City Span // zero when the chain gives none
	CityName    string
	Code        string
	CodeSpan    Span
	Online      bool
	DateAt      int  // for "Suva, 30 November …", where the date starts
	Direct      bool // right after a verb of holding, a meeting's name or date
}

// found reports whether the chain gives anything.
func (p place) found() bool {
	return p.Venue.End > p.Venue.Start || p.City.End > p.City.Start || p.Code != ""
}

// findPlaces gives meetings their venue, city and country from the places
// of the text: labelled lines ("Venue: …"), date lines of a meeting ("27
// February – 1 March 2024 · Conference Room XXII, Palais des Nations,
// Geneva") and the sentences that name a meeting ("held from 9 to 11
// September at the Kenyatta International Convention Centre").
func (b *builder) findPlaces() {
	if len(b.res.Meetings) == 0 {
		return
	}
	for _, s := range b.meetingSentences() {
		for _, p := range b.placesIn(s) {
			if i, ok := b.meetingOfPlace(p, s); ok {
				b.setPlace(&b.res.Meetings[i], p)
			}
		}
	}
}

// setPlace fills the empty place fields of a meeting.
func (b *builder) setPlace(mt *Meeting, p place) {
	if mt.Venue == "" && p.Venue.End > p.Venue.Start {
		mt.Venue = strings.TrimSpace(b.text[p.Venue.Start:p.Venue.End])
		mt.Evidence = append(mt.Evidence, Evidence{"venue", p.Venue})
	}
	if mt.City == "" && p.CityName != "" {
		mt.City = p.CityName
		mt.Evidence = append(mt.Evidence, Evidence{"city", p.City})
		if p.Code != "" && mt.CountryCode == "" {
			mt.CountryCode = p.Code
			mt.Evidence = append(mt.Evidence, Evidence{"country_code", p.CodeSpan})
		}
	}
	if mt.CountryCode == "" && p.Code != "" && (mt.City == "" || p.CityName == mt.City) {
		mt.CountryCode = p.Code
		mt.Evidence = append(mt.Evidence, Evidence{"country_code", p.CodeSpan})
	}
}

// meetingOfPlace returns the meeting a place belongs to: in a sentence that
// names meetings, the one named last before the place (or first after it);
// on a labelled or date line, the meeting dated on that line, else the one
// named last before it, else the first.
func (b *builder) meetingOfPlace(p place, s Span) (int, bool) {
	before, after := -1, -1
	bestBefore, bestAfter := -1, len(b.text)+1
	for i, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field != "name" || e.Span.Start < s.Start || e.Span.End > s.End {
				continue
			}
			if e.Span.End <= p.At && e.Span.End > bestBefore {
				before, bestBefore = i, e.Span.End
			}
			if e.Span.Start >= p.At && e.Span.Start < bestAfter {
				after, bestAfter = i, e.Span.Start
			}
		}
	}
	switch {
	case before >= 0:
		return before, true
	case after >= 0 && p.Trigger != trigComma:
		return after, true
	case p.Trigger == trigAt || p.Trigger == trigIn:
		return 0, false
	}
	if p.Trigger == trigLineStart {
		return b.meetingDatedAt(p.DateAt)
	}
	if p.Trigger == trigComma {
		if !p.Direct {
			return 0, false
		}
		return b.meetingDatedOnLine(p.At)
	}
	if i, ok := b.meetingDatedOnLine(p.At); ok {
		return i, true
	}
	if p.Trigger != trigLabel {
		return 0, false
	}
	return b.meetingNamedBefore(p.At)
}

// meetingDatedOnLine returns the meeting whose date stands on the line of
// offset at.
func (b *builder) meetingDatedOnLine(at int) (int, bool) {
	ls := strings.LastIndexByte(b.text[:at], '\n') + 1
	le := strings.IndexByte(b.text[at:], '\n')
	if le < 0 {
		le = len(b.text) - at
	}
	for i, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "start_date" && e.Span.Start >= ls && e.Span.End <= at+le {
				return i, true
			}
		}
	}
	return 0, false
}

// meetingDatedAt returns the meeting whose date starts at offset at.
func (b *builder) meetingDatedAt(at int) (int, bool) {
	for i, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "start_date" && e.Span.Start == at {
				return i, true
			}
		}
	}
	return 0, false
}

// meetingNamedBefore returns the meeting named last before offset at, or the
// first meeting when none is.
func (b *builder) meetingNamedBefore(at int) (int, bool) {
	best, bestEnd := 0, -1
	for i, mt := range b.res.Meetings {
		for _, e := range mt.Evidence {
			if e.Field == "name" && e.Span.End <= at && e.Span.End > bestEnd {
				best, bestEnd = i, e.Span.End
			}
		}
	}
	return best, true
}
