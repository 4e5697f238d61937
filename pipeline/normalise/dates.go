package normalise

import (
	"time"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/schemas"
)

// dateOf converts an extracted date to a table date: the first day of the
// month or year when the source is less precise (date_precision says so).
func dateOf(d *extract.Date) *schemas.Date {
	if d == nil || d.Year == 0 {
		return nil
	}
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	t := time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	v := schemas.Date(t.Unix() / 86400)
	return &v
}

// endDateOf converts the end of a meeting: the end of the range, the day
// itself for a one-day meeting, and NULL when only the month or year of a
// single date is known (we never make a date more precise than the source).
func endDateOf(start, end *extract.Date) *schemas.Date {
	if end != nil && (start == nil || *end != *start || start.Precision == "day") {
		return dateOf(end)
	}
	if start != nil && start.Precision == "day" {
		return dateOf(start)
	}
	return nil
}

// precisionOf is the date_precision of a date; the coarser of the two ends
// of a range.
func precisionOf(start, end *extract.Date) string {
	rank := map[string]int{"day": 3, "month": 2, "year": 1}
	p := ""
	for _, d := range []*extract.Date{start, end} {
		if d == nil || d.Year == 0 {
			continue
		}
		if p == "" || rank[d.Precision] < rank[p] {
			p = d.Precision
		}
	}
	return p
}
