// Package extract finds meetings, sessions, people, organisations and
// publications in source texts, each with the span of text it came from.
package extract

import "github.com/uncyber/uncyber/pipeline/extract/dates"

// Span is a byte range [Start,End) of source.Document.Text.
type Span struct {
	Start, End int
}

// Evidence supports one field of a fact with a span of the text.
type Evidence struct {
	Field string // column name, e.g. "name", "start_date", or "row"
	Span  Span
}

// Fact is what every extracted item carries: which rule produced it, how sure
// the rule is, and the spans that support it.
type Fact struct {
	Rule       string  // e.g. "person.bio", "org.acronym-definition"
	Confidence float64 // 0..1; below Threshold the item goes to review
	Evidence   []Evidence
}

// Threshold is the confidence below which a fact is held back for review.
const Threshold = 0.5

// Date is a date as a source states it, with its precision.
type Date = dates.Date

// Organisation is an organisation mention. Key is local to the document and
// lets other facts refer to it.
type Organisation struct {
	Fact
	Key         string
	Name        string
	Acronym     string
	Aliases     []string
	Kind        string // schemas enum; "" when unknown
	CountryCode string // ISO 3166-1 alpha-3 for states
	ParentKey   string
}

// Person is a person mention.
type Person struct {
	Fact
	Key     string
	Name    string   // full name without honorifics
	Aliases []string // other forms seen: surname alone, with honorific
}

// Affiliation says a person works at or represents an organisation.
type Affiliation struct {
	Fact
	PersonKey string
	OrgKey    string
	RoleTitle string
}

// Participation says an organisation or person took a role in a meeting
// (and optionally in one of its sessions, by Seq).
type Participation struct {
	Fact
	MeetingKey string
	SessionSeq int // 0 when the role is for the whole meeting
	OrgKey     string
	PersonKey  string
	Role       string // schemas enum
}

// Session is an agenda item, panel or side event of a meeting.
type Session struct {
	Fact
	Seq       int
	Title     string
	Kind      string // schemas enum
	Date      *Date
	StartTime string // HH:MM
	EndTime   string
	Room      string
}

// Meeting is a meeting mention.
type Meeting struct {
	Fact
	Key               string
	Name              string
	Aliases           []string
	Kind              string // schemas enum
	BodyKey           string // organisation key of the process it belongs to
	Ordinal           int    // 0 when unknown
	Start, End        *Date
	Venue             string
	City              string
	CountryCode       string
	ParticipantCount  int // 0 when unknown
	OrganisationCount int
	Sessions          []Session
}

// Author is one author of a publication: a person or an organisation key.
type Author struct {
	PersonKey string
	OrgKey    string
	Span      Span
}

// Publication is a publication mention; Self marks the source itself.
type Publication struct {
	Fact
	Key          string
	Title        string
	Aliases      []string
	Kind         string // schemas enum
	Symbol       string // UN document symbol
	Date         *Date
	URL          string
	PublisherKey string
	Licence      string
	Self         bool
	Authors      []Author
}

// Result is everything extracted from one document.
type Result struct {
	SourceID       string
	Organisations  []Organisation
	People         []Person
	Affiliations   []Affiliation
	Meetings       []Meeting
	Participations []Participation
	Publications   []Publication
}
