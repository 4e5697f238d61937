package source

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ManifestName is the manifest's file name inside the raw folder.
const ManifestName = "sources.csv"

// SourcesDir is the folder, inside the raw folder, that holds the source files.
const SourcesDir = "sources"

// Columns are the manifest's columns, in the order WriteManifest writes them.
var Columns = []string{"source_id", "path", "url", "title", "publisher", "published", "retrieved", "licence", "sha256"}

// Column indexes into Columns.
const (
	colSourceID = iota
	colPath
	colURL
	colTitle
	colPublisher
	colPublished
	colRetrieved
	colLicence
	colSHA256
)

// manifestRow is an Entry with the column of each of its fields, so that
// later checks can point at the offending cell.
type manifestRow struct {
	Entry
	cols [9]int
	// ok says the row has no problem of its own; pathOK and shaOK say its
	// path and sha256 can be used to check the file even when it has one.
	ok, pathOK, shaOK bool
}

// pos returns the position of column c of the row.
func (r *manifestRow) pos(file string, c int) Pos {
	return Pos{Filename: file, Line: r.Line, Column: r.cols[c]}
}

// ReadManifest reads rawDir/sources.csv. It reports every problem it finds
// (as an ErrorList) and returns the rows that have none, sorted by
// source_id.
func ReadManifest(rawDir string) ([]Entry, error) {
	rows, _, errs := readManifest(rawDir)
	entries := []Entry{}
	for _, r := range rows {
		if r.ok {
			entries = append(entries, r.Entry)
		}
	}
	return entries, errs.Err()
}

// readManifest reads the manifest file, or reports that it is missing. It
// returns the rows (but the second and later of a repeated source_id, each
// flagged with what can be used), the path of every row (so that a file
// whose row has a problem is not also reported as unlisted; nil when the
// manifest or its header cannot be read) and the problems.
func readManifest(rawDir string) ([]manifestRow, []string, ErrorList) {
	name := filepath.Join(rawDir, ManifestName)
	data, err := os.ReadFile(name)
	if err != nil {
		var errs ErrorList
		if errors.Is(err, fs.ErrNotExist) {
			errs.Add(Pos{Filename: name}, ErrMissingFile, "no manifest; create it with uncyber add FILE...")
		} else {
			errs.Add(Pos{Filename: name}, ErrMissingFile, "reading manifest: %v", err)
		}
		return nil, nil, errs
	}
	return parseManifest(name, data)
}

// parseManifest parses manifest bytes; name is used in error positions.
func parseManifest(name string, data []byte) ([]manifestRow, []string, ErrorList) {
	var errs ErrorList
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		if err == io.EOF {
			errs.Add(Pos{Filename: name, Line: 1, Column: 1}, ErrHeader,
				"manifest is empty; its first line must be the header %s", strings.Join(Columns, ","))
		} else {
			addParseError(&errs, name, err)
		}
		return nil, nil, errs
	}
	index, ok := readHeader(&errs, name, header, r)
	if !ok {
		return nil, nil, errs
	}
	var rows []manifestRow
	listed := []string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			addParseError(&errs, name, err)
			continue
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			errs.Add(Pos{Filename: name, Line: line, Column: 1}, ErrColumnCount,
				"row has %d fields, want %d (%s); quote fields that contain commas",
				len(rec), len(header), strings.Join(header, ","))
			continue
		}
		row := manifestRow{}
		row.Line = line
		fields := make([]string, len(Columns))
		for c, i := range index {
			fields[c] = rec[i]
			_, row.cols[c] = r.FieldPos(i)
		}
		row.Entry = entryOf(fields, line)
		listed = append(listed, row.Path)
		checkRow(&errs, name, &row)
		rows = append(rows, row)
	}
	rows = dropDuplicates(&errs, name, rows)
	return rows, listed, errs
}

