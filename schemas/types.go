package schemas

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day stored as days since 1970-01-01, the representation of
// the Parquet DATE logical type. (parquet-go corrupts DATE columns written from
// time.Time; see NOTES in the README.) Nullable date columns are *Date.
//
// In CSV a Date is written YYYY-MM-DD. A nullable column is tagged
// csv:"name,omitempty" so that gocsv reads an empty cell back as a nil *Date
// rather than a pointer to 1970-01-01.
type Date int32

// dateLayout is the only date format the dataset reads and writes (ISO 8601).
const dateLayout = "2006-01-02"

// DateOf returns the Date of the day y-m-d. Out-of-range months and days are
// normalised as time.Date does (DateOf(2023, 2, 29) is 1 March 2023).
func DateOf(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date(t.Unix() / 86400)
}

// ParseDate reads a date written YYYY-MM-DD, e.g. "2019-12-02".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return 0, fmt.Errorf("parsing date %q: want YYYY-MM-DD, e.g. 2019-12-02", s)
	}
	return DateOf(t.Date()), nil
}

// Time returns midnight UTC at the start of the day.
func (d Date) Time() time.Time {
	return time.Unix(int64(d)*86400, 0).UTC()
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	return d.Time().Format(dateLayout)
}

// MarshalCSV writes the date as YYYY-MM-DD (gocsv's TypeMarshaller).
func (d Date) MarshalCSV() (string, error) {
	return d.String(), nil
}

// UnmarshalCSV reads a date written YYYY-MM-DD (gocsv's TypeUnmarshaller).
func (d *Date) UnmarshalCSV(s string) error {
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// NewDate returns a pointer to a copy of d, for nullable date columns.
func NewDate(d Date) *Date { return &d }

// NewInt32 returns a pointer to a copy of n, for nullable integer columns.
func NewInt32(n int32) *int32 { return &n }

// List is a list of strings: list<string> in Parquet, a JSON array in CSV
// (the Frictionless "array" type). A nil List and an empty one are the same
// value, written [] in CSV and as an empty list in Parquet.
type List []string

// MarshalCSV writes the list as a compact JSON array, e.g. ["a","b"], and an
// empty list as []. HTML characters are not escaped, so <, > and & stay
// readable.
func (l List) MarshalCSV() (string, error) {
	if len(l) == 0 {
		return "[]", nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode([]string(l)); err != nil {
		return "", fmt.Errorf("encoding list: %w", err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))), nil
}

// UnmarshalCSV reads a JSON array of strings. An empty list reads back as a
// nil List. An empty cell is an error: list columns are never NULL.
func (l *List) UnmarshalCSV(s string) error {
	var v []string
	if err := json.Unmarshal([]byte(s), &v); err != nil || v == nil {
		return fmt.Errorf("parsing list %q: want a JSON array of strings such as [] or [\"a\",\"b\"]", s)
	}
	if len(v) == 0 {
		v = nil
	}
	*l = v
	return nil
}
