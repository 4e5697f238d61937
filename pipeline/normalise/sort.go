package normalise

import (
	"slices"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// sortByKey puts the rows of every table in primary key order, the order the
// writers write and the validator reads them in: they then find the rows
// sorted and neither copy nor sort them again. pdqsort, not a stable sort
// (which took three times as long): it is deterministic for a given input
// order, and only rows sharing a key, an error the validator reports,
// could tell the difference.
func sortByKey(ds *schemas.Dataset) {
	sortRows(ds.Meetings, func(r schemas.Meeting) string { return r.MeetingID })
	sortRows(ds.Sessions, func(r schemas.Session) string { return r.SessionID })
	sortRows(ds.Organisations, func(r schemas.Organisation) string { return r.OrganisationID })
	sortRows(ds.People, func(r schemas.Person) string { return r.PersonID })
	sortRows(ds.Publications, func(r schemas.Publication) string { return r.PublicationID })
	sortRows(ds.Participations, func(r schemas.Participation) string { return r.ParticipationID })
	sortRows(ds.Affiliations, func(r schemas.Affiliation) string { return r.AffiliationID })
	sortRows(ds.Authorships, func(r schemas.Authorship) string { return r.AuthorshipID })
	sortRows(ds.Evidence, func(r schemas.Evidence) string { return r.EvidenceID })
	sortRows(ds.Sources, func(r schemas.Source) string { return r.SourceID })
	sortRows(ds.Review, func(r schemas.Review) string { return r.ReviewID })
}

func sortRows[R any](rows []R, key func(R) string) {
	cmp := func(a, b R) int { return strings.Compare(key(a), key(b)) }
	if !slices.IsSortedFunc(rows, cmp) {
		slices.SortFunc(rows, cmp)
	}
}
