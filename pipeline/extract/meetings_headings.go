package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// leadingPlaceRE matches a place written before a date at the start of a
// line: "Suva, " in "Suva, 30 November – 2 December 2023", "Windhoek,
// Namibia · " in "Windhoek, Namibia · 19–20 May 2026".
var leadingPlaceRE = regexp.MustCompile(`^[\p{Lu}][\p{L}'’ -]{1,30}(?:, [\p{Lu}][\p{L}'’ -]{1,30})?(?:, | [·|–—] )$`)

// clockRE matches a time of day or a duration: "09:00", "02:02:55".
var clockRE = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// dateLabelRE matches a label before a date at the start of a line: "Date: "
// in "Date: 18–19 September 2025", "**When:** ".
var dateLabelRE = regexp.MustCompile(`^[*_]*(?i:dates?|when)[*_]*\s*:[*_]*\s*$`)

// headingMentions finds event-page headings: a short line followed by a line
// that opens with a date, when the heading has a meeting word or the page
// title around it has one:
//
//	Roundtable: Network Resilience in the Sahel
//	7 November 2023, Accra.
func (b *builder) headingMentions() []mention {
	var out []mention
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i+1 < len(ls); i++ {
		l := trimMarker(b.text, ls[i])
		text := b.text[l.Start:l.End]
		if countFields(text) > 14 && !numberedMeetingRE.MatchString(text) || strings.HasSuffix(text, ".") || factLabels[b.memo.lower(strings.Trim(text, "*_: "))] || sessionLineRE.MatchString(text) || symbolLineRE.MatchString(text) ||
			strings.Contains(text, cellSep) || b.dateOpening(l) != nil || strings.Contains(text, " · ") && clockRE.MatchString(text) {
			continue // a table row, a diary item or a listing's meta line ("Meetings · 02:02:55") is no heading
		}
		kick := ""
		if i > 0 {
			kick = b.kicker(ls[i-1], ls[i])
		}
		var above *dates.Match
		if i > 0 && strings.Count(b.text[ls[i-1].End:ls[i].Start], "\n") <= 2 {
			above = b.dateLine(ls[i-1]) // a listing: "Monday, 4 May 2026" over the title
		}
		if kick == "" && above != nil && unicode.IsLetter(nextRune(text, 0)) {
			kick = b.seriesKind() // a series page: each title under its date is one of the series
		}
		// A format label above the title makes a sentence-case title a
		// name: "Webinar · Online" over "Ransomware and state
		// responsibility: where next?".
		if kick == "" && !numberedMeetingRE.MatchString(text) && (b.headline(text) || strings.Contains(text, ", ") && len(strings.Fields(text)) > 6 && !numberedMeetingRE.MatchString(text)) {
			continue // "Chile takes part in the session of …": a sentence, dated by its publication
		}
		below := i + 1 // the line that dates the heading
		if i+2 < len(ls) && b.capsWrapped(ls[i], ls[i+1]) {
			below = i + 2 // "SEVENTH MEETING OF THE REEF GROUP ON CONFIDENCE-" over "BUILDING MEASURES"
		}
		kind := b.kindOf(text)
		if !b.hasEventWord(text) && !b.titleFrames(text) {
			if kind = b.typeLabel(ls[i+1]); kind == "" {
				kind = kick
			}
			if kind == "" {
				kind = b.seriesInstalmentKind(text) // "Reef Dialogues #4: Cables at Sea"
			}
			if kind == "" {
				continue
			}
		}
		d := b.dateOpening(ls[below])
		if d == nil {
			d = b.labelledDate(ls[below])
		}
		if d == nil && i+2 < len(ls) && symbolLineRE.MatchString(b.text[ls[i+1].Start:ls[i+1].End]) {
			d = b.dateLine(ls[i+2]) // a press release: "9662nd Meeting (AM)" over "SC/15739" and its date
		}
		if d == nil && i+2 < len(ls) && dateLabelRE.MatchString(b.text[ls[i+1].Start:ls[i+1].End]+":") {
			d = b.dateOpening(ls[i+2]) // a fact list: "Dates" over "4 - 5 June 2026"
		}
		if d == nil {
			d = above
		}
		if d == nil {
			continue
		}
		name := withoutPageWord(b.text, l)
		if b.placeOnly(text) {
			if kick == "" || i == 0 {
				continue
			}
			name = trimMarker(b.text, ls[i-1]) // "1296TH MEETING" over "ADDIS ABABA, ETHIOPIA" and the date
		}
		if below == i+2 && name == l {
			name = Span{l.Start, ls[i+1].End}
		}
		if p, ok := b.wrappedFrom(l); ok && name == l {
			name = p // a title wrapped over two lines of a plain-text listing
		}
		if q, ok := b.quotedTitleBelow(ls, i, d); ok && b.bareKind(b.text[name.Start:name.End]) {
			name = q // "CLOSING WORKSHOP" over its date and its quoted title
		}
		m := mention{Name: name, Proper: true, Kind: kind, Date: d, Sentence: l}
		if n, ok := lookupLower(b.ref.Ordinals, strings.Fields(text)[0]); ok {
			m.Ordinal = n // "SEVENTH MEETING OF …"
		}
		out = append(out, m)
	}
	return out
}

