// Package dates finds dates and date ranges in English text, with their spans
// and the precision the text gives them.
package dates

// Date is a date as a text states it. Month and Day are 0 when the text does
// not give them; Precision says which parts are known.
type Date struct {
	Year, Month, Day int
	Precision        string // "day", "month" or "year"
}
