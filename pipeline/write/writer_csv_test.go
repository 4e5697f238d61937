package write

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gocarina/gocsv"

	"github.com/uncyber/uncyber/schemas"
)

// writeFixture writes ds into a new temporary directory and returns it.
func writeFixture(t *testing.T, ds *schemas.Dataset) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	if err := Write(dir, ds, PackageMeta{Version: "9.9.9-test"}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dir
}

// readCSV reads a CSV file of table tab back with gocsv into a new slice of
// the table's row type.
func readCSV(t *testing.T, tab schemas.Table, data []byte) reflect.Value {
	t.Helper()
	out := reflect.New(reflect.SliceOf(reflect.TypeOf(tab.Row)))
	if err := gocsv.UnmarshalBytes(data, out.Interface()); err != nil {
		t.Fatalf("%s: reading csv back: %v", tab.Name, err)
	}
	return out.Elem()
}

func TestCSVRoundTrip(t *testing.T) {
	ds := fixture()
	dir := writeFixture(t, ds)
	for _, tab := range schemas.Catalog {
		t.Run(tab.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "csv", tab.Name+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := sortedRows(tab, ds.Rows(tab))
			if err != nil {
				t.Fatal(err)
			}
			checkCSVText(t, tab, data, want)
			got := readCSV(t, tab, data)
			stripCRLF(want)
			if !reflect.DeepEqual(got.Interface(), want.Interface()) {
				t.Errorf("read back:\n%+v\nwant:\n%+v", got.Interface(), want.Interface())
			}
		})
	}
}

// checkCSVText checks the header against Columns() and the framing: a header
// and one record per row, a final newline, and LF line ends: the only CRLF
// bytes are those inside the rows' strings, kept verbatim in quoted fields.
func checkCSVText(t *testing.T, tab schemas.Table, data []byte, rows reflect.Value) {
	t.Helper()
	n := rows.Len()
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("not RFC 4180: %v", err)
	}
	var names []string
	for _, c := range tab.Columns() {
		names = append(names, c.Name)
	}
	if len(records) != n+1 || !slices.Equal(records[0], names) {
		t.Fatalf("got %d records with header %q; want %d rows under %q", len(records), records[0], n, names)
	}
	if !bytes.HasSuffix(data, []byte("\n")) || bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Errorf("want a final newline and no byte order mark")
	}
	if got, want := bytes.Count(data, []byte("\r\n")), countCRLF(rows); got != want {
		t.Errorf("%d CRLF in the file, want the %d inside strings of the rows", got, want)
	}
}

// countCRLF counts "\r\n" in the string columns of rows. (In list columns
// JSON writes them as escapes.)
func countCRLF(rows reflect.Value) int {
	n := 0
	for i := range rows.Len() {
		row := rows.Index(i)
		for j := range row.NumField() {
			if f := row.Field(j); f.Kind() == reflect.String {
				n += strings.Count(f.String(), "\r\n")
			}
		}
	}
	return n
}

// stripCRLF turns "\r\n" into "\n" in the string columns of rows, as Go's
// encoding/csv reader does even inside quoted fields ("carriage returns
// before newline characters are silently removed"). The file keeps them:
// checkCSVText counts them there.
func stripCRLF(rows reflect.Value) {
	for i := range rows.Len() {
		row := rows.Index(i)
		for j := range row.NumField() {
			if f := row.Field(j); f.Kind() == reflect.String {
				f.SetString(strings.ReplaceAll(f.String(), "\r\n", "\n"))
			}
		}
	}
}

// TestCSVCells pins the text of the cells whose form gocsv would otherwise
// choose: NULL, dates, zero, lists.
func TestCSVCells(t *testing.T) {
	dir := writeFixture(t, fixture())
	data, err := os.ReadFile(filepath.Join(dir, "csv", "meetings.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := "meeting_id,name,aliases,kind,body_id,ordinal,start_date,end_date,date_precision,venue,city,country_code,participant_count,organisation_count\n" +
		`meeting/2030-11-05-first-session-of-the-lantern-group,First session of the Lantern Group,"[""LG-1"",""the \""Lantern\"" talks""]",formal_session,org/lantern,0,1969-12-31,2030-11-07,day,"Room 4, Hall B",Port Amsel,XAA,120,-1` + "\n" +
		"meeting/2031-04-02-zeta-forum,Zeta Forum,[],other,,,,,,,,,,\n"
	if string(data) != want {
		t.Errorf("meetings.csv:\n%s\nwant:\n%s", data, want)
	}
}

func TestCSVEmptyTable(t *testing.T) {
	ds := &schemas.Dataset{}
	dir := writeFixture(t, ds)
	for _, tab := range schemas.Catalog {
		data, err := os.ReadFile(filepath.Join(dir, "csv", tab.Name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		checkCSVText(t, tab, data, reflect.ValueOf(ds.Rows(tab)))
	}
}
