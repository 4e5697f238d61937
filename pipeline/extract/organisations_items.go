package extract

import (
	"strings"
)

// bulletMarks are the marks that open a list line.
const bulletMarks = "-–•*·▪"

// stripBullet narrows line l to its text after a bullet ("- ", "• ") or a
// number ("3. ", "3) ").
func stripBullet(text string, l Span) Span {
	s := l.Start
	if m := numberedRE.FindStringSubmatchIndex(text[l.Start:l.End]); m != nil {
		s = l.Start + m[4]
	} else if r := nextRune(text[s:l.End], 0); r != 0 && strings.ContainsRune(bulletMarks, r) {
		s += len(string(r))
	}
	t, _ := trimSpan(text, Span{s, l.End})
	return t
}

// listItem reads one item of a list of organisations and returns the span
// of its name: a title-cased phrase of at most eight words, without a
// sentence's full stop or a label's colon. A place after a comma
// ("Kestrel Labs, Nairobi") or an acronym in brackets ends the name; any
// other comma makes the item a person with a job, which is no item.
func (b *builder) listItem(s Span) (Span, bool) {
	s, ok := trimSpan(b.text, s)
	if !ok {
		return s, false
	}
	item := strings.TrimRight(b.text[s.Start:s.End], ";,")
	if last := lastWord(item); strings.HasSuffix(item, ".") && !strings.Contains(strings.TrimSuffix(last, "."), ".") && !b.ref.Cues[last].isLegalForm() {
		item = strings.TrimRight(item, ".") // a sentence's full stop, not "e.V." or "Inc."
	}
	if strings.HasPrefix(item, "the ") {
		s.Start += 4
		item = item[4:]
	}
	s.End = s.Start + len(item)
	if k := strings.Index(item, " ("); k > 0 {
		s.End = s.Start + k
		item = item[:k]
	}
	if k := strings.Index(item, ", "); k > 0 {
		rest := item[k+2:]
		_, country := b.ref.CountryOf(rest)
		_, city := b.ref.CityOf(rest)
		if !country && !city {
			return s, false
		}
		s.End = s.Start + k
		item = item[:k]
	}
	f := strings.Fields(item)
	if len(f) == 0 || len(f) > 12 || !isCap(f[0]) || strings.ContainsAny(item, ":!?@/|“”\"") {
		return s, false
	}
	if !titleCased(f) && !b.cueLed(f) || b.ref.Honorifics[f[0]] || b.ref.Honorifics[strings.TrimSuffix(f[0], ".")] {
		return s, false
	}
	return s, true
}

// cueLed reports whether a name in sentence case opens with a strong
// organisation cue, as names in French, Spanish or Portuguese do:
// "Observatoire maghrébin des libertés numériques". A legal form at the
// end ("Netzfreiheit e.V.") also makes a name.
func (b *builder) cueLed(words []string) bool {
	if c, ok := b.ref.Cues[words[0]]; ok && c.Weight >= 1 && c.Kind != "venue" {
		return true
	}
	last := words[len(words)-1]
	c, ok := b.ref.Cues[last]
	return ok && !isCap(last) && c.Weight >= 1 && titleCased(words[:len(words)-1])
}

// titleCased reports whether every word but the connectors is capitalised:
// "Red Andina de Ciberseguridad" is a name, "Capacity building" a topic.
func titleCased(words []string) bool {
	for _, w := range words {
		if !connectors[w] && !isCap(w) && !isCap(elided(w)) && !isCap(strings.TrimLeft(w, "(“\"'")) {
			return false
		}
	}
	return true
}

// addListOrgs records the items of one list as organisations. A list needs
// two items. Signatory lists may name people, so their items are published
// only when the text speaks of organisations or one item is an
// organisation already.
func (b *builder) addListOrgs(items []Span, strength, rule string) {
	if len(items) < 2 {
		return
	}
	conf := confListOrg
	if strength != "strong" && !b.speaksOfOrgs() && !b.anyOrg(items) {
		conf = confWeakListOrg
	}
	for _, s := range items {
		name := b.text[s.Start:s.End]
		if b.isKnownName(name) {
			continue // the gazetteer records known bodies and States
		}
		if key := b.orgKeyByName(name); key != "" {
			b.boost(key, rule, conf)
			continue
		}
		if b.isCovered(s) {
			continue
		}
		kind, strength, venue := b.cueOf(strings.Fields(name))
		if venue {
			continue
		}
		o := Organisation{Name: name, Kind: kind}
		o.Rule, o.Confidence = rule, conf
		switch {
		case strength >= 1:
			o.Confidence = max(conf, confCueOrg) // "Fundación Ciberpaz" needs no list
		case strength > 0:
			o.Confidence = max(conf, confListOrg) // a list and a weak cue: "Pacific Data Rights Forum"
		}
		b.addOrg(o, s)
	}
}

// isKnownName reports whether name is a country or a reference body.
func (b *builder) isKnownName(name string) bool {
	if _, ok := b.ref.CountryOf(name); ok {
		return true
	}
	_, ok := b.ref.BodyOf(name)
	return ok
}

// anyOrg reports whether one of the items is an organisation already found
// or known, or carries a strong organisation cue.
func (b *builder) anyOrg(items []Span) bool {
	for _, s := range items {
		name := b.text[s.Start:s.End]
		if b.orgKeyByName(name) != "" || b.isKnownName(name) {
			return true
		}
		if _, strength, _ := b.cueOf(strings.Fields(name)); strength >= 1 {
			return true
		}
	}
	return false
}

// labelPunct is trimmed off a word of the body before it is looked up
// among the list labels.
var labelPunct = newCutset(",.;:()")

// speaksOfOrgs reports whether the body uses a word that names
// organisations ("the undersigned organisations", "companies").
func (b *builder) speaksOfOrgs() bool {
	if b.orgTalk == 0 {
		b.orgTalk = 1
		// Each word lower-cased alone reads as in the lower-cased text,
		// without copying the whole body for every list.
		for w := range strings.FieldsSeq(b.text[b.body:]) {
			if b.ref.listLabel(labelPunct.trim(b.memo.lower(w))) == "strong" {
				b.orgTalk = 2
				break
			}
		}
	}
	return b.orgTalk == 2
}
