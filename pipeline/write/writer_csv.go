package write

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"reflect"

	"github.com/gocarina/gocsv"

	"github.com/uncyber/uncyber/schemas"
)

// writeCSV writes rows (a slice of t's row type, already sorted) to
// csv/<table>.csv: RFC 4180 quoting, UTF-8, a header row, LF line ends. The
// columns are those of the csv struct tags; nullable columns are empty cells,
// dates YYYY-MM-DD and lists JSON arrays (see schemas.Date and schemas.List).
func writeCSV(dir string, t schemas.Table, rows reflect.Value) (writtenFile, error) {
	return writeFile(dir, "csv/"+t.Name+".csv", func(w io.Writer) error {
		return encodeCSV(w, rows.Interface())
	})
}

// encodeCSV writes rows with a csv.Writer of our own, so gocsv's global,
// mutable writer settings cannot change the output.
func encodeCSV(w io.Writer, rows any) error {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = false
	if err := gocsv.MarshalCSV(rows, gocsv.NewSafeCSVWriter(cw)); err != nil {
		return fmt.Errorf("encoding csv: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
