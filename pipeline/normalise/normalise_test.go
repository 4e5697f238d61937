package normalise

import (
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/schemas"
)

// fixture builds an input from a text and a function that fills the result,
// with spans found by looking up substrings of the text.
type fixture struct {
	doc *source.Document
	res extract.Result
}

func newFixture(id, text string) *fixture {
	return &fixture{doc: &source.Document{
		Entry: source.Entry{SourceID: id, Path: "sources/" + id + ".txt"},
		Raw:   []byte(text), Text: text, MediaType: "text/plain",
	}, res: extract.Result{SourceID: id}}
}

// fact returns a confident fact supported by the first occurrence of sub.
func (f *fixture) fact(field, sub string) extract.Fact {
	i := strings.Index(f.doc.Text, sub)
	if i < 0 {
		panic("fixture text lacks " + sub)
	}
	return extract.Fact{Rule: "test", Confidence: 0.9,
		Evidence: []extract.Evidence{{Field: field, Span: extract.Span{Start: i, End: i + len(sub)}}}}
}

func (f *fixture) org(key, name, acr, kind string) *fixture {
	o := extract.Organisation{Fact: f.fact("name", name), Key: key, Name: name, Acronym: acr, Kind: kind}
	f.res.Organisations = append(f.res.Organisations, o)
	return f
}

func (f *fixture) person(key, name string, aliases ...string) *fixture {
	f.res.People = append(f.res.People, extract.Person{Fact: f.fact("name", name), Key: key, Name: name, Aliases: aliases})
	return f
}

func (f *fixture) meeting(m extract.Meeting, quote string) *fixture {
	m.Fact = f.fact("name", quote)
	f.res.Meetings = append(f.res.Meetings, m)
	return f
}

func (f *fixture) input() Input { return NewInput(f.doc, f.res) }

func day(y, m, d int) *extract.Date {
	return &extract.Date{Year: y, Month: m, Day: d, Precision: "day"}
}

func TestOrganisationsMergeByAcronymAndName(t *testing.T) {
	a := newFixture("a", "The Harbour Institute (THI) and the Groups of Coastal Experts (GCEs) met.").
		org("thi", "Harbour Institute", "THI", "research").
		org("gces", "Groups of Coastal Experts", "GCEs", "un_body")
	b := newFixture("b", "THI said the Group of Coastal Experts (GCE) should meet.").
		org("thi", "THI", "THI", "").
		org("gce", "Group of Coastal Experts", "GCE", "un_body")
	ds, _ := Normalise([]Input{b.input(), a.input()})
	if len(ds.Organisations) != 2 {
		t.Fatalf("got %d organisations, want 2: %+v", len(ds.Organisations), ds.Organisations)
	}
	byID := map[string]schemas.Organisation{}
	for _, o := range ds.Organisations {
		byID[o.OrganisationID] = o
	}
	thi, ok := byID["org/thi"]
	if !ok || thi.Name != "Harbour Institute" || thi.Kind != "research" {
		t.Errorf("org/thi = %+v; want the Harbour Institute, research", thi)
	}
	if _, ok := byID["org/gce"]; !ok {
		t.Errorf("the plural acronym GCEs did not merge with GCE: %v", byID)
	}
	sources := map[string]bool{}
	for _, e := range ds.Evidence {
		if e.EntityID == "org/thi" {
			sources[e.SourceID] = true
		}
	}
	if len(sources) != 2 {
		t.Errorf("evidence of org/thi comes from %v; want both sources", sources)
	}
}

func TestPeopleMergeOnFullNamesOnly(t *testing.T) {
	a := newFixture("a", "Ana Ruiz spoke. Ruiz added more.").person("p1", "Ana Ruiz", "Ruiz")
	b := newFixture("b", "Luis Ruiz replied.").person("p1", "Luis Ruiz")
	c := newFixture("c", "ANA RUIZ closed.").person("p1", "ANA RUIZ")
	ds, _ := Normalise([]Input{a.input(), b.input(), c.input()})
	var names []string
	for _, p := range ds.People {
		names = append(names, p.PersonID)
	}
	if strings.Join(names, ",") != "person/ana-ruiz,person/luis-ruiz" {
		t.Errorf("people = %v; want Ana Ruiz (both spellings) and Luis Ruiz apart", names)
	}
}

