package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Confidence of the organisation rules.
const (
	confAcronymOrg = 0.85 // "Long Name (ACR)"
	confCueOrg     = 0.8  // "… Institute …", "University of …"
	confWeakCueOrg = 0.4  // only a weak cue such as "Forum" or "Programme"
	confKnownOrg   = 0.85 // a reference body or country named in the text
	confSlotOrg    = 0.7  // a capitalised name in an affiliation slot
)

// findAcronymOrgs turns acronym definitions with a capitalised long form
// into organisations: "the Nordvik Institute for Digital Affairs (NIDA)".
func (b *builder) findAcronymOrgs() {
	for _, d := range b.acronyms {
		if !looksLikeName(d.Long) {
			continue
		}
		kind, strength, venue := b.cueOf(strings.Fields(d.Long))
		if venue || (strength == 0 && b.hasEventWord(d.Long)) {
			continue
		}
		o := Organisation{Name: d.Long, Acronym: d.Short, Kind: kind}
		o.Rule, o.Confidence = "org.acronym-definition", confAcronymOrg
		b.applyBody(&o, d.Long, d.Short)
		o.Evidence = []Evidence{{"acronym", d.ShortSpan}}
		b.addOrg(o, d.LongSpan)
		b.cover(d.ShortSpan)
	}
}

// looksLikeName reports whether most words of s are capitalised and the
// first one is: "Institut d’Études de la Défense" yes,
// "computer security incident response teams" no.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || !isCap(f[0]) {
		return false
	}
	caps, content := 0, 0
	for _, w := range f {
		if connectors[w] {
			continue
		}
		content++
		if isCap(w) || isCap(elided(w)) {
			caps++
		}
	}
	return caps*2 >= content
}

// elided returns w without an elided article: "l’École" → "École".
func elided(w string) string {
	if k := strings.IndexAny(w, "'’"); k > 0 && k <= 2 {
		return strings.TrimLeft(w[k:], "'’")
	}
	return w
}

// applyBody fills kind, canonical acronym and country from the reference.
func (b *builder) applyBody(o *Organisation, name, acronym string) {
	if body, ok := b.ref.BodyOf(name); ok {
		o.Kind = body.Kind
		if o.Acronym == "" {
			o.Acronym = body.Acronym
		}
		return
	}
	if acronym != "" {
		if body, ok := b.ref.BodyOf(acronym); ok {
			o.Kind = body.Kind
		}
	}
}

// cueOf returns the kind suggested by the first organisation cue among
// words, the strongest cue weight, and whether a venue cue is present.
func (b *builder) cueOf(words []string) (kind string, strength float64, venue bool) {
	for i, w := range words {
		c, ok := b.ref.Cues[strings.Trim(w, ",;:")]
		if !ok {
			continue
		}
		if c.Kind == "venue" {
			if i > 0 || len(words) == 1 {
				venue = true
			}
			continue
		}
		if kind == "" {
			kind = c.Kind
		}
		if c.Weight > strength {
			strength = c.Weight
		}
	}
	return kind, strength, venue
}

// hasEventWord reports whether s contains a word naming a meeting.
func (b *builder) hasEventWord(s string) bool {
	for w := range strings.FieldsSeq(b.memo.lower(s)) {
		if _, ok := b.ref.EventWords[strings.Trim(w, ",;:")]; ok {
			return true
		}
	}
	return false
}

// findCueOrgs finds capitalised phrases with an organisation cue word:
// "the Coral Sea Policy Network", "Vistra University",
// "Ministry of Foreign Affairs of Peru". A phrase "X of the Y" whose Y has a
// cue of its own yields Y as the parent: "Faculty of Law of the University
// of Bergen".
func (b *builder) findCueOrgs() {
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		for _, p := range b.splitAtHonorifics(b.memo.capPhrases(s.Start, s.End)) {
			p = b.trimStopWords(p)
			if len(p.Words) == 0 || b.isCovered(p.Span) || isUpperWord(p.text(b.text)) && len(p.Words) > 1 {
				continue
			}
			b.cueOrg(p)
		}
	}
}

