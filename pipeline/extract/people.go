package extract

import (
	"strings"
	"unicode/utf8"
)

// Confidence of the people rules.
const (
	confHonorific = 0.9  // "Dr Kwesi Ansah-Boateng"
	confBio       = 0.9  // "Maren Holt is a visiting professor at …"
	confByline    = 0.85 // "By Wanjiru Kamau, East Africa correspondent"
	confSpeech    = 0.8  // "Lars Vinter discussed …", "said Juma Otieno"
	confListItem  = 0.75 // "- Losana Fifita-Tu'akoi, independent researcher"
)

// speechVerbs follow a person's name: "Ilse Marek made a case for …".
var speechVerbs = map[string]bool{
	"said": true, "says": true, "explained": true, "discussed": true, "noted": true,
	"argued": true, "stressed": true, "emphasised": true, "emphasized": true,
	"made": true, "set": true, "presented": true, "described": true, "told": true,
	"added": true, "warned": true, "highlighted": true, "urged": true,
	"suggested": true, "observed": true, "recalled": true, "pointed": true,
	"spoke": true, "moderated": true, "chaired": true, "introduced": true,
	"opened": true, "closed": true, "welcomed": true, "underlined": true,
	"asked": true, "answered": true, "replied": true, "insisted": true,
	"has": true, "is": true, "was": true, "will": true, "leads": true, "led": true,
	"wrote": true, "writes": true, "joins": true, "joined": true, "leaves": true,
	"cautioned": true, "concluded": true, "recommended": true, "commented": true,
	"responded": true, "notes": true, "argues": true, "adds": true, "warns": true,
	"explains": true, "believes": true,
	// verbs of a biography: "Rania Al-Mutairi oversees the authority's …"
	"oversees": true, "heads": true, "directs": true, "manages": true, "coordinates": true,
	"teaches": true, "works": true, "serves": true, "served": true, "advises": true,
	"researches": true, "focuses": true, "specialises": true, "specializes": true,
}

// preVerbs come before a name: "said Jean-Marc Lefèvre-Ndour, Chief …",
// "according to Marloes de Wit-Hendriks", "interview with X".
var preVerbs = map[string]bool{"said": true, "says": true, "added": true, "to": true,
	"with": true, "by": true, "By": true, "told": true, "asked": true, "thanked": true}

// findPeople runs the people rules over every sentence of the body.
func (b *builder) findPeople() {
	b.findTablePeople()
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		toks := b.memo.tokenize(s.Start, s.End)
		for i := 0; i < len(toks); i++ {
			if end, ok := b.personAt(toks, i); ok {
				i = end - 1
			}
		}
	}
	b.addLateSurnames()
}

// personAt tries the rules for a person starting at toks[i] and returns the
// index after what it consumed.
func (b *builder) personAt(toks []token, i int) (int, bool) {
	if !toks[i].Word {
		return 0, false
	}
	if end, ok := b.citedAuthorAt(toks, i); ok {
		return end, true
	}
	if end, ok := b.invertedNameAt(toks, i); ok {
		return end, true
	}
	if end, ok := b.speakerTurnAt(toks, i); ok {
		return end, true
	}
	if end, ok := b.verbatimTurnAt(toks, i); ok {
		return end, true
	}
	if end, ok := b.capsTurnAt(toks, i); ok {
		return end, true
	}
	if end, ok := b.captionTurnAt(toks, i); ok {
		return end, true
	}
	if h := b.honorificAt(toks, i); h > i {
		n, ok := b.honorificName(toks, h)
		if !ok {
			return b.surnameWithDelegation(toks, i, h)
		}
		if b.isCovered(n.Span) {
			return 0, false
		}
		if end, ok := b.knownSurname(n); ok {
			return end, true // "Rapporteur: Dr de la Cruz Ferrer" after "Dr Ana Lucía de la Cruz Ferrer"
		}
		key := b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.honorific", confHonorific)
		b.affiliate(key, toks, n.Last)
		return n.Last, true
	}
	if !isCap(toks[i].Text) || (i > 0 && toks[i-1].Word && isCap(toks[i-1].Text) && !b.ref.StopWords[toks[i-1].Text] && !b.isRoleWord(toks[i-1].Text) && adjacent(toks[i-1], toks[i])) {
		return 0, false
	}
	if i > 1 && connectors[toks[i-1].Text] && toks[i-1].Text != "and" && isCap(toks[i-2].Text) && adjacent(toks[i-2], toks[i-1]) {
		return 0, false // "Global Forum on Cyber Expertise": the end of a longer name
	}
	n, ok := b.nameAt(toks, i, 2)
	if !ok || b.isCovered(n.Span) {
		return 0, false
	}
	rule, conf := b.personContext(toks, n)
	if rule == "" || b.isOrgName(b.text[n.Start:n.End]) || b.isPlaceName(b.text[n.Start:n.End]) {
		return 0, false // "Viet Nam has offered …", "Addis Ababa, Ethiopia"
	}
	key := b.personFromName(toks, n, n.Span, rule, conf)
	b.affiliate(key, toks, n.Last)
	return n.Last, true
}

