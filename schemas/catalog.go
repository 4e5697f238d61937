package schemas

// Table declares one published table: its name, what a row is, its row type
// (whose struct tags declare the columns), its primary key and its references.
type Table struct {
	Name        string
	Title       string
	Description string
	Row         any // a zero value of the row struct, e.g. Meeting{}
	PrimaryKey  []string
	ForeignKeys []ForeignKey
}

// ForeignKey says that the values of Fields in one table are values of
// RefFields in RefTable (or NULL).
type ForeignKey struct {
	Fields    []string
	RefTable  string
	RefFields []string
}

func fk(field, table, ref string) ForeignKey {
	return ForeignKey{Fields: []string{field}, RefTable: table, RefFields: []string{ref}}
}

// Catalog lists every published table in the order they are documented.
var Catalog = []Table{
	{Name: "meetings", Title: "Meetings", Row: Meeting{},
		Description: "Meetings of UN cyber processes and around them, one row per meeting.",
		PrimaryKey:  []string{"meeting_id"},
		ForeignKeys: []ForeignKey{fk("body_id", "organisations", "organisation_id")}},
	{Name: "sessions", Title: "Sessions", Row: Session{},
		Description: "Agenda items, panels and side events of a meeting, in order.",
		PrimaryKey:  []string{"session_id"},
		ForeignKeys: []ForeignKey{fk("meeting_id", "meetings", "meeting_id")}},
	{Name: "organisations", Title: "Organisations", Row: Organisation{},
		Description: "States, UN bodies, intergovernmental organisations, agencies, companies, universities, NGOs and initiatives.",
		PrimaryKey:  []string{"organisation_id"},
		ForeignKeys: []ForeignKey{fk("parent_id", "organisations", "organisation_id")}},
	{Name: "people", Title: "People", Row: Person{},
		Description: "People named by the sources as taking part, speaking, chairing or writing.",
		PrimaryKey:  []string{"person_id"}},
	{Name: "publications", Title: "Publications", Row: Publication{},
		Description: "Resolutions, reports, statements, articles and the sources themselves.",
		PrimaryKey:  []string{"publication_id"},
		ForeignKeys: []ForeignKey{
			fk("publisher_id", "organisations", "organisation_id"),
			fk("source_id", "sources", "source_id"),
		}},
	{Name: "participations", Title: "Participations", Row: Participation{},
		Description: "Who took part in which meeting or session, and in what role.",
		PrimaryKey:  []string{"participation_id"},
		ForeignKeys: []ForeignKey{
			fk("meeting_id", "meetings", "meeting_id"),
			fk("session_id", "sessions", "session_id"),
			fk("organisation_id", "organisations", "organisation_id"),
			fk("person_id", "people", "person_id"),
		}},
	{Name: "affiliations", Title: "Affiliations", Row: Affiliation{},
		Description: "People's positions at organisations.",
		PrimaryKey:  []string{"affiliation_id"},
		ForeignKeys: []ForeignKey{
			fk("person_id", "people", "person_id"),
			fk("organisation_id", "organisations", "organisation_id"),
		}},
	{Name: "authorships", Title: "Authorships", Row: Authorship{},
		Description: "Authors of publications, people or organisations, in byline order.",
		PrimaryKey:  []string{"authorship_id"},
		ForeignKeys: []ForeignKey{
			fk("publication_id", "publications", "publication_id"),
			fk("person_id", "people", "person_id"),
			fk("organisation_id", "organisations", "organisation_id"),
		}},
	{Name: "evidence", Title: "Evidence", Row: Evidence{},
		Description: "For every row of every entity and link table, the source bytes that support it.",
		PrimaryKey:  []string{"evidence_id"},
		ForeignKeys: []ForeignKey{fk("source_id", "sources", "source_id")}},
	{Name: "sources", Title: "Sources", Row: Source{},
		Description: "The source texts under raw/sources/, as registered in raw/sources.csv.",
		PrimaryKey:  []string{"source_id"}},
	{Name: "review", Title: "Review queue", Row: Review{},
		Description: "Candidate facts held back for low confidence, for a person to confirm or reject; not part of the other tables.",
		PrimaryKey:  []string{"review_id"},
		ForeignKeys: []ForeignKey{fk("source_id", "sources", "source_id")}},
}
