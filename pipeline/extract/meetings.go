package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// Confidence of the meeting rules.
const (
	confDatedMeeting = 0.85 // a meeting mention with its date in the same sentence
	confNamedMeeting = 0.65 // a capitalised meeting name, or an ordinal session of a body
	confVagueMeeting = 0.4  // a lower-case mention without date: review
)

// mention is one reference to a meeting in a sentence.
type mention struct {
	Name     Span
	Kind     string
	Ordinal  int
	BodyKey  string
	Date     *dates.Match
	Sentence Span
	Proper   bool // a capitalised name such as "Nairobi Ministerial Meeting on …"
	Bare     bool // a meeting word named only by its complement: "a briefing for delegations of …"
}

// findMeetings finds meeting mentions sentence by sentence, ties each to the
// nearest date of its sentence (or of the next line for a heading) and
// merges the mentions of one meeting.
func (b *builder) findMeetings() {
	b.dates = b.findDates()
	ms := append(b.headingMentions(), b.diaryMentions()...)
	ms = append(ms, b.eventListMentions()...)
	ms = append(ms, b.seriesTableMentions()...)
	for _, s := range b.meetingSentences() {
		ms = append(ms, b.mentionsIn(s)...)
	}
	// Dated mentions first, so that an early "the Intersessional Meeting"
	// joins the meeting a later sentence dates.
	for _, dated := range []bool{true, false} {
		for _, m := range ms {
			if (m.Date != nil) == dated {
				b.addMeeting(m)
			}
		}
	}
	b.foldNumberedMeetings()
	b.findPlaces()
	b.findSessions()
	b.findMeetingRoles()
}

// findDates returns the dates of the text after the front matter; the year
// of the document's own date fills in dates written without one.
func (b *builder) findDates() []dates.Match {
	year := 0
	if d, err := dates.Parse(b.doc.Meta.Date.Value); err == nil {
		year = d.Year
	}
	var out []dates.Match
	for _, m := range dates.Find(b.text, year) {
		if m.Start >= b.body || (m.Start >= b.doc.Meta.Title.Start && m.End <= b.doc.Meta.Title.End) {
			out = append(out, m)
		}
	}
	return out
}

// meetingSentences returns the document title (when the front matter or
// <title> gives one) and every sentence of the body.
func (b *builder) meetingSentences() []Span {
	var out []Span
	if t := b.doc.Meta.Title; t.End > t.Start {
		out = append(out, Span{t.Start, t.End})
	}
	return append(out, b.memo.sentences(b.body, len(b.text))...)
}

// mentionsIn finds the meeting mentions of one sentence.
func (b *builder) mentionsIn(s Span) []mention {
	toks := b.memo.tokenize(s.Start, s.End)
	var out []mention
	for i, t := range toks {
		if m, ok := b.acronymYearMention(toks, i); ok {
			m.Sentence = s
			out = append(out, m)
			continue
		}
		if !t.Word || !b.isEventWord(t.Text) || (i+1 < len(toks) && toks[i+1].Word && b.isEventWord(toks[i+1].Text) && adjacent(t, toks[i+1])) {
			continue
		}
		if len(out) > 0 && out[len(out)-1].Name.End >= t.End {
			continue // "the annual meeting of the Geneva Dialogue" is one mention
		}
		if b.namedAt(Span{t.Start, t.End}) && !b.editionOf(toks, i) || b.followedByVenueCue(toks, i) || b.inProgrammeTitle(s) || b.talksVerb(t) {
			continue
		}
		m, ok := b.mentionAt(toks, i)
		if !ok || b.attributiveAfter(toks, m.Name.End) {
			continue
		}
		m.Sentence = s
		out = append(out, m)
	}
	out = b.dropHolders(out)
	b.assignDates(out, s)
	b.dateToday(out, s)
	b.dateByYearAfter(out, toks)
	return dropUndatedBare(out)
}