// surnameWithDelegation reads a person that a UN document names by
// honorific and surname with the delegation or body in brackets:
// "co-facilitated by Ms. Haraldsen (Norway) and Mr. Osei (Ghana)". A
// surname that a full name found earlier ends with is that person;
// otherwise the surname alone is the person's name.
func (b *builder) surnameWithDelegation(toks []token, i, h int) (int, bool) {
	n, ok := b.nameAt(toks, h, 1)
	if !ok || n.Last-n.First != 1 || b.isCovered(n.Span) {
		return 0, false
	}
	delegation := n.Last < len(toks) && toks[n.Last].Text == "(" && (b.countryInBrackets(toks, n.Last) || b.orgInBrackets(toks, n.Last))
	if !delegation {
		// "co-facilitated by Ms. Lindqvist-Obuya": a compound surname after
		// an honorific is a person even without a delegation, unless a full
		// name later in the text ends with it.
		if strings.ContainsAny(toks[n.First].Text, "-‑") {
			b.lateSurnames = append(b.lateSurnames, lateSurname{toks, n, Span{toks[i].Start, n.End}})
		}
		return 0, false
	}
	if end, ok := b.knownSurname(n); ok {
		return end, true
	}
	key := b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.verbatim-turn", confVerbatimTurn)
	b.affiliate(key, toks, n.Last)
	return n.Last, true
}

// surnameOfSomeone reports whether a person found in the text has the
// surname n.
func (b *builder) surnameOfSomeone(n personName) bool {
	_, count := b.surnameOwners(n)
	return count > 0
}

// surnameOwners returns the first person found so far whose surname is
// the name n, and how many people have it.
func (b *builder) surnameOwners(n personName) (first, count int) {
	sn := keyOf(titleCase(b.text[n.Start:n.End]))
	first = -1
	for k, p := range b.people {
		if keyOf(surname(p.Name)) == sn {
			if count++; first < 0 {
				first = k
			}
		}
	}
	return first, count
}

// lateSurname is a surname after an honorific, waiting for every full
// name of the text to be known.
type lateSurname struct {
	toks    []token
	n       personName
	written Span
}

// addLateSurnames adds the surnames after an honorific that no full name
// of the text ends with as people of their own.
func (b *builder) addLateSurnames() {
	for _, l := range b.lateSurnames {
		if b.isCovered(l.n.Span) {
			continue
		}
		if b.surnameOfSomeone(l.n) {
			continue // resolveSurnames ties it to the full name
		}
		b.personFromName(l.toks, l.n, l.written, "person.honorific", confHonorific)
	}
}

