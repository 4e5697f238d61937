package extract

import (
	"strings"
	"unicode/utf8"
)

// confInvertedName is the confidence of a name written family name first
// at the start of a list line or table cell.
const confInvertedName = 0.75

// invertedNameAt reads a name written family name first where a list line
// or a table cell starts, and returns the index after it:
//
//	TANAKA Hiroshi | Director, Ministry of Foreign Affairs of Japan
//	- Kowalczyk, Agnieszka (Centre for Cyber Diplomacy Studies)
//	- van den Broek, Pieter (Lumen Analytics)
//
// The name must end its cell: the line ends, or "|", "(" or "," follows.
// A family name in capitals keeps the written order ("Tanaka Hiroshi"); a
// "Family, Given" name is turned round ("Agnieszka Kowalczyk").
func (b *builder) invertedNameAt(toks []token, i int) (int, bool) {
	if !b.cellStart(toks, i) {
		return 0, false
	}
	if end, ok := b.capsFamilyFirst(toks, i); ok {
		return end, true
	}
	return b.familyCommaGiven(toks, i)
}

// cellStart reports whether toks[i] opens a list line or a table cell.
func (b *builder) cellStart(toks []token, i int) bool {
	if i > 0 && toks[i-1].Text == "|" {
		return true
	}
	return b.isListLine(toks[i].Start) && !strings.HasSuffix(strings.TrimSpace(b.text[b.memo.lineStart(toks[i].Start):toks[i].Start]), ":")
}

// endsCell reports whether toks[k] ends a name cell: end of the line, "|",
// "(" or ",".
func endsCell(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].Text {
	case "|", "(", ",":
		return true
	}
	return false
}

// capsFamilyFirst reads "TANAKA Hiroshi", "NGUYEN Thi Lan": one word in
// capitals, not an acronym, then one or two given names in mixed case.
func (b *builder) capsFamilyFirst(toks []token, i int) (int, bool) {
	fam := toks[i].Text
	if !isUpperWord(fam) || utf8.RuneCountInString(fam) < 2 || !b.nameWord(titleCase(fam)) || b.isAcronymHere(fam) {
		return 0, false
	}
	j := i + 1
	for j < len(toks) && j <= i+2 && toks[j].Word && adjacent(toks[j-1], toks[j]) && isCap(toks[j].Text) && !isUpperWord(toks[j].Text) && b.nameWord(toks[j].Text) {
		if _, cue := b.ref.Cues[toks[j].Text]; cue {
			return 0, false // "HPI Auditorium", "ACME Foundation": a place or a body
		}
		j++
	}
	if j == i+1 || !endsCell(toks, j) {
		return 0, false
	}
	n := personName{i, j, Span{toks[i].Start, toks[j-1].End}}
	if b.isCovered(n.Span) {
		return 0, false
	}
	name := titleCase(fam) + " " + b.text[toks[i+1].Start:toks[j-1].End]
	p := Person{Name: name, Aliases: []string{b.text[n.Start:n.End]}}
	p.Rule, p.Confidence = "person.family-name-first", confInvertedName
	key := b.addPerson(p, n.Span)
	b.affiliate(key, toks, j)
	return j, true
}

