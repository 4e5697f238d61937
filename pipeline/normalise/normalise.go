// Package normalise merges the facts extracted from every source into
// entities with stable ids, canonical names and ISO dates, and builds the
// rows of every table with the evidence that supports them.
package normalise

import (
	"sort"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/schemas"
)

// Input is one source with what was extracted from it.
type Input struct {
	Doc    *source.Document
	Result extract.Result
}

// Warning is a problem that does not stop the build, such as two sources
// giving different values for the same field.
type Warning struct {
	Message string
}

// Normalise merges the extraction results of all inputs into one dataset.
// Inputs may come in any order; the result depends only on their contents.
func Normalise(inputs []Input) (*schemas.Dataset, []Warning) {
	sorted := append([]Input(nil), inputs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].Doc.Entry.SourceID < sorted[j].Doc.Entry.SourceID
	})
	n := newNormaliser(sorted)
	n.sources()
	n.organisations()
	n.people()
	n.meetings()
	n.publications()
	n.links()
	n.ds.Review = dedupeReview(n.ds.Review)
	return n.ds, n.warnings
}

// normaliser carries the state of one Normalise call: the dataset being
// built and, per input, the map from the extractor's local keys to ids.
type normaliser struct {
	inputs   []Input
	ds       *schemas.Dataset
	warnings []Warning
	orgIDs   []map[string]string // per input: local org key → organisation_id
	personID []map[string]string
	meetIDs  []map[string]string
	pubIDs   []map[string]string
	evidence map[string]schemas.Evidence // by evidence_id, deduplicated
}

func newNormaliser(inputs []Input) *normaliser {
	n := &normaliser{inputs: inputs, ds: &schemas.Dataset{}, evidence: map[string]schemas.Evidence{}}
	for range inputs {
		n.orgIDs = append(n.orgIDs, map[string]string{})
		n.personID = append(n.personID, map[string]string{})
		n.meetIDs = append(n.meetIDs, map[string]string{})
		n.pubIDs = append(n.pubIDs, map[string]string{})
	}
	return n
}

// publishable reports whether a fact is confident enough for the tables;
// the others go to the review queue.
func publishable(f extract.Fact) bool {
	return f.Confidence >= extract.Threshold
}

func dedupeReview(rs []schemas.Review) []schemas.Review {
	seen := map[string]bool{}
	var out []schemas.Review
	for _, r := range rs {
		if !seen[r.ReviewID] {
			seen[r.ReviewID] = true
			out = append(out, r)
		}
	}
	return out
}
