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
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/uncyber/uncyber/schemas"
)

// PackageMeta is what a build knows about the dataset beyond its rows.
type PackageMeta struct {
	Version     string // required, e.g. 0.1.0; in datapackage.json and Parquet metadata
	Title       string // optional; a default title is used when empty
	Description string // optional
	Homepage    string // optional URL
	// Extra holds other files of the output directory by relative path with
	// forward slashes, e.g. report.json, each with the function that writes
	// its content (so that a large file need not be held in memory),
	// written in name order.
	Extra map[string]func(w io.Writer) error
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
	files, err := writeTables(dir, ds, meta.Version)
	if err != nil {
		return err
	}
	_, err = writeFile(dir, "datapackage.json", func(w io.Writer) error {
		return encodeDataPackage(w, ds, meta, files)
	})
	if err != nil {
		return err
	}
	return writeExtra(dir, meta.Extra)
}

// writeTables writes the CSV and Parquet files of every table, files[i]
// being those of schemas.Catalog[i]. The files are written on GOMAXPROCS
// goroutines (the CSV and Parquet files of the evidence table alone took
// most of the write time one after the other); each file's bytes do not
// depend on the others. Rows in memory are sorted and checked first (see
// jobOf), so a data error (duplicate key, invalid UTF-8) stops the write
// before any file is made; otherwise the first error in catalog order is
// returned.
func writeTables(dir string, ds *schemas.Dataset, version string) ([]tableFiles, error) {
	n := len(schemas.Catalog)
	files, errs := make([]tableFiles, n), make([]error, 2*n)
	jobs := make([]tableJob, n)
	for i, t := range schemas.Catalog {
		job, err := jobOf(t, ds)
		if err != nil {
			return nil, err
		}
		jobs[i] = job
	}
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	run := func(f func()) {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			f()
		})
	}
	for i, job := range jobs {
		if job.together { // one slot for both: each waits for the other
			run(func() {
				var wg sync.WaitGroup
				wg.Go(func() { files[i].CSV, errs[2*i] = job.csv(dir) })
				files[i].Parquet, errs[2*i+1] = job.parquet(dir, version)
				wg.Wait()
			})
			continue
		}
		run(func() { files[i].CSV, errs[2*i] = job.csv(dir) })
		run(func() { files[i].Parquet, errs[2*i+1] = job.parquet(dir, version) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
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
func checkExtra(extra map[string]func(io.Writer) error) error {
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

func sortedNames(extra map[string]func(io.Writer) error) []string {
	names := make([]string, 0, len(extra))
	for name := range extra {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}

// Content writes b verbatim: the Extra entry of a file held in memory.
func Content(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

func writeExtra(dir string, extra map[string]func(io.Writer) error) error {
	for _, name := range sortedNames(extra) {
		if _, err := writeFile(dir, name, extra[name]); err != nil {
			return err
		}
	}
	return nil
}