// familyCommaGiven reads "Kowalczyk, Agnieszka (Org)" and "van den Broek,
// Pieter": a family name of one to three words, a comma, and one or two
// given names that end the cell.
func (b *builder) familyCommaGiven(toks []token, i int) (int, bool) {
	j := i
	for j < len(toks) && j < i+4 && toks[j].Word && (j == i || adjacent(toks[j-1], toks[j])) &&
		(particles[toks[j].Text] || isCap(toks[j].Text) && !isUpperWord(toks[j].Text) && b.nameWord(toks[j].Text)) {
		j++
	}
	if j == i || j >= len(toks) || toks[j].Text != "," || !isCap(toks[j-1].Text) {
		return 0, false
	}
	g := j + 1
	k := g
	for k < len(toks) && k < g+2 && toks[k].Word && isCap(toks[k].Text) && !isUpperWord(toks[k].Text) && b.nameWord(toks[k].Text) {
		k++
	}
	if k == g || k < len(toks) && toks[k].Text != "(" && toks[k].Text != "|" {
		return 0, false
	}
	if k == len(toks) && !b.bulleted(toks, i) {
		return 0, false // "Lagos, Nigeria" on a line of its own is a place
	}
	if b.isPlaceName(b.text[toks[g].Start:toks[k-1].End]) {
		return 0, false // "- Tomasz Wielgosz, Warsaw"
	}
	if capitalised(toks[i:j]) > 1 && (k == len(toks) || toks[k].Text != "(") {
		return 0, false // "Quispe Mamani, Rosa" needs "(Org)" after it to differ from "Given Family, Org"
	}
	written := Span{toks[i].Start, toks[k-1].End}
	family, given := b.text[toks[i].Start:toks[j-1].End], b.text[toks[g].Start:toks[k-1].End]
	if b.isCovered(written) || b.isOrgName(family) {
		return 0, false
	}
	p := Person{Name: given + " " + family, Aliases: []string{b.text[written.Start:written.End]}}
	p.Rule, p.Confidence = "person.family-comma-given", confInvertedName
	key := b.addPerson(p, written)
	b.affiliate(key, toks, k)
	return k, true
}

// isAcronymHere reports whether w is a known body, an organisation cue or
// an acronym the text defines: "CERT Polska" does not start with a family
// name.
func (b *builder) isAcronymHere(w string) bool {
	if _, ok := b.ref.BodyOf(w); ok {
		return true
	}
	if _, ok := b.ref.Cues[w]; ok {
		return true
	}
	for _, d := range b.acronyms {
		if d.Short == w {
			return true
		}
	}
	return false
}

// bulleted reports whether toks[i] follows a list bullet or a cell
// separator.
func (b *builder) bulleted(toks []token, i int) bool {
	if i > 0 && toks[i-1].Text == "|" {
		return true
	}
	ls := b.memo.lineStart(toks[i].Start)
	prefix := strings.TrimSpace(b.text[ls:toks[i].Start])
	return prefix != "" && strings.Trim(prefix, "•-–*·▪") == ""
}

// affiliationFollows reports whether the comma segment starting at toks[k]
// reads as a job or an organisation: "Mira Castellanos, senior lecturer,
// …" does, the headline "Delegates Weigh Threat Landscape, Capacity Needs
// as Session Opens" does not.
func (b *builder) affiliationFollows(toks []token, k int) bool {
	end := k
	for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" && toks[end].Text != "(" {
		end++
	}
	if end == k {
		return false
	}
	var words []string
	for _, t := range toks[k:end] {
		if t.Word {
			if b.isRoleWord(t.Text) {
				return true
			}
			words = append(words, t.Text)
		}
	}
	seg := b.text[toks[k].Start:toks[end-1].End]
	if b.isKnownName(seg) || b.isPlaceName(seg) || b.orgKeyByName(seg) != "" || isAcronym(seg) {
		return true
	}
	_, strength, _ := b.cueOf(words)
	return strength > 0
}

// labelledLine reports whether the line of start opens with a short label:
// "Speakers: Valeria Ortiz del Campo (Costa Rica); Tomasz Wiśniewski (…)".
func (b *builder) labelledLine(start int) bool {
	ls := strings.LastIndexByte(b.text[:start], '\n') + 1
	k := strings.Index(b.text[ls:start], ":")
	if k < 0 {
		return false
	}
	label := strings.Trim(b.text[ls:ls+k], " *_-•")
	return label != "" && countFields(label) <= 3 && isCap(label) && !b.ref.TopicLabels[label]
}

// orgInBrackets reports whether the brackets opening at toks[k] hold an
// organisation: a known body, or a name with a strong cue. A State is not
// enough, since "Port Louis (Mauritius)" is a place.
func (b *builder) orgInBrackets(toks []token, k int) bool {
	c := closing(toks, k)
	if c <= k+1 {
		return false
	}
	inner := b.text[toks[k+1].Start:toks[c-1].End]
	if _, ok := b.ref.CountryOf(inner); ok {
		return false
	}
	if b.isKnownName(inner) {
		return true
	}
	if i, ok := b.findOrg(Organisation{Name: inner}); ok && b.orgs[i].Kind != "state" {
		return true
	}
	_, strength, venue := b.cueOf(strings.Fields(inner))
	return strength >= 1 && !venue
}
