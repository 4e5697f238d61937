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
	parts := map[string]schemas.Participation{}
	affs := map[string]schemas.Affiliation{}
	auths := map[string]schemas.Authorship{}
	sessions := map[string]bool{}
	for _, s := range n.ds.Sessions {
		sessions[s.SessionID] = true
	}
	for i, in := range n.inputs {
		for _, p := range in.Result.Participations {
			row, ok := n.participation(i, p, sessions)
			if ok && publishable(p.Fact) {
				parts[row.ParticipationID] = row
				n.addEvidence(i, "participations", row.ParticipationID, p.Fact)
			}
		}
		for _, a := range in.Result.Affiliations {
			row := schemas.Affiliation{PersonID: n.personID[i][a.PersonKey], OrganisationID: n.orgIDs[i][a.OrgKey], RoleTitle: a.RoleTitle}
			if row.PersonID == "" || row.OrganisationID == "" || !publishable(a.Fact) {
				continue
			}
			row.AffiliationID = row.PersonID + "@" + row.OrganisationID
			if old, ok := affs[row.AffiliationID]; ok && old.RoleTitle != "" {
				row.RoleTitle = old.RoleTitle // the first source in order names the title
			}
			affs[row.AffiliationID] = row
			n.addEvidence(i, "affiliations", row.AffiliationID, a.Fact)
		}
		n.authorships(i, auths)
	}
	for _, r := range parts {
		n.ds.Participations = append(n.ds.Participations, r)
	}
	for _, r := range affs {
		n.ds.Affiliations = append(n.ds.Affiliations, r)
	}
	for _, r := range auths {
		n.ds.Authorships = append(n.ds.Authorships, r)
	}
}

func (n *normaliser) participation(i int, p extract.Participation, sessions map[string]bool) (schemas.Participation, bool) {
	row := schemas.Participation{
		MeetingID: n.meetIDs[i][p.MeetingKey], OrganisationID: n.orgIDs[i][p.OrgKey],
		PersonID: n.personID[i][p.PersonKey], Role: p.Role,
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

// authorships links each publication of input i to its authors in byline
// order; positions restart from 1 per publication and source.
func (n *normaliser) authorships(i int, auths map[string]schemas.Authorship) {
	for _, p := range n.inputs[i].Result.Publications {
		pubID := n.pubIDs[i][p.Key]
		if pubID == "" {
			continue
		}
		pos := 0
		for _, a := range p.Authors {
			row := schemas.Authorship{PublicationID: pubID, PersonID: n.personID[i][a.PersonKey], OrganisationID: n.orgIDs[i][a.OrgKey]}
			if row.PersonID == "" && row.OrganisationID == "" {
				continue
			}
			pos++
			row.Position = int32(pos)
			row.AuthorshipID = fmt.Sprintf("%s/%d", pubID, pos)
			if _, ok := auths[row.AuthorshipID]; ok {
				continue // an earlier source already gave the byline
			}
			auths[row.AuthorshipID] = row
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