// orgNamedUndated reports whether m is a capitalised mention without a
// date or an ordinal whose last word also names organisations: "the
// Kestrel Policy Forum" with no date is an organisation far more often
// than a meeting, unless it names a meeting found with its date.
func (b *builder) orgNamedUndated(m mention) bool {
	c, ok := b.ref.Cues[lastWord(b.text[m.Name.Start:m.Name.End])]
	return ok && c.Kind != "venue" && m.Date == nil && m.Proper && m.Ordinal == 0
}

// dropUndatedBare drops the mentions that only a complement makes
// (Bare) and no day or month dates: "a briefing for delegations of … on
// 11 June 2026" is a meeting, "a briefing for delegations" alone is not.
func dropUndatedBare(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Bare && (m.Date == nil || m.Date.From.Precision == dates.PrecisionYear) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// isCueWord reports whether w is also an organisation cue: "school",
// "forum".
func (b *builder) isCueWord(w string) bool {
	_, ok := b.ref.Cues[titleCase(w)]
	return ok
}

// maxDateDistance is how far (in bytes, doubled before the mention) a date
// may stand from the mention it dates.
const maxDateDistance = 120

// maxYearDistance is the same limit for a year alone ("planned for late 2025").
const maxYearDistance = 40

// assignDates gives each date of a sentence to one mention, nearest pairs
// first, so that in "talks would continue in Kigali the week of 10
// February, ahead of a second ministerial meeting planned for late 2025"
// each meeting keeps its own date. A year alone must stand close by. A
// heading without a date takes one opening the next line.
func (b *builder) assignDates(ms []mention, s Span) {
	type pair struct{ date, mention, dist int }
	var pairs []pair
	for i := range b.dates {
		d := &b.dates[i]
		if d.Start < s.Start || d.End > s.End || b.deadline(d) {
			continue
		}
		// "From 2-4 December 2019, X brought … to the meeting": a date opening
		// the sentence dates its first mention wherever it stands.
		opening := d.Start-s.Start <= len("From ")
		for j, m := range ms {
			k := d.Start - m.Name.End
			if k < 0 {
				k = (m.Name.Start - d.End) * 2
			}
			limit := maxDateDistance
			if d.From.Precision == "year" {
				limit = maxYearDistance
			}
			if opening {
				k = j
			}
			if k >= 0 && k <= limit {
				pairs = append(pairs, pair{i, j, k})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].dist < pairs[y].dist })
	used := map[int]bool{}
	for _, p := range pairs {
		if !used[p.date] && (ms[p.mention].Date == nil || b.refinesOwnYear(ms[p.mention], &b.dates[p.date])) {
			ms[p.mention].Date = &b.dates[p.date]
			used[p.date] = true
		}
	}
	if !b.isHeadingLine(s) || b.headline(b.text[s.Start:s.End]) {
		return // a headline's date line dates the article, not the meeting
	}
	for j := range ms {
		if ms[j].Date == nil {
			ms[j].Date = b.dateOnNextLine(s)
		}
	}
}

// refinesOwnYear reports whether date d states more precisely the year
// that m's own name gives: "IGF 2026 · 3–4 June 2026".
func (b *builder) refinesOwnYear(m mention, d *dates.Match) bool {
	cur := m.Date
	return cur.Start >= m.Name.Start && cur.End <= m.Name.End && refines(d.From, cur.From)
}

// deadlineWords stand before a date that closes a period rather than
// dating a meeting: "must be registered before 13 November".
var deadlineWords = map[string]bool{"before": true, "by": true, "until": true, "till": true, "deadline": true, "deadline:": true}

// deadline reports whether a deadline word stands right before date d.
func (b *builder) deadline(d *dates.Match) bool {
	before := strings.TrimRight(b.text[max(0, d.Start-12):d.Start], " *_")
	k := strings.LastIndexAny(before, " \n(")
	return deadlineWords[b.memo.lower(before[k+1:])]
}

// isHeadingLine reports whether s is a whole line without final punctuation.
func (b *builder) isHeadingLine(s Span) bool {
	ls := b.memo.lineStart(s.Start) // strings.LastIndexByte(b.text[:s.Start], '\n') + 1, without the scan back
	le := strings.IndexByte(b.text[s.End:], '\n')
	if le < 0 {
		le = len(b.text) - s.End
	}
	line := strings.TrimSpace(b.text[ls : s.End+le])
	return line != "" && line == strings.TrimSpace(b.text[s.Start:s.End]) && !strings.ContainsAny(line[len(line)-1:], ".!?:;,")
}

// dateOnNextLine returns a date opening the line after s, as in a heading
// "PACIFIC REGIONAL WORKSHOP …" followed by "Suva, 30 November – 2 December 2023".
func (b *builder) dateOnNextLine(s Span) *dates.Match {
	nl := strings.IndexByte(b.text[s.End:], '\n')
	if nl < 0 || strings.TrimSpace(b.text[s.End:s.End+nl]) != "" {
		return nil
	}
	if l, ok := firstLine(b.text, s.End+nl, len(b.text)); ok {
		return b.dateOpening(l)
	}
	return nil
}

// attributiveAfter reports whether the word after end makes the name a
// modifier: "the Geneva Dialogue website".
func (b *builder) attributiveAfter(toks []token, end int) bool {
	for k, t := range toks {
		if t.Start >= end {
			return t.Word && b.ref.Attributive[t.Text] && k > 0 && adjacent(toks[k-1], t)
		}
	}
	return false
}

// namedAt reports whether s lies in the name of a person or of an
// organisation found with enough confidence ("Global Forum on Cyber
// Expertise" is not a forum meeting).
func (b *builder) namedAt(s Span) bool {
	for _, o := range b.orgs {
		if o.Confidence < Threshold {
			continue
		}
		for _, e := range o.Evidence {
			if e.Span.Start <= s.Start && s.End <= e.Span.End {
				return true
			}
		}
	}
	for _, p := range b.people {
		for _, e := range p.Evidence {
			if e.Span.Start <= s.Start && s.End <= e.Span.End {
				return true
			}
		}
	}
	return false
}

func (b *builder) isEventWord(w string) bool {
	_, ok := lookupLowerFiltered(b.ref.EventWords, &b.ref.filters.eventWords, w)
	return ok
}

// followedByVenueCue skips "Conference Room 1" and "Convention Centre".
func (b *builder) followedByVenueCue(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].Word {
		return false
	}
	c, ok := b.ref.Cues[toks[i+1].Text]
	return ok && (c.Kind == "venue" || c.Weight >= 1)
}