// placeOnly reports whether a line names places and nothing else:
// "ADDIS ABABA, ETHIOPIA", "Suva, Fiji".
func (b *builder) placeOnly(line string) bool {
	parts := strings.Split(line, ", ")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if isUpperWord(strings.ReplaceAll(p, " ", "")) {
			p = titleCaseWords(p)
		}
		if !b.isPlaceName(p) {
			return false
		}
	}
	return len(parts) > 0
}

// capsWrapped reports whether heading l, in capitals, runs on to line
// next, in capitals too: l ends with a hyphen or a word that cannot end a
// name ("OF", "AND", "ON").
func (b *builder) capsWrapped(l, next Span) bool {
	t, n := b.text[l.Start:l.End], b.text[next.Start:next.End]
	if strings.Count(b.text[l.End:next.Start], "\n") != 1 || !isUpperWord(strings.Map(dropNonLetters, t)) || !isUpperWord(strings.Map(dropNonLetters, n)) {
		return false
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	return strings.HasSuffix(t, "-") || wrapFunctionWords[strings.ToLower(last)]
}

// dropNonLetters keeps letters only, for strings.Map.
func dropNonLetters(r rune) rune {
	if unicode.IsLetter(r) {
		return r
	}
	return -1
}

// factLabels are the labels of an event page's list of facts ("Dates",
// "Location", "Type"), which are no headings.
var factLabels = map[string]bool{"date": true, "dates": true, "when": true, "time": true, "location": true,
	"venue": true, "where": true, "type": true, "format": true, "organizer": true, "organiser": true,
	"organizers": true, "organisers": true, "topic": true, "topics": true, "language": true, "languages": true}

// kicker returns the meeting kind that the short line k just above the
// heading l names, or "": event pages put the format above the title.
//
//	Panel Discussion · Hybrid
//	After the OEWG: Who Keeps the Registry?
//	Wednesday, February 4, 2026
func (b *builder) kicker(k, l Span) string {
	text := b.text[k.Start:k.End]
	if strings.Count(b.text[k.End:l.Start], "\n") > 2 || labelWords(text) > 6 || strings.HasSuffix(text, ".") {
		return ""
	}
	if b.hasEventWord(text) {
		return b.kindOf(text)
	}
	if k := b.seriesInstalmentKind(text); k != "" {
		return k // "Reef Dialogues #4" over the title of the fourth
	}
	// "Partners event · Online": an event of no named kind, in a label of
	// parts set apart by separators.
	lower := b.memo.lower(text)
	if strings.ContainsAny(text, "·|") && (strings.Contains(lower, "event ") || strings.Contains(lower, "event·") || strings.HasSuffix(lower, "event")) {
		return "other"
	}
	return ""
}

// labelWords counts the words of a label, leaving out the separators
// between its parts: "Roundtable · In person · Invitation only" has five.
func labelWords(text string) int {
	n := 0
	for w := range strings.FieldsSeq(text) {
		if w != "·" && w != "|" && w != "–" && w != "—" {
			n++
		}
	}
	return n
}

// headline reports whether a heading is a sentence about a meeting rather
// than its name: a lower-case word of four letters or more that is no
// connector (a verb, mostly) stands before its first meeting word ("Chile
// takes part in the third session …"). "Roundtable: Network Resilience in
// the Sahel" is a name.
func (b *builder) headline(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ",:;")
		if lw := b.memo.lower(w); b.isEventWord(lw) || lw == "event" || lw == "events" {
			return false // "Side event: …"
		}
		if r := nextRune(w, 0); unicode.IsLower(r) && !connectors[w] && utf8.RuneCountInString(w) > 3 {
			return true
		}
	}
	return false
}

