package source

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrManifestSyntax is reported for a manifest row that cannot be parsed as
// RFC 4180 CSV (bad quoting) or holds a control character in a field.
var ErrManifestSyntax = errors.New("malformed manifest")

// ErrColumnCount is reported for a manifest row whose number of fields
// differs from the header's.
var ErrColumnCount = errors.New("wrong number of fields")

// ErrHeader is reported for a manifest header with an unknown, missing or
// repeated column.
var ErrHeader = errors.New("bad manifest header")

// ErrSourceID is reported for an empty source_id or one with characters
// outside [a-z0-9_-].
var ErrSourceID = errors.New("bad source_id")

// ErrDuplicateID is reported when two sources share a source_id.
var ErrDuplicateID = errors.New("duplicate source_id")

// ErrDate is reported for a date that is not an existing YYYY-MM-DD day.
var ErrDate = errors.New("bad date")

// ErrChecksum is reported when a file's SHA-256 differs from the manifest's,
// or the manifest's sha256 is not 64 lowercase hex digits.
var ErrChecksum = errors.New("checksum mismatch")

// ErrOutsideRaw is reported for a path that leaves raw/sources/: absolute,
// with "..", not under sources/, or a symlink pointing elsewhere.
var ErrOutsideRaw = errors.New("path outside raw/sources")

// ErrMissingFile is reported when the manifest or a file it lists does not
// exist (or is not a regular file).
var ErrMissingFile = errors.New("missing file")

// ErrUnlisted is reported for a file in raw/sources/ that the manifest does
// not list.
var ErrUnlisted = errors.New("file not listed in the manifest")

// ErrEncoding is reported for a text file that is not valid UTF-8, or an
// HTML file whose bytes do not match its declared charset.
var ErrEncoding = errors.New("invalid encoding")

// ErrBinary is reported for a file that holds NUL bytes.
var ErrBinary = errors.New("binary file")

// ErrEmpty is reported for a file of zero bytes.
var ErrEmpty = errors.New("empty file")

// ErrTooBig is reported for a file larger than LoadOptions.MaxBytes.
var ErrTooBig = errors.New("file too big")

// ErrExtension is reported for a file whose extension is not .txt, .md,
// .html or .htm.
var ErrExtension = errors.New("unknown extension")

// ErrExists is reported by Add when raw/sources/ already holds a different
// file with the name of a file being added.
var ErrExists = errors.New("file already exists")

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

// Error is one problem with the manifest or a source file. Err is one of the
// sentinel errors above, so callers can test it with errors.Is.
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