// mentionAt builds the mention whose meeting word is toks[i].
func (b *builder) mentionAt(toks []token, i int) (mention, bool) {
	if isCap(toks[i].Text) {
		for _, p := range capPhrases(toks) {
			if p.Start <= toks[i].Start && toks[i].End <= p.End {
				p = b.trimStopWords(headEnd(fromOrdinal(p, toks[i], b.ref.Ordinals), toks[i]))
				if len(p.words()) >= 2 {
					return b.properMention(p, toks[i])
				}
			}
		}
	}
	return b.commonMention(toks, i)
}

// headEnd cuts a capitalised phrase after its meeting word unless a
// complement follows ("Porto Round on Network Stability"): in a headline
// "Gaborone Consultation Tells Us About" the name ends at "Consultation".
func headEnd(p phrase, head token) phrase {
	for k, t := range p.Words {
		if t.Start != head.Start || k+1 >= len(p.Words) {
			continue
		}
		next := p.Words[k+1].Text
		if (connectors[next] && next != "and" && next != "the") || isYear(next) {
			return p
		}
		p.Words = p.Words[:k+1]
		p.End = head.End
		return p
	}
	return p
}

// fromOrdinal starts a capitalised phrase at an ordinal before its meeting
// word: in the headline "Working Group Closes Ninth Session, …" the name is
// "Ninth Session".
func fromOrdinal(p phrase, head token, ordinals map[string]int) phrase {
	for k, t := range p.Words {
		if t.Start >= head.Start {
			break
		}
		if _, ok := lookupLower(ordinals, t.Text); ok && k > 0 {
			p.Words = p.Words[k:]
			p.Start = t.Start
			return p
		}
	}
	return p
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// properMention reads a capitalised meeting name: "Second Porto Round on
// Cyber Stability", "WEST AFRICAN CYBER RESILIENCE FORUM".
func (b *builder) properMention(p phrase, head token) (mention, bool) {
	p = b.withoutTrailingPlace(p, head)
	m := mention{Name: p.Span, Proper: true, Kind: b.ref.EventWords[b.memo.lower(head.Text)]}
	// "Seventeenth Internet Governance Forum", "the 30th Reef Regional
	// Forum": a numbered edition of a body's meeting is a meeting.
	orgNamed := b.confidentOrgAt(p.Span)
	if _, ordinalLed := lookupLower(b.ref.Ordinals, p.Words[0].Text); orgNamed && ordinalLed {
		orgNamed = false
	} else if n, v, ok := b.ordinalBefore(p.Start); ok {
		orgNamed, m.Name.Start, m.Ordinal = false, p.Start-len(n)-1, v // "the 5th Reef Forum Inter-Sessional Meeting"
	}
	if b.institutionNamed(p, head) || orgNamed || exchangeOfViews(b.text[head.Start:p.End]) || b.inCitedTitle(p.Start) {
		return mention{}, false // "Lviv School of Digital Governance", a forum that signed a letter
	}
	if b.personBeforeOf(p) || b.onlyEventWordsIn(p.text(b.text)) {
		return mention{}, false // "Ana Ruiz-Holt of the Reef Forum"; a menu's "Meetings & Events"
	}
	if p.End == head.End && strings.HasPrefix(strings.ToLower(b.text[head.End:min(head.End+8, len(b.text))]), " series") {
		return mention{}, false // "Harbour Seminar Series": a series, whose seminars are the meetings
	}
	for _, w := range p.words() {
		if _, ok := b.ref.PublicationCues[w]; ok && isCap(w) {
			return mention{}, false // "Procedural Report of the First Session …" is a document
		}
		lw := b.memo.lower(w)
		if n, ok := b.ref.Ordinals[lw]; ok && m.Ordinal == 0 {
			m.Ordinal = n
		}
		if k := b.ref.Modifiers[lw]; k == "part" || k == "skip" {
			return mention{}, false
		} else if k != "" {
			m.Kind = k
		}
	}
	return m, true
}

// withoutTrailingPlace cuts "in" and a listed city or country from the
// end of a meeting name after its meeting word: "ARF Inter-Sessional
// Meeting on ICTs Security in Manila" is held in Manila.
func (b *builder) withoutTrailingPlace(p phrase, head token) phrase {
	for k := len(p.Words) - 2; k > 1; k-- {
		w := p.Words[k]
		if w.Start <= head.Start {
			break
		}
		if w.Text != "in" {
			continue
		}
		place := b.text[p.Words[k+1].Start:p.End]
		_, city := b.ref.CityOf(place)
		_, country := b.ref.CountryOf(place)
		if city || country {
			p.Words = p.Words[:k]
			p.End = p.Words[k-1].End
		}
		break
	}
	return p
}

// institutionNamed reports whether p names an institution with a meeting
// word that is also an organisation cue, followed by "of" and a name:
// "School of International Studies", "Forum of Incident Response and
// Security Teams". "Summer School on Cyber Diplomacy" stays a meeting.
func (b *builder) institutionNamed(p phrase, head token) bool {
	for k, t := range p.Words {
		if t.Start == head.Start && k+2 < len(p.Words) && p.Words[k+1].Text == "of" && p.Words[k+2].Text == "Experts" {
			return true // "Panel of Experts", "Group of Experts": bodies
		}
	}
	if _, cue := b.ref.Cues[head.Text]; !cue {
		return false
	}
	for k, t := range p.Words {
		if t.Start == head.Start {
			return k+2 < len(p.Words) && p.Words[k+1].Text == "of" && isCap(p.Words[k+2].Text)
		}
	}
	return false
}

// personBeforeOf reports whether a capitalised phrase opens with a
// person's name followed by "of": "Ana Ruiz-Holt of the Reef Forum" names
// a person and her organisation.
func (b *builder) personBeforeOf(p phrase) bool {
	n, ok := b.nameAt(p.Words, 0, 2)
	return ok && n.Last < len(p.Words) && p.Words[n.Last].Text == "of"
}

// onlyEventWordsIn reports whether a name has more than one word and each
// is a plural meeting word, "events" or a conjunction: a site's menu
// ("Meetings & Events").
func (b *builder) onlyEventWordsIn(name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws {
		lw := strings.ToLower(w)
		if _, ok := b.ref.EventWords[lw]; (!ok || !strings.HasSuffix(lw, "s")) && lw != "events" && lw != "and" && lw != "&" {
			return false
		}
	}
	return len(ws) > 1
}

// editionOf reports whether the meeting word toks[i] ends an
// organisation's name that an ordinal opens: "the 30th Reef Regional
// Forum", "Seventeenth Reef Forum" are editions of a meeting.
func (b *builder) editionOf(toks []token, i int) bool {
	j := i
	for j > 0 && toks[j-1].Word && isCap(toks[j-1].Text) && adjacent(toks[j-1], toks[j]) {
		j--
	}
	if i+1 < len(toks) && toks[i+1].Word && isCap(toks[i+1].Text) && adjacent(toks[i], toks[i+1]) {
		return false // "5th Reef Forum Inter-Sessional Meeting": the name goes on
	}
	if _, ok := lookupLower(b.ref.Ordinals, toks[j].Text); ok && j < i {
		return true
	}
	_, _, ok := b.ordinalBefore(toks[j].Start)
	return ok && j < i
}

// numericOrdinalRE matches a numeric ordinal and a space at the end of a
// text: "the 30th ".
var numericOrdinalRE = regexp.MustCompile(`\b(\d{1,3}(?:st|nd|rd|th)) $`)

// ordinalBefore returns the ordinal that stands just before offset at, a
// number ("30th") or a word ("seventeenth"), and its value.
func (b *builder) ordinalBefore(at int) (string, int, bool) {
	if m := numericOrdinalRE.FindStringSubmatch(b.text[max(0, at-8):at]); m != nil {
		v, _ := strconv.Atoi(strings.TrimRight(m[1], "stndrh"))
		return m[1], v, true
	}
	before := strings.TrimSuffix(b.text[max(0, at-16):at], " ")
	if len(before) == len(b.text[max(0, at-16):at]) {
		return "", 0, false // no space before the name
	}
	w := before[strings.LastIndexAny(before, " \n(")+1:]
	if v, ok := lookupLower(b.ref.Ordinals, w); ok && w != "" {
		return w, v, true
	}
	return "", 0, false
}

// exchangeOfViews reports whether s, from the meeting word on, is "exchange
// of views": the debate of an agenda item ("General Exchange of Views"),
// not a meeting such as the "Cross-Regional Exchange on CBMs".
func exchangeOfViews(s string) bool {
	return strings.HasPrefix(strings.ToLower(s), "exchange of views")
}

// inCitedTitle reports whether a title that a publication word introduces
// ends just before start or runs on at it: in "the 2025 report The
// Charting the Reef: Options for a Permanent Forum" the dialogue is part
// of the report's title.
func (b *builder) inCitedTitle(start int) bool {
	_, ok := b.cuedTitleStart(start)
	return ok
}

// cuedTitleStart walks back from start over capitalised words (and a colon
// after one) to a lower-case publication word, and returns where the words
// after it begin.
func (b *builder) cuedTitleStart(start int) (int, bool) {
	prefix := b.text[b.memo.lineStart(start):start]
	f := strings.Fields(prefix)
	k := len(f) - 1
	for steps := 0; k >= 0 && steps < 12 && (isCap(strings.TrimSuffix(f[k], ":")) || connectors[f[k]] && k > 0 && isCap(f[k-1])); steps++ {
		k-- // "Charting the Reef: Options for …": title words and the connectors between them
	}
	if k < 0 || k == len(f)-1 && !strings.HasSuffix(prefix, " ") {
		return 0, false
	}
	w := f[k]
	if _, ok := b.ref.PublicationCues[w]; !ok || isCap(w) {
		return 0, false
	}
	return b.memo.lineStart(start) + strings.LastIndex(prefix, w) + len(w) + 1, true
}

// talksVerb reports whether the meeting word "talks" at head is a verb:
// "the host talks to two guests".
func (b *builder) talksVerb(head token) bool {
	if !strings.EqualFold(head.Text, "talks") {
		return false
	}
	rest := b.text[head.End:]
	return strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " with ") || strings.HasPrefix(rest, " about ")
}

