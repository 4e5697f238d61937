package normalise

import (
	"fmt"
	"reflect"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// Each pass of normalise (organisations, people, meetings, publications,
// links) decodes the inputs' facts one at a time and keeps of them only the
// list it merges, encoded (see mentions), with the quotes that list cites:
// the facts of every input are never all in memory at once.

// load decodes the fields want of the result of every input in turn, in
// order, and calls f with each and with the input's quotes. A facts record
// that cannot be read stops the pass as n.err.
func (n *normaliser) load(want fieldSet, f func(i int, res *extract.Result, quotes []Quote)) {
	d := factsDecoder{}
	var buf []byte
	for i := range n.inputs {
		if n.err != nil {
			return
		}
		in := &n.inputs[i]
		var err error
		if buf, err = in.store.Bytes(in.facts, buf[:0]); err != nil {
			n.err = fmt.Errorf("reading the facts of %s: %w", in.id, err)
			return
		}
		d.b, d.err = buf, nil
		quotes, res := d.facts(in.facts.Off, want)
		if d.err == nil && countsOf(&res) != in.Counts().only(want) {
			d.err = errBadFacts
		}
		if d.err != nil {
			n.err = fmt.Errorf("reading the facts of %s: %w", in.id, d.err)
			return
		}
		n.loaded = loadedFacts{store: in.store, off: in.facts.Off, b: buf}
		f(i, &res, quotes)
	}
}

// loadedFacts is the facts record load read last, which holds the texts
// of its input's quotes: a quote of the input being loaded is read from
// it rather than from the store, a system call each.
type loadedFacts struct {
	store *spill.Texts
	off   int64
	b     []byte
}

// text returns the text r points at in store if the record holds it.
func (l *loadedFacts) text(store *spill.Texts, r spill.Ref) (string, bool) {
	start := r.Off - l.off
	if store != l.store || start < 0 || start+int64(r.Len) > int64(len(l.b)) {
		return "", false
	}
	return string(l.b[start : start+int64(r.Len)]), true
}

// only is c with the counts of the fields outside want zeroed: the counts
// of a result decoded with only those fields.
func (c FactCounts) only(want fieldSet) FactCounts {
	for k, n := range c.fields() {
		if want&countedFields[k] == 0 {
			*n = 0
		}
	}
	return c
}

// countedFields are the fields of extract.Result that FactCounts counts, in
// the order of FactCounts.fields.
var countedFields = []fieldSet{fieldsNamed("Organisations"), fieldsNamed("People"), fieldsNamed("Affiliations"),
	fieldsNamed("Meetings"), fieldsNamed("Participations"), fieldsNamed("Publications")}

// Fields of extract.Result that the passes read.
var (
	orgFields  = fieldsNamed("Organisations")
	allFields  = ^fieldSet(0)
	pubFields  = fieldsNamed("Publications", "Organisations")
	meetFields = fieldsNamed("Meetings", "Organisations")
	peopleOnly = fieldsNamed("People")
)

// mentionRows maps every mention of one kind, j-th of input i, to the row
// of its entity in the table being built: four bytes a mention, where a
// map per input cost hundreds.
type mentionRows struct {
	off []int   // input i's mentions start at off[i]
	row []int32 // -1: the mention made no row (held back for review)
}

func newMentionRows(inputs []Input, count func(FactCounts) int) mentionRows {
	m := mentionRows{off: make([]int, len(inputs)+1)}
	for i := range inputs {
		m.off[i+1] = m.off[i] + count(inputs[i].Counts())
	}
	m.row = make([]int32, m.off[len(inputs)])
	for k := range m.row {
		m.row[k] = -1
	}
	return m
}

func (m *mentionRows) set(ref mentionRef, row int) {
	m.row[m.off[ref.input]+ref.index] = int32(row)
}

// ids maps the keys of input i's mentions (key(j) is the j-th's) to the ids
// of their rows (id(row)). Of two mentions with one key the one with the
// later row wins, as when the ids were assigned row after row.
func (m *mentionRows) ids(i int, key func(j int) string, id func(row int) string) map[string]string {
	rows := map[string]int32{}
	for j := range m.off[i+1] - m.off[i] {
		r := m.row[m.off[i]+j]
		if r < 0 {
			continue
		}
		if k := key(j); r >= rows[k] {
			rows[k] = r
		}
	}
	out := make(map[string]string, len(rows))
	for k, r := range rows {
		out[k] = id(int(r))
	}
	return out
}

// orgIDsOf maps the keys of the organisations of input i, whose list is
// orgs, to their organisation_id.
func (n *normaliser) orgIDsOf(i int, orgs []extract.Organisation) map[string]string {
	return n.orgRows.ids(i, func(j int) string { return orgs[j].Key },
		func(r int) string { return n.ds.Organisations[r].OrganisationID })
}

// mentions holds the mentions of one kind of every input encoded, each
// decoded when read: a pass holds their bytes, a third of their Go values,
// and the few it reads at a time. A build keeps the bytes in a file of its
// spill folder (at 400,000 texts the meetings' or publications' mentions
// took some 120 MB); without a folder they are kept in chunks of
// mentionChunk bytes rather than in one slice, which append grew to up to
// twice the bytes and, while it grew, held twice.
type mentions[T any] struct {
	off     []int // input i's mentions are numbered from off[i] (see mentionRows)
	pos     []int // mention k is the bytes pos[k]:pos[k+1], back to back
	store   *spill.Texts
	chunks  [][]byte // the bytes, when store is nil
	scratch []byte   // a mention's encoding being written, or read
	err     error    // the first error writing or reading the store
	// block holds the mentions of input cached, read from the store at
	// once: a mention is often read several times in a row, and the
	// mentions of one input one after the other.
	block  []byte
	cached int
}

// mentionChunk is the size of the chunks that hold encoded mentions.
const mentionChunk = 1 << 20

// newMentions holds mentions numbered as in rows in a file under dir, or
// in memory when dir is nil. Call close when the pass is done.
func newMentions[T any](rows *mentionRows, dir *spill.Dir) *mentions[T] {
	m := &mentions[T]{off: rows.off, pos: make([]int, 1, rows.off[len(rows.off)-1]+1), cached: -1}
	if dir != nil {
		m.store, m.err = spill.NewTexts(dir)
	}
	return m
}

// close removes the file of the mentions, if any, and returns the first
// error of their use.
func (m *mentions[T]) close() error {
	if m.store != nil {
		if err := m.store.Remove(); err != nil && m.err == nil {
			m.err = err
		}
	}
	if m.err != nil {
		return fmt.Errorf("keeping mentions: %w", m.err)
	}
	return nil
}

// add appends the mentions of the next input, inputs in order.
func (m *mentions[T]) add(list []T) {
	for k := range list {
		m.scratch = appendValue(m.scratch[:0], reflect.ValueOf(&list[k]).Elem())
		m.pos = append(m.pos, m.pos[len(m.pos)-1]+len(m.scratch))
		if m.store != nil {
			m.cached = -1
			if _, err := m.store.AddBytes(m.scratch); err != nil && m.err == nil {
				m.err = err
			}
			continue
		}
		for b := m.scratch; len(b) > 0; {
			last := len(m.chunks) - 1
			if last < 0 || len(m.chunks[last]) == mentionChunk {
				m.chunks = append(m.chunks, make([]byte, 0, mentionChunk))
				last++
			}
			n := min(len(b), mentionChunk-len(m.chunks[last]))
			m.chunks[last] = append(m.chunks[last], b[:n]...)
			b = b[n:]
		}
	}
}

// bytes returns the bytes start:end of the mentions, those of a mention
// of input i: from the store, reading all of input i's at once, or from
// the chunks (copied into m.scratch when they span two or more).
func (m *mentions[T]) bytes(i, start, end int) []byte {
	if m.store != nil {
		from := m.pos[m.off[i]]
		if m.cached != i {
			var err error
			m.cached = i
			if m.block, err = m.store.Bytes(spill.Ref{Off: int64(from), Len: int32(m.pos[m.off[i+1]] - from)}, m.block[:0]); err != nil {
				m.cached = -1
				if m.err == nil {
					m.err = err
				}
				return nil
			}
		}
		return m.block[start-from : end-from]
	}
	if start == end {
		return nil
	}
	if c := start / mentionChunk; c == (end-1)/mentionChunk {
		return m.chunks[c][start%mentionChunk : start%mentionChunk+end-start]
	}
	m.scratch = m.scratch[:0]
	for start < end {
		c, at := start/mentionChunk, start%mentionChunk
		n := min(end-start, mentionChunk-at)
		m.scratch = append(m.scratch, m.chunks[c][at:at+n]...)
		start += n
	}
	return m.scratch
}

// count is the number of mentions of input i.
func (m *mentions[T]) count(i int) int { return m.off[i+1] - m.off[i] }

// at decodes the mention ref points at.
func (m *mentions[T]) at(ref mentionRef) T {
	k := m.off[ref.input] + ref.index
	d := factsDecoder{b: m.bytes(ref.input, m.pos[k], m.pos[k+1])}
	var v T
	if m.err != nil {
		return v // reported by close
	}
	d.value(reflect.ValueOf(&v).Elem())
	if d.err != nil || len(d.b) != 0 {
		panic(fmt.Sprintf("normalise: mention %d of input %d does not decode", ref.index, ref.input))
	}
	return v
}
