package write

import (
	"reflect"
	"testing"
	"time"

	"github.com/uncyber/uncyber/schemas"
)

// fixture returns a small fictional dataset. Rows are out of key order, and
// every table has one row with each nullable column set and one with it NULL
// (TestFixtureCoversNulls checks this), so round trips test both.
func fixture() *schemas.Dataset {
	d := func(y int, m time.Month, day int) *schemas.Date { return schemas.NewDate(schemas.DateOf(y, m, day)) }
	n := schemas.NewInt32
	return &schemas.Dataset{
		Meetings: []schemas.Meeting{
			{MeetingID: "meeting/2031-04-02-zeta-forum", Name: "Zeta Forum", Kind: "other"},
			{MeetingID: "meeting/2030-11-05-first-session-of-the-lantern-group", Name: "First session of the Lantern Group",
				Aliases: schemas.List{"LG-1", `the "Lantern" talks`}, Kind: "formal_session", BodyID: "org/lantern",
				Ordinal: n(0), StartDate: d(1969, time.December, 31), EndDate: d(2030, time.November, 7),
				DatePrecision: "day", Venue: "Room 4, Hall B", City: "Port Amsel", CountryCode: "XAA",
				ParticipantCount: n(120), OrganisationCount: n(-1)},
		},
		Sessions: []schemas.Session{
			{SessionID: "meeting/2030-11-05-first-session-of-the-lantern-group/2", MeetingID: "meeting/2030-11-05-first-session-of-the-lantern-group",
				Seq: 2, Title: "Closing, with thanks\nto the hosts", Kind: "plenary"},
			{SessionID: "meeting/2030-11-05-first-session-of-the-lantern-group/1", MeetingID: "meeting/2030-11-05-first-session-of-the-lantern-group",
				Seq: 1, Title: "Opening", Kind: "agenda_item", Date: d(2030, time.November, 5),
				StartTime: "09:30", EndTime: "10:00", Room: "Salle Émeraude"},
		},
		Organisations: []schemas.Organisation{
			{OrganisationID: "org/lantern", Name: "Lantern Group", Acronym: "LG", Kind: "initiative",
				CountryCode: "XAA", ParentID: "org/amsel-council", Aliases: schemas.List{"Lantern"}},
			{OrganisationID: "org/amsel-council", Name: "Amsel Council", Kind: "intergovernmental"},
		},
		People: []schemas.Person{
			{PersonID: "person/oda-varga", Name: "Oda Varga", Aliases: schemas.List{"Dr. Varga", "Varga"}},
			{PersonID: "person/ilse-brandt", Name: "Ilse Brandt"},
		},
		Publications: []schemas.Publication{
			{PublicationID: "pub/x-res-1-2", Title: "Resolution 1/2, on lanterns", Kind: "resolution",
				Symbol: "X/RES/1/2", Date: d(2029, time.February, 28), URL: "https://example.org/x-res-1-2",
				PublisherID: "org/amsel-council", Licence: "CC BY 4.0", SourceID: "src/alpha"},
			{PublicationID: "pub/lantern-notes", Title: "Lantern notes", Kind: "other"},
		},
		Participations: []schemas.Participation{
			{ParticipationID: "part/b", MeetingID: "meeting/2031-04-02-zeta-forum", Role: "host"},
			{ParticipationID: "part/a", MeetingID: "meeting/2030-11-05-first-session-of-the-lantern-group",
				SessionID: "meeting/2030-11-05-first-session-of-the-lantern-group/1", OrganisationID: "org/lantern",
				PersonID: "person/oda-varga", Role: "chair"},
		},
		Affiliations: []schemas.Affiliation{
			{AffiliationID: "aff/b", PersonID: "person/ilse-brandt", OrganisationID: "org/lantern"},
			{AffiliationID: "aff/a", PersonID: "person/oda-varga", OrganisationID: "org/amsel-council", RoleTitle: "research fellow"},
		},
		Authorships: []schemas.Authorship{
			{AuthorshipID: "pub/x-res-1-2/2", PublicationID: "pub/x-res-1-2", OrganisationID: "org/lantern", Position: 2},
			{AuthorshipID: "pub/x-res-1-2/1", PublicationID: "pub/x-res-1-2", PersonID: "person/oda-varga", Position: 1},
		},
		Evidence: []schemas.Evidence{
			{EvidenceID: "ev/2", EntityTable: "people", EntityID: "person/oda-varga", Field: "name", SourceID: "src/beta",
				ByteStart: 1 << 33, ByteEnd: 1<<33 + 9, Quote: "Oda Varga", Rule: "people.byline"},
			{EvidenceID: "ev/1", EntityTable: "meetings", EntityID: "meeting/2031-04-02-zeta-forum", Field: "row", SourceID: "src/alpha",
				ByteStart: 0, ByteEnd: 31, Quote: "\"Zeta Forum\", 2 April\r\n— ok,", Rule: "meetings.title"},
		},
		Sources: []schemas.Source{
			{SourceID: "src/beta", Path: "sources/beta.txt", SHA256: "00ff", Bytes: 0, MediaType: "text/plain"},
			{SourceID: "src/alpha", Path: "sources/alpha.html", URL: "https://example.org/alpha", Title: "Alpha & <Omega>",
				Publisher: "Example Press", Published: d(2030, time.October, 1), Retrieved: d(2031, time.January, 2),
				Licence: "CC BY 4.0", SHA256: "ab12", Bytes: 4096, MediaType: "text/html"},
		},
		Review: []schemas.Review{
			{ReviewID: "rev/2", EntityTable: "people", Value: "Mx Quill", SourceID: "src/beta", ByteStart: 5, ByteEnd: 13,
				Quote: "Mx Quill", Rule: "people.honorific", Reason: "single mention"},
			{ReviewID: "rev/1", EntityTable: "meetings", Value: "Zeta", SourceID: "src/alpha", Quote: "Zeta", Rule: "meetings.title", Reason: "no date"},
		},
	}
}

// TestFixtureCoversNulls makes sure the round-trip tests see a NULL and a
// value in every nullable column, and rows out of key order in every table.
func TestFixtureCoversNulls(t *testing.T) {
	ds := fixture()
	for _, tab := range schemas.Catalog {
		rows := reflect.ValueOf(ds.Rows(tab))
		if rows.Len() < 2 {
			t.Errorf("%s: want at least 2 rows, have %d", tab.Name, rows.Len())
			continue
		}
		keys := keyFields(tab)
		if compareKeys(rows.Index(0), rows.Index(1), keys) < 0 {
			t.Errorf("%s: the first two rows are already in key order", tab.Name)
		}
		for _, c := range tab.Columns() {
			if c.Required && c.Type != schemas.TypeArray {
				continue
			}
			var zero, set bool
			for i := range rows.Len() {
				if rows.Index(i).Field(c.Field).IsZero() {
					zero = true
				} else {
					set = true
				}
			}
			if !zero || !set {
				t.Errorf("%s.%s: want a row with it empty and one with a value", tab.Name, c.Name)
			}
		}
	}
}
