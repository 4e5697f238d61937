package normalise

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/schemas"
)

// maxQuote is the longest quote kept in the evidence table, in bytes: evidence
// is there to locate and check a fact, not to republish the source.
const maxQuote = extract.MaxQuote

// addEvidence records the spans of fact f, found in input i, as evidence for
// one row. Spans outside the text, or longer than maxQuote, are skipped.
func (n *normaliser) addEvidence(i int, table, id string, f extract.Fact) {
	for _, e := range f.Evidence {
		n.addSpan(i, table, id, e.Field, f.Rule, e.Span)
	}
}

// addSpan records one evidence row; of rows with the same evidence_id
// the first recorded is kept (see finishEvidence).
func (n *normaliser) addSpan(i int, table, id, field, rule string, sp extract.Span) {
	in := &n.inputs[i]
	q, text, ok := n.quote(i, sp)
	if !ok {
		return
	}
	ev := schemas.Evidence{
		EntityTable: table, EntityID: id, Field: field, SourceID: in.id,
		ByteStart: int64(q.RawStart), ByteEnd: int64(q.RawEnd), Quote: text, Rule: rule,
	}
	ev.EvidenceID = evidenceID(ev)
	n.buf = appendEvidence(n.buf[:0], ev)
	if err := n.evidence.Add(n.buf); err != nil && n.err == nil {
		n.err = fmt.Errorf("keeping evidence rows: %w", err)
	}
}

// quote finds the quote of a span of input i among those the current pass
// keeps and reads its text; spans outside the text, or longer than
// maxQuote, have none (NewInput leaves them out). A text that cannot be
// read is n.err.
func (n *normaliser) quote(i int, sp extract.Span) (Quote, string, bool) {
	k, found := slices.BinarySearchFunc(n.quotes[i], sp, compareSpan)
	if !found {
		return Quote{}, "", false
	}
	q := n.quotes[i][k]
	in := &n.inputs[i]
	if text, ok := n.loaded.text(in.store, q.Text); ok {
		return q, text, true
	}
	text, err := in.store.Text(q.Text)
	if err != nil {
		if n.err == nil {
			n.err = fmt.Errorf("reading the quotes of %s: %w", in.id, err)
		}
		return Quote{}, "", false
	}
	return q, text, true
}

// evidenceID derives a stable id from everything that makes an evidence row
// distinct: the SHA-256 of its table, entity, field, source and offsets
// joined by NUL, the offsets in decimal.
func evidenceID(ev schemas.Evidence) string {
	var buf [256]byte
	b := buf[:0]
	for _, s := range []string{ev.EntityTable, ev.EntityID, ev.Field, ev.SourceID} {
		b = append(append(b, s...), 0)
	}
	b = strconv.AppendInt(b, ev.ByteStart, 10)
	b = strconv.AppendInt(append(b, 0), ev.ByteEnd, 10)
	h := sha256.Sum256(b)
	var id [3 + 16]byte
	copy(id[:], "ev/")
	hex.Encode(id[3:], h[:8])
	return string(id[:])
}

// review puts a fact held back for low confidence into the review queue.
func (n *normaliser) review(i int, table, value string, f extract.Fact) {
	in := &n.inputs[i]
	for _, e := range f.Evidence {
		q, text, ok := n.quote(i, e.Span)
		if !ok {
			continue
		}
		start, end := q.RawStart, q.RawEnd
		r := schemas.Review{
			EntityTable: table, Value: value, SourceID: in.id,
			ByteStart: int64(start), ByteEnd: int64(end), Quote: text, Rule: f.Rule,
			Reason: fmt.Sprintf("confidence %.2f is below %.2f", f.Confidence, extract.Threshold),
		}
		h := sha256.Sum256([]byte(strings.Join([]string{table, value, r.SourceID, fmt.Sprint(start), fmt.Sprint(end), f.Rule}, "\x00")))
		r.ReviewID = "review/" + hex.EncodeToString(h[:8])
		n.ds.Review = append(n.ds.Review, r)
		return
	}
}

// uniqueID returns base, or base with a short hash of key when another
// entity already holds base; the hash grows a byte at a time while another
// entity holds that too (at 400,000 sources, thousands of titles share a
// slug, and six hex digits collide).
func uniqueID(used map[string]string, base, key string) string {
	if owner, ok := used[base]; !ok || owner == key {
		used[base] = key
		return base
	}
	h := sha256.Sum256([]byte(key))
	for n := 3; ; n++ {
		id := base + "-" + hex.EncodeToString(h[:n])
		if owner, ok := used[id]; !ok || owner == key || n == len(h) {
			used[id] = key
			return id
		}
	}
}