// confidentOrgAt reports whether an organisation at or above the threshold
// was found with the very span s.
func (b *builder) confidentOrgAt(s Span) bool {
	for _, o := range b.orgs {
		if o.Confidence < Threshold {
			continue
		}
		for _, e := range o.Evidence {
			if e.Span == s {
				return true
			}
		}
	}
	return false
}

// commonMention reads a lower-case mention with its modifiers and an "of the
// BODY" complement: "the informal intersessional consultative meeting of the
// Open-ended Working Group", "its second substantive session". A bare "the
// meeting" is not a mention.
func (b *builder) commonMention(toks []token, i int) (mention, bool) {
	m := mention{Kind: b.ref.EventWords[b.memo.lower(toks[i].Text)]}
	j := i
	if j > 1 && (toks[j-1].Text == "'" || toks[j-1].Text == "’") && strings.HasSuffix(toks[j-2].Text, "s") && adjacent(toks[j-2], toks[j-1]) {
		j -= 2 // "an authors' workshop"
	}
	for j > 0 && toks[j-1].Word && adjacent(toks[j-1], toks[j]) && (b.modifierWord(toks[j-1].Text) || b.isEventWord(toks[j-1].Text)) {
		j--
	}
	part, qualified := false, false
	if j >= 2 && toks[j-1].Text == "and" {
		if _, ord := lookupLower(b.ref.Ordinals, toks[j-2].Text); ord {
			j -= 2 // "the eleventh and final session": a meeting, not a part of one
			qualified = true
		}
	}
	for k := j; k < i; k++ {
		lw := b.memo.lower(toks[k].Text)
		if n, ok := b.ref.Ordinals[lw]; ok {
			m.Ordinal = n
		}
		switch kind := b.ref.Modifiers[lw]; kind {
		case "skip":
			return mention{}, false
		case "part":
			part = true
		case "":
		default:
			m.Kind, qualified = kind, true
		}
	}
	// "the closing plenary" is part of a meeting; "the final substantive
	// session" is a meeting.
	if part && !qualified {
		return mention{}, false
	}
	end := toks[i].End
	if i+2 < len(toks) && (toks[i+1].Text == "of" || toks[i+1].Text == "on" || toks[i+1].Text == "for") {
		// "meeting of the Open-ended Working Group"; "on"/"for" only with a body
		if s := b.phraseAfter(toks, i+2); s.End > s.Start {
			m.BodyKey = b.orgKeyAtSpan(s)
			if toks[i+1].Text == "of" {
				m.BodyKey = b.complementBody(s)
			}
			if toks[i+1].Text == "of" || m.BodyKey != "" {
				end = s.End
			}
		}
	}
	if exchangeOfViews(b.text[toks[i].Start:min(len(b.text), toks[i].End+10)]) {
		return mention{}, false // "a general exchange of views" is the debate of an item
	}
	if end == toks[i].End {
		end = b.complementEnd(toks, i) // only for a mention that is one without it
		// A bare meeting word is no mention ("the meeting"); with a
		// complement of two words or more it is one, if dated: "a briefing
		// for delegations of small island developing States".
		if j == i && (end == toks[i].End || countFields(b.text[toks[i].End:end]) < 3 || b.isCueWord(toks[i].Text)) {
			return mention{}, false // "a new school for island diplomats" may be an institution
		}
		m.Bare = j == i
	}
	if m.BodyKey == "" {
		m.BodyKey = b.possessiveBody(toks, j)
	}
	m.Name = Span{toks[j].Start, end}
	return m, true
}

