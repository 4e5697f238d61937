package write

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"

	"github.com/gocarina/gocsv"
	"github.com/parquet-go/parquet-go"

	"github.com/uncyber/uncyber/schemas"
)

// streamBatch is how many rows of a streamed table are encoded at a time.
const streamBatch = 1024

// writeCSVStream and writeParquetStream write the files of a table from a
// stream of its rows (see schemas.RowStream), in primary key order. With
// check set, as for rows not seen before they are written, a row out of
// order, a duplicate key or invalid UTF-8 stops the write of the file that
// meets it. The Parquet writer keeps its pages in temporary files, not in
// memory, in a folder under dir (see pagesPattern).
func writeCSVStream[R any](dir string, t schemas.Table, rows schemas.RowStream[R], check bool) (writtenFile, error) {
	return writeFile(dir, "csv/"+t.Name+".csv", func(w io.Writer) error {
		return encodeCSVStream(w, t, rows, check)
	})
}

func writeParquetStream[R any](dir string, t schemas.Table, rows schemas.RowStream[R], check bool, version string) (_ writtenFile, err error) {
	tmp, err := os.MkdirTemp(dir, pagesPattern)
	if err != nil {
		return writtenFile{}, fmt.Errorf("creating a folder for the pages of %s: %w", t.Name, err)
	}
	defer func() {
		if rerr := os.RemoveAll(tmp); rerr != nil && err == nil {
			err = fmt.Errorf("removing %s: %w", tmp, rerr)
		}
	}()
	return writeFile(dir, "parquet/"+t.Name+".parquet", func(w io.Writer) error {
		pages := parquet.ColumnPageBuffers(parquet.NewFileBufferPool(tmp, "*"))
		return encodeParquet(w, t, func(yield func(R) error) error {
			return eachRow(t, rows, check, yield)
		}, version, pages)
	})
}

// pagesPattern names the folder of a Parquet writer's temporary page
// files inside the directory being written, removed with them once the
// file is written. There rather than in the system's temporary folder, a
// build that is killed leaves them in its staging folder, which the next
// build removes (see cleanLeftovers), and they stay on the output's file
// system.
const pagesPattern = ".parquet-pages-*"

// eachRow calls f with every row of the stream, checked by checkedEach
// when check is set.
func eachRow[R any](t schemas.Table, rows schemas.RowStream[R], check bool, f func(R) error) error {
	if check {
		return checkedEach(t, rows, f)
	}
	return rows.Each(f)
}

// checkedEach calls f with every row of the stream, refusing rows out of
// key order, duplicate keys and invalid UTF-8, as sortedRows and checkUTF8
// refuse them in memory. The key is the table's one string column.
func checkedEach[R any](t schemas.Table, rows schemas.RowStream[R], f func(R) error) error {
	keys := keyFields(t)
	cols := t.Columns()
	prev, n := "", 0
	return rows.Each(func(r R) error {
		v := reflect.ValueOf(&r).Elem()
		k := v.Field(keys[0]).String()
		if n++; n > 1 {
			switch c := strings.Compare(prev, k); {
			case c == 0:
				return duplicateKey(t, v, keys)
			case c > 0:
				return fmt.Errorf("%s: row %s comes after %q: the rows are not in key order", t.Name, keyString(v, t, keys), prev)
			}
		}
		prev = k
		for _, c := range cols {
			if s, ok := invalidString(v.Field(c.Field)); ok {
				return fmt.Errorf("%s: row %s: column %s: %w (%q); fix the encoding of its source",
					t.Name, keyString(v, t, keys), c.Name, ErrInvalidUTF8, s)
			}
		}
		return f(r)
	})
}

// encodeCSVStream is encodeCSV for rows from a stream, in batches: the
// header with the first, none with the others.
func encodeCSVStream[R any](w io.Writer, t schemas.Table, rows schemas.RowStream[R], check bool) error {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = false
	out := gocsv.NewSafeCSVWriter(cw)
	batch := make([]R, 0, streamBatch)
	header := true
	flush := func() error {
		marshal := gocsv.MarshalCSVWithoutHeaders
		if header {
			marshal, header = gocsv.MarshalCSV, false
		}
		if err := marshal(batch, out); err != nil {
			return fmt.Errorf("encoding csv: %w", err)
		}
		batch = batch[:0]
		return nil
	}
	err := eachRow(t, rows, check, func(r R) error {
		if batch = append(batch, r); len(batch) == streamBatch {
			return flush()
		}
		return nil
	})
	if err == nil && (len(batch) > 0 || header) {
		err = flush()
	}
	if err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
