package dates

// months maps English month names and their usual abbreviations, lower-cased,
// to month numbers: "December", "Dec", "Dec.", "Sept".
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays maps English weekday names and abbreviations to time.Weekday+1. A
// weekday before a date belongs to its span ("Tuesday, 10th October, 2023")
// and helps choose the year when the text omits it.
var weekdays = map[string]int{
	"sunday": 1, "sun": 1, "monday": 2, "mon": 2, "tuesday": 3, "tue": 3, "tues": 3,
	"wednesday": 4, "wed": 4, "thursday": 5, "thu": 5, "thur": 5, "thurs": 5,
	"friday": 6, "fri": 6, "saturday": 7, "sat": 7,
}

// cues are the prepositions that make a bare year or a bare month a date:
// "in 2018", "since March". Without one, "2015 GGE report" is a name, not a
// date.
var cues = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"of": true, "during": true, "before": true, "after": true, "through": true, "throughout": true,
}

// qualifiers narrow a year or month without making it more precise; they
// belong to the span ("early 2024", "late September", "mid-2025") and count
// as cues. Seasons ("summer 2020") are read as the year alone, because a
// season is never as precise as a month and does not fit in one.
var qualifiers = map[string]bool{
	"early": true, "late": true, "mid": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
}

// dateWords holds the words that can open a date: the months, weekdays
// and qualifiers.
var dateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, words := range []map[string]int{months, weekdays} {
		for w := range words {
			m[w] = true
		}
	}
	for w := range qualifiers {
		m[w] = true
	}
	return m
}()

// dateWordEnds has bit min(n, 63) of first[c] (last[c]) set when a date
// word of n bytes starts (ends) with byte c: most words of a text are ruled
// out without hashing them (the lookup was 2% of extraction CPU).
var dateWordEnds = func() (e struct{ first, last [256]uint64 }) {
	for w := range dateWords {
		bit := uint64(1) << min(len(w), 63)
		e.first[w[0]] |= bit
		e.last[w[len(w)-1]] |= bit
	}
	return e
}()

// isDateWord is dateWords[w].
func isDateWord(w string) bool {
	if w == "" {
		return dateWords[w]
	}
	bit := uint64(1) << min(len(w), 63)
	if dateWordEnds.first[w[0]]&bit == 0 || dateWordEnds.last[w[len(w)-1]]&bit == 0 {
		return false
	}
	return dateWords[w]
}

// connectors join the two ends of a range: "9 to 11 September", "2-4
// December". "and" joins them only after "between".
var connectors = map[string]bool{
	"to": true, "until": true, "till": true, "through": true, "thru": true,
}

// isDash reports whether r joins the ends of a range: hyphen, en dash, em
// dash, minus sign.
func isDash(r rune) bool {
	return r == '-' || r == '\u2013' || r == '\u2014' || r == '\u2212' || r == '\u2010' || r == '\u2011'
}
