package pipeline

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// TestReportEncode checks that the report, written a source at a time, has
// the bytes json.MarshalIndent gives for it whole, and that its per-kind
// counts read as the map report.json always had.
func TestReportEncode(t *testing.T) {
	two := []SourceReport{
		{SourceID: "a<b>&c", Extracted: FactsByTable{Meetings: 2, People: 1}, Evidence: 7, Review: 1},
		{SourceID: "z\u2028\"q\"", Extracted: FactsByTable{Affiliations: 3, Publications: 4}},
	}
	tests := []struct {
		name string
		r    Report
	}{
		{"nil sources", Report{Tables: map[string]int{"people": 1}}},
		{"no sources", Report{Sources: []SourceReport{}, Empty: []string{}, Warnings: []string{}}},
		{"one source", Report{Sources: two[:1], Tables: map[string]int{"b": 2, "a": 1}, Empty: []string{}, Warnings: []string{"x <y> & z"}}},
		{"two sources", Report{Sources: two, Tables: map[string]int{}, Empty: []string{"e"}, Warnings: []string{"w1", "w2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.MarshalIndent(&tt.r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, '\n')
			var got bytes.Buffer
			if err := tt.r.encode(&got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("encode wrote\n%s\nwant\n%s", got.Bytes(), want)
			}
		})
	}
	var back struct {
		Sources []struct{ Extracted map[string]int }
	}
	if err := json.Unmarshal(must(json.Marshal(Report{Sources: two})), &back); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"affiliations": 0, "meetings": 2, "organisations": 0, "participations": 0, "people": 1, "publications": 0}
	if got := back.Sources[0].Extracted; !reflect.DeepEqual(got, want) {
		t.Errorf("extracted reads back as %v, want %v", got, want)
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