// personContext names the rule whose context surrounds the name n, or "".
func (b *builder) personContext(toks []token, n personName) (string, float64) {
	before := ""
	if n.First > 0 {
		before = toks[n.First-1].Text
	}
	// Emphasis around the name is markup, not context: "**Ana Ruiz** is …".
	last := n.Last
	for last < len(toks) && (toks[last].Text == "*" || toks[last].Text == "_") && last < n.Last+2 {
		last++
	}
	after := ""
	if last < len(toks) {
		after = toks[last].Text
	}
	switch {
	case after == "is" || after == "was":
		// "X is a research fellow at …": the predicate names a job
		if clauseStart(toks, n.First) && b.roleFollows(toks, last+1) {
			return "person.bio", confBio
		}
	case speechVerbs[after] && (clauseStart(toks, n.First) || isCap(before) && b.isRoleWord(before)):
		// "Lars Vinter said …", "Coordinator Marta Ibáñez told us …"
		return "person.speech", confSpeech
	case after == "," && last+1 < len(toks) && toks[last+1].Text == "who" && !connectors[before]:
		return "person.relative", confSpeech // "Jean-Luc Morel, who advises the ministry"
	case (after == "" || after == ";" || after == "," && !b.pluralLabelLine(n.Start)) && b.personLabelLine(n.Start):
		return "person.labelled", confListItem // "Rapporteur: Lucía Pérez Quispe", "Speaker 4: Ana Ruiz, Private Sector"
	case after == "" && before == "" && b.underPersonLabel(n):
		return "person.labelled", confListItem // "Online Moderator" heading over "Tomás Achterberg-Nnamdi"
	case (after == "" || after == "*") && (before == "" || before == "#" || before == "*") && b.roleLineBelow(n):
		return "person.bio-heading", confListItem // a speaker's card: "Oskar Lindqvist-Ba" over "Senior Fellow, …"
	case preVerbs[before]:
		if before == "to" && (n.First < 2 || toks[n.First-2].Text != "according") {
			return "", 0
		}
		if (before == "by" || before == "By") && n.First >= 2 && b.ref.ListLabels[b.memo.lower(toks[n.First-2].Text)] != "" {
			return "", 0 // "co-organised by Red Andina de Ciberseguridad": organisations organise
		}
		if after == "" || after == "," || after == "(" || after == "." || after == "and" || after == "of" || after == "’" || after == "'" ||
			(before == "By" || before == "by") && (after == "·" || after == "|" || after == "–" || after == "—" || (after == "for" || after == ";") && b.bylineVerbBefore(toks, n.First)) {
			if before == "by" || before == "By" {
				return "person.byline", confByline
			}
			return "person.speech", confSpeech
		}
	case after == "," && n.Last+2 < len(toks) && articles[toks[n.Last+1].Text] && b.roleFollows(toks, n.Last+2):
		return "person.bio", confBio // "Sarah Miller, a senior fellow at the Atlantic Council, said"
	case (after == "—" || after == "–") && (b.bulletBefore(n.Start) || b.memo.lineStart(n.Start) == b.lineStartAfterMarks(n.Start) && !isUpperWord(b.text[n.Start:n.End])) && (b.roleFollows(toks, last+1) || b.affiliationFollows(toks, last+1)):
		return "person.list-item", confListItem // "- **Adjoa Nkansah** — Director, Ministry of …"
	case b.isListLine(n.Start) && (after == "(" || after == "," && b.affiliationFollows(toks, last+1)):
		return "person.list-item", confListItem
	case before == ";" && b.labelledLine(n.Start) && (after == "(" || after == "," && b.affiliationFollows(toks, n.Last+1)):
		return "person.list-item", confListItem // "Speakers: A (X); B (Y)"
	case after == "|" && b.isListLine(n.Start) && b.affiliationFollows(toks, n.Last+1):
		return "person.list-item", confListItem // "Jean-Claude Mbarga | Cameroon Digital Forum"
	case after == "(" && b.orgInBrackets(toks, n.Last):
		return "person.affiliated", confListItem // "Speakers included Sophie Laurent (Université de Genève)"
	case before == "," && after == "," && b.roleBefore(toks, n.First-1):
		// "the Chair, Omar Siddiq, head of …"; "The Director of the Office for
		// Disarmament Affairs, Henrik Osterlund, briefed …"
		return "person.role-apposition", confSpeech
	case after == "," && b.capitalisedRoleAt(toks, n.Last+1):
		return "person.role-apposition", confListItem // "Jan Novak, Ambassador-at-large for …", "X, High Representative for …"
	case after == "(" && isCap(before) && b.isRoleWord(before) && (b.orgInBrackets(toks, n.Last) || b.countryInBrackets(toks, n.Last)):
		return "person.role-apposition", confListItem // "Chair Tran Minh Duc (Viet Nam)"
	case after == "(" && b.countryInBrackets(toks, n.Last) && (before == "," || before == "and" || before == "them") && b.roleEarlier(toks, n.First) && !b.isPlaceName(b.text[n.Start:n.End]):
		return "person.delegate", confListItem // "the Rapporteurs, among them Ana Ruiz (Colombia) and Lena Holt (Finland)"
	case (before == "—" || before == "–") && (after == "" || after == ",") && (strings.Trim(b.text[b.memo.lineStart(n.Start):n.Start], " \t—–") == "" || b.quoteBefore(n.Start)):
		return "person.attribution", confListItem // "— Marta Quispe-Lindahl, Reef Institute" under or after a quotation
	case (after == "," || after == "and") && b.creditLine(n.Start):
		return "person.byline", confByline // "Ana Ruiz and Lena Holt, editors"
	case (before == ":" || before == "," || before == "and" || before == ";" || before == "from") && (after == "" || after == "," || after == "and" || after == ";" || after == ".") && b.personLabelledList(n.Start):
		return "person.labelled", confListItem // "Speakers: Ana Ruiz, Lena Holt and Sione Fakatava."
	case after == "from" && last+2 < len(toks) && toks[last+1].Text == "the" && b.orgStartingAt(toks[last+2].Start) != "":
		return "person.affiliated", confListItem // "Ana Ruiz-Holt from the Reef Ministry of Cables said"
	case after == "@" && last+1 < len(toks) && toks[last+1].Word && adjacent(toks[last], toks[last+1]) && (before == "" || clauseStart(toks, n.First)):
		return "person.handle", confListItem // a post's author: "Zofia Król-Mbeki @zofiak · Jul 11"
	case (after == "’" || after == "'") && n.Last+1 < len(toks) && toks[n.Last+1].Text == "s":
		if n.Last+2 < len(toks) && workNouns[toks[n.Last+2].Text] {
			return "person.possessive-work", confSpeech // "Nora Keane-Doyle's book"
		}
	}
	if before == "and" && n.First >= 2 && b.isCovered(Span{toks[n.First-2].Start, toks[n.First-2].End}) && (after == "" || after == "," || after == "." || after == "·" || after == "|") {
		return "person.byline", confByline // "Compiled by X and Y", "policy brief by X and Y, May 2026"
	}
	return "", 0
}

