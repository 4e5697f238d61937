// Package validate checks a dataset against everything schemas/ declares
// (types, required columns, enums, primary and foreign keys), that every row
// has evidence, and that every evidence quote is the source's bytes.
package validate

import "github.com/uncyber/uncyber/pipeline/diag"

// Problems collects every finding of a validation, positioned in the file
// where a user would look: the CSV table a row is written to (line of the
// row, column of the field) or the source file a span points into.
type Problems = diag.ErrorList

// add records a problem at file:line:col (0 when unknown).
func add(ps *Problems, file string, line, col int, format string, args ...any) {
	ps.Add(diag.Pos{Filename: file, Line: line, Column: col}, nil, format, args...)
}