// cueOrg adds the organisation named by p when p carries a cue.
func (b *builder) cueOrg(p phrase) string {
	name := p.text(b.text)
	if _, ok := b.ref.CountryOf(name); ok {
		return ""
	}
	if _, ok := b.ref.BodyOf(name); ok {
		return ""
	}
	words := p.words()
	if b.ref.RoleWords[words[0]] {
		return ""
	}
	if rest, ok := b.headlessOf(p); ok {
		return b.cueOrg(rest)
	}
	if len(words) < 2 {
		return ""
	}
	if c, ok := b.governmentOf(p); ok {
		return b.addCountry(c, p.Span, name)
	}
	kind, strength, venue := b.cueOf(words)
	if venue || strength == 0 || genericName(words) {
		return ""
	}
	if kind == "government" {
		p.End = listNameEnd(b.text, p.End)
		p.End = b.accreditedTo(p)
		name = p.text(b.text)
	} else if strings.Contains(name, " of ") || strings.Contains(name, " for ") {
		// "Centre for Law, Technology and Security": a field that lists
		// its parts, none of them a place.
		if end := listNameEnd(b.text, p.End); end > p.End && !b.listsPlaces(Span{p.End, end}) {
			p.End = end
			name = p.text(b.text)
		}
	}
	if q, ok := b.withoutDanglingAdjective(p); ok {
		return b.cueOrg(q)
	}
	if q, ok := b.beforeSeriesName(p); ok {
		return b.cueOrg(q) // "Reef Policy Institute Working Paper 7" is the institute's series
	}
	if q, ok := b.afterJobTitle(p); ok {
		return b.cueOrg(q) // "Permanent Secretary in the Ministry of …"
	}
	if left, right, ok := b.splitAtAnd(p); ok {
		b.cueOrg(left)
		return b.cueOrg(right) // "the X Alliance and Fundación Y"
	}
	if q, ok := b.withoutSeat(p); ok {
		return b.cueOrg(q)
	}
	if words := p.words(); strings.Contains(words[len(words)-1], ".") && p.End < len(b.text) && b.text[p.End] == '.' {
		p.End++ // the last dot of a legal form: "Atlántico Cable Response S.A."
		name = p.text(b.text)
	}
	o := Organisation{Name: name, Kind: kind}
	o.Rule, o.Confidence = "org.cue", confCueOrg
	if strength < 1 || (b.hasEventWord(name) && !b.cueBeforeEvent(words)) {
		o.Rule, o.Confidence = "org.weak-cue", confWeakCueOrg
	}
	if parent, ok := b.parentPart(p); ok {
		o.ParentKey = b.cueOrg(parent)
	}
	key := b.addOrg(o, p.Span)
	if kind == "government" {
		b.countryAtEnd(p) // "Ministry of Digital Affairs of Trinidad and Tobago" names the state too
	}
	return key
}

// countryAtEnd records the state that closes a government's name after
// "of" ("of the Czech Republic").
func (b *builder) countryAtEnd(p phrase) {
	for k := len(p.Words) - 2; k > 0; k-- {
		if p.Words[k].Text != "of" {
			continue
		}
		start := p.Words[k+1].Start
		written := b.text[start:p.End]
		if c, ok := b.ref.CountryOf(strings.TrimPrefix(written, "the ")); ok {
			b.addCountry(c, Span{start, p.End}, written)
		}
		return
	}
}

// listTailRE matches the rest of a ministry name that lists its portfolios:
// ", Communications and the Digital Economy".
var listTailRE = regexp.MustCompile(`^(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*)+,? and (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*`)

