package normalise

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// fullResult has a value in every field of every fact, nil and empty lists
// both.
func fullResult() extract.Result {
	f := extract.Fact{Rule: "org.acronym-definition", Confidence: 0.75,
		Evidence: []extract.Evidence{{Field: "name", Span: extract.Span{Start: 4, End: 9}}, {Field: "row", Span: extract.Span{Start: 0, End: 12}}}}
	d := &extract.Date{Year: 2031, Month: 5, Day: 2, Precision: "day"}
	return extract.Result{
		SourceID: "src-1",
		Organisations: []extract.Organisation{
			{Fact: f, Key: "harbour institute", Name: "Harbour Institute", Acronym: "THI", Aliases: []string{"the Institute", ""},
				Kind: "ngo", CountryCode: "KEN", ParentKey: "un"},
			{Fact: extract.Fact{Evidence: []extract.Evidence{}}, Key: "ü-Ω", Aliases: []string{}},
		},
		People:       []extract.Person{{Fact: f, Key: "ana", Name: "Ana Lima", Aliases: []string{"Lima"}}},
		Affiliations: []extract.Affiliation{{Fact: f, PersonKey: "ana", OrgKey: "harbour institute", RoleTitle: "Director"}},
		Meetings: []extract.Meeting{{Fact: f, Key: "m", Name: "Sea Forum", Kind: "conference", BodyKey: "un", Ordinal: -3,
			Start: d, End: &extract.Date{Year: 2031, Month: 5, Day: 4, Precision: "day"}, Venue: "Hall", City: "Mombasa",
			CountryCode: "KEN", ParticipantCount: 1 << 40, OrganisationCount: 7,
			Sessions: []extract.Session{{Fact: f, Seq: 2, Title: "Opening", Kind: "plenary", Date: d, StartTime: "10:00", EndTime: "11:00", Room: "B"}}}},
		Participations: []extract.Participation{{Fact: f, MeetingKey: "m", SessionSeq: 2, OrgKey: "un", Role: "host"}},
		Publications: []extract.Publication{{Fact: f, Key: "p", Title: "Report", Kind: "report", Symbol: "A/76/135", Date: d,
			URL: "https://example.org", PublisherKey: "un", Licence: "CC-BY-4.0", Self: true,
			Authors: []extract.Author{{PersonKey: "ana", Span: extract.Span{Start: 1, End: 2}}}}},
	}
}

func TestFactsRoundTrip(t *testing.T) {
	res := fullResult()
	quotes := []Quote{{Span: extract.Span{Start: 0, End: 12}, RawStart: 0, RawEnd: 14}, {Span: extract.Span{Start: 4, End: 9}, RawStart: 4, RawEnd: 11}}
	texts := []string{"The Harbour I", "Harbour"}
	store, _ := spill.NewTexts(nil)
	store.Add("something before") // so that the record does not start at 0
	in, err := inputOf(store, Source{}, countsOf(&res), encodeFacts(&res, quotes, texts))
	if err != nil {
		t.Fatal(err)
	}
	if in.Counts() != (FactCounts{2, 1, 1, 1, 1, 1}) {
		t.Errorf("counts: got %+v", in.Counts())
	}
	tests := []struct {
		name string
		want fieldSet
		res  extract.Result
	}{
		{"all", allFields, res},
		{"organisations", orgFields, extract.Result{Organisations: res.Organisations}},
		{"meetings", meetFields, extract.Result{Organisations: res.Organisations, Meetings: res.Meetings}},
		{"none", 0, extract.Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := in.Facts()
			if err != nil {
				t.Fatal(err)
			}
			d := factsDecoder{b: b}
			gotQuotes, got := d.facts(in.facts.Off, tt.want)
			if d.err != nil {
				t.Fatal(d.err)
			}
			if !reflect.DeepEqual(got, tt.res) {
				t.Errorf("result:\ngot  %+v\nwant %+v", got, tt.res)
			}
			for i, q := range gotQuotes {
				text, err := store.Text(q.Text)
				if err != nil || text != texts[i] || q.Span != quotes[i].Span || q.RawStart != quotes[i].RawStart || q.RawEnd != quotes[i].RawEnd {
					t.Errorf("quote %d: got %+v %q (%v), want %+v %q", i, q, text, err, quotes[i], texts[i])
				}
			}
			if len(gotQuotes) != len(quotes) {
				t.Errorf("got %d quotes, want %d", len(gotQuotes), len(quotes))
			}
		})
	}
}

