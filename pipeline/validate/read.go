package validate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"

	"github.com/gocarina/gocsv"

	"github.com/uncyber/uncyber/schemas"
)

// ReadDir reads a built dataset back from the CSV tables under outDir/csv and
// the source files the sources table lists under rawDir, for validating a
// dataset that is already written.
func ReadDir(outDir, rawDir string) (*schemas.Dataset, map[string][]byte, error) {
	ds := &schemas.Dataset{}
	for _, t := range schemas.Catalog {
		file := filepath.Join(outDir, "csv", t.Name+".csv")
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, nil, fmt.Errorf("reading %s: %w (run uncyber build first)", file, err)
		}
		rows := reflect.New(reflect.SliceOf(reflect.TypeOf(t.Row)))
		if err := gocsv.UnmarshalBytes(b, rows.Interface()); err != nil {
			return nil, nil, fmt.Errorf("parsing %s: %w", file, err)
		}
		ds.SetRows(t, rows.Elem().Interface())
	}
	sources := map[string][]byte{}
	for _, s := range ds.Sources {
		b, err := os.ReadFile(filepath.Join(rawDir, filepath.FromSlash(s.Path)))
		if err != nil {
			return nil, nil, fmt.Errorf("reading source %s: %w", s.SourceID, err)
		}
		sources[s.SourceID] = bytes.Clone(b)
	}
	return ds, sources, nil
}