// maxComplementWords is the most words a meeting's name takes after its
// meeting word.
const maxComplementWords = 10

// complementEnd returns the end of a complement that completes a meeting's
// name after its meeting word at toks[i]: "consultation with accredited
// stakeholders", "course for Pacific Island States", "workshop on national
// cybersecurity strategies". It stops at punctuation, a number, a day or
// month, or a word that starts a new part of the sentence ("in", "at",
// "from", "held", "which" …); toks[i].End when there is none.
func (b *builder) complementEnd(toks []token, i int) int {
	end := toks[i].End
	if i+2 >= len(toks) {
		return end
	}
	switch toks[i+1].Text {
	case "with", "for", "on", "of":
	default:
		return end
	}
	if toks[i+2].Text == "behalf" {
		return end // "on behalf of Kenya"
	}
	n := 0
	for k := i + 2; k < len(toks) && n < maxComplementWords; k++ {
		t := toks[k]
		if (t.Text == "’" || t.Text == "'") && k+1 < len(toks) && toks[k+1].Text == "s" && adjacent(t, toks[k+1]) {
			k++ // "the hotline's rules of procedure"
			end = toks[k].End
			continue
		}
		if !t.Word || !b.wrapAdjacent(toks[k-1], t) || complementStops[t.Text] || b.ref.StopWords[t.Text] || strings.ContainsAny(t.Text, "0123456789") {
			break
		}
		if _, ok := b.ref.EventWords[b.memo.lower(t.Text)]; ok {
			break // "the workshop for the meeting …": another mention
		}
		if t.Text != "the" && t.Text != "a" && t.Text != "an" && t.Text != "and" && t.Text != "of" {
			end = t.End
		}
		n++
	}
	return end
}

