package write

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gocarina/gocsv"

	"github.com/uncyber/uncyber/schemas"
)

// FuzzCSVRoundTrip writes a meeting holding arbitrary text in its string and
// list columns and reads it back with gocsv, in the manner of encoding/csv's
// FuzzRoundtrip. Text must be UTF-8 (Write refuses anything else), and CRLF
// reads back as LF because Go's csv.Reader drops the CR even inside quotes;
// TestCSVRoundTrip checks that the file keeps it.
func FuzzCSVRoundTrip(f *testing.F) {
	for _, s := range []string{"", "plain", `say "hi"`, "a,b", "line\nbreak", "cr\r\nlf", " lead", "trail ",
		"Côte d’Ivoire", "日本語", "[\"x\"]", "\"", "#", "\u00a0", "null"} {
		f.Add(s, s+"2", int32(len(s)))
	}
	f.Fuzz(func(t *testing.T, a, b string, n int32) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		in := []schemas.Meeting{{
			MeetingID: "m/" + a, Name: a, Aliases: schemas.List{a, b}, Kind: b, Venue: b,
			Ordinal: &n, ParticipantCount: nil,
		}}
		if b == "" {
			in[0].Aliases = schemas.List{a}
		}
		var buf bytes.Buffer
		if err := encodeCSV(&buf, in); err != nil {
			t.Fatal(err)
		}
		var out []schemas.Meeting
		if err := gocsv.UnmarshalBytes(buf.Bytes(), &out); err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		want := in[0]
		for _, p := range []*string{&want.MeetingID, &want.Name, &want.Kind, &want.Venue} {
			*p = strings.ReplaceAll(*p, "\r\n", "\n")
		}
		if len(out) != 1 || !reflect.DeepEqual(out[0], want) {
			t.Errorf("wrote %#v\nas %q\nread %#v", want, buf.String(), out)
		}
	})
}

// FuzzParquetRoundTrip writes two meetings holding arbitrary text, numbers
// and dates with parquet-go and reads them back with Apache Arrow (see
// checkParquet), so that the writer and the reader share no code. Empty
// optional text reads back as null, as the schema documents.
func FuzzParquetRoundTrip(f *testing.F) {
	for i, s := range []string{"", "plain", `say "hi"`, "a,b", "line\nbreak", "Côte d’Ivoire", "日本語", "\u00a0", "null"} {
		f.Add(s, s+"2", int32(i), int32(i*7000-20000), false)
	}
	f.Add("x", "x", int32(-1<<31), int32(1<<31-1), true)
	f.Fuzz(func(t *testing.T, a, b string, n, day int32, nulls bool) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			return
		}
		d := schemas.Date(day)
		rows := []schemas.Meeting{
			{MeetingID: "m/1/" + a, Name: a, Aliases: schemas.List{a, b}, Kind: b, Venue: a, Ordinal: &n, StartDate: &d},
			{MeetingID: "m/2/" + b, Name: b, Kind: a, City: b, EndDate: &d, ParticipantCount: &n},
		}
		if nulls {
			rows[0].Ordinal, rows[0].StartDate, rows[0].Aliases = nil, nil, nil
		}
		tab := tableOf(t, "meetings")
		sorted, err := sortedRows(tab, rows)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if _, err := sliceJob(tab, sorted.Interface().([]schemas.Meeting)).parquet(dir, "9.9.9-test"); err != nil {
			t.Fatal(err)
		}
		checkParquet(t, filepath.Join(dir, "parquet", "meetings.parquet"), tab, sorted)
	})
}

// tableOf returns the catalog entry of a table.
func tableOf(t *testing.T, name string) schemas.Table {
	t.Helper()
	for _, tab := range schemas.Catalog {
		if tab.Name == name {
			return tab
		}
	}
	t.Fatalf("no table %s in schemas.Catalog", name)
	return schemas.Table{}
}
