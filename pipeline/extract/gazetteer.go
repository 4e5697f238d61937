package extract

import (
	"sort"
)

// findGazetteerOrgs records every mention of a known body or a country that
// is not part of a longer name already found: "chaired by Singapore",
// "Kenya proposed", "the ASEAN Regional Forum". The reference decides the
// kind; the text decides that there is a row at all.
func (b *builder) findGazetteerOrgs() {
	type hit struct {
		span Span
		form string
	}
	var hits []hit
	taken := func(s Span) bool {
		for _, h := range hits {
			if s.Start < h.span.End && h.span.Start < s.End {
				return true
			}
		}
		return false
	}
	gz := b.ref.gazetteerIndex()
	for _, o := range gz.find(b.text) {
		form := gz.forms[o.form]
		for _, s := range o.spans {
			if s.Start < b.body || taken(s) {
				continue
			}
			hits = append(hits, hit{s, form})
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].span.Start < hits[j].span.Start })
	for _, h := range hits {
		if b.namedAt(h.span) && !b.sameOrgAt(h.span, h.form) {
			continue
		}
		b.knownOrg(h.form, h.span)
	}
}

// sameOrgAt reports whether the claimed span at s is the organisation form
// names, so that repeated evidence is still recorded.
func (b *builder) sameOrgAt(s Span, form string) bool {
	for _, o := range b.orgs {
		for _, e := range o.Evidence {
			if e.Span == s && (form == o.Name || form == o.Acronym) {
				return true
			}
		}
	}
	return false
}

// knownOrg adds the body or country a reference form names.
func (b *builder) knownOrg(form string, span Span) {
	if c, ok := b.ref.CountryOf(form); ok {
		b.addCountry(c, span, b.text[span.Start:span.End])
		return
	}
	body, ok := b.ref.BodyOf(form)
	if !ok {
		return
	}
	o := Organisation{Name: body.Name, Acronym: body.Acronym, Kind: body.Kind}
	o.Rule, o.Confidence = "org.reference", confKnownOrg
	field := "name"
	if form == body.Acronym {
		field = "acronym"
		if i, ok := b.findOrg(Organisation{Acronym: body.Acronym, Name: body.Acronym}); ok {
			b.orgs[i].Evidence = append(b.orgs[i].Evidence, Evidence{field, span})
			return
		}
	} else if form != body.Name {
		o.Aliases = []string{form}
	}
	key := b.addOrg(o, span)
	if field == "acronym" {
		ev := b.orgs[b.orgByKey[key]].Evidence
		ev[len(ev)-1].Field = "acronym"
	}
}

// resolveAcronymMentions adds evidence for every use of a defined acronym,
// before or after its definition.
func (b *builder) resolveAcronymMentions() {
	for i := range b.orgs {
		o := &b.orgs[i]
		if o.Acronym == "" {
			continue
		}
		for _, s := range wordOccurrences(b.text, o.Acronym) {
			if !hasSpan(o.Evidence, s) {
				o.Evidence = append(o.Evidence, Evidence{"acronym", s})
			}
		}
	}
}

func hasSpan(ev []Evidence, s Span) bool {
	for _, e := range ev {
		if e.Span == s {
			return true
		}
	}
	return false
}
