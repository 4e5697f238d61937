package dates

import "time"

// context remembers the years a text has stated so far, to date the days and
// months it gives without one ("Tuesday 5 November").
type context struct {
	precise  int // year of the nearest preceding day or month with its year
	yearOnly int // year of the nearest preceding year-only date ("in 2022")
	fallback int // the caller's default year, 0 for none
}

// saw records the year of a match whose year the text states.
func (ctx *context) saw(m Match) {
	if m.YearInferred {
		return
	}
	y := m.From.Year
	if m.To != nil {
		y = m.To.Year
	}
	if m.From.Precision == PrecisionYear {
		ctx.yearOnly = y
		return
	}
	ctx.precise = y
}

// year chooses the year for a date d that lacks one. A preceding day or month
// wins over a preceding bare year, which is more often history ("launched in
// 2022 … until Friday 15 November"); then the default year. When the text
// names the weekday, the first of those years on which d falls on that
// weekday wins, else the year before or after the first that fits it. It
// returns 0 when there is no year to take.
func (ctx *context) year(d Date, weekday int) int {
	var first int
	for _, y := range []int{ctx.precise, ctx.yearOnly, ctx.fallback} {
		if y == 0 {
			continue
		}
		if first == 0 {
			first = y
		}
		if weekday == 0 || d.Day == 0 || onWeekday(y, d, weekday) {
			return y
		}
	}
	// A weekday that fits none of them may still fit the year next to the
	// first ("after 2025 … WEDNESDAY 6 NOVEMBER" in a 2024 programme).
	for _, y := range []int{first - 1, first + 1} {
		if first != 0 && onWeekday(y, d, weekday) {
			return y
		}
	}
	return first
}

// onWeekday reports whether day d of year y falls on weekday (time.Weekday+1).
func onWeekday(y int, d Date, weekday int) bool {
	if !calendarDay(y, d.Month, d.Day) {
		return false
	}
	return int(time.Date(y, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Weekday())+1 == weekday
}
