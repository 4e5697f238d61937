package extract

import "strings"

// affiliate reads what follows a person's name at toks[k] for the
// organisation they belong to:
//
//	", Executive Director, Centre for Network Policy, Accra"
//	" (University of Elbing)"
//	" of the Lakeside Digital Rights Forum"
//	" is a research fellow at the Institut … (IED) and adjunct lecturer at the Lyon Institute of Politics"
func (b *builder) affiliate(person string, toks []token, k int) {
	if k >= len(toks) {
		return
	}
	switch toks[k].Text {
	case "|": // a table row: "Name | Role, Organisation"
		b.affiliateList(person, toks, k+1)
	case ",":
		if k+1 < len(toks) && articles[toks[k+1].Text] {
			b.affiliateBio(person, toks, k+1)
			return
		}
		b.affiliateList(person, toks, k+1)
	case "(":
		if j := closing(toks, k); j > k+1 {
			b.link(person, b.slotOrg(Span{toks[k+1].Start, toks[j-1].End}), "")
		}
	case "of":
		b.link(person, b.slotOrg(b.phraseAfter(toks, k+1)), "")
	case "is", "was":
		b.affiliateBio(person, toks, k+1)
	}
}

// affiliateList reads comma-separated segments up to ";" or the end and
// takes the last one that names an organisation; the segments before it are
// the role title ("Director of Government Affairs (Europe), Microsoft").
func (b *builder) affiliateList(person string, toks []token, k int) {
	var segs []Span
	start := k
	depth := 0
	for j := k; j <= len(toks); j++ {
		if j < len(toks) {
			switch toks[j].Text {
			case "(":
				depth++
			case ")":
				depth--
			}
		}
		end := j == len(toks) || toks[j].Text == ";" || toks[j].Text == "·" || toks[j].Text == "|" || depth < 0
		if end || (toks[j].Text == "," && depth == 0) {
			if s, e := trimPunct(toks, start, j); e > s {
				segs = append(segs, Span{toks[s].Start, toks[e-1].End})
			}
			start = j + 1
		}
		if end {
			break
		}
	}
	for i := len(segs) - 1; i >= 0; i-- {
		seg := segs[i]
		if k := strings.Index(b.text[seg.Start:seg.End], " of "); k >= 0 && i == len(segs)-1 {
			// "Chief Executive Officer of Corvane Systems"
			if b.isRole(b.text[seg.Start : seg.Start+k]) {
				if b.isPortfolio(b.text[seg.Start:seg.Start+k], b.text[seg.Start+k+4:seg.End]) {
					return // "Minister of Energy and Digitalisation, Zambia"
				}
				if key := b.slotOrg(Span{seg.Start + k + 4, seg.End}); key != "" {
					b.link(person, key, b.text[seg.Start:seg.Start+k])
					return
				}
			}
		}
		if key := b.slotOrg(seg); key != "" {
			role := ""
			if i > 0 {
				role = b.text[segs[0].Start:segs[i-1].End]
			}
			b.link(person, key, role)
			return
		}
	}
}

// skipAfter returns the index of the first token after end, past an acronym
// in parentheses and a joining "and" or comma.
func skipAfter(toks []token, k, end int) int {
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	if k < len(toks) && toks[k].Text == "(" {
		if c := closing(toks, k); c > k {
			k = c + 1
		}
	}
	for k < len(toks) && (toks[k].Text == "and" || toks[k].Text == ",") {
		k++
	}
	return k
}

// trimPunct narrows toks[s:e] to start and end with a word or ")".
func trimPunct(toks []token, s, e int) (int, int) {
	for s < e && !toks[s].Word {
		s++
	}
	for e > s && !toks[e-1].Word && toks[e-1].Text != ")" {
		e--
	}
	return s, e
}

// affiliateBio reads "a ROLE at ORG and ROLE at ORG2, PARENT".
func (b *builder) affiliateBio(person string, toks []token, k int) {
	for j := k; j < len(toks); j++ {
		if toks[j].Text != "at" && toks[j].Text != "with" {
			continue
		}
		span := b.phraseAfter(toks, j+1)
		key := b.slotOrg(span)
		if key == "" {
			continue
		}
		role := strings.TrimSpace(b.text[toks[k].Start:toks[j].Start])
		b.link(person, key, strings.TrimPrefix(strings.TrimPrefix(role, "a "), "an "))
		k = skipAfter(toks, j+1, max(span.End, b.orgSpanEnd(span.Start)))
		j = k - 1
	}
}

// phraseAfter returns the capitalised phrase starting at toks[k], skipping
// "the", with an acronym in parentheses kept out.
func (b *builder) phraseAfter(toks []token, k int) Span {
	if k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "The") {
		k++
	}
	if k >= len(toks) {
		return Span{}
	}
	ps := capPhrases(toks[k:])
	if len(ps) == 0 || ps[0].Start != toks[k].Start {
		return Span{}
	}
	return b.beforeDate(ps[0].Span)
}

// beforeDate cuts span s before a date inside it and the connector before
// the date: "Reef Group in May" in "the first session of the Reef Group in
// May 2021" is "OEWG".
func (b *builder) beforeDate(s Span) Span {
	for _, d := range b.dates {
		if d.Start <= s.Start || d.Start >= s.End {
			continue
		}
		end := strings.TrimRight(b.text[s.Start:d.Start], " ")
		if k := strings.LastIndexByte(end, ' '); k > 0 && connectors[end[k+1:]] {
			end = end[:k]
		}
		return Span{s.Start, s.Start + len(end)}
	}
	return s
}

