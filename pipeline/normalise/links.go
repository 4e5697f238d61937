package normalise

import (
	"fmt"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/schemas"
)

// links resolves the link facts (participations, affiliations, authorships)
// of every input to ids. A link whose ends did not make it into the tables
// (held back for review, or unknown keys) is dropped with them.
func (n *normaliser) links() {
	// Rows go straight into the tables, found again by id through an
	// index: a map of rows held each row twice until the end of the pass.
	parts, affs, auths := map[string]int{}, map[string]int{}, map[string]int{}
	sessions := map[string]bool{}
	for _, s := range n.ds.Sessions {
		sessions[s.SessionID] = true
	}
	defer n.endPass()
	n.load(allFields, func(i int, res *extract.Result, quotes []Quote) {
		n.quotes[i] = quotes
		defer func() { n.quotes[i] = nil }()
		ids := n.keyIDsOf(i, res)
		for _, p := range res.Participations {
			row, ok := participation(ids, p, sessions)
			if ok && publishable(p.Fact) {
				n.ds.Participations = put(n.ds.Participations, parts, row.ParticipationID, row)
				n.addEvidence(i, "participations", row.ParticipationID, p.Fact)
			}
		}
		for _, a := range res.Affiliations {
			row := schemas.Affiliation{PersonID: ids.person[a.PersonKey], OrganisationID: ids.org[a.OrgKey], RoleTitle: a.RoleTitle}
			if row.PersonID == "" || row.OrganisationID == "" || !publishable(a.Fact) {
				continue
			}
			row.AffiliationID = row.PersonID + "@" + row.OrganisationID
			if k, ok := affs[row.AffiliationID]; ok && n.ds.Affiliations[k].RoleTitle != "" {
				row.RoleTitle = n.ds.Affiliations[k].RoleTitle // the first source in order names the title
			}
			n.ds.Affiliations = put(n.ds.Affiliations, affs, row.AffiliationID, row)
			n.addEvidence(i, "affiliations", row.AffiliationID, a.Fact)
		}
		n.authorships(i, res.Publications, ids, auths)
	})
}

// put sets the row of rows whose id is id (index maps ids to rows) to
// row, appending it when no row has that id yet.
func put[R any](rows []R, index map[string]int, id string, row R) []R {
	if k, ok := index[id]; ok {
		rows[k] = row
		return rows
	}
	index[id] = len(rows)
	return append(rows, row)
}

func participation(ids keyIDs, p extract.Participation, sessions map[string]bool) (schemas.Participation, bool) {
	row := schemas.Participation{
		MeetingID: ids.meeting[p.MeetingKey], OrganisationID: ids.org[p.OrgKey],
		PersonID: ids.person[p.PersonKey], Role: p.Role,
	}
	if row.MeetingID == "" || (row.OrganisationID == "" && row.PersonID == "") {
		return row, false
	}
	if p.SessionSeq > 0 {
		if id := fmt.Sprintf("%s/%d", row.MeetingID, p.SessionSeq); sessions[id] {
			row.SessionID = id
		}
	}
	parts := []string{row.SessionID, row.Role, row.PersonID, row.OrganisationID}
	if row.SessionID == "" {
		parts[0] = row.MeetingID
	}
	row.ParticipationID = strings.Join(nonEmpty(parts), "|")
	return row, true
}

// authorships links each publication of input i (pubs) to its authors in
// byline order; positions restart from 1 per publication and source.
func (n *normaliser) authorships(i int, pubs []extract.Publication, ids keyIDs, auths map[string]int) {
	for _, p := range pubs {
		pubID := ids.publication[p.Key]
		if pubID == "" {
			continue
		}
		pos := 0
		for _, a := range p.Authors {
			row := schemas.Authorship{PublicationID: pubID, PersonID: ids.person[a.PersonKey], OrganisationID: ids.org[a.OrgKey]}
			if row.PersonID == "" && row.OrganisationID == "" {
				continue
			}
			pos++
			row.Position = int32(pos)
			row.AuthorshipID = fmt.Sprintf("%s/%d", pubID, pos)
			if _, ok := auths[row.AuthorshipID]; ok {
				continue // an earlier source already gave the byline
			}
			n.ds.Authorships = put(n.ds.Authorships, auths, row.AuthorshipID, row)
			n.addSpan(i, "authorships", row.AuthorshipID, "row", p.Rule, a.Span)
		}
	}
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// keyIDs map the keys of one input's mentions to the ids of their rows.
type keyIDs struct {
	org, person, meeting, publication map[string]string
}

func (n *normaliser) keyIDsOf(i int, res *extract.Result) keyIDs {
	return keyIDs{
		org: n.orgIDsOf(i, res.Organisations),
		person: n.personRows.ids(i, func(j int) string { return res.People[j].Key },
			func(r int) string { return n.ds.People[r].PersonID }),
		meeting: n.meetRows.ids(i, func(j int) string { return res.Meetings[j].Key },
			func(r int) string { return n.ds.Meetings[r].MeetingID }),
		publication: n.pubRows.ids(i, func(j int) string { return res.Publications[j].Key },
			func(r int) string { return n.ds.Publications[r].PublicationID }),
	}
}