// bylineVerbs say who wrote or keeps a text: "Kept by X for the reading
// group". A producer or host ("produced by X for Y") may be a company.
var bylineVerbs = map[string]bool{"written": true, "kept": true, "compiled": true, "edited": true,
	"prepared": true, "maintained": true, "curated": true, "drafted": true, "authored": true}

// bylineVerbBefore reports whether a byline verb stands before the "by"
// that precedes toks[first].
func (b *builder) bylineVerbBefore(toks []token, first int) bool {
	return first >= 2 && bylineVerbs[b.memo.lower(toks[first-2].Text)]
}

// countryInBrackets reports whether a country fills the brackets opening
// at toks[k]: "(Viet Nam)".
func (b *builder) countryInBrackets(toks []token, k int) bool {
	c := closing(toks, k)
	if c <= k+1 {
		return false
	}
	_, ok := b.ref.CountryOf(b.text[toks[k+1].Start:toks[c-1].End])
	return ok
}

// capitalisedRoleAt reports whether a capitalised job title opens the
// words at toks[k]: a role word among its first three capitalised words
// ("Ambassador-at-large", "High Representative", "Deputy Permanent
// Representative").
func (b *builder) capitalisedRoleAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3 && toks[j].Word && isCap(toks[j].Text); j++ {
		if b.isRoleWord(toks[j].Text) {
			return true
		}
	}
	return false
}

// roleBefore reports whether a job title word stands in the clause that
// ends with the comma at toks[comma], at most eight words back.
func (b *builder) roleBefore(toks []token, comma int) bool {
	for j := comma - 1; j >= 0 && j >= comma-8; j-- {
		if !toks[j].Word && toks[j].Text != "’" && toks[j].Text != "'" {
			return false
		}
		if b.isRoleWord(toks[j].Text) {
			return true
		}
	}
	return false
}

// isRoleWord reports whether w, or the part of w before a hyphen, is a job
// title word in any case: "Director", "representative", "Ambassador-at-large".
func (b *builder) isRoleWord(w string) bool {
	if b.ref.RoleWords[titleCase(upperFirst(w))] {
		return true
	}
	head, tail, ok := strings.Cut(w, "-")
	return ok && (b.ref.RoleWords[upperFirst(head)] || b.ref.RoleWords[upperFirst(tail)]) // "Ambassador-at-large", "vice-minister"
}

// roleFollows reports whether a job title word comes within six words of
// toks[k], before "at", "of" or a comma.
func (b *builder) roleFollows(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		w := toks[j].Text
		if w == "at" || w == "of" || w == "," {
			return false
		}
		if b.ref.RoleWords[titleCase(upperFirst(w))] {
			return true
		}
	}
	return false
}

// isOrgName reports whether s names an organisation found or known.
func (b *builder) isOrgName(s string) bool {
	if _, ok := b.ref.BodyOf(s); ok {
		return true
	}
	return b.orgKeyByName(s) != ""
}

