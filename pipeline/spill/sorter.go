package spill

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// Sorter sorts records (byte strings) by a key taken from each, stably:
// records with equal keys keep the order they were added in. It holds at
// most about budget bytes of records in memory; beyond that it sorts them
// and writes them to a run file, and Finish merges the runs.
type Sorter struct {
	dir    *Dir // nil: everything stays in memory
	budget int
	key    func(rec []byte) []byte
	buf    []byte // the records of the current run, back to back
	offs   []int  // where each record of buf starts; one more at its end
	runs   []string
	n      int // records added
}

// NewSorter makes a sorter spilling to files under dir (in memory only
// when dir is nil) once its records exceed budget bytes. key returns the
// sort key of a record, a part of it.
func NewSorter(dir *Dir, budget int, key func(rec []byte) []byte) *Sorter {
	return &Sorter{dir: dir, budget: budget, key: key, offs: []int{0}}
}

// Add adds a copy of rec.
func (s *Sorter) Add(rec []byte) error {
	s.buf = append(s.buf, rec...)
	s.offs = append(s.offs, len(s.buf))
	s.n++
	if s.dir != nil && len(s.buf) >= s.budget {
		return s.spill()
	}
	return nil
}

// sortedRun returns the records of the current run in key order, records
// with equal keys in the order added: a sort by key and then position,
// with each key taken once, costs less than a stable sort by key.
func (s *Sorter) sortedRun() [][]byte {
	type entry struct {
		key []byte
		pos int
	}
	entries := make([]entry, len(s.offs)-1)
	for i := range entries {
		entries[i] = entry{key: s.key(s.buf[s.offs[i]:s.offs[i+1]]), pos: i}
	}
	slices.SortFunc(entries, func(a, b entry) int {
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return a.pos - b.pos
	})
	recs := make([][]byte, len(entries))
	for i, e := range entries {
		recs[i] = s.buf[s.offs[e.pos]:s.offs[e.pos+1]:s.offs[e.pos+1]]
	}
	return recs
}

// spill writes the current run to a file.
func (s *Sorter) spill() error {
	f, err := createTemp(s.dir.path, "run-*")
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	for _, rec := range s.sortedRun() {
		if err = writeRecord(w, rec); err != nil {
			break
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", f.Name(), err)
	}
	s.runs = append(s.runs, f.Name())
	s.buf, s.offs = s.buf[:0], s.offs[:1]
	return nil
}

// Finish sorts every record added and returns them; when unique, of the
// records sharing a key only the first added is kept. The Sorter must not
// be used afterwards.
func (s *Sorter) Finish(unique bool) (*Sorted, error) {
	if len(s.runs) == 0 {
		return s.finishInMemory(unique), nil
	}
	if len(s.offs) > 1 {
		if err := s.spill(); err != nil {
			return nil, err
		}
	}
	s.buf, s.offs = nil, nil
	return s.merge(unique)
}

func (s *Sorter) finishInMemory(unique bool) *Sorted {
	recs := s.sortedRun()
	if unique {
		recs = slices.CompactFunc(recs, func(a, b []byte) bool { return bytes.Equal(s.key(a), s.key(b)) })
	}
	s.buf, s.offs = nil, nil
	return &Sorted{mem: recs, n: len(recs)}
}

// merge merges the runs into one file, which the result reads.
func (s *Sorter) merge(unique bool) (*Sorted, error) {
	f, err := createTemp(s.dir.path, "sorted-*")
	if err != nil {
		return nil, err
	}
	out := &Sorted{path: f.Name()}
	w := bufio.NewWriterSize(f, 1<<16)
	err = s.mergeInto(w, unique, &out.n)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	for _, r := range s.runs {
		if rerr := os.Remove(r); err == nil {
			err = rerr
		}
	}
	if err != nil {
		return nil, fmt.Errorf("merging sorted runs into %s: %w", f.Name(), err)
	}
	return out, nil
}

func (s *Sorter) mergeInto(w io.Writer, unique bool, n *int) error {
	h := &runHeap{key: s.key}
	for i, name := range s.runs {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r := &run{index: i, r: bufio.NewReaderSize(f, 1<<16)}
		if ok, err := r.next(); err != nil {
			return err
		} else if ok {
			h.runs = append(h.runs, r)
		}
	}
	heap.Init(h)
	var last []byte
	for h.Len() > 0 {
		r := h.runs[0]
		if !unique || *n == 0 || !bytes.Equal(s.key(r.rec), last) {
			if err := writeRecord(w, r.rec); err != nil {
				return err
			}
			last = append(last[:0], s.key(r.rec)...)
			*n++
		}
		if ok, err := r.next(); err != nil {
			return err
		} else if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

// run reads one run file, a record at a time.
type run struct {
	index int // runs earlier in the input come first among equal keys
	r     *bufio.Reader
	rec   []byte
}

func (r *run) next() (bool, error) {
	rec, err := readRecord(r.r, r.rec[:0])
	if err == io.EOF {
		return false, nil
	}
	r.rec = rec
	return err == nil, err
}

// runHeap orders runs by their current record's key, then by run index,
// which keeps the merge stable.
type runHeap struct {
	runs []*run
	key  func([]byte) []byte
}

func (h *runHeap) Len() int { return len(h.runs) }
func (h *runHeap) Less(i, j int) bool {
	if c := bytes.Compare(h.key(h.runs[i].rec), h.key(h.runs[j].rec)); c != 0 {
		return c < 0
	}
	return h.runs[i].index < h.runs[j].index
}
func (h *runHeap) Swap(i, j int) { h.runs[i], h.runs[j] = h.runs[j], h.runs[i] }
func (h *runHeap) Push(x any)    { h.runs = append(h.runs, x.(*run)) }
func (h *runHeap) Pop() any {
	r := h.runs[len(h.runs)-1]
	h.runs = h.runs[:len(h.runs)-1]
	return r
}

// writeRecord writes rec with its length in front.
func writeRecord(w io.Writer, rec []byte) error {
	var n [binary.MaxVarintLen64]byte
	if _, err := w.Write(n[:binary.PutUvarint(n[:], uint64(len(rec)))]); err != nil {
		return err
	}
	_, err := w.Write(rec)
	return err
}

// readRecord reads a record writeRecord wrote into buf; io.EOF at the end.
func readRecord(r *bufio.Reader, buf []byte) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err // io.EOF between records
	}
	buf = slices.Grow(buf[:0], int(n))[:n]
	if _, err := io.ReadFull(r, buf); err != nil {
		return nil, errors.Join(io.ErrUnexpectedEOF, err)
	}
	return buf, nil
}

// Sorted is the records of a Sorter in key order, read as often as needed.
type Sorted struct {
	mem  [][]byte // in memory, or
	path string   // in this file
	n    int
}

// Len is the number of records.
func (s *Sorted) Len() int { return s.n }

// Each calls f with every record in order; rec is only valid during the
// call. It stops at the first error f returns.
func (s *Sorted) Each(f func(rec []byte) error) error {
	if s.path == "" {
		for _, rec := range s.mem {
			if err := f(rec); err != nil {
				return err
			}
		}
		return nil
	}
	file, err := os.Open(s.path)
	if err != nil {
		return fmt.Errorf("reading sorted records: %w", err)
	}
	defer file.Close()
	r := bufio.NewReaderSize(file, 1<<16)
	var rec []byte
	for {
		rec, err = readRecord(r, rec)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", s.path, err)
		}
		if err := f(rec); err != nil {
			return err
		}
	}
}