// typeLabelRE matches a label giving the kind of an event on the line under
// its heading: "**Session type:** Workshop", "Format: Roundtable".
var typeLabelRE = gateFold(regexp.MustCompile(`(?i)(?:^|\| )[*_]*(?:session |event |meeting )?(?:type|format)[*_]*\s*:[*_]*\s*(\p{L}+)`), "type", "format")

// typeLabel returns the meeting kind a type label on line l names, or "":
// a page titled "WS #214 Trust and Safety in Cross-Border Incident
// Response" is a workshop when the line below says "Session type:
// Workshop".
func (b *builder) typeLabel(l Span) string {
	m := typeLabelRE.FindStringSubmatch(b.text[l.Start:l.End])
	if m == nil {
		return ""
	}
	return b.ref.EventWords[b.memo.lower(m[1])]
}

// labelledDate returns a date in a cell of line l that a "Date:" label
// opens: "… | **Date:** Wednesday, 25 June 2025, 11:00–12:30".
func (b *builder) labelledDate(l Span) *dates.Match {
	for _, c := range cells(b.text, l) {
		if d := b.dateOpening(c); d != nil && d.Start > c.Start {
			return d
		}
	}
	return nil
}

// trimMarker drops list markers and arrows from the start of a line.
func trimMarker(text string, l Span) Span {
	for l.Start < l.End && strings.ContainsRune("▶►•*#-– ", rune(text[l.Start])) {
		l.Start++
	}
	for l.Start < l.End && text[l.Start] >= 0x80 && !isWordRune(nextRune(text, l.Start)) {
		l.Start += len(string(nextRune(text, l.Start)))
		for l.Start < l.End && text[l.Start] == ' ' {
			l.Start++
		}
	}
	return l
}

// titleFrames reports whether the document title contains text and a
// meeting word: "Webinar | From Norms to Practice: …".
func (b *builder) titleFrames(text string) bool {
	t := b.doc.Meta.Title.Value
	return t != "" && t != text && strings.Contains(t, text) && b.hasSingularEventWord(strings.Replace(t, text, "", 1))
}