// listNameEnd extends a government name over a list of portfolios:
// "Ministry of Trade, Transport and the Digital Economy".
func listNameEnd(text string, end int) int {
	if loc := listTailRE.FindStringIndex(text[end:]); loc != nil {
		return end + loc[1]
	}
	return end
}

// listsPlaces reports whether a list tail (", Kenya and Ghana") names a
// city or country.
func (b *builder) listsPlaces(s Span) bool {
	for _, part := range splitList(b.text, Span{s.Start + 2, s.End}) {
		if b.isPlaceName(strings.TrimPrefix(b.text[part.Start:part.End], "the ")) {
			return true
		}
	}
	return false
}

// cueBeforeEvent reports whether a strong cue comes before the first event
// word: "Centre for Maritime Dialogue" is an organisation, "Cyber Resilience
// Forum" is not.
func (b *builder) cueBeforeEvent(words []string) bool {
	for _, w := range words {
		if c, ok := b.ref.Cues[w]; ok && c.Weight >= 1 {
			return true
		}
		if _, ok := lookupLower(b.ref.EventWords, w); ok {
			return false
		}
	}
	return false
}

// headlessOf returns Y of "X of the Y" when X has no cue at all: in "Baraka
// Mwangi of the Lakeside Digital Rights Forum" only Y is an
// organisation.
func (b *builder) headlessOf(p phrase) (phrase, bool) {
	for i := 1; i+1 < len(p.Words); i++ {
		if p.Words[i].Text != "of" {
			continue
		}
		var left []string
		for _, t := range p.Words[:i] {
			left = append(left, t.Text)
		}
		if _, strength, _ := b.cueOf(left); strength > 0 || left[0] == "Government" {
			return phrase{}, false
		}
		k := i + 1
		if p.Words[k].Text == "the" {
			k++
		}
		if k >= len(p.Words) {
			return phrase{}, false
		}
		return phrase{Span{p.Words[k].Start, p.End}, p.Words[k:]}, true
	}
	return phrase{}, false
}

// parentPart returns Y of "X of the Y" when Y has a strong cue of its own.
func (b *builder) parentPart(p phrase) (phrase, bool) {
	for i := 1; i+2 < len(p.Words); i++ {
		if p.Words[i].Text != "of" || p.Words[i+1].Text != "the" {
			continue
		}
		rest := phrase{Span{p.Words[i+2].Start, p.End}, p.Words[i+2:]}
		if _, strength, _ := b.cueOf(rest.words()); strength >= 1 {
			return rest, true
		}
	}
	return phrase{}, false
}

// governmentOf reads "Government of Fiji" as the state.
func (b *builder) governmentOf(p phrase) (Country, bool) {
	w := p.words()
	if len(w) < 3 || w[0] != "Government" || w[1] != "of" {
		return Country{}, false
	}
	rest := b.text[p.Words[2].Start:p.End]
	return b.ref.CountryOf(rest)
}

// addCountry records a state.
func (b *builder) addCountry(c Country, span Span, written string) string {
	o := Organisation{Name: c.Name, Kind: "state", CountryCode: c.Code}
	o.Rule, o.Confidence = "org.country", confKnownOrg
	if names := written; names != c.Name {
		o.Aliases = []string{titleCase(written)}
	}
	return b.addOrg(o, span)
}

// withoutDanglingAdjective returns p without its last "for/of …" part when
// that part ends with an adjective of origin that a lower-case noun
// follows: in "Tidemark Academy for East African incident handlers"
// the name is "Tidemark Academy"; "Centre for African Studies" stays.
func (b *builder) withoutDanglingAdjective(p phrase) (phrase, bool) {
	n := len(p.Words)
	if n < 3 || !demonymLike(p.Words[n-1].Text) {
		return p, false
	}
	rest := strings.TrimLeft(b.text[p.End:], " ")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLower(r) {
		return p, false
	}
	for k := n - 2; k > 0; k-- {
		if w := p.Words[k].Text; w == "for" || w == "of" {
			q := phrase{Span{p.Start, p.Words[k-1].End}, p.Words[:k]}
			return q, true
		}
	}
	return p, false
}

