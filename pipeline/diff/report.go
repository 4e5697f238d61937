// Package diff compares two builds of the dataset (two out/ folders or two
// unzipped releases): their schemas, and row by row each table keyed by its
// primary key.
package diff

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/uncyber/uncyber/schemas"
)

// Report is the difference between two builds. Every list is sorted, so the
// same two folders always give the same report.
type Report struct {
	OldVersion string         `json:"old_version"`
	NewVersion string         `json:"new_version"`
	Schema     []SchemaChange `json:"schema_changes"`
	Tables     []TableDiff    `json:"tables"`
}

// TableDiff is the difference between the rows of one table, in the order of
// schemas.Catalog. Ids are primary key values (", " between the parts of a
// composite key), sorted.
type TableDiff struct {
	Table   string      `json:"table"`
	OldRows int         `json:"old_rows"`
	NewRows int         `json:"new_rows"`
	Added   []string    `json:"added"`
	Removed []string    `json:"removed"`
	Changed []RowChange `json:"changed"`
}

// RowChange is a row present on both sides whose values differ.
type RowChange struct {
	ID     string        `json:"id"`
	Fields []FieldChange `json:"fields"`
}

// FieldChange is one changed value; Old and New are the CSV texts (empty is
// NULL).
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// Compare compares the builds in oldDir and newDir, each holding
// datapackage.json and csv/<table>.csv. Tables come from schemas.Catalog and
// rows are matched by its primary keys. Problems in every table are reported
// together.
func Compare(oldDir, newDir string) (*Report, error) {
	oldPkg, errOld := ReadPackage(filepath.Join(oldDir, "datapackage.json"))
	newPkg, errNew := ReadPackage(filepath.Join(newDir, "datapackage.json"))
	if err := errors.Join(errOld, errNew); err != nil {
		return nil, err
	}
	r := &Report{OldVersion: oldPkg.Version, NewVersion: newPkg.Version,
		Schema: CompareSchemas(oldPkg, newPkg), Tables: []TableDiff{}}
	var errs []error
	for _, t := range schemas.Catalog {
		td, err := compareRows(t, oldDir, newDir)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r.Tables = append(r.Tables, *td)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return r, nil
}

// Breaking reports whether the schema changes include a breaking one.
func (r *Report) Breaking() bool { return Breaking(r.Schema) }

// JSON renders the report as indented JSON ending in a newline.
func (r *Report) JSON() []byte {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		// Only strings, ints and bools: marshalling cannot fail.
		panic(fmt.Sprintf("marshalling diff report: %v", err))
	}
	return append(b, '\n')
}

func compareRows(t schemas.Table, oldDir, newDir string) (*TableDiff, error) {
	rel := filepath.Join("csv", t.Name+".csv")
	o, errOld := readTable(filepath.Join(oldDir, rel), t.PrimaryKey)
	n, errNew := readTable(filepath.Join(newDir, rel), t.PrimaryKey)
	if err := errors.Join(errOld, errNew); err != nil {
		return nil, err
	}
	td := &TableDiff{Table: t.Name, OldRows: len(o.rows), NewRows: len(n.rows),
		Added: []string{}, Removed: []string{}, Changed: []RowChange{}}
	for _, k := range sortedKeys(o.rows) {
		if _, ok := n.rows[k]; !ok {
			td.Removed = append(td.Removed, displayKey(k))
		}
	}
	for _, k := range sortedKeys(n.rows) {
		orec, ok := o.rows[k]
		if !ok {
			td.Added = append(td.Added, displayKey(k))
			continue
		}
		if fields := changedFields(o.header, orec, n.header, n.rows[k]); len(fields) > 0 {
			td.Changed = append(td.Changed, RowChange{ID: displayKey(k), Fields: fields})
		}
	}
	return td, nil
}

// changedFields compares the columns both headers have, in the new header's
// order. Columns on one side only are schema changes, not row changes.
func changedFields(oldHeader, oldRec, newHeader, newRec []string) []FieldChange {
	var out []FieldChange
	for j, name := range newHeader {
		i := slices.Index(oldHeader, name)
		if i < 0 || oldRec[i] == newRec[j] {
			continue
		}
		out = append(out, FieldChange{Field: name, Old: oldRec[i], New: newRec[j]})
	}
	return out
}
