// Package pipeline chains the stages of a build: load the sources, extract
// facts from each, normalise them into tables, validate, and write.
package pipeline

import (
	"fmt"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/validate"
	"github.com/uncyber/uncyber/pipeline/write"
	"github.com/uncyber/uncyber/schemas"
)

// Options configure a build.
type Options struct {
	RawDir  string // the inputs: sources.csv, sources/, reference/
	OutDir  string // replaced as a whole only when the build succeeds
	Version string // dataset version written into datapackage.json and Parquet metadata
	Workers int    // extraction goroutines; 0 means GOMAXPROCS
}

// Build runs every stage and replaces OutDir with the new dataset. On any
// error OutDir is left as it was.
func Build(opts Options) (*Report, error) {
	docs, err := source.Load(opts.RawDir, source.LoadOptions{})
	if err != nil {
		return nil, err
	}
	ref, err := extract.LoadReference(opts.RawDir)
	if err != nil {
		return nil, fmt.Errorf("loading reference data: %w", err)
	}
	inputs := extractAll(docs, ref, opts.Workers)
	ds, warnings := normalise.Normalise(inputs)
	csvDir := filepath.ToSlash(filepath.Join(opts.OutDir, "csv"))
	if err := validate.Dataset(ds, rawBytes(docs), csvDir).Err(); err != nil {
		return nil, err
	}
	report := newReport(inputs, ds, warnings)
	extra, err := report.files()
	if err != nil {
		return nil, err
	}
	meta := write.PackageMeta{Version: opts.Version, Extra: extra}
	if err := write.WriteAtomic(opts.OutDir, ds, meta); err != nil {
		return nil, fmt.Errorf("writing %s: %w", opts.OutDir, err)
	}
	return report, nil
}

// extractAll runs the extractor over every document on several goroutines;
// results keep the documents' order, so the output does not depend on
// scheduling.
func extractAll(docs []*source.Document, ref *extract.Reference, workers int) []normalise.Input {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	inputs := make([]normalise.Input, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				inputs[i] = normalise.Input{Doc: docs[i], Result: extract.Extract(docs[i], ref)}
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return inputs
}

func rawBytes(docs []*source.Document) map[string][]byte {
	m := make(map[string][]byte, len(docs))
	for _, d := range docs {
		m[d.Entry.SourceID] = d.Raw
	}
	return m
}

// datasetRows counts the rows of every table.
func datasetRows(ds *schemas.Dataset) map[string]int {
	counts := map[string]int{}
	for _, t := range schemas.Catalog {
		counts[t.Name] = lenOf(ds.Rows(t))
	}
	return counts
}
