package spill

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// keyOf is the first 3 bytes of a test record: few distinct keys, so that
// stability and uniqueness are tested across runs.
func keyOf(rec []byte) []byte { return rec[:3] }

func TestSorter(t *testing.T) {
	tests := []struct {
		name     string
		spill    bool
		budget   int
		records  int
		unique   bool
		wantRuns bool // more records than the budget holds
	}{
		{name: "in memory", records: 5000},
		{name: "in memory unique", records: 5000, unique: true},
		{name: "one run on disk", spill: true, budget: 1 << 20, records: 500},
		{name: "many runs", spill: true, budget: 1000, records: 5000, wantRuns: true},
		{name: "many runs unique", spill: true, budget: 1000, records: 5000, unique: true, wantRuns: true},
		{name: "run of one record", spill: true, budget: 1, records: 300, unique: true, wantRuns: true},
		{name: "empty", spill: true, budget: 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var dir *Dir
			if tt.spill {
				dir = &Dir{path: t.TempDir()}
			}
			s := NewSorter(dir, tt.budget, keyOf)
			rng := rand.New(rand.NewPCG(1, 2))
			var in [][]byte
			for i := range tt.records {
				rec := fmt.Appendf(nil, "%03d#%d", rng.IntN(400), i) // the suffix shows the order added
				in = append(in, rec)
				if err := s.Add(rec); err != nil {
					t.Fatal(err)
				}
			}
			if got := len(s.runs) > 0; got != tt.wantRuns {
				t.Fatalf("spilled runs: %v, want %v", got, tt.wantRuns)
			}
			sorted, err := s.Finish(tt.unique)
			if err != nil {
				t.Fatal(err)
			}
			want := slices.Clone(in)
			slices.SortStableFunc(want, func(a, b []byte) int { return bytes.Compare(keyOf(a), keyOf(b)) })
			if tt.unique {
				want = slices.CompactFunc(want, func(a, b []byte) bool { return bytes.Equal(keyOf(a), keyOf(b)) })
			}
			for pass := range 2 { // Sorted can be read more than once
				var got [][]byte
				if err := sorted.Each(func(rec []byte) error { got = append(got, bytes.Clone(rec)); return nil }); err != nil {
					t.Fatal(err)
				}
				if !slices.EqualFunc(got, want, bytes.Equal) {
					t.Fatalf("pass %d: got %d records %q…, want %d %q…", pass, len(got), head(got), len(want), head(want))
				}
			}
			if sorted.Len() != len(want) {
				t.Errorf("Len() = %d, want %d", sorted.Len(), len(want))
			}
			if dir != nil {
				ents, _ := os.ReadDir(dir.path)
				if wantFiles := min(1, len(s.runs)); tt.wantRuns && len(ents) != wantFiles {
					t.Errorf("%d files left in the spill dir, want the merged one only", len(ents))
				}
			}
		})
	}
}

func head(recs [][]byte) [][]byte { return recs[:min(len(recs), 5)] }

func TestTexts(t *testing.T) {
	for _, spill := range []bool{false, true} {
		t.Run(fmt.Sprint("spill=", spill), func(t *testing.T) {
			var dir *Dir
			if spill {
				dir = &Dir{path: t.TempDir()}
			}
			ts, err := NewTexts(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer ts.Close()
			words := []string{"Open-ended", "", "working group", "Genève ✓", "x"}
			var refs []Ref
			for i := range 300 {
				r, err := ts.Add(words[i%len(words)])
				if err != nil {
					t.Fatal(err)
				}
				refs = append(refs, r)
				if i%7 == 0 { // reads between writes see what was written
					if got, err := ts.Text(r); err != nil || got != words[i%len(words)] {
						t.Fatalf("Text(%v) = %q, %v; want %q", r, got, err, words[i%len(words)])
					}
				}
			}
			for i, r := range refs {
				if got, err := ts.Text(r); err != nil || got != words[i%len(words)] {
					t.Fatalf("Text(%v) = %q, %v; want %q", r, got, err, words[i%len(words)])
				}
			}
			if _, err := ts.Text(Ref{Off: 1 << 40, Len: 3}); err == nil {
				t.Error("Text beyond the end: no error")
			}
		})
	}
}
