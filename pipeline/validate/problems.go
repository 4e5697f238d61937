// Package validate checks a dataset against everything schemas/ declares
// (types, required columns, enums, primary and foreign keys), that every row
// has evidence, and that every evidence quote is the source's bytes.
package validate

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one finding, positioned in the file where a user would look:
// the CSV table a row is written to (line of the row, column of the field)
// or the source file a span points into.
type Problem struct {
	File      string
	Line, Col int // 0 when unknown
	Msg       string
}

func (p Problem) Error() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Problems collects every finding of a validation so that one run reports
// them all.
type Problems []Problem

// Add records a problem.
func (ps *Problems) Add(file string, line, col int, format string, args ...any) {
	*ps = append(*ps, Problem{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the problems by file, line and column.
func (ps Problems) Sort() {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Error prints the first problem and how many more there are.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0].Error(), len(ps)-1)
}

// Err returns nil when there are no problems, else the list itself.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Report renders every problem, one a line, for the build report.
func (ps Problems) Report() string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Error())
		b.WriteByte('\n')
	}
	return b.String()
}
