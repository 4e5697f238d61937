package schemas

// The row types below are the single declaration of every published table.
// Struct tags carry everything the writers, the validator, datapackage.json and
// the codebook need:
//
//	csv:"name"        column name in CSV (and in datapackage.json)
//	parquet:"name,…"  column name and Parquet options (optional, dict, zstd, delta)
//	doc:"…"           the column's description
//	enum:"a|b|c"      the allowed values of a categorical column
//
// A column is required unless its parquet tag says "optional" (an empty string
// or nil pointer is then NULL); its csv tag then says "omitempty", which makes
// gocsv read an empty cell back as a nil pointer instead of a pointer to zero.
// Keys and references are declared per table in catalog.go.

// Meeting is one meeting of a UN cyber process or around it: a formal session,
// a consultation, a conference, a workshop, a side event or a dialogue.
type Meeting struct {
	MeetingID         string `csv:"meeting_id" parquet:"meeting_id" doc:"Stable identifier, meeting/<slug of start date and name>."`
	Name              string `csv:"name" parquet:"name" doc:"The meeting's name as the most complete source gives it."`
	Aliases           List   `csv:"aliases" parquet:"aliases,list" doc:"Other names the sources use for the meeting, sorted."`
	Kind              string `csv:"kind" parquet:"kind,dict" enum:"formal_session|informal_consultation|conference|workshop|side_event|dialogue|other" doc:"What sort of meeting it is."`
	BodyID            string `csv:"body_id,omitempty" parquet:"body_id,optional" doc:"The body or process the meeting belongs to (organisations.organisation_id), e.g. org/oewg."`
	Ordinal           *int32 `csv:"ordinal,omitempty" parquet:"ordinal,optional" doc:"The meeting's number in its series when the source gives one (\"second substantive session\" is 2)."`
	StartDate         *Date  `csv:"start_date,omitempty" parquet:"start_date,optional,date" doc:"First day of the meeting; with date_precision month or year, the first day of that month or year."`
	EndDate           *Date  `csv:"end_date,omitempty" parquet:"end_date,optional,date" doc:"Last day of the meeting; equal to start_date for one-day meetings."`
	DatePrecision     string `csv:"date_precision,omitempty" parquet:"date_precision,optional,dict" enum:"day|month|year" doc:"How precisely the sources date the meeting."`
	Venue             string `csv:"venue,omitempty" parquet:"venue,optional" doc:"Room and building as the source names them."`
	City              string `csv:"city,omitempty" parquet:"city,optional" doc:"City where the meeting took place."`
	CountryCode       string `csv:"country_code,omitempty" parquet:"country_code,optional,dict" doc:"ISO 3166-1 alpha-3 code of the country where the meeting took place."`
	ParticipantCount  *int32 `csv:"participant_count,omitempty" parquet:"participant_count,optional" doc:"Number of participants a source reports."`
	OrganisationCount *int32 `csv:"organisation_count,omitempty" parquet:"organisation_count,optional" doc:"Number of organisations a source reports as registered or taking part."`
}

// Session is one part of a meeting: an agenda item, a panel, a plenary or a
// side event, in the order the source lists them.
type Session struct {
	SessionID string `csv:"session_id" parquet:"session_id" doc:"Stable identifier, <meeting_id>/<seq>."`
	MeetingID string `csv:"meeting_id" parquet:"meeting_id" doc:"The meeting the session belongs to (meetings.meeting_id)."`
	Seq       int32  `csv:"seq" parquet:"seq" doc:"Position of the session in its meeting, from 1."`
	Title     string `csv:"title" parquet:"title" doc:"Title of the agenda item or session."`
	Kind      string `csv:"kind" parquet:"kind,dict" enum:"agenda_item|plenary|panel|parallel_session|side_event|break|other" doc:"What sort of session it is."`
	Date      *Date  `csv:"date,omitempty" parquet:"date,optional,date" doc:"Day of the session when the source gives it."`
	StartTime string `csv:"start_time,omitempty" parquet:"start_time,optional" doc:"Local start time, HH:MM, when the source gives it."`
	EndTime   string `csv:"end_time,omitempty" parquet:"end_time,optional" doc:"Local end time, HH:MM, when the source gives it."`
	Room      string `csv:"room,omitempty" parquet:"room,optional" doc:"Room as the source names it."`
}

// Organisation is a state, a UN body, an intergovernmental organisation, a
// government agency, a company, a university, an NGO or an initiative.
type Organisation struct {
	OrganisationID string `csv:"organisation_id" parquet:"organisation_id" doc:"Stable identifier, org/<slug of acronym or name>."`
	Name           string `csv:"name" parquet:"name" doc:"Canonical full name."`
	Acronym        string `csv:"acronym,omitempty" parquet:"acronym,optional" doc:"Acronym a source defines or uses for the organisation."`
	Kind           string `csv:"kind" parquet:"kind,dict" enum:"state|un_body|intergovernmental|government|ngo|academia|research|think_tank|private_sector|media|initiative|programme|other" doc:"What sort of organisation it is."`
	CountryCode    string `csv:"country_code,omitempty" parquet:"country_code,optional,dict" doc:"ISO 3166-1 alpha-3 code: the state itself, or the country an organisation belongs to."`
	ParentID       string `csv:"parent_id,omitempty" parquet:"parent_id,optional" doc:"The organisation this one is part of (organisations.organisation_id)."`
	Aliases        List   `csv:"aliases" parquet:"aliases,list" doc:"Other names the sources use, sorted."`
}