func TestMeetingsAttachBodilessAndWarnOnConflicts(t *testing.T) {
	a := newFixture("a", "The Open Group (OG) held its consultation on 2-4 May 2031.").
		org("og", "Open Group", "OG", "un_body").
		meeting(extract.Meeting{Key: "m", Name: "consultation", BodyKey: "og", Start: day(2031, 5, 2), End: day(2031, 5, 4)}, "consultation")
	b := newFixture("b", "The first consultation (2-4 May 2031) was lively.").
		meeting(extract.Meeting{Key: "m", Name: "first consultation", Start: day(2031, 5, 2), End: day(2031, 5, 4)}, "first consultation")
	c := newFixture("c", "OG's consultation, 3-5 May 2031.").
		org("og", "OG", "OG", "").
		meeting(extract.Meeting{Key: "m", Name: "consultation", BodyKey: "og", Start: day(2031, 5, 2), End: day(2031, 5, 4)}, "consultation").
		meeting(extract.Meeting{Key: "m2", Name: "OG's consultation", BodyKey: "og", Start: day(2031, 5, 3), End: day(2031, 5, 5)}, "OG's consultation")
	ds, warnings := Normalise([]Input{a.input(), b.input(), c.input()})
	var ids []string
	for _, m := range ds.Meetings {
		ids = append(ids, m.MeetingID)
	}
	if strings.Join(ids, ",") != "meeting/og-2031-05-02,meeting/og-2031-05-03" {
		t.Errorf("meetings = %v; want the bodiless mention merged into og-2031-05-02", ids)
	}
	if len(warnings) != 0 {
		t.Errorf("warnings = %v; two different meetings are no conflict", warnings)
	}
}

func TestDateConflictWarning(t *testing.T) {
	a := newFixture("a", "The Sea Forum met on 2 May 2031.").
		meeting(extract.Meeting{Key: "m", Name: "Sea Forum", Start: day(2031, 5, 2)}, "Sea Forum")
	b := newFixture("b", "The Sea Forum met on 3 May 2031.").
		meeting(extract.Meeting{Key: "m", Name: "Sea Forum", Start: &extract.Date{Year: 2031, Month: 5, Precision: "month"}}, "Sea Forum")
	ds, warnings := Normalise([]Input{a.input(), b.input()})
	if len(ds.Meetings) != 1 || ds.Meetings[0].DatePrecision != "day" {
		t.Fatalf("meetings = %+v; want one, dated to the day", ds.Meetings)
	}
	if len(warnings) != 0 {
		t.Errorf("a month and a day in it do not conflict: %v", warnings)
	}
	c := newFixture("c", "The Sea Forum met on 4 May 2031.").
		meeting(extract.Meeting{Key: "m", Name: "Sea Forum", Start: day(2031, 5, 4)}, "Sea Forum")
	ds, warnings = Normalise([]Input{a.input(), b.input(), c.input()})
	want := "meeting meeting/2031-05-02-sea-forum: sources disagree on its dates: 2031-05-02 (a) vs 2031-05-04 (c); kept 2031-05-02"
	if len(ds.Meetings) != 1 || len(warnings) != 1 || warnings[0].Message != want {
		t.Errorf("meetings %d, warnings %v; want one meeting and the warning %q", len(ds.Meetings), warnings, want)
	}
}

func TestMonthPrecisionHasNoEndDate(t *testing.T) {
	m := &extract.Date{Year: 2031, Month: 2, Precision: "month"}
	if got := endDateOf(m, m); got != nil {
		t.Errorf("end of a month-dated meeting = %v, want NULL", got.String())
	}
	if got := endDateOf(day(2031, 2, 3), nil); got == nil || got.String() != "2031-02-03" {
		t.Errorf("end of a one-day meeting = %v, want its day", got)
	}
	if got := dateOf(m); got.String() != "2031-02-01" {
		t.Errorf("start of February 2031 = %s, want 2031-02-01", got.String())
	}
}

func TestLowConfidenceGoesToReview(t *testing.T) {
	f := newFixture("a", "Maybe the Blue Thing exists.")
	o := extract.Organisation{Fact: f.fact("name", "Blue Thing"), Key: "b", Name: "Blue Thing"}
	o.Confidence = 0.3
	f.res.Organisations = append(f.res.Organisations, o)
	ds, _ := Normalise([]Input{f.input()})
	if len(ds.Organisations) != 0 || len(ds.Review) != 1 {
		t.Fatalf("organisations %d, review %d; want 0 and 1", len(ds.Organisations), len(ds.Review))
	}
	if r := ds.Review[0]; r.Quote != "Blue Thing" || r.ByteStart != 10 || r.Rule != "test" {
		t.Errorf("review row = %+v", r)
	}
}

// TestUniqueIDLengthensItsHash checks that ids stay unique when the short
// hash of a key is already taken by another key, as happens when thousands
// of titles share a slug.
func TestUniqueIDLengthensItsHash(t *testing.T) {
	used := map[string]string{}
	if id := uniqueID(used, "pub/x", "a"); id != "pub/x" {
		t.Fatalf("first id %q", id)
	}
	short := uniqueID(map[string]string{"pub/x": "a"}, "pub/x", "b")
	used[short] = "z" // another key already holds b's short id
	long := uniqueID(used, "pub/x", "b")
	if long == short || !strings.HasPrefix(long, short) {
		t.Errorf("with %q taken by another key, got %q; want a longer hash", short, long)
	}
	if again := uniqueID(used, "pub/x", "b"); again != long {
		t.Errorf("the same key got %q, then %q", long, again)
	}
}
