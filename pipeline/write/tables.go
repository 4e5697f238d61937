package write

import (
	"fmt"
	"reflect"

	"github.com/uncyber/uncyber/schemas"
)

// tableJob writes the two files of one table; each function may run on
// its own goroutine. When together is set, the two read one pass over the
// rows (see tee) and must run at the same time.
type tableJob struct {
	csv      func(dir string) (writtenFile, error)
	parquet  func(dir, version string) (writtenFile, error)
	together bool
}

// jobOf prepares the files of table t of ds. Rows held in memory are
// sorted (a copy when ds has them out of order) and checked here, so that a
// data error stops the write before any file is made; streamed rows are
// checked as they are written. Every table is then written the same way,
// from a typed stream of its rows, with no copy of the table.
func jobOf(t schemas.Table, ds *schemas.Dataset) (tableJob, error) {
	if t.Name == "evidence" && ds.EvidenceStream != nil {
		return teeJob(t, ds.EvidenceStream), nil
	}
	if t.Name == "sources" && ds.SourcesStream != nil {
		return teeJob(t, ds.SourcesStream), nil
	}
	rows, err := sortedRows(t, ds.Rows(t))
	if err == nil {
		err = checkUTF8(t, rows)
	}
	if err != nil {
		return tableJob{}, err
	}
	switch r := rows.Interface().(type) {
	case []schemas.Meeting:
		return sliceJob(t, r), nil
	case []schemas.Session:
		return sliceJob(t, r), nil
	case []schemas.Organisation:
		return sliceJob(t, r), nil
	case []schemas.Person:
		return sliceJob(t, r), nil
	case []schemas.Publication:
		return sliceJob(t, r), nil
	case []schemas.Participation:
		return sliceJob(t, r), nil
	case []schemas.Affiliation:
		return sliceJob(t, r), nil
	case []schemas.Authorship:
		return sliceJob(t, r), nil
	case []schemas.Evidence:
		return sliceJob(t, r), nil
	case []schemas.Source:
		return sliceJob(t, r), nil
	case []schemas.Review:
		return sliceJob(t, r), nil
	}
	panic(fmt.Sprintf("write: table %s has rows of type %s, which jobOf does not list", t.Name, reflect.TypeOf(t.Row)))
}

// sliceJob writes rows already sorted and checked.
func sliceJob[R any](t schemas.Table, rows []R) tableJob {
	return streamJob(t, schemas.SliceStream[R](rows), false)
}

// streamJob writes the rows of a stream, checking their order and
// encoding as it goes when check is set.
func streamJob[R any](t schemas.Table, rows schemas.RowStream[R], check bool) tableJob {
	return tableJob{
		csv: func(dir string) (writtenFile, error) { return writeCSVStream(dir, t, rows, check) },
		parquet: func(dir, version string) (writtenFile, error) {
			return writeParquetStream(dir, t, rows, check, version)
		},
	}
}

// teeJob writes the rows of a stream that are not known to be in order or
// valid, checking them as they are read, once for both files.
func teeJob[R any](t schemas.Table, rows schemas.RowStream[R]) tableJob {
	tr := newTee(rows, func(f func(R) error) error { return checkedEach(t, rows, f) })
	job := streamJob(t, tr.reader(0), false)
	pq := streamJob(t, tr.reader(1), false)
	job.parquet, job.together = pq.parquet, true
	return job
}
