package write

import (
	"errors"
	"sync"

	"github.com/uncyber/uncyber/schemas"
)

// tee lets the CSV and the Parquet writer of a streamed table read its
// rows from one pass over the stream: reading, decoding and checking the
// rows of a large table once, not once per file. A goroutine reads the
// stream in batches and hands every batch to both readers; a reader that
// stops early (an error) is skipped from then on.
type tee[R any] struct {
	rows schemas.RowStream[R]
	each func(f func(R) error) error // one pass over rows, checked as wanted
	once sync.Once
	out  [2]chan []R
	done [2]chan struct{}
	err  error // of the pass; set before out is closed
}

// errNoReader stops the pass when both readers have stopped.
var errNoReader = errors.New("no reader left")

func newTee[R any](rows schemas.RowStream[R], each func(f func(R) error) error) *tee[R] {
	t := &tee[R]{rows: rows, each: each}
	for k := range t.out {
		t.out[k], t.done[k] = make(chan []R, 1), make(chan struct{})
	}
	return t
}

// reader returns the k-th reader's stream (k is 0 or 1); each reader
// calls Each once, and both must, concurrently, or the pass waits for the
// missing one.
func (t *tee[R]) reader(k int) schemas.RowStream[R] { return teeReader[R]{t, k} }

func (t *tee[R]) run() {
	batch := make([]R, 0, streamBatch)
	send := func() bool {
		alive := false
		for k := range t.out {
			select {
			case t.out[k] <- batch:
				alive = true
			case <-t.done[k]:
			}
		}
		batch = make([]R, 0, streamBatch) // the readers own the one sent
		return alive
	}
	err := t.each(func(r R) error {
		if batch = append(batch, r); len(batch) == streamBatch && !send() {
			return errNoReader
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		send()
	}
	t.err = err
	for k := range t.out {
		close(t.out[k])
	}
}

type teeReader[R any] struct {
	t *tee[R]
	k int
}

func (r teeReader[R]) Len() int { return r.t.rows.Len() }

func (r teeReader[R]) Each(f func(R) error) error {
	t := r.t
	t.once.Do(func() { go t.run() })
	defer close(t.done[r.k])
	for batch := range t.out[r.k] {
		for _, row := range batch {
			if err := f(row); err != nil {
				return err
			}
		}
	}
	return t.err
}