// Person is a person a source names as taking part, speaking, chairing or
// writing.
type Person struct {
	PersonID string `csv:"person_id" parquet:"person_id" doc:"Stable identifier, person/<slug of full name>."`
	Name     string `csv:"name" parquet:"name" doc:"Full name without honorifics."`
	Aliases  List   `csv:"aliases" parquet:"aliases,list" doc:"Other forms of the name the sources use (surname alone, with honorifics), sorted."`
}

// Publication is a document: a resolution, a report, a statement, an article,
// or one of our sources itself.
type Publication struct {
	PublicationID string `csv:"publication_id" parquet:"publication_id" doc:"Stable identifier, pub/<slug of symbol or title>."`
	Title         string `csv:"title" parquet:"title" doc:"Title of the publication."`
	Kind          string `csv:"kind" parquet:"kind,dict" enum:"resolution|report|statement|article|blog_post|web_page|paper|book|treaty|declaration|transcript|other" doc:"What sort of publication it is."`
	Symbol        string `csv:"symbol,omitempty" parquet:"symbol,optional" doc:"UN document symbol, e.g. A/RES/73/27."`
	Date          *Date  `csv:"date,omitempty" parquet:"date,optional,date" doc:"Publication date."`
	URL           string `csv:"url,omitempty" parquet:"url,optional" doc:"Where the publication can be read."`
	PublisherID   string `csv:"publisher_id,omitempty" parquet:"publisher_id,optional" doc:"The publishing organisation (organisations.organisation_id)."`
	Licence       string `csv:"licence,omitempty" parquet:"licence,optional" doc:"Licence of the publication as stated, e.g. CC BY-NC-ND 4.0."`
	SourceID      string `csv:"source_id,omitempty" parquet:"source_id,optional" doc:"The source (sources.source_id) when the publication is itself one of our sources."`
}

// Participation links an organisation or a person to a meeting or one of its
// sessions in a role.
type Participation struct {
	ParticipationID string `csv:"participation_id" parquet:"participation_id" doc:"Stable identifier derived from the linked ids and the role."`
	MeetingID       string `csv:"meeting_id" parquet:"meeting_id" doc:"The meeting (meetings.meeting_id)."`
	SessionID       string `csv:"session_id,omitempty" parquet:"session_id,optional" doc:"The session, when the role is within one (sessions.session_id)."`
	OrganisationID  string `csv:"organisation_id,omitempty" parquet:"organisation_id,optional" doc:"The participating organisation (organisations.organisation_id); for a person, the organisation they represented."`
	PersonID        string `csv:"person_id,omitempty" parquet:"person_id,optional" doc:"The participating person (people.person_id)."`
	Role            string `csv:"role" parquet:"role,dict" enum:"organiser|chair|co_chair|speaker|moderator|rapporteur|participant|funder|host" doc:"The role taken."`
}

// Affiliation links a person to an organisation they work for or represent.
type Affiliation struct {
	AffiliationID  string `csv:"affiliation_id" parquet:"affiliation_id" doc:"Stable identifier derived from the person and the organisation."`
	PersonID       string `csv:"person_id" parquet:"person_id" doc:"The person (people.person_id)."`
	OrganisationID string `csv:"organisation_id" parquet:"organisation_id" doc:"The organisation (organisations.organisation_id)."`
	RoleTitle      string `csv:"role_title,omitempty" parquet:"role_title,optional" doc:"The person's title there as the source gives it, e.g. research fellow."`
}

// Authorship links a publication to a person or organisation that wrote it.
type Authorship struct {
	AuthorshipID   string `csv:"authorship_id" parquet:"authorship_id" doc:"Stable identifier, <publication_id>/<position>."`
	PublicationID  string `csv:"publication_id" parquet:"publication_id" doc:"The publication (publications.publication_id)."`
	PersonID       string `csv:"person_id,omitempty" parquet:"person_id,optional" doc:"The author when a person (people.person_id)."`
	OrganisationID string `csv:"organisation_id,omitempty" parquet:"organisation_id,optional" doc:"The author when an organisation (organisations.organisation_id)."`
	Position       int32  `csv:"position" parquet:"position" doc:"Order of the author in the byline, from 1."`
}