// isRole reports whether s reads as a job title.
func (b *builder) isRole(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if b.isRoleWord(w) && isCap(w) || b.ref.RoleWords[titleCase(w)] {
			return true
		}
	}
	return false
}

// orgCovering returns the key of an organisation found earlier whose
// name's span holds span and starts before it, or "".
func (b *builder) orgCovering(span Span) string {
	for _, o := range b.orgs {
		for _, e := range o.Evidence {
			if e.Span.Start < span.Start && span.End <= e.Span.End {
				return o.Key
			}
		}
	}
	return ""
}

// slotOrg returns the organisation named by the text of span, adding it
// when it is a country, a known body, a defined acronym, a cue phrase or a
// short capitalised name. It returns "" when the span is not a name.
func (b *builder) slotOrg(span Span) string {
	if span.End <= span.Start {
		return ""
	}
	s := strings.TrimSpace(b.text[span.Start:span.End])
	s = strings.TrimPrefix(s, "the ")
	span.Start = span.End - len(s)
	if s == "" || strings.ContainsAny(s, "@/") {
		return ""
	}
	if key := b.orgCovering(span); key != "" {
		return key // "Technology and Security" inside "Centre for Law, Technology and Security"
	}
	if key := b.orgStartingAt(span.Start); key != "" {
		b.boost(key, "org.affiliation-slot", confSlotOrg)
		return key
	}
	if c, ok := b.ref.CountryOf(s); ok {
		return b.addCountry(c, span, s)
	}
	if _, ok := b.ref.BodyOf(s); ok {
		b.knownOrg(s, span)
		return b.orgKeyByName(s)
	}
	if key := b.orgKeyByName(s); key != "" {
		b.boost(key, "org.affiliation-slot", confSlotOrg)
		return key
	}
	if b.isRoleWord(lastWord(s)) {
		return "" // "Programme Lead" is a job, not a programme
	}
	toks := b.memo.tokenize(span.Start, span.End)
	ps := capPhrases(toks)
	if len(ps) != 1 || ps[0].Span != span {
		return ""
	}
	if key := b.cueOrg(ps[0]); key != "" {
		b.boost(key, "org.affiliation-slot", confSlotOrg)
		return key
	}
	w := ps[0].words()
	// "spoke at the Volta Cyber Workshop": a meeting is no employer.
	if len(w) == 1 && isBrandWord(w[0]) && !b.isRole(s) && !b.isPlaceName(s) {
		o := Organisation{Name: s}
		o.Rule, o.Confidence = "org.affiliation-slot", confSlotOrg
		return b.addOrg(o, span) // "Chief Executive, TernSec"
	}
	if len(w) < 2 || len(w) > 6 || b.isRole(s) || b.ref.StopWords[w[0]] || b.isEventWord(w[len(w)-1]) || genericName(w) || b.namesOnly(toks) {
		return ""
	}
	o := Organisation{Name: s}
	o.Rule, o.Confidence = "org.affiliation-slot", confSlotOrg
	return b.addOrg(o, span)
}

// orgSpanEnd returns the end of the longest organisation name found
// starting at start, or 0.
func (b *builder) orgSpanEnd(start int) int {
	end := 0
	for _, o := range b.orgs {
		for _, e := range o.Evidence {
			if e.Field == "name" && e.Span.Start == start && e.Span.End > end {
				end = e.Span.End
			}
		}
	}
	return end
}

// orgStartingAt returns the organisation whose name was found starting at
// offset start: "at the Institut de Recherche stratégique … (IED)" is the
// acronym definition's organisation, not the shorter capitalised phrase.
func (b *builder) orgStartingAt(start int) string {
	for _, o := range b.orgs {
		for _, e := range o.Evidence {
			if e.Field == "name" && e.Span.Start == start {
				return o.Key
			}
		}
	}
	return ""
}

// boost raises an organisation's confidence when a stronger context names it.
func (b *builder) boost(key, rule string, conf float64) {
	if i, ok := b.orgByKey[key]; ok && b.orgs[i].Confidence < conf {
		b.orgs[i].Confidence, b.orgs[i].Rule = conf, rule
	}
}

// link records that a person belongs to an organisation.
func (b *builder) link(person, org, role string) {
	if person == "" || org == "" {
		return
	}
	for _, a := range b.res.Affiliations {
		if a.PersonKey == person && a.OrgKey == org {
			return
		}
	}
	a := Affiliation{PersonKey: person, OrgKey: org, RoleTitle: strings.TrimSpace(role)}
	a.Rule, a.Confidence = "affiliation.context", 0.8
	if i, ok := b.perByKey[person]; ok {
		a.Evidence = []Evidence{{"row", b.people[i].Evidence[0].Span}}
	}
	b.res.Affiliations = append(b.res.Affiliations, a)
}

// namesOnly reports whether toks are personal names of two words or more
// joined by "and": "Lena Holt and Sione Fakatava" after "Speakers: Ana
// Ruiz," names people, not Ana Ruiz's employer.
func (b *builder) namesOnly(toks []token) bool {
	i, names := 0, 0
	for i < len(toks) {
		n, ok := b.nameAt(toks, i, 2)
		if !ok {
			return false
		}
		names++
		i = n.Last
		if i < len(toks) {
			if toks[i].Text != "and" {
				return false
			}
			i++
		}
	}
	return names >= 2
}