// clauseStart reports whether toks[i] begins a clause: only punctuation
// before it, or a full stop, comma, colon or closing quote just before.
func clauseStart(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case ".", ",", ":", "*", "”", "\"", "—", "–":
		return true
	}
	for _, t := range toks[:i] {
		if t.Word {
			return false
		}
	}
	return true
}

// articles open an apposition: "X, a senior fellow at Y".
var articles = map[string]bool{"a": true, "an": true, "the": true}

// workNouns are what a person writes: "X's book".
var workNouns = map[string]bool{"book": true, "paper": true, "report": true, "article": true, "study": true, "essay": true}

// personLabelLine reports whether a label announcing people ends just
// before start on its line: "Onsite Moderator: Kwesi Boateng", "**Rapporteur:**
// Lucía Pérez", "Speakers: A (X); B".
func (b *builder) personLabelLine(start int) bool {
	ls := b.memo.lineStart(start)
	label, ok := strings.CutSuffix(strings.Trim(b.text[ls:start], " \t*_"), ":")
	if !ok {
		return false
	}
	words := strings.Fields(strings.Trim(label, "*_ "))
	if len(words) > 1 && isNumber(words[len(words)-1]) {
		words = words[:len(words)-1] // "Speaker 4:"
	}
	if len(words) == 0 || len(words) > 3 || strings.ContainsAny(label, ":,.;()") {
		return false
	}
	return b.ref.PersonLabels[b.memo.lower(words[len(words)-1])]
}

// pluralLabelLine reports whether the label before start on its line is
// plural ("Authors:", "Speakers:"): a list of names follows, not a name
// and its affiliation.
func (b *builder) pluralLabelLine(start int) bool {
	label := strings.Trim(b.text[b.memo.lineStart(start):start], " \t*_:")
	return strings.HasSuffix(label, "s")
}

// isNumber reports whether w is made of ASCII digits.
func isNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// personLabelledList reports whether the line holding start opens with a
// label that names people ("Speakers:", "Panellists:") followed by a list
// of names only: commas, "and" and semicolons between capitalised words.
func (b *builder) personLabelledList(start int) bool {
	ls := b.memo.lineStart(start)
	line := b.text[ls:start]
	for _, credit := range []string{"With contributions from ", "With contributions by ", "Contributions from ", "Contributions by "} {
		if strings.HasPrefix(strings.TrimLeft(line, " \t*_"), credit) {
			return namesBetween(line[strings.Index(line, credit)+len(credit):])
		}
	}
	k := strings.IndexByte(line, ':')
	if k < 0 {
		return false
	}
	words := strings.Fields(b.memo.lower(strings.Trim(line[:k], " \t*_-•")))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	last := words[len(words)-1]
	if !b.ref.PersonLabels[last] && !b.ref.PersonLabels[strings.TrimSuffix(last, "s")] {
		return false
	}
	return namesBetween(line[k+1:])
}

// namesBetween reports whether s, between a label and a name, holds names,
// commas and "and" only.
func namesBetween(s string) bool {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(s)) {
		if w != "and" && !isCap(w) && !particles[w] {
			return false
		}
	}
	return true
}

// roleEarlier reports whether a job title, singular or plural, stands
// before toks[first] in its sentence: "the Rapporteurs, among them …".
func (b *builder) roleEarlier(toks []token, first int) bool {
	for _, t := range toks[:first] {
		if t.Word && isCap(t.Text) && (b.isRoleWord(t.Text) || b.isRoleWord(strings.TrimSuffix(t.Text, "s"))) {
			return true
		}
	}
	return false
}

// underPersonLabel reports whether name n fills its line and the line
// above is a heading that labels people: "Online Moderator" over "Tomás
// Achterberg-Nnamdi".
func (b *builder) underPersonLabel(n personName) bool {
	ls := b.memo.lineStart(n.Start)
	if strings.TrimSpace(b.text[ls:n.Start]) != "" || ls < 2 {
		return false
	}
	if end := strings.IndexByte(b.text[n.End:], '\n'); strings.TrimSpace(b.text[n.End:n.End+max(end, 0)]) != "" || end < 0 && strings.TrimSpace(b.text[n.End:]) != "" {
		return false
	}
	prev := b.memo.lineStart(ls - 1)
	for prev > 0 && strings.TrimSpace(b.text[prev:ls]) == "" {
		prev = b.memo.lineStart(prev - 1)
	}
	words := strings.Fields(b.memo.lower(strings.Trim(b.text[prev:ls], " \n\t#*_:")))
	return len(words) > 0 && len(words) <= 3 && b.ref.PersonLabels[words[len(words)-1]]
}

