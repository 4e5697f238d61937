package normalise

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/names"
	"github.com/uncyber/uncyber/schemas"
)

// organisations merges organisation mentions that share a name, acronym or
// alias (by matching key) into one row each.
func (n *normaliser) organisations() {
	defer n.endPass()
	orgs := newMentions[extract.Organisation](&n.orgRows, n.dir)
	defer func() { n.fail(orgs.close()) }()
	c := newClusters()
	n.load(orgFields, func(i int, res *extract.Result, quotes []Quote) {
		n.quotes[i] = cited(quotes, res.Organisations)
		orgs.add(res.Organisations)
		for j, o := range res.Organisations {
			if !publishable(o.Fact) {
				n.review(i, "organisations", o.Name, o.Fact)
				continue
			}
			keys := []string{matchKey(o.Name), matchKey(o.Acronym), matchKey(singularAcronym(o.Acronym))}
			for _, a := range o.Aliases {
				keys = append(keys, matchKey(a))
			}
			c.add(mentionRef{i, j}, keys...)
		}
	})
	used := map[string]string{}
	var parents []struct {
		row, input int
		key        string
	}
	for _, group := range c.groups() {
		row := organisationRow(orgs, group)
		row.OrganisationID = uniqueID(used, "org/"+names.Slug(orgIDBase(row)), matchKey(row.Name))
		for _, ref := range group {
			o := orgs.at(ref)
			n.orgRows.set(ref, len(n.ds.Organisations))
			n.addEvidence(ref.input, "organisations", row.OrganisationID, o.Fact)
			if o.ParentKey != "" {
				parents = append(parents, struct {
					row, input int
					key        string
				}{len(n.ds.Organisations), ref.input, o.ParentKey})
			}
		}
		n.ds.Organisations = append(n.ds.Organisations, row)
	}
	for _, p := range parents {
		id := n.orgRows.ids(p.input, func(j int) string { return orgs.at(mentionRef{p.input, j}).Key },
			func(r int) string { return n.ds.Organisations[r].OrganisationID })[p.key]
		if id != "" && id != n.ds.Organisations[p.row].OrganisationID && n.ds.Organisations[p.row].ParentID == "" {
			n.ds.Organisations[p.row].ParentID = id
		}
	}
}

// orgIDBase is what an organisation's id is made from: its acronym when it
// has one (short and what people search for), else its name.
func orgIDBase(o schemas.Organisation) string {
	if o.Acronym != "" {
		return o.Acronym
	}
	return o.Name
}

func organisationRow(orgs *mentions[extract.Organisation], group []mentionRef) schemas.Organisation {
	nameT, pluralT, acrT, kindT, ccT := tally{}, tally{}, tally{}, tally{}, tally{}
	var all []string
	for _, ref := range group {
		o := orgs.at(ref)
		// A plural acronym ("GCEs") names the series, not the body: its
		// long name is kept as an alias when a singular one exists.
		if single := singularAcronym(o.Acronym); single != "" {
			pluralT.add(o.Name)
			acrT.add(single)
		} else {
			nameT.add(o.Name)
			acrT.add(o.Acronym)
		}
		kindT.add(o.Kind)
		ccT.add(o.CountryCode)
		all = append(all, o.Name, o.Acronym)
		all = append(all, o.Aliases...)
	}
	row := schemas.Organisation{
		Name: nameT.best(), Acronym: acrT.best(), Kind: kindT.best(), CountryCode: ccT.best(),
	}
	if row.Name == "" || row.Name == row.Acronym && pluralT.best() != "" {
		row.Name = pluralT.best()
	}
	if row.Name == "" {
		row.Name = row.Acronym
	}
	if row.Kind == "" {
		row.Kind = "other"
	}
	row.Aliases = aliasList(all, row.Name, row.Acronym)
	return row
}

// singularAcronym returns the singular of a plural acronym ("GGEs" → "GGE"),
// so that "Groups of Governmental Experts (GGEs)" and "Group of Governmental
// Experts (GGE)" are one organisation; "" when acr is not such a plural.
func singularAcronym(acr string) string {
	stem, ok := strings.CutSuffix(acr, "s")
	if !ok || len(stem) < 2 || strings.ToUpper(stem) != stem {
		return ""
	}
	return stem
}