// beforeSeriesName returns p without the publication series that follows
// an organisation's name: "Reef Policy Institute Working Paper", "… Policy
// Brief". The part before must carry a cue of its own.
func (b *builder) beforeSeriesName(p phrase) (phrase, bool) {
	for k := 2; k < len(p.Words); k++ {
		w := p.Words[k].Text
		_, pub := b.ref.PublicationCues[w]
		_, lower := b.ref.PublicationCues[b.memo.lower(w)]
		if !pub && !lower || !isCap(w) {
			continue
		}
		end := k
		if p.Words[k-1].Text == "Working" || p.Words[k-1].Text == "Policy" || p.Words[k-1].Text == "Discussion" {
			end = k - 1
		}
		q := phrase{Span{p.Start, p.Words[end-1].End}, p.Words[:end]}
		if _, strength, venue := b.cueOf(q.words()); strength >= 1 && !venue && len(q.Words) >= 2 {
			return q, true
		}
	}
	return p, false
}

// afterJobTitle returns the part of p after a job title and "in", "at" or
// "of the" when that part carries an organisation cue: "Permanent
// Secretary in the Ministry of Trade" names the ministry.
func (b *builder) afterJobTitle(p phrase) (phrase, bool) {
	for k := 0; k+2 < len(p.Words); k++ {
		w := p.Words[k]
		if !w.Word || !b.isRoleWord(w.Text) {
			continue
		}
		j := k + 1
		if t := p.Words[j].Text; t != "in" && t != "at" && t != "of" {
			continue
		}
		j++
		if p.Words[j].Text == "the" {
			j++
		}
		if j >= len(p.Words) || !isCap(p.Words[j].Text) {
			continue
		}
		q := phrase{Span{p.Words[j].Start, p.End}, p.Words[j:]}
		if _, strength, venue := b.cueOf(q.words()); strength >= 1 && !venue {
			return q, true
		}
	}
	return p, false
}

// splitAtAnd splits p at an "and" whose both sides carry an organisation
// cue and are at least two words: "Coral Alliance for Digital
// Security and Fundación Puente Abierto". "Ministry of Foreign Affairs and
// Foreign Trade" stays whole.
func (b *builder) splitAtAnd(p phrase) (phrase, phrase, bool) {
	for k := 2; k+2 < len(p.Words); k++ {
		r := k + 1
		switch {
		case p.Words[k].Text == "and":
		case p.Words[k].Text == "for" && p.Words[k+1].Text == "the" && k+3 < len(p.Words):
			r = k + 2 // "Saltmarsh Audio for the Centre for Digital Diplomacy"
		default:
			continue
		}
		if !isCap(p.Words[r].Text) {
			continue
		}
		left := phrase{Span{p.Start, p.Words[k-1].End}, p.Words[:k]}
		right := phrase{Span{p.Words[r].Start, p.End}, p.Words[r:]}
		_, ls, lv := b.cueOf(left.words())
		kind, rs, rv := b.cueOf(right.words())
		if r == k+1 && ls > 0 && rs > 0 && !lv && !rv {
			return left, right, true
		}
		if r == k+2 && ls == 0 && rs >= 1 && !rv && kind != "government" && b.ref.Cues[p.Words[r].Text].Weight >= 1 {
			return left, right, true // the right part opens with its own strong cue
		}
		if r == k+2 && ls == 0 && rs > 0 && !rv && b.personalName(left) {
			return left, right, true // "Ana Ruiz-Holt for the Reef Reading Group"
		}
	}
	return p, p, false
}

// personalName reports whether every word of p belongs to one personal
// name of two words or more.
func (b *builder) personalName(p phrase) bool {
	n, ok := b.nameAt(p.Words, 0, 2)
	return ok && n.Last == len(p.Words)
}

