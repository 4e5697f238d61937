// Package write writes a dataset as CSV and Parquet files with a Frictionless
// datapackage.json describing them, byte for byte the same for the same rows.
package write

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// PackageMeta is what a build knows about the dataset beyond its rows.
type PackageMeta struct {
	Version     string // required, e.g. 0.1.0; in datapackage.json and Parquet metadata
	Title       string // optional; a default title is used when empty
	Description string // optional
	Homepage    string // optional URL
	// Extra holds other files of the output directory by relative path with
	// forward slashes, e.g. report.json, written verbatim in name order.
	Extra map[string][]byte
}

// Write writes dir/csv/<table>.csv, dir/parquet/<table>.parquet for every
// table of schemas.Catalog, dir/datapackage.json and meta.Extra. Rows are
// written sorted by primary key; ds is not changed. dir must not exist or be
// empty. Write leaves a partial dir behind on error: use WriteAtomic to
// replace an output directory.
func Write(dir string, ds *schemas.Dataset, meta PackageMeta) error {
	if meta.Version == "" {
		return fmt.Errorf("%w: set PackageMeta.Version, e.g. from the VERSION file", ErrNoVersion)
	}
	if err := checkExtra(meta.Extra); err != nil {
		return err
	}
	if err := ensureEmptyDir(dir); err != nil {
		return err
	}
	files := make([]tableFiles, len(schemas.Catalog))
	for i, t := range schemas.Catalog {
		f, err := writeTable(dir, t, ds, meta.Version)
		if err != nil {
			return err
		}
		files[i] = f
	}
	_, err := writeFile(dir, "datapackage.json", func(w io.Writer) error {
		return encodeDataPackage(w, ds, meta, files)
	})
	if err != nil {
		return err
	}
	return writeExtra(dir, meta.Extra)
}

func writeTable(dir string, t schemas.Table, ds *schemas.Dataset, version string) (tableFiles, error) {
	rows, err := sortedRows(t, ds.Rows(t))
	if err != nil {
		return tableFiles{}, err
	}
	if err := checkUTF8(t, rows); err != nil {
		return tableFiles{}, err
	}
	csvFile, err := writeCSV(dir, t, rows)
	if err != nil {
		return tableFiles{}, err
	}
	pqFile, err := writeParquet(dir, t, rows, version)
	if err != nil {
		return tableFiles{}, err
	}
	return tableFiles{CSV: csvFile, Parquet: pqFile}, nil
}

// ensureEmptyDir creates dir, or checks that it exists and holds nothing.
func ensureEmptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", dir, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", dir, err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("%s: %w (it has %s); write into a new directory or use WriteAtomic",
			dir, ErrNotEmpty, entries[0].Name())
	}
	return nil
}

// checkExtra refuses names that would leave the output directory or
// overwrite a file the writer makes.
func checkExtra(extra map[string][]byte) error {
	for _, name := range sortedNames(extra) {
		clean := path.Clean(name)
		first, _, _ := strings.Cut(clean, "/")
		switch {
		case clean != name || !fs.ValidPath(name) || name == ".":
			return fmt.Errorf("%w %q: want a relative path with forward slashes, e.g. report.json", ErrExtraName, name)
		case first == "csv" || first == "parquet" || name == "datapackage.json":
			return fmt.Errorf("%w %q: csv/, parquet/ and datapackage.json are written from the dataset", ErrExtraName, name)
		}
	}
	return nil
}

func sortedNames(extra map[string][]byte) []string {
	names := make([]string, 0, len(extra))
	for name := range extra {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

func writeExtra(dir string, extra map[string][]byte) error {
	for _, name := range sortedNames(extra) {
		_, err := writeFile(dir, name, func(w io.Writer) error {
			_, err := w.Write(extra[name])
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}
