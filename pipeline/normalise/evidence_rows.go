package normalise

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// evidenceBudget is how many bytes of encoded evidence rows a build holds
// in memory before it sorts them and writes them to a file.
const evidenceBudget = 16 << 20

// newEvidenceSorter sorts encoded evidence rows by evidence_id, in files
// under dir, or in memory when dir is nil.
func newEvidenceSorter(dir *spill.Dir) *spill.Sorter {
	return spill.NewSorter(dir, evidenceBudget, evidenceKey)
}

// finishEvidence sorts the evidence rows by evidence_id, keeping the first
// recorded of rows sharing an id, as the dataset's EvidenceStream when
// stream is set, else as its Evidence.
func (n *normaliser) finishEvidence(stream bool) error {
	sorted, err := n.evidence.Finish(true)
	n.evidence = nil
	if err != nil {
		return fmt.Errorf("sorting evidence rows: %w", err)
	}
	rows := &evidenceRows{sorted: sorted}
	if stream {
		n.ds.EvidenceStream = rows
		return nil
	}
	n.ds.Evidence = make([]schemas.Evidence, 0, rows.Len())
	return rows.Each(func(e schemas.Evidence) error {
		n.ds.Evidence = append(n.ds.Evidence, e)
		return nil
	})
}

// evidenceRows are the evidence rows of a dataset, kept by a spill.Sorted.
type evidenceRows struct {
	sorted *spill.Sorted
}

// Len is the number of rows.
func (r *evidenceRows) Len() int { return r.sorted.Len() }

// Each calls f with every row in evidence_id order.
func (r *evidenceRows) Each(f func(schemas.Evidence) error) error {
	names := interner{}
	return r.sorted.Each(func(rec []byte) error {
		e, err := decodeEvidence(rec, names)
		if err != nil {
			return err
		}
		return f(e)
	})
}

// An evidence row is encoded as its strings, each with its length in
// front, and its two offsets, evidence_id first: the sort key.

func appendEvidence(b []byte, e schemas.Evidence) []byte {
	for _, s := range []string{e.EvidenceID, e.EntityTable, e.EntityID, e.Field, e.SourceID, e.Quote, e.Rule} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendVarint(b, e.ByteStart)
	return binary.AppendVarint(b, e.ByteEnd)
}

// evidenceKey returns the evidence_id of an encoded row.
func evidenceKey(rec []byte) []byte {
	n, k := binary.Uvarint(rec)
	return rec[k : k+int(n)]
}

var errBadEvidence = errors.New("corrupt evidence record")

// decodeEvidence decodes an encoded row. Its table, field and rule, which
// take few values, are interned in names: one string each, not one a row.
func decodeEvidence(b []byte, names interner) (schemas.Evidence, error) {
	var e schemas.Evidence
	for i, s := range []*string{&e.EvidenceID, &e.EntityTable, &e.EntityID, &e.Field, &e.SourceID, &e.Quote, &e.Rule} {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return e, errBadEvidence
		}
		v := b[k : k+int(n)]
		if i == 1 || i == 3 || i == 6 {
			*s = names.get(v)
		} else {
			*s = string(v)
		}
		b = b[k+int(n):]
	}
	var k int
	if e.ByteStart, k = binary.Varint(b); k <= 0 {
		return e, errBadEvidence
	}
	if e.ByteEnd, k = binary.Varint(b[k:]); k <= 0 {
		return e, errBadEvidence
	}
	return e, nil
}

// interner hands out one string for equal byte strings, up to maxInterned
// of them; beyond that, a new string each time.
type interner map[string]string

const maxInterned = 1 << 12

func (in interner) get(b []byte) string {
	if s, ok := in[string(b)]; ok { // no allocation for the lookup
		return s
	}
	s := string(b)
	if len(in) < maxInterned {
		in[s] = s
	}
	return s
}
