package validate

import (
	"encoding/binary"
	"errors"
	"reflect"
	"slices"

	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// spanBudget is how many bytes of span checks are held in memory before
// they are sorted into a file.
const spanBudget = 16 << 20

// checkEvidenceStream checks evidence rows read from a stream as checkTable
// and checkForeignKeys check a table in memory, marks the rows they cover
// in covered, and returns the spans to check against the sources, sorted
// by source and line (see checkSources). Only the previous row is held.
func checkEvidenceStream(ps *Problems, rows schemas.RowStream[schemas.Evidence], tbs map[string]*table, keys map[string]map[string]bool, covered coverage, dir *spill.Dir) (*spill.Sorted, error) {
	tb := tbs["evidence"]
	sources := tbs["sources"].keys
	srcCol := slices.IndexFunc(tb.cols, func(c schemas.Column) bool { return c.Name == "source_id" }) + 1
	sorter := spill.NewSorter(dir, spanBudget, spanCheckKey)
	line, prev := 1, ""
	var buf []byte
	err := rows.Each(func(e schemas.Evidence) error {
		line++
		checkRow(ps, tb, reflect.ValueOf(&e).Elem(), line)
		switch {
		case line > 2 && e.EvidenceID == prev:
			add(ps, tb.file, line, 1, "evidence_id: duplicate primary key %q", e.EvidenceID)
		case line > 2 && e.EvidenceID < prev:
			add(ps, tb.file, line, 1, "evidence_id: %q comes after %q; the rows are not in key order", e.EvidenceID, prev)
		}
		prev = e.EvidenceID
		covered.mark(e.EntityTable, e.EntityID)
		i, ok := sourceIndex(sources, e.SourceID)
		if !ok {
			if e.SourceID != "" && !keys["sources"][e.SourceID] {
				add(ps, tb.file, line, srcCol, "source_id: %q is not a sources.source_id", e.SourceID)
			}
			add(ps, tb.file, line, 1, "%s: source %q is not loaded", e.EvidenceID, e.SourceID)
			return nil
		}
		buf = appendSpanCheck(buf[:0], spanCheck{source: i, line: line, ev: e})
		return sorter.Add(buf)
	})
	if err != nil {
		return nil, err
	}
	return sorter.Finish(false)
}

// sourceIndex finds a source_id among the keys of the sources table, in
// key order: the last row with that key when several have it (a problem
// of its own). A map by source_id cost some 80 bytes a source.
func sourceIndex(keys []string, id string) (int, bool) {
	i, ok := slices.BinarySearch(keys, id)
	if !ok {
		return 0, false
	}
	for i+1 < len(keys) && keys[i+1] == id {
		i++
	}
	return i, true
}

// spanCheck is an evidence row to check against its source: the source's
// index in the sources table and the row's line in evidence.csv.
type spanCheck struct {
	source, line int
	ev           schemas.Evidence
}

// A span check is encoded as the source's index and the line, big-endian
// so that they sort as bytes, then what checkSpan reads of the row.
func appendSpanCheck(b []byte, sc spanCheck) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(sc.source))
	b = binary.BigEndian.AppendUint64(b, uint64(sc.line))
	for _, s := range []string{sc.ev.EvidenceID, sc.ev.SourceID, sc.ev.Quote} {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendVarint(b, sc.ev.ByteStart)
	return binary.AppendVarint(b, sc.ev.ByteEnd)
}

func spanCheckKey(rec []byte) []byte { return rec[:12] }

var errBadSpanCheck = errors.New("corrupt span check record")

func decodeSpanCheck(b []byte) (spanCheck, error) {
	if len(b) < 12 {
		return spanCheck{}, errBadSpanCheck
	}
	sc := spanCheck{source: int(binary.BigEndian.Uint32(b)), line: int(binary.BigEndian.Uint64(b[4:]))}
	b = b[12:]
	for _, s := range []*string{&sc.ev.EvidenceID, &sc.ev.SourceID, &sc.ev.Quote} {
		n, k := binary.Uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return sc, errBadSpanCheck
		}
		*s, b = string(b[k:k+int(n)]), b[k+int(n):]
	}
	var k int
	if sc.ev.ByteStart, k = binary.Varint(b); k <= 0 {
		return sc, errBadSpanCheck
	}
	if sc.ev.ByteEnd, k = binary.Varint(b[k:]); k <= 0 {
		return sc, errBadSpanCheck
	}
	return sc, nil
}