// hasSingularEventWord reports whether s has a meeting word that is not the
// plural of another: "Webinar | …" frames a meeting, the site name
// "… | Meetings Coverage" does not.
func (b *builder) hasSingularEventWord(s string) bool {
	for w := range strings.FieldsSeq(b.memo.lower(s)) {
		w = strings.Trim(w, ",;:|")
		if _, ok := b.ref.EventWords[w]; !ok {
			continue
		}
		if _, plural := b.ref.EventWords[strings.TrimSuffix(w, "s")]; !plural || !strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// dateLine returns the date that fills line l, or nil.
func (b *builder) dateLine(l Span) *dates.Match {
	if m := pressSymbolRE.FindStringIndex(b.text[l.Start:l.End]); m != nil {
		l.Start += m[1] // "SOC/CP/999 8 August 2024": a press release's symbol and date
	}
	d := b.dateOpening(l)
	if d == nil || d.Start != l.Start || strings.Trim(b.text[d.End:l.End], " .,*_") != "" {
		return nil
	}
	return d
}

// symbolLineRE matches a line that holds a document symbol and nothing
// else: "SC/15739", "GA/DIS/3779".
var symbolLineRE = regexp.MustCompile(`^[A-Z]{1,5}(?:/[A-Z0-9.]+)+$`)

// pressSymbolRE matches the symbol of a UN press release before its date:
// "SOC/CP/999 ", "GA/DIS/3779 ".
var pressSymbolRE = regexp.MustCompile(`^[A-Z]{2,5}(?:/[A-Z0-9.]+)+\s+`)

// dateOpening returns the date that opens line l, after at most a place.
func (b *builder) dateOpening(l Span) *dates.Match {
	for i := range b.dates {
		d := &b.dates[i]
		if d.Start < l.Start || d.Start >= l.End {
			continue
		}
		prefix := b.text[l.Start:d.Start]
		if prefix == "" || leadingPlaceRE.MatchString(prefix) || b.emphasisedPlace(prefix) || dateLabelRE.MatchString(prefix) {
			return d
		}
		return nil
	}
	return nil
}

// kindOf reads a meeting kind from the meeting words of a name.
func (b *builder) kindOf(name string) string {
	kind := "other"
	for w := range strings.FieldsSeq(b.memo.lower(name)) {
		w = strings.Trim(w, ",:;|")
		if k, ok := b.ref.EventWords[w]; ok {
			kind = k
		}
		if k := b.ref.Modifiers[w]; k != "" && k != "part" && k != "skip" {
			kind = k
		}
	}
	return kind
}

// pageWords name the part of an event's website a heading stands on, after
// a separator: "Reef Cable Annual Meeting 2026 · Programme".
var pageWords = map[string]bool{"programme": true, "program": true, "agenda": true, "overview": true,
	"registration": true, "speakers": true, "schedule": true, "home": true, "about": true}

// withoutPageWord cuts a page word and its separator from the end of a
// heading l.
func withoutPageWord(text string, l Span) Span {
	for _, sep := range []string{" · ", " | ", " – ", " — ", ": "} {
		k := strings.LastIndex(text[l.Start:l.End], sep)
		if k > 0 && pageWords[strings.ToLower(strings.TrimSpace(text[l.Start+k+len(sep):l.End]))] {
			return Span{l.Start, l.Start + k}
		}
	}
	return l
}

// emphasisedPlace reports whether prefix is a listed city or country, and
// its country, set in emphasis before a date: "**Suva, Fiji · "
// in "**Suva, Fiji · 4–5 June 2026**". A genre label in the
// same place ("*Analysis · ") is none.
func (b *builder) emphasisedPlace(prefix string) bool {
	p := strings.TrimLeft(prefix, "*_")
	if p == prefix || !leadingPlaceRE.MatchString(p) {
		return false
	}
	p = strings.TrimRight(p, " ,·|–—")
	first, _, _ := strings.Cut(p, ",")
	_, city := b.ref.CityOf(strings.TrimSpace(first))
	_, country := b.ref.CountryOf(strings.TrimSpace(first))
	return city || country
}

// quotedTitleBelow returns the title that fills, in quotes, the line under
// the date line below heading ls[i]:
//
//	CLOSING WORKSHOP
//	Friday 4 December 2026, 09:00-13:00, Room 2
//	"Cables and Courts: a research agenda"
func (b *builder) quotedTitleBelow(ls []Span, i int, d *dates.Match) (Span, bool) {
	if i+2 >= len(ls) || d.Start < ls[i+1].Start || d.Start >= ls[i+1].End {
		return Span{}, false
	}
	l := ls[i+2]
	ms := quotedRE.FindAllStringSubmatchIndex(b.text[l.Start:l.End])
	if len(ms) != 1 || ms[0][0] != 0 || ms[0][1] != l.End-l.Start {
		return Span{}, false
	}
	return Span{l.Start + ms[0][2], l.Start + ms[0][3]}, true
}

// bareKind reports whether a meeting name is made of meeting words,
// modifiers, ordinals and connectors only: "Closing Workshop", "Side
// event", "Second regional consultation".
func (b *builder) bareKind(name string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		w = strings.Trim(w, ",:;|*_")
		if _, ok := b.ref.EventWords[w]; ok || b.ref.Modifiers[w] != "" || connectors[w] || w == "event" {
			continue
		}
		if _, ok := b.ref.Ordinals[w]; ok {
			continue
		}
		return false
	}
	return true
}
