package extract

import (
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// acronymYearMention reads a meeting named by the acronym of a recurring
// meeting and its year: "At IGF 2031 in Lima, …". The acronym must stand
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

// dateByYearAfter takes the year written right after a meeting's name into
// the name, and dates the meeting by it when nothing else does: "Reef
// Cable Annual Meeting 2026", "Harbour Cable Forum 2025".
func (b *builder) dateByYearAfter(ms []mention, toks []token) {
	for j := range ms {
		if !ms[j].Proper {
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].End != ms[j].Name.End || !isYear(toks[k+1].Text) || !adjacent(toks[k], toks[k+1]) {
				continue
			}
			if k+2 < len(toks) && toks[k+2].Word && !connectors[toks[k+2].Text] && b.nameGoesOn(toks[k+2].Text) {
				break // "the Forum 2026 report"? a year inside a longer name
			}
			ms[j].Name.End = toks[k+1].End // "Reef Cable Annual Meeting 2026": the year is part of the name
			if ms[j].Date == nil {
				year, _ := strconv.Atoi(toks[k+1].Text)
				ms[j].Date = &dates.Match{Start: toks[k+1].Start, End: toks[k+1].End, From: dates.Date{Year: year, Precision: dates.PrecisionYear}}
			}
			break
		}
	}
}

// nameGoesOn reports whether word w, after a meeting name and a year, may
// continue a longer name: a capitalised word, a publication word ("the
// Forum 2026 report") or a meeting word. A verb ("the Forum 2026 meets")
// does not.
func (b *builder) nameGoesOn(w string) bool {
	if isCap(w) || b.isEventWord(w) {
		return true
	}
	_, ok := b.ref.PublicationCues[b.memo.lower(w)]
	return ok
}
