package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
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
		st.Bytes += in.Bytes()
	}
	if c != nil {
		st.Cached = c.Hits()
		st.Extracted = len(inputs) - st.Cached
	}
	return st
}

// SourceReport is what one source yielded.
type SourceReport struct {
	SourceID  string       `json:"source_id"`
	Extracted FactsByTable `json:"extracted"` // facts found, per kind
	Evidence  int          `json:"evidence"`  // evidence rows pointing into the source
	Review    int          `json:"review"`    // candidates held back for review
}

// FactsByTable counts the facts of each kind found in one source. Its
// fields are in the order of their JSON names, the order encoding/json
// writes a map's keys in: report.json reads as if it were a map, at a
// fraction of a map's memory per source.
type FactsByTable struct {
	Affiliations   int `json:"affiliations"`
	Meetings       int `json:"meetings"`
	Organisations  int `json:"organisations"`
	Participations int `json:"participations"`
	People         int `json:"people"`
	Publications   int `json:"publications"`
}

// Total is the number of facts of every kind.
func (f FactsByTable) Total() int {
	return f.Affiliations + f.Meetings + f.Organisations + f.Participations + f.People + f.Publications
}

// newReport accounts for every input. Inputs are in source_id order (see
// extractAll), so a source's evidence rows are counted at its index, found
// by binary search, rather than in a map by id.
func newReport(inputs []normalise.Input, ds *schemas.Dataset, warnings []normalise.Warning) (*Report, error) {
	r := &Report{Tables: datasetRows(ds), Empty: []string{}, Warnings: []string{}}
	if !slices.IsSortedFunc(inputs, bySourceID) {
		inputs = slices.Clone(inputs)
		slices.SortStableFunc(inputs, bySourceID)
	}
	r.Sources = make([]SourceReport, len(inputs))
	for i, in := range inputs {
		c := in.Counts()
		r.Sources[i] = SourceReport{SourceID: in.SourceID(), Extracted: FactsByTable{
			Organisations: c.Organisations, People: c.People, Meetings: c.Meetings,
			Publications: c.Publications, Participations: c.Participations, Affiliations: c.Affiliations,
		}}
	}
	count := func(sourceID string, field func(*SourceReport) *int) {
		if i, ok := slices.BinarySearchFunc(r.Sources, sourceID, func(s SourceReport, id string) int {
			return strings.Compare(s.SourceID, id)
		}); ok {
			*field(&r.Sources[i])++
		}
	}
	evidence := func(s *SourceReport) *int { return &s.Evidence }
	for _, e := range ds.Evidence {
		count(e.SourceID, evidence)
	}
	if ds.EvidenceStream != nil {
		err := ds.EvidenceStream.Each(func(e schemas.Evidence) error {
			count(e.SourceID, evidence)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("counting evidence rows: %w", err)
		}
	}
	for _, e := range ds.Review {
		count(e.SourceID, func(s *SourceReport) *int { return &s.Review })
	}
	for _, sr := range r.Sources {
		if sr.Extracted.Total() == 0 {
			r.Empty = append(r.Empty, sr.SourceID)
		}
	}
	for _, w := range warnings {
		r.Warnings = append(r.Warnings, w.Message)
	}
	sort.Strings(r.Warnings)
	return r, nil
}

func bySourceID(a, b normalise.Input) int {
	return strings.Compare(a.SourceID(), b.SourceID())
}

// files renders the report for the output folder. encoding/json sorts map
// keys, so the bytes are deterministic; the sources, which grow with the
// corpus, are encoded one at a time straight into the file, the bytes
// json.MarshalIndent gives for the whole report.
func (r *Report) files() map[string]func(io.Writer) error {
	return map[string]func(io.Writer) error{"report.json": r.encode}
}

// encode writes the report as json.MarshalIndent(r, "", "  ") does, and a
// newline.
func (r *Report) encode(w io.Writer) error {
	rest := *r
	rest.Sources = nil
	tail, err := json.MarshalIndent(&rest, "", "  ")
	if err != nil {
		return err
	}
	// The report without its sources opens with "sources": null.
	head := []byte("{\n  \"sources\": null")
	if !bytes.HasPrefix(tail, head) {
		return fmt.Errorf("encoding report.json: unexpected start %.40q", tail)
	}
	tail = tail[len(head):]
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"sources\": ")
	switch {
	case r.Sources == nil:
		bw.WriteString("null")
	case len(r.Sources) == 0:
		bw.WriteString("[]")
	default:
		bw.WriteString("[")
		for i := range r.Sources {
			b, err := json.MarshalIndent(&r.Sources[i], "    ", "  ")
			if err != nil {
				return err
			}
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			bw.Write(b)
		}
		bw.WriteString("\n  ]")
	}
	bw.Write(tail)
	bw.WriteString("\n")
	return bw.Flush()
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
