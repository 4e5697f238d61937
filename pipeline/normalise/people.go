package normalise

import (
	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/names"
	"github.com/uncyber/uncyber/schemas"
)

// people merges person mentions across sources by the matching key of the
// full name. Aliases (a surname alone) are attached to the person but never
// used to merge: two sources' "Smith" need not be one person.
func (n *normaliser) people() {
	defer n.endPass()
	people := newMentions[extract.Person](&n.personRows, n.dir)
	defer func() { n.fail(people.close()) }()
	c := newClusters()
	n.load(peopleOnly, func(i int, res *extract.Result, quotes []Quote) {
		n.quotes[i] = cited(quotes, res.People)
		people.add(res.People)
		for j, p := range res.People {
			if !publishable(p.Fact) {
				n.review(i, "people", p.Name, p.Fact)
				continue
			}
			c.add(mentionRef{i, j}, matchKey(p.Name))
		}
	})
	used := map[string]string{}
	for _, group := range c.groups() {
		nameT := tally{}
		var all []string
		for _, ref := range group {
			p := people.at(ref)
			nameT.add(p.Name)
			all = append(all, p.Name)
			all = append(all, p.Aliases...)
		}
		row := schemas.Person{Name: nameT.best()}
		row.Aliases = aliasList(all, row.Name)
		row.PersonID = uniqueID(used, "person/"+names.Slug(row.Name), matchKey(row.Name))
		for _, ref := range group {
			p := people.at(ref)
			n.personRows.set(ref, len(n.ds.People))
			n.addEvidence(ref.input, "people", row.PersonID, p.Fact)
		}
		n.ds.People = append(n.ds.People, row)
	}
}
