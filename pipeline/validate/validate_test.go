package validate

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

const text = "The Harbour Forum met. Ana Ruiz spoke."

// valid returns a small dataset that passes every check, with its source.
func valid() (*schemas.Dataset, map[string][]byte) {
	ev := func(table, id string, start, end int64) schemas.Evidence {
		return schemas.Evidence{EvidenceID: "ev/" + id, EntityTable: table, EntityID: id, Field: "name",
			SourceID: "s1", ByteStart: start, ByteEnd: end, Quote: text[start:end], Rule: "test"}
	}
	d := schemas.DateOf(2031, 5, 2)
	ds := &schemas.Dataset{
		Meetings: []schemas.Meeting{{MeetingID: "meeting/harbour-forum", Name: "Harbour Forum", Kind: "conference",
			StartDate: &d, EndDate: &d, DatePrecision: "day"}},
		People: []schemas.Person{{PersonID: "person/ana-ruiz", Name: "Ana Ruiz"}},
		Participations: []schemas.Participation{{ParticipationID: "p1", MeetingID: "meeting/harbour-forum",
			PersonID: "person/ana-ruiz", Role: "speaker"}},
		Evidence: []schemas.Evidence{
			ev("meetings", "meeting/harbour-forum", 4, 17),
			ev("people", "person/ana-ruiz", 23, 31),
			ev("participations", "p1", 23, 37),
		},
		Sources: []schemas.Source{{SourceID: "s1", Path: "sources/s1.txt", Bytes: int64(len(text)), MediaType: "text/plain",
			SHA256: "3f0b14bd2b59d1a2ec6b2b1ce3b3c6b4e6a0f0e1c7c2d3a4b5c6d7e8f9a0b1c2"}},
	}
	return ds, map[string][]byte{"s1": []byte(text)}
}

func TestDataset(t *testing.T) {
	tests := []struct {
		name   string
		damage func(ds *schemas.Dataset, src map[string][]byte)
		want   []string // substrings of the problems, in order; none for a valid dataset
	}{
		{"valid", func(*schemas.Dataset, map[string][]byte) {}, nil},
		{"required missing", func(ds *schemas.Dataset, _ map[string][]byte) { ds.People[0].Name = "" },
			[]string{"out/csv/people.csv:2:2: name: required value is missing"}},
		{"enum", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Meetings[0].Kind = "party" },
			[]string{`out/csv/meetings.csv:2:4: kind: "party" is not one of formal_session`}},
		{"duplicate key", func(ds *schemas.Dataset, _ map[string][]byte) { ds.People = append(ds.People, ds.People[0]) },
			[]string{`out/csv/people.csv:3:1: person_id: duplicate primary key "person/ana-ruiz"`}},
		{"dangling reference", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Participations[0].PersonID = "person/nobody" },
			[]string{`out/csv/participations.csv:2:5: person_id: "person/nobody" is not a people.person_id`}},
		{"no evidence", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Evidence = ds.Evidence[1:] },
			[]string{"out/csv/meetings.csv:2:1: meeting/harbour-forum has no evidence"}},
		{"quote differs", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Evidence[1].Quote = "Ana Ruíz" },
			[]string{`out/csv/evidence.csv:4:1: ev/person/ana-ruiz: quote "Ana Ruíz" differs from the source bytes "Ana Ruiz"`}},
		{"span outside", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Evidence[0].ByteEnd = 999 },
			[]string{"out/csv/evidence.csv:2:1: ev/meeting/harbour-forum: span 4-999 is outside s1"}},
		{"source without a path", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Sources[0].Path = "" },
			[]string{"out/csv/sources.csv:2:2: path: required value is missing"}},
		{"source twice", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Sources = append(ds.Sources, ds.Sources[0]) },
			[]string{`out/csv/sources.csv:3:1: source_id: duplicate primary key "s1"`}},
		{"evidence from an unknown source", func(ds *schemas.Dataset, _ map[string][]byte) { ds.Evidence[2].SourceID = "s0" },
			[]string{`evidence.csv:3:1: ev/p1: source "s0" is not loaded`, `evidence.csv:3:5: source_id: "s0" is not a sources.source_id`}},
		{"several at once", func(ds *schemas.Dataset, _ map[string][]byte) {
			ds.People[0].Name = ""
			ds.Meetings[0].Kind = "party"
		}, []string{"meetings.csv:2:4", "people.csv:2:2"}},
	}
	for _, tt := range tests {
		for _, stream := range []string{"none", "evidence", "evidence and sources"} {
			t.Run(fmt.Sprintf("%s/stream=%s", tt.name, stream), func(t *testing.T) {
				ds, src := valid()
				tt.damage(ds, src)
				if stream != "none" { // the same problems, from rows read one at a time
					ev := slices.Clone(ds.Evidence)
					slices.SortFunc(ev, func(a, b schemas.Evidence) int { return strings.Compare(a.EvidenceID, b.EvidenceID) })
					ds.Evidence, ds.EvidenceStream = nil, schemas.SliceStream[schemas.Evidence](ev)
				}
				if stream == "evidence and sources" {
					ds.Sources, ds.SourcesStream = nil, schemas.SliceStream[schemas.Source](ds.Sources)
				}
				checkProblems(t, Dataset(ds, src, "out/csv"), tt.want)
			})
		}
	}
}

