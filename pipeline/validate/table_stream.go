package validate

import (
	"errors"
	"fmt"
	"iter"
	"path"
	"reflect"

	"github.com/uncyber/uncyber/schemas"
)

// streamedSources is the table of the sources of a stream, which grow
// with the corpus: it keeps their keys, in the stream's order (primary
// key order; checkTable reports rows out of it), and reads the rows again
// whenever a check needs them.
func streamedSources(t schemas.Table, rows schemas.RowStream[schemas.Source], csvDir string) *table {
	tb := &table{t: t, file: path.Join(csvDir, t.Name+".csv"), rows: reflect.ValueOf([]schemas.Source(nil)),
		cols: t.Columns(), sources: rows}
	tb.keys = make([]string, 0, rows.Len())
	pk := pkIndexes(t, tb.cols)
	err := rows.Each(func(s schemas.Source) error {
		tb.keys = append(tb.keys, keyOf(reflect.ValueOf(&s).Elem(), pk))
		return nil
	})
	if err != nil {
		// Read again by the checks, which report the error where it stops them.
		tb.keys = tb.keys[:0]
	}
	return tb
}

// each calls f with every row of tb and its index, in order; only a
// streamed table can fail to be read, or give a number of rows other
// than its keys (then an error).
func (tb *table) each(f func(i int, row reflect.Value)) error {
	if tb.sources == nil {
		for i := range tb.rows.Len() {
			f(i, tb.rows.Index(i))
		}
		return nil
	}
	i := 0
	err := tb.sources.Each(func(s schemas.Source) error {
		if i >= len(tb.keys) {
			return fmt.Errorf("%s: more rows than when first read", tb.t.Name)
		}
		f(i, reflect.ValueOf(&s).Elem())
		i++
		return nil
	})
	if err == nil && i != len(tb.keys) {
		err = fmt.Errorf("%s: %d rows, %d when first read", tb.t.Name, i, len(tb.keys))
	}
	return err
}

// sourceRows returns the rows of the sources table in order, as a pull
// iterator: next gives the next row (false when there is none, or when
// reading failed: err then says why); stop must be called when done.
func (tb *table) sourceRows() (next func() (schemas.Source, bool), err func() error, stop func()) {
	if tb.sources == nil {
		rows := tb.rows.Interface().([]schemas.Source)
		k := 0
		return func() (schemas.Source, bool) {
				if k >= len(rows) {
					return schemas.Source{}, false
				}
				k++
				return rows[k-1], true
			}, func() error { return nil },
			func() {}
	}
	var readErr error
	seq := func(yield func(schemas.Source) bool) {
		readErr = tb.sources.Each(func(s schemas.Source) error {
			if !yield(s) {
				return errStopped
			}
			return nil
		})
		if readErr == errStopped {
			readErr = nil
		}
	}
	pull, stopPull := iter.Pull(seq)
	return pull, func() error { return readErr }, stopPull
}

// errStopped ends the reading of a stream whose reader stopped early.
var errStopped = errors.New("stopped reading")