// Evidence ties one field of one row to the bytes of a source that support it.
type Evidence struct {
	EvidenceID  string `csv:"evidence_id" parquet:"evidence_id" doc:"Stable identifier derived from the row, field and span."`
	EntityTable string `csv:"entity_table" parquet:"entity_table,dict" enum:"meetings|sessions|organisations|people|publications|participations|affiliations|authorships" doc:"The table of the supported row."`
	EntityID    string `csv:"entity_id" parquet:"entity_id" doc:"The primary key of the supported row."`
	Field       string `csv:"field" parquet:"field,dict" doc:"The column the span supports, or row for the row as a whole."`
	SourceID    string `csv:"source_id" parquet:"source_id" doc:"The source (sources.source_id)."`
	ByteStart   int64  `csv:"byte_start" parquet:"byte_start" doc:"Offset of the first byte of the span in the source file, from 0."`
	ByteEnd     int64  `csv:"byte_end" parquet:"byte_end" doc:"Offset one past the last byte of the span."`
	Quote       string `csv:"quote" parquet:"quote" doc:"The text of the span; for .txt and .md sources exactly the file's bytes."`
	Rule        string `csv:"rule" parquet:"rule,dict" doc:"The extraction rule that found the fact."`
}

// Source is one source text under raw/sources/, as the manifest registers it.
type Source struct {
	SourceID  string `csv:"source_id" parquet:"source_id" doc:"Stable identifier, from the file name."`
	Path      string `csv:"path" parquet:"path" doc:"Path of the file relative to raw/."`
	URL       string `csv:"url,omitempty" parquet:"url,optional" doc:"Where the text was retrieved from."`
	Title     string `csv:"title,omitempty" parquet:"title,optional" doc:"Title of the source."`
	Publisher string `csv:"publisher,omitempty" parquet:"publisher,optional" doc:"Who published the source."`
	Published *Date  `csv:"published,omitempty" parquet:"published,optional,date" doc:"Publication date of the source."`
	Retrieved *Date  `csv:"retrieved,omitempty" parquet:"retrieved,optional,date" doc:"When the text was retrieved."`
	Licence   string `csv:"licence,omitempty" parquet:"licence,optional" doc:"Licence of the source text."`
	SHA256    string `csv:"sha256" parquet:"sha256" doc:"SHA-256 of the file, lowercase hex."`
	Bytes     int64  `csv:"bytes" parquet:"bytes" doc:"Size of the file in bytes."`
	MediaType string `csv:"media_type" parquet:"media_type,dict" enum:"text/plain|text/markdown|text/html" doc:"Media type of the file."`
}

// Review is a candidate fact that an extraction rule found with too little
// confidence to publish; a person confirms or rejects it.
type Review struct {
	ReviewID    string `csv:"review_id" parquet:"review_id" doc:"Stable identifier derived from the source, span and rule."`
	EntityTable string `csv:"entity_table" parquet:"entity_table,dict" doc:"The table the candidate would go to."`
	Value       string `csv:"value" parquet:"value" doc:"The candidate value."`
	SourceID    string `csv:"source_id" parquet:"source_id" doc:"The source (sources.source_id)."`
	ByteStart   int64  `csv:"byte_start" parquet:"byte_start" doc:"Offset of the first byte of the span in the source file."`
	ByteEnd     int64  `csv:"byte_end" parquet:"byte_end" doc:"Offset one past the last byte of the span."`
	Quote       string `csv:"quote" parquet:"quote" doc:"The text of the span."`
	Rule        string `csv:"rule" parquet:"rule,dict" doc:"The extraction rule that proposed it."`
	Reason      string `csv:"reason" parquet:"reason" doc:"Why it was held back."`
}

// Dataset holds every table of one build, rows in any order; the writers sort
// them by primary key.
type Dataset struct {
	Meetings       []Meeting
	Sessions       []Session
	Organisations  []Organisation
	People         []Person
	Publications   []Publication
	Participations []Participation
	Affiliations   []Affiliation
	Authorships    []Authorship
	Evidence       []Evidence
	Sources        []Source
	Review         []Review
	// EvidenceStream, when not nil, holds the evidence rows in place of
	// Evidence (then empty): a build of many texts keeps them in a file.
	EvidenceStream RowStream[Evidence]
	// SourcesStream, when not nil, holds the rows of the sources table in
	// place of Sources (then empty), one per text.
	SourcesStream RowStream[Source]
}

// RowStream is the rows of a table kept outside memory, in primary key
// order, read as often as needed.
type RowStream[R any] interface {
	// Len is the number of rows.
	Len() int
	// Each calls f with every row in order, stopping at the first error
	// from f or from reading the rows.
	Each(f func(R) error) error
}

// SliceStream is a RowStream over rows held in memory, already in primary
// key order: what a caller with few rows, or a test, hands where a stream is
// wanted.
type SliceStream[R any] []R

// Len returns the number of rows.
func (s SliceStream[R]) Len() int { return len(s) }

// Each calls f with every row in order and stops at the first error.
func (s SliceStream[R]) Each(f func(R) error) error {
	for _, r := range s {
		if err := f(r); err != nil {
			return err
		}
	}
	return nil
}