// checkProblems wants the problems other than checksums to contain want,
// in order.
func checkProblems(t *testing.T, ps Problems, want []string) {
	t.Helper()
	var nonChecksum Problems
	for _, p := range ps {
		if !strings.Contains(p.Msg, "sha256") {
			nonChecksum = append(nonChecksum, p)
		}
	}
	if len(nonChecksum) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(nonChecksum), len(want), nonChecksum.Detail())
	}
	for i, w := range want {
		if !strings.Contains(nonChecksum[i].Error(), w) {
			t.Errorf("problem %d = %q, want it to contain %q", i, nonChecksum[i].Error(), w)
		}
	}
}

func TestChecksum(t *testing.T) {
	ds, src := valid()
	ps := Dataset(ds, src, "out/csv")
	if len(ps) != 1 || !strings.Contains(ps[0].Error(), "out/csv/sources.csv:2:1: s1: sha256 does not match") {
		t.Fatalf("want the wrong sha256 reported, got:\n%s", ps.Detail())
	}
}

// TestDatasetFromInKeepsFilesInTmp checks that the evidence of a streamed
// dataset is sorted under the folder it is given, not the system's: a
// folder that is gone makes the check fail, and one that exists is left
// as it was.
func TestDatasetFromInKeepsFilesInTmp(t *testing.T) {
	raw := t.TempDir()
	if err := os.MkdirAll(filepath.Join(raw, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(raw, "sources", "s1.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	streamed := func() *schemas.Dataset {
		ds, _ := valid()
		ev := slices.Clone(ds.Evidence)
		slices.SortFunc(ev, func(a, b schemas.Evidence) int { return strings.Compare(a.EvidenceID, b.EvidenceID) })
		ds.Evidence, ds.EvidenceStream = nil, schemas.SliceStream[schemas.Evidence](ev)
		return ds
	}
	tmp, err := spill.NewDir(t.TempDir(), "spill-*")
	if err != nil {
		t.Fatal(err)
	}
	checkProblems(t, DatasetFromIn(streamed(), raw, "out/csv", tmp), nil)
	allStreamed := streamed()
	allStreamed.Sources, allStreamed.SourcesStream = nil, schemas.SliceStream[schemas.Source](allStreamed.Sources)
	checkProblems(t, DatasetFromIn(allStreamed, raw, "out/csv", tmp), nil)
	allStreamed.SourcesStream.(schemas.SliceStream[schemas.Source])[0].Path = "sources/gone.txt"
	checkProblems(t, DatasetFromIn(allStreamed, raw, "out/csv", tmp), []string{"sources.csv:2:1: s1: cannot read raw/sources/gone.txt"})
	if left, _ := os.ReadDir(tmp.Path()); len(left) != 0 {
		t.Errorf("%s holds %d files after the check, want none", tmp.Path(), len(left))
	}
	tmp.Remove()
	checkProblems(t, DatasetFromIn(streamed(), raw, "out/csv", tmp), []string{"cannot check the evidence"})
}
