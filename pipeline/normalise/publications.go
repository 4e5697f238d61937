package normalise

import (
	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/names"
	"github.com/uncyber/uncyber/schemas"
)

// publications merges publication mentions by UN document symbol, else by
// title. The publication that is a source itself takes its URL, date and
// licence from the manifest when the text does not give them.
func (n *normaliser) publications() {
	defer n.endPass()
	pubs := newMentions[extract.Publication](&n.pubRows, n.dir)
	defer func() { n.fail(pubs.close()) }()
	var publishers []string // the organisation_id of each publication's publisher, numbered as in pubs
	c := newClusters()
	n.load(pubFields, func(i int, res *extract.Result, quotes []Quote) {
		n.quotes[i] = cited(quotes, res.Publications)
		pubs.add(res.Publications)
		orgIDs := n.orgIDsOf(i, res.Organisations)
		in := &n.inputs[i]
		for j, p := range res.Publications {
			publishers = append(publishers, orgIDs[p.PublisherKey])
			if !publishable(p.Fact) {
				n.review(i, "publications", p.Title, p.Fact)
				continue
			}
			keys := []string{matchKey(p.Title)}
			if p.Symbol != "" {
				keys = []string{"symbol:" + names.Key(p.Symbol)}
			}
			if p.Self {
				keys = append(keys, "source:"+in.id)
			}
			c.add(mentionRef{i, j}, keys...)
		}
	})
	used := map[string]string{}
	for _, group := range c.groups() {
		row := n.publicationRow(pubs, publishers, group)
		base := row.Title
		if row.Symbol != "" {
			base = row.Symbol
		}
		row.PublicationID = uniqueID(used, "pub/"+shorten(names.Slug(base), 60), matchKey(base))
		for _, ref := range group {
			p := pubs.at(ref)
			n.pubRows.set(ref, len(n.ds.Publications))
			n.addEvidence(ref.input, "publications", row.PublicationID, p.Fact)
		}
		n.ds.Publications = append(n.ds.Publications, row)
	}
}

func (n *normaliser) publicationRow(pubs *mentions[extract.Publication], publishers []string, group []mentionRef) schemas.Publication {
	titleT, kindT, symT, urlT, pubT, licT, srcT := tally{}, tally{}, tally{}, tally{}, tally{}, tally{}, tally{}
	var row schemas.Publication
	for _, ref := range group {
		p := pubs.at(ref)
		titleT.add(p.Title)
		kindT.add(p.Kind)
		symT.add(p.Symbol)
		urlT.add(p.URL)
		pubT.add(publishers[pubs.off[ref.input]+ref.index])
		licT.add(p.Licence)
		if p.Date != nil && row.Date == nil {
			row.Date = dateOf(p.Date)
		}
		if p.Self {
			e := n.source(ref.input).Entry
			srcT.add(e.SourceID)
			titleT.add(e.Title)
			urlT.add(e.URL)
			licT.add(e.Licence)
		}
	}
	row.Title, row.Kind, row.Symbol = titleT.best(), kindT.best(), symT.best()
	row.URL, row.PublisherID, row.Licence, row.SourceID = urlT.best(), pubT.best(), licT.best(), srcT.best()
	if row.Title == "" {
		row.Title = row.Symbol
	}
	if row.Kind == "" {
		row.Kind = "other"
	}
	return row
}
