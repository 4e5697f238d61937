// Package dates finds dates and date ranges in English text, with their spans
// and the precision the text gives them.
package dates

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a date as a text states it. Month and Day are 0 when the text does
// not give them; Precision says which parts are known.
type Date struct {
	Year, Month, Day int
	Precision        string // "day", "month" or "year"
}

// Precisions of a Date.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Year bounds: a four-digit number outside them is not read as a year.
const (
	MinYear = 1900
	MaxYear = 2100
)

// ErrSyntax reports a value that is not an ISO date of the form YYYY,
// YYYY-MM or YYYY-MM-DD.
var ErrSyntax = errors.New("not an ISO date (want YYYY, YYYY-MM or YYYY-MM-DD)")

// ErrRange reports an ISO date whose parts do not name a day of the calendar,
// such as 2023-02-29.
var ErrRange = errors.New("no such day in the calendar")

// day builds a Date of day precision.
func day(y, m, d int) Date { return Date{Year: y, Month: m, Day: d, Precision: PrecisionDay} }

// month builds a Date of month precision.
func month(y, m int) Date { return Date{Year: y, Month: m, Precision: PrecisionMonth} }

// year builds a Date of year precision.
func year(y int) Date { return Date{Year: y, Precision: PrecisionYear} }

// ISO formats d as "2019-12-02", "2019-12" or "2019" following its precision.
func (d Date) ISO() string {
	switch d.Precision {
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		return fmt.Sprintf("%04d", d.Year)
	}
}

// String returns d.ISO().
func (d Date) String() string { return d.ISO() }

// Valid reports whether d is consistent with its precision and names a real
// calendar day, month or year between MinYear and MaxYear. The day is checked
// with a time.Date round trip, so 31 February is not valid.
func (d Date) Valid() bool {
	if d.Year < MinYear || d.Year > MaxYear {
		return false
	}
	switch d.Precision {
	case PrecisionYear:
		return d.Month == 0 && d.Day == 0
	case PrecisionMonth:
		return d.Month >= 1 && d.Month <= 12 && d.Day == 0
	case PrecisionDay:
		return calendarDay(d.Year, d.Month, d.Day)
	}
	return false
}

// calendarDay reports whether y-m-d exists: time.Date normalises 31 February
// to 3 March, so a round trip that changes the parts means it does not.
func calendarDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// Before reports whether d starts before e, comparing missing parts as 0.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// Parse parses one ISO date "2019-12-02", "2019-12" or "2019", as found in
// manifest and meta values. Surrounding spaces are ignored.
func Parse(s string) (Date, error) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	widths := []int{4, 2, 2}
	if len(parts) > len(widths) {
		return Date{}, fmt.Errorf("parsing date %q: %w", s, ErrSyntax)
	}
	n := make([]int, len(parts))
	for i, p := range parts {
		v, ok := digits(p, widths[i])
		if !ok {
			return Date{}, fmt.Errorf("parsing date %q: %w", s, ErrSyntax)
		}
		n[i] = v
	}
	var d Date
	switch len(n) {
	case 1:
		d = year(n[0])
	case 2:
		d = month(n[0], n[1])
	default:
		d = day(n[0], n[1], n[2])
	}
	if !d.Valid() {
		return Date{}, fmt.Errorf("parsing date %q: %w", s, ErrRange)
	}
	return d, nil
}

// digits reads s as exactly width ASCII digits.
func digits(s string, width int) (int, bool) {
	if len(s) != width {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}