// quoteBefore reports whether a closing quotation mark and a dash stand
// just before start: "…harder than the real thing." — Ana Ruiz".
func (b *builder) quoteBefore(start int) bool {
	before := strings.TrimRight(b.text[max(0, start-12):start], " —–")
	return strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "”")
}

// creditLine reports whether the line holding start ends by crediting its
// names: "Ana Ruiz and Lena Holt, editors".
func (b *builder) creditLine(start int) bool {
	ls := b.memo.lineStart(start)
	line := strings.TrimRight(b.text[ls:lineEnd(b.text, start, len(b.text))], " .")
	for _, credit := range []string{", editors", ", editor", ", eds", ", ed", ", authors", ", compilers"} {
		if strings.HasSuffix(line, credit) {
			return true
		}
	}
	return false
}

// lineStartAfterMarks returns the start of the line holding i when only
// spaces and emphasis marks stand before i on it, else -1.
func (b *builder) lineStartAfterMarks(i int) int {
	ls := b.memo.lineStart(i)
	if strings.Trim(b.text[ls:i], " \t*_") != "" {
		return -1
	}
	return ls
}

// roleLineBelow reports whether name n fills its line, but for heading
// and emphasis marks, and the next line that is not blank opens with a
// capitalised job title: a speaker's card or a bio list.
//
//	### Oskar Lindqvist-Ba
//	Senior Fellow, Institute of Things, Malmö
func (b *builder) roleLineBelow(n personName) bool {
	ls := b.memo.lineStart(n.Start)
	le := lineEnd(b.text, n.End, len(b.text))
	if strings.Trim(b.text[ls:n.Start], " \t#*_") != "" || strings.Trim(b.text[n.End:le], " \t*_") != "" {
		return false
	}
	next := le + 1
	for blank := 0; next < len(b.text); blank++ {
		e := lineEnd(b.text, next, len(b.text))
		if strings.TrimSpace(b.text[next:e]) != "" {
			break
		}
		if blank == 1 {
			return false
		}
		next = e + 1
	}
	if next >= len(b.text) {
		return false
	}
	toks := b.memo.tokenize(next, lineEnd(b.text, next, len(b.text)))
	k := 0
	for k < len(toks) && (toks[k].Text == "*" || toks[k].Text == "_") {
		k++
	}
	if !b.capitalisedRoleAt(toks, k) {
		return false
	}
	// The title is a clause of title words: "Head of Unit, Ministry of …",
	// not the sentence under a heading ("Director Ana Ruiz opened …").
	for _, t := range toks[k:] {
		if t.Text == "," || t.Text == ";" || t.Text == "(" {
			break
		}
		if t.Word && !isCap(t.Text) && !connectors[t.Text] && t.Text != "at" && t.Text != "to" && !b.isRoleWord(t.Text) {
			return false
		}
	}
	return true
}

// bulletBefore reports whether a bullet, with emphasis markup, and nothing
// else stands before start on its line: "- **Adjoa Nkansah** — …".
func (b *builder) bulletBefore(start int) bool {
	prefix := strings.Trim(b.text[b.memo.lineStart(start):start], " \t*_")
	return prefix == "-" || prefix == "•" || prefix == "+" || prefix == "" && strings.HasPrefix(strings.TrimLeft(b.text[b.memo.lineStart(start):start], " \t"), "* ")
}

// listPrefixMarks are trimmed off what stands before a name on its line.
var listPrefixMarks = newCutset(" \t*_")

// isListLine reports whether only a bullet or a "Label:" precedes start on
// its line: "• Jorien van der Berg-Smits, Director …", "Moderator: Awa …".
func (b *builder) isListLine(start int) bool {
	ls := b.memo.lineStart(start)
	prefix := listPrefixMarks.trim(b.text[ls:start]) // "**Moderator:** "
	if prefix == "" {
		return true
	}
	if strings.HasSuffix(prefix, ":") {
		// a short label: "Moderator:", "Media contact:"
		label := strings.TrimSuffix(prefix, ":")
		return countFields(label) <= 3 && !strings.ContainsAny(label, ":,.;") && !b.ref.TopicLabels[label]
	}
	return len(prefix) <= utf8.UTFMax && utf8.RuneCountInString(prefix) == 1 && strings.ContainsAny(prefix, "•-–*·▪")
}