// wrapAdjacent reports whether token y follows x with only spaces
// between, or the line break of a hard-wrapped paragraph (sentences run on
// over line breaks only there).
func (b *builder) wrapAdjacent(x, y token) bool {
	gap := b.text[x.End:y.Start]
	return adjacent(x, y) || strings.Count(gap, "\n") == 1 && strings.TrimSpace(gap) == ""
}

// complementStops end the complement of a meeting's name.
var complementStops = map[string]bool{"in": true, "at": true, "from": true, "to": true, "on": true,
	"held": true, "hosted": true, "organised": true, "organized": true, "which": true, "that": true,
	"who": true, "where": true, "when": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "would": true, "has": true, "have": true, "had": true, "by": true, "during": true,
	"ahead": true, "before": true, "after": true, "since": true, "until": true, "as": true,
	"should": true, "could": true, "may": true, "might": true, "must": true, "shall": true, "can": true}

// modifierWord reports whether w may stand before a meeting word.
func (b *builder) modifierWord(w string) bool {
	lw := b.memo.lower(w)
	if _, ok := b.ref.Modifiers[lw]; ok {
		return true
	}
	if _, ok := b.ref.Ordinals[lw]; ok {
		return true
	}
	return isCap(w) && !b.ref.StopWords[w] && !strings.HasSuffix(lw, "s'")
}

// orgKeyAtSpan returns the organisation named exactly by s, if found.
func (b *builder) orgKeyAtSpan(s Span) string {
	if key := b.orgStartingAt(s.Start); key != "" {
		return key
	}
	return b.orgKeyByName(b.text[s.Start:s.End])
}
