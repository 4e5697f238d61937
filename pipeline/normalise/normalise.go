// Package normalise merges the facts extracted from every source into
// entities with stable ids, canonical names and ISO dates, and builds the
// rows of every table with the evidence that supports them.
package normalise

import (
	"fmt"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// Input is one source with what was extracted from it, and what the
// tables need of the document: its manifest entry, size, checksum and
// media type, and the bytes of the file every span of the result maps to
// (its quotes). It does not hold the document, so that a build keeps
// results, not texts, and it holds the source, the result and the quotes
// encoded in a store (see NewInputIn), so that a build keeps them in a
// file, not in memory: in memory an input is its source_id and a few
// numbers. NewInput makes one.
type Input struct {
	id     string    // the source's source_id
	bytes  int64     // the size of the source's file
	counts [6]int32  // FactCounts, in the order of FactCounts.fields
	source spill.Ref // the encoded Source (see source_codec.go)
	facts  spill.Ref // the encoded result and quotes (see facts.go)
	store  *spill.Texts
}

// Source is what the sources table and evidence need of a document.
type Source struct {
	Entry     source.Entry
	MediaType string
	Bytes     int64
	SHA256    string // lowercase hex of the file's bytes
}

// Quote maps a span of the document's text to the bytes of the file and
// the quote evidence shows for it: the file's bytes for plain text and
// Markdown, the readable text for HTML (whose bytes contain markup). The
// text is kept in the input's store (see NewInputIn), not in memory.
// Quotes are sorted by span.
type Quote struct {
	Span             extract.Span
	RawStart, RawEnd int
	Text             spill.Ref
}

// Warning is a problem that does not stop the build, such as two sources
// giving different values for the same field.
type Warning struct {
	Message string
}

// Normalise merges the extraction results of all inputs into one dataset,
// every table in memory. Inputs may come in any order; the result depends
// only on their contents. It is for inputs whose quotes are in memory (see
// NewInput), which cannot fail to be read; it panics if one does.
func Normalise(inputs []Input) (*schemas.Dataset, []Warning) {
	ds, warnings, err := NormaliseTo(inputs, nil)
	if err != nil {
		panic(fmt.Sprintf("normalise: %v; use NormaliseTo for inputs with quotes in files", err))
	}
	return ds, warnings
}

// NormaliseTo is Normalise keeping the evidence rows, which grow with the
// corpus, in files under dir: the dataset's EvidenceStream holds them and
// its Evidence is empty. The rows of the sources table, which grow with
// the corpus too, stay in the inputs' stores: SourcesStream reads them
// while the inputs' stores are open, and Sources is empty. With a nil dir
// it is Normalise.
func NormaliseTo(inputs []Input, dir *spill.Dir) (*schemas.Dataset, []Warning, error) {
	sorted := inputs
	bySourceID := func(a, b Input) int { return strings.Compare(a.id, b.id) }
	if !slices.IsSortedFunc(sorted, bySourceID) { // a build sorts them, saving a copy
		sorted = slices.Clone(inputs)
		slices.SortStableFunc(sorted, bySourceID)
	}
	n := newNormaliser(sorted, dir)
	defer forgetKeys()
	n.sources(dir != nil)
	n.organisations()
	n.people()
	n.meetings()
	n.publications()
	n.links()
	if n.err != nil {
		return nil, nil, n.err
	}
	if err := n.finishEvidence(dir != nil); err != nil {
		return nil, nil, err
	}
	n.ds.Review = dedupeReview(n.ds.Review)
	sortByKey(n.ds)
	return n.ds, n.warnings, nil
}

// normaliser carries the state of one Normalise call: the dataset being
// built and, per mention, the row of the entity it became.
type normaliser struct {
	inputs     []Input
	dir        *spill.Dir // where what grows with the corpus is kept; nil: in memory
	ds         *schemas.Dataset
	warnings   []Warning
	orgRows    mentionRows // organisation mentions → rows of ds.Organisations
	personRows mentionRows
	meetRows   mentionRows
	pubRows    mentionRows
	// quotes[i] are the quotes of input i that the current pass reads.
	quotes   [][]Quote
	meets    *meetingMentions // during the meetings pass
	evidence *spill.Sorter    // encoded evidence rows (see evidence_rows.go), by evidence_id
	buf      []byte           // to encode an evidence row in
	loaded   loadedFacts      // the facts record read last (see load)
	err      error            // the first error reading the facts or a quote
}

func newNormaliser(inputs []Input, dir *spill.Dir) *normaliser {
	return &normaliser{
		inputs: inputs, dir: dir, ds: &schemas.Dataset{}, evidence: newEvidenceSorter(dir),
		orgRows:    newMentionRows(inputs, func(c FactCounts) int { return c.Organisations }),
		personRows: newMentionRows(inputs, func(c FactCounts) int { return c.People }),
		meetRows:   newMentionRows(inputs, func(c FactCounts) int { return c.Meetings }),
		pubRows:    newMentionRows(inputs, func(c FactCounts) int { return c.Publications }),
		quotes:     make([][]Quote, len(inputs)),
	}
}

// fail records err as n.err unless an error came first.
func (n *normaliser) fail(err error) {
	if err != nil && n.err == nil {
		n.err = err
	}
}

// endPass lets go of the quotes a pass kept.
func (n *normaliser) endPass() {
	clear(n.quotes)
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