// TestFactsDamaged cuts an encoding at every length and flips every byte:
// decoding fails with errBadFacts or gives some result, never panics.
func TestFactsDamaged(t *testing.T) {
	res := fullResult()
	b := encodeFacts(&res, []Quote{{Span: extract.Span{Start: 0, End: 3}}}, []string{"abc"})
	for n := range len(b) {
		d := factsDecoder{b: b[:n]}
		d.facts(0, allFields)
		if !errors.Is(d.err, errBadFacts) {
			t.Fatalf("cut at %d of %d: got %v, want errBadFacts", n, len(b), d.err)
		}
	}
	for i := range b {
		c := append([]byte(nil), b...)
		c[i] ^= 0xff
		d := factsDecoder{b: c}
		d.facts(0, allFields)
	}
}

func FuzzFactsDecode(f *testing.F) {
	res := fullResult()
	f.Add(encodeFacts(&res, nil, nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		d := factsDecoder{b: b}
		d.facts(0, allFields)
	})
}

func TestCheckCodable(t *testing.T) {
	if err := checkCodable(resultType); err != nil {
		t.Errorf("extract.Result: %v", err)
	}
	type withMap struct{ M map[string]int }
	type withPrivate struct{ x int }
	for _, typ := range []reflect.Type{reflect.TypeFor[withMap](), reflect.TypeFor[withPrivate](), reflect.TypeFor[[]any]()} {
		if checkCodable(typ) == nil {
			t.Errorf("%s: no error", typ)
		}
	}
}

// TestInputHoldsNoFacts guards what keeps a build's memory small: an
// Input holds where its facts are, not the facts, whatever the size of its
// result.
func TestInputHoldsNoFacts(t *testing.T) {
	typ := reflect.TypeFor[Input]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		switch f.Type.Kind() {
		case reflect.Slice, reflect.Map, reflect.Interface:
			t.Errorf("Input.%s is a %s: facts belong in the store", f.Name, f.Type)
		}
		if f.Type == resultType {
			t.Errorf("Input.%s holds an extract.Result", f.Name)
		}
	}
}

// TestMentions checks that mentions kept encoded read back as they were
// added, input by input, an input without mentions among them.
func TestMentions(t *testing.T) {
	for _, inFile := range []bool{false, true} {
		t.Run(map[bool]string{false: "in memory", true: "in a file"}[inFile], func(t *testing.T) {
			var dir *spill.Dir
			if inFile {
				var err error
				if dir, err = spill.NewDir(t.TempDir(), "spill-*"); err != nil {
					t.Fatal(err)
				}
			}
			res := fullResult()
			lists := [][]extract.Organisation{res.Organisations, nil, {res.Organisations[1], res.Organisations[0], {Key: "x"}}}
			rows := mentionRows{off: []int{0, 2, 2, 5}}
			m := newMentions[extract.Organisation](&rows, dir)
			if (m.store != nil) != inFile {
				t.Fatalf("mentions in a store: %v, want %v", m.store != nil, inFile)
			}
			for _, l := range lists {
				m.add(l)
			}
			for i, l := range lists {
				if m.count(i) != len(l) {
					t.Errorf("input %d: count %d, want %d", i, m.count(i), len(l))
				}
				for j, want := range l {
					if got := m.at(mentionRef{i, j}); !reflect.DeepEqual(got, want) {
						t.Errorf("mention %d of input %d:\ngot  %+v\nwant %+v", j, i, got, want)
					}
				}
			}
			if err := m.close(); err != nil {
				t.Fatal(err)
			}
			if left, _ := os.ReadDir(dir.Path()); inFile && len(left) > 0 {
				t.Errorf("%d files left in the spill folder after close", len(left))
			}
		})
	}
}

// TestMentionsAcrossChunks checks mentions that fill several chunks, some
// split between two and one larger than a chunk, read back in any order.
func TestMentionsAcrossChunks(t *testing.T) {
	var list []extract.Organisation
	for i := range 3000 {
		list = append(list, extract.Organisation{Key: strconv.Itoa(i), Name: strings.Repeat(strconv.Itoa(i%10), 700+i%300)})
	}
	list[1500].Aliases = []string{strings.Repeat("a", mentionChunk*5/2)}
	rows := mentionRows{off: []int{0, len(list)}}
	m := newMentions[extract.Organisation](&rows, nil)
	m.add(list)
	if len(m.chunks) < 5 {
		t.Fatalf("%d chunks; the test wants mentions across several", len(m.chunks))
	}
	for _, j := range []int{2999, 0, 1500, 1499, 1501, 1234, 1} {
		if got := m.at(mentionRef{0, j}); !reflect.DeepEqual(got, list[j]) {
			t.Errorf("mention %d does not read back as added", j)
		}
	}
	for j := range list {
		if got := m.at(mentionRef{0, j}); got.Key != list[j].Key || got.Name != list[j].Name {
			t.Fatalf("mention %d does not read back as added", j)
		}
	}
}
