// Package diag holds the positioned problems every stage reports: a
// problem names file:line:col and says what to do, and a list collects all
// problems of a run so that they are reported together.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a file: Line and Column are 1-based (Column counts
// bytes); 0 means unknown.
type Pos struct {
	Filename     string
	Line, Column int
}

// String formats the position as file:line:col, leaving out unknown parts.
func (p Pos) String() string {
	s := p.Filename
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	return s
}

// Error is one problem. Err is a sentinel error of the reporting package
// (or nil), so callers can test it with errors.Is.
type Error struct {
	Pos Pos
	Err error
	Msg string // what is wrong and how to fix it
}

// Error formats the problem as file:line:col: message.
func (e *Error) Error() string {
	if e.Pos.Filename == "" {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// Unwrap returns the sentinel error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects problems so that a run reports all of them at once, in
// the manner of go/scanner.ErrorList.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, err error, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Err: err, Msg: fmt.Sprintf(format, args...)})
}

// Len, Less and Swap make the list sortable by file, line and column.
func (l ErrorList) Len() int { return len(l) }

// Less orders problems by file, line, column and message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Pos.Filename != b.Pos.Filename {
		return a.Pos.Filename < b.Pos.Filename
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	if a.Pos.Column != b.Pos.Column {
		return a.Pos.Column < b.Pos.Column
	}
	return a.Msg < b.Msg
}

// Swap exchanges two problems.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Sort sorts the list in place (stable, so equal positions keep their order).
func (l ErrorList) Sort() { sort.Stable(l) }

// Error prints the first problem and how many more there are.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap exposes every problem to errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Err returns nil when the list is empty and the sorted list otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}

// Detail prints every problem, one a line.
func (l ErrorList) Detail() string {
	var b strings.Builder
	for _, e := range l {
		b.WriteString(e.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
