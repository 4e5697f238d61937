package pipeline

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/uncyber/uncyber/pipeline/cache"

	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/schemas"
)

// Report accounts for every source of a build: what was extracted from it
// and what reached the tables. It is written to out/report.json.
type Report struct {
	Sources  []SourceReport `json:"sources"`
	Tables   map[string]int `json:"tables"`   // rows per table
	Empty    []string       `json:"empty"`    // sources that yielded no fact at all
	Warnings []string       `json:"warnings"` // conflicts between sources and other non-fatal findings
	// Build says how this build ran; it is not written to report.json,
	// which must be the same for a cached and a clean build.
	Build BuildStats `json:"-"`
}

// BuildStats count the work of one build.
type BuildStats struct {
	Texts     int   // sources built
	Bytes     int64 // their size
	Extracted int   // sources extracted in this build
	Cached    int   // sources whose results came from the cache
	// UpToDate says nothing changed since the last build with this cache
	// and the output folder was left as that build wrote it.
	UpToDate bool
	Times    StageTimes
}

// StageTimes is the wall time of each stage; Extract includes reading and
// checking the files.
type StageTimes struct {
	Extract, Normalise, Validate, Write time.Duration
}

func buildStats(inputs []normalise.Input, c *cache.Cache, times StageTimes) BuildStats {
	st := BuildStats{Texts: len(inputs), Extracted: len(inputs), Times: times}
	for _, in := range inputs {
		st.Bytes += in.Source.Bytes
	}
	if c != nil {
		st.Cached = c.Hits()
		st.Extracted = len(inputs) - st.Cached
	}
	return st
}

// SourceReport is what one source yielded.
type SourceReport struct {
	SourceID  string         `json:"source_id"`
	Extracted map[string]int `json:"extracted"` // facts found, per kind
	Evidence  int            `json:"evidence"`  // evidence rows pointing into the source
	Review    int            `json:"review"`    // candidates held back for review
}

func newReport(inputs []normalise.Input, ds *schemas.Dataset, warnings []normalise.Warning) (*Report, error) {
	r := &Report{Tables: datasetRows(ds), Empty: []string{}, Warnings: []string{}}
	evidence, review := map[string]int{}, map[string]int{}
	for _, e := range ds.Evidence {
		evidence[e.SourceID]++
	}
	if ds.EvidenceStream != nil {
		err := ds.EvidenceStream.Each(func(e schemas.Evidence) error {
			evidence[e.SourceID]++
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("counting evidence rows: %w", err)
		}
	}
	for _, e := range ds.Review {
		review[e.SourceID]++
	}
	for _, in := range inputs {
		c := in.Counts()
		sr := SourceReport{SourceID: in.Source.Entry.SourceID, Extracted: map[string]int{
			"organisations": c.Organisations, "people": c.People,
			"meetings": c.Meetings, "publications": c.Publications,
			"participations": c.Participations, "affiliations": c.Affiliations,
		}}
		sr.Evidence, sr.Review = evidence[sr.SourceID], review[sr.SourceID]
		total := 0
		for _, n := range sr.Extracted {
			total += n
		}
		if total == 0 {
			r.Empty = append(r.Empty, sr.SourceID)
		}
		r.Sources = append(r.Sources, sr)
	}
	sort.Slice(r.Sources, func(i, j int) bool { return r.Sources[i].SourceID < r.Sources[j].SourceID })
	sort.Strings(r.Empty)
	for _, w := range warnings {
		r.Warnings = append(r.Warnings, w.Message)
	}
	sort.Strings(r.Warnings)
	return r, nil
}

// files renders the report for the output folder; encoding/json sorts map
// keys, so the bytes are deterministic.
func (r *Report) files() (map[string][]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return map[string][]byte{"report.json": append(b, '\n')}, nil
}

func lenOf(rows any) int {
	return reflect.ValueOf(rows).Len()
}

// Summary is a one-line account of the tables' sizes.
func (r *Report) Summary() string {
	var parts []string
	for _, t := range schemas.Catalog {
		parts = append(parts, fmt.Sprintf("%d %s", r.Tables[t.Name], t.Name))
	}
	return strings.Join(parts, ", ")
}

// String is a one-line account of the work of a build.
func (s BuildStats) String() string {
	t := s.Times
	if s.UpToDate {
		return fmt.Sprintf("%d texts (%.1f MB): nothing changed since the last build; sources checked in %s",
			s.Texts, float64(s.Bytes)/1e6, t.Extract.Round(time.Millisecond))
	}
	return fmt.Sprintf("%d texts (%.1f MB): %d extracted, %d from the cache; extract %s, normalise %s, validate %s, write %s",
		s.Texts, float64(s.Bytes)/1e6, s.Extracted, s.Cached, t.Extract.Round(time.Millisecond),
		t.Normalise.Round(time.Millisecond), t.Validate.Round(time.Millisecond), t.Write.Round(time.Millisecond))
}