// accreditedToRE matches the body a mission is accredited to: " to the
// United Nations", " to the United Nations Office at Geneva".
var accreditedToRE = regexp.MustCompile(`^ to the \p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|at|of|and))*`)

// accreditedTo extends a mission or delegation over the body it is
// accredited to: "Permanent Mission of Colombia to the United Nations".
func (b *builder) accreditedTo(p phrase) int {
	if !p.hasWord("Mission") && !p.hasWord("Delegation") && !p.hasWord("Representation") {
		return p.End
	}
	m := accreditedToRE.FindString(b.text[p.End:min(len(b.text), p.End+120)])
	m = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(m, " and"), " of"), " ")
	return p.End + len(strings.TrimSuffix(m, " at"))
}

// genericWords describe a kind of organisation or a stakeholder group
// without naming one: "Intergovernmental Organization", "Civil Society
// Organisation", "National Government".
var genericWords = map[string]bool{"Intergovernmental": true, "International": true, "Regional": true,
	"National": true, "Non-Governmental": true, "Nongovernmental": true, "Civil": true, "Society": true,
	"Private": true, "Sector": true, "Technical": true, "Community": true, "Academic": true,
	"Organization": true, "Organisation": true, "Organizations": true, "Organisations": true,
	"Government": true, "Governments": true, "Institution": true, "Institutions": true}

// genericName reports whether every word of a name is generic.
func genericName(words []string) bool {
	for _, w := range words {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// seatWords name an office that a place belongs to: "Programme Office in
// Dushanbe" is a name, "Centre for European Policy in Brno" a name and a
// place.
var seatWords = map[string]bool{"Office": true, "Mission": true, "Embassy": true,
	"Delegation": true, "Representation": true, "Bureau": true, "Consulate": true}

// withoutSeat returns p without a closing "in <city or country>" unless
// the word before "in", or the first word, names an office: "Embassy of
// Reefland in Suva" is the embassy's name.
func (b *builder) withoutSeat(p phrase) (phrase, bool) {
	n := len(p.Words)
	for k := n - 2; k > 0; k-- {
		if p.Words[k].Text != "in" {
			continue
		}
		place := b.text[p.Words[k+1].Start:p.End]
		_, city := b.ref.CityOf(place)
		_, country := b.ref.CountryOf(place)
		if (!city && !country) || seatWords[p.Words[k-1].Text] || seatWords[p.Words[0].Text] {
			return p, false
		}
		return phrase{Span{p.Start, p.Words[k-1].End}, p.Words[:k]}, true
	}
	return p, false
}

// demonymLike reports whether w reads as an adjective of origin:
// "African", "Caribbean", "Asian", "Chinese".
func demonymLike(w string) bool {
	return isCap(w) && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese"))
}

// trimStopWords drops leading words that never start a name ("About",
// "Hosted", "The") or say where it is based ("Oslo-based"), and a trailing
// possessive.
func (b *builder) trimStopWords(p phrase) phrase {
	// "Lagos-based Harmattan Institute": the place is no part of the name.
	for k := len(p.Words) - 2; k >= 0; k-- {
		if w := p.Words[k].Text; strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-led") {
			p.Words = p.Words[k+1:]
			break
		}
	}
	for len(p.Words) > 0 && (b.ref.StopWords[p.Words[0].Text] || connectors[p.Words[0].Text] || !p.Words[0].Word) {
		p.Words = p.Words[1:]
	}
	// "Open-ended Working Group on Friday": a day or month ends no name.
	for len(p.Words) > 0 {
		last := p.Words[len(p.Words)-1]
		if !connectors[last.Text] && last.Word && !(b.ref.StopWords[last.Text] && len(p.Words) > 1) {
			break
		}
		p.Words = p.Words[:len(p.Words)-1]
	}
	if len(p.Words) == 0 {
		return p
	}
	p.Start, p.End = p.Words[0].Start, p.Words[len(p.Words)-1].End
	return p
}