// entryOf builds an Entry from fields in Columns order.
func entryOf(f []string, line int) Entry {
	return Entry{
		SourceID: f[colSourceID], Path: f[colPath], URL: f[colURL], Title: f[colTitle],
		Publisher: f[colPublisher], Published: f[colPublished], Retrieved: f[colRetrieved],
		Licence: f[colLicence], SHA256: f[colSHA256], Line: line,
	}
}

// fieldsOf lists an Entry's fields in Columns order.
func fieldsOf(e Entry) []string {
	return []string{e.SourceID, e.Path, e.URL, e.Title, e.Publisher, e.Published, e.Retrieved, e.Licence, e.SHA256}
}

// readHeader maps each of Columns to its index in the header, reporting
// unknown, repeated and missing columns.
func readHeader(errs *ErrorList, name string, header []string, r *csv.Reader) ([]int, bool) {
	index := make([]int, len(Columns))
	for i := range index {
		index[i] = -1
	}
	ok := true
	for i, h := range header {
		line, col := r.FieldPos(i)
		pos := Pos{Filename: name, Line: line, Column: col}
		c := slices.Index(Columns, h)
		switch {
		case c < 0:
			errs.Add(pos, ErrHeader, "unknown column %q; the columns are %s", h, strings.Join(Columns, ","))
			ok = false
		case index[c] >= 0:
			errs.Add(pos, ErrHeader, "column %q appears twice; remove one", h)
			ok = false
		default:
			index[c] = i
		}
	}
	for c, i := range index {
		if i < 0 {
			errs.Add(Pos{Filename: name, Line: 1, Column: 1}, ErrHeader,
				"missing column %q; the header must be %s", Columns[c], strings.Join(Columns, ","))
			ok = false
		}
	}
	return index, ok
}

// addParseError turns an encoding/csv error into a positioned ErrManifestSyntax.
func addParseError(errs *ErrorList, name string, err error) {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		errs.Add(Pos{Filename: name, Line: pe.Line, Column: pe.Column}, ErrManifestSyntax,
			"%v; enclose fields in double quotes and double any quote inside them (RFC 4180)", pe.Err)
		return
	}
	errs.Add(Pos{Filename: name}, ErrManifestSyntax, "reading manifest: %v", err)
}

// dropDuplicates reports every row whose source_id an earlier row already
// used, keeps the first, and sorts the rest by source_id.
func dropDuplicates(errs *ErrorList, name string, rows []manifestRow) []manifestRow {
	first := make(map[string]int, len(rows))
	kept := rows[:0]
	for _, r := range rows {
		if line, dup := first[r.SourceID]; dup {
			errs.Add(r.pos(name, colSourceID), ErrDuplicateID,
				"source_id %q is already used on line %d; give this source another id", r.SourceID, line)
			continue
		}
		first[r.SourceID] = r.Line
		kept = append(kept, r)
	}
	slices.SortFunc(kept, func(a, b manifestRow) int { return strings.Compare(a.SourceID, b.SourceID) })
	return kept
}

// WriteManifest writes entries to rawDir/sources.csv, sorted by source_id,
// as RFC 4180 CSV with a header and \n line ends. It replaces the file
// atomically.
func WriteManifest(rawDir string, entries []Entry) error {
	data, err := encodeManifest(entries)
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(rawDir, ManifestName), data)
}

// encodeManifest renders entries as the manifest's bytes.
func encodeManifest(entries []Entry) ([]byte, error) {
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b Entry) int { return strings.Compare(a.SourceID, b.SourceID) })
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if err := w.Write(Columns); err != nil {
		return nil, fmt.Errorf("writing manifest header: %w", err)
	}
	for _, e := range sorted {
		if err := w.Write(fieldsOf(e)); err != nil {
			return nil, fmt.Errorf("writing manifest row %s: %w", e.SourceID, err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("writing manifest: %w", err)
	}
	return buf.Bytes(), nil
}

// writeFileAtomic writes data to a temporary file next to name and renames
// it into place, so readers never see half a file.
func writeFileAtomic(name string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("setting mode of %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("replacing %s: %w", name, err)
	}
	return nil
}
