package extract

import (
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// acronymYearMention reads a meeting named by the acronym of a recurring
// meeting and its year: "At IGF 2025 in Oslo, …". The acronym must stand
// for a name with a meeting word, known from the reference ("IGF" →
// "Internet Governance Forum") or defined in the text, so that "OEWG 2025"
// or "ASEAN 2025" is no meeting.
func (b *builder) acronymYearMention(toks []token, i int) (mention, bool) {
	if i+1 >= len(toks) || !toks[i].Word || !isAcronym(toks[i].Text) || !isYear(toks[i+1].Text) || !adjacent(toks[i], toks[i+1]) {
		return mention{}, false
	}
	long := b.acronymLong(toks[i].Text)
	head := b.eventWordOf(long)
	if head == "" {
		return mention{}, false
	}
	m := mention{Name: Span{toks[i].Start, toks[i+1].End}, Proper: true, Kind: b.ref.EventWords[head]}
	m.BodyKey = b.orgKeyByName(long)
	year, _ := strconv.Atoi(toks[i+1].Text)
	m.Date = &dates.Match{Start: toks[i+1].Start, End: toks[i+1].End, From: dates.Date{Year: year, Precision: dates.PrecisionYear}}
	return m, true
}

// meetingName is the name of a meeting as a mention writes it, in title
// case when written in capitals, except an acronym with its year ("IGF
// 2025").
func meetingName(s string) string {
	if f := strings.Fields(s); len(f) == 2 && isAcronym(f[0]) && isYear(f[1]) {
		return s
	}
	return titleCase(s)
}

// acronymLong returns the long form of an acronym the text defines or the
// reference knows, or "".
func (b *builder) acronymLong(acr string) string {
	for _, d := range b.acronyms {
		if d.Short == acr {
			return d.Long
		}
	}
	if body, ok := b.ref.BodyOf(acr); ok && body.Acronym == acr {
		return body.Name
	}
	return ""
}

// eventWordOf returns the last meeting word of s in lower case, or "".
func (b *builder) eventWordOf(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for k := len(f) - 1; k >= 0; k-- {
		if _, ok := b.ref.EventWords[f[k]]; ok {
			return f[k]
		}
	}
	return ""
}
