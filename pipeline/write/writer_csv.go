package write

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"

	"github.com/gocarina/gocsv"
)

// CSV files: RFC 4180 quoting, UTF-8, a header row, LF line ends. The
// columns are those of the csv struct tags; nullable columns are empty
// cells, dates YYYY-MM-DD and lists JSON arrays (see schemas.Date and
// schemas.List).

// encodeCSV writes rows (a slice of a row type) with a csv.Writer of our
// own, so gocsv's global, mutable writer settings cannot change the output.
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
