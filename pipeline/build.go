// Package pipeline chains the stages of a build: load the sources, extract
// facts from each, normalise them into tables, validate, and write.
package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/uncyber/uncyber/pipeline/cache"
	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
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
	// CacheDir keeps extraction results between builds (see package
	// cache); "" builds without a cache.
	CacheDir string
	// Progress reports the extraction as it goes; nil reports nothing.
	Progress *Progress
	// MaxBytes is the largest source file accepted; 0 means
	// source.DefaultMaxBytes.
	MaxBytes int64
}

// Build runs every stage and replaces OutDir with the new dataset. On any
// error OutDir is left as it was.
func Build(opts Options) (*Report, error) {
	defer limitMemory()()
	ref, err := extract.LoadReference(opts.RawDir)
	if err != nil {
		return nil, fmt.Errorf("loading reference data: %w", err)
	}
	var c *cache.Cache
	if opts.CacheDir != "" {
		if c, err = cache.Open(opts.CacheDir, filepath.Join(opts.RawDir, "reference")); err != nil {
			return nil, fmt.Errorf("opening the cache: %w", err)
		}
	}
	var stamp cache.Stamp
	if c != nil {
		if rep, err := upToDate(opts, c); rep != nil || err != nil {
			return rep, err
		}
		// Read before the sources, so that a manifest changed during the
		// build cannot be taken for what it built.
		if stamp.Inputs, err = c.InputsStamp(filepath.Join(opts.RawDir, source.ManifestName), opts.Version); err != nil {
			return nil, err
		}
	}
	t0 := time.Now()
	// Extracted facts, quotes and evidence rows grow with the corpus: they
	// are kept in files next to the output, removed when the build ends.
	dir, err := newSpillDir(opts.OutDir)
	if err != nil {
		return nil, err
	}
	defer dir.Remove()
	texts, err := spill.NewTexts(dir)
	if err != nil {
		return nil, err
	}
	defer texts.Close()
	if c != nil {
		c.KeepFactsIn(texts)
	}
	inputs, err := extractAll(opts, ref, c, texts)
	if err != nil {
		return nil, err
	}
	if c != nil {
		if err := c.Save(); err != nil {
			return nil, fmt.Errorf("saving the cache (delete %s to start afresh): %w", opts.CacheDir, err)
		}
	}
	t1 := time.Now()
	ds, warnings, err := normalise.NormaliseTo(inputs, dir)
	if err != nil {
		return nil, err
	}
	t2 := time.Now()
	csvDir := filepath.ToSlash(filepath.Join(opts.OutDir, "csv"))
	if err := validate.DatasetFromIn(ds, opts.RawDir, csvDir, dir).Err(); err != nil {
		return nil, err
	}
	t3 := time.Now()
	report, err := newReport(inputs, ds, warnings)
	if err != nil {
		return nil, err
	}
	// The stats are taken before writing so that neither inputs nor the
	// cache's copy of them (released by Save) are alive while the writers
	// hold their buffers: the peak memory of a build.
	report.Build = buildStats(inputs, c, StageTimes{})
	meta := write.PackageMeta{Version: opts.Version, Extra: report.files()}
	if c != nil {
		if err := c.ForgetLastBuild(); err != nil {
			return nil, fmt.Errorf("updating the cache (delete %s to start afresh): %w", opts.CacheDir, err)
		}
	}
	if err := write.WriteAtomic(opts.OutDir, ds, meta); err != nil {
		return nil, fmt.Errorf("writing %s: %w", opts.OutDir, err)
	}
	if c != nil {
		saveStamp(c, stamp, opts.OutDir)
	}
	report.Build.Times = StageTimes{Extract: t1.Sub(t0), Normalise: t2.Sub(t1), Validate: t3.Sub(t2), Write: time.Since(t3)}
	return report, nil
}

// extractAll loads and extracts every source on several goroutines (see
// source.Each): each document is dropped once its result and quotes are
// kept, and a source whose row and bytes the cache knows is not extracted
// again. Results land at their manifest row, so the order does not depend
// on scheduling.
func extractAll(opts Options, ref *extract.Reference, c *cache.Cache, texts *spill.Texts) ([]normalise.Input, error) {
	gc := raiseGCForExtraction()
	defer gc.restore()
	var slots []normalise.Input
	n, err := source.Each(opts.RawDir, source.LoadOptions{MaxBytes: opts.MaxBytes}, opts.Workers, func(f source.File) error {
		gc.tick()
		in, err := extractFile(f, ref, c, texts)
		if err != nil {
			return err
		}
		slots[f.Index] = in
		opts.Progress.add(len(f.Data))
		return nil
	}, func(rows int) {
		slots = make([]normalise.Input, rows)
		opts.Progress.start(rows)
	})
	opts.Progress.finish()
	if err != nil {
		return nil, err
	}
	inputs := slots[:0]
	for _, in := range slots[:n] {
		if in.SourceID() != "" {
			inputs = append(inputs, in)
		}
	}
	// In the order normalise reads them, which then need not copy them.
	slices.SortStableFunc(inputs, func(a, b normalise.Input) int {
		return strings.Compare(a.SourceID(), b.SourceID())
	})
	return inputs, nil
}

// extractFile gives the input of one file, from the cache when it can,
// keeping its quotes in texts.
func extractFile(f source.File, ref *extract.Reference, c *cache.Cache, texts *spill.Texts) (normalise.Input, error) {
	if c != nil {
		if in, ok := c.Get(f.Entry); ok {
			return in, nil
		}
	}
	doc, err := source.NewDocument(f.Entry, f.Name, f.Data)
	if err != nil {
		return normalise.Input{}, err
	}
	in, err := normalise.NewInputIn(texts, doc, extract.Extract(doc, ref))
	if err != nil {
		return normalise.Input{}, err
	}
	if c != nil {
		c.Put(f.Entry, in)
	}
	return in, nil
}

// newSpillDir makes the folder of a build's temporary files next to the
// output (see write.SpillSuffix), or in the system's temporary folder when
// the output's parent does not exist yet.
func newSpillDir(outDir string) (*spill.Dir, error) {
	outDir = filepath.Clean(outDir)
	if fi, err := os.Stat(filepath.Dir(outDir)); err != nil || !fi.IsDir() {
		return spill.NewDir("", "uncyber-build-*")
	}
	return spill.NewDirAt(fmt.Sprintf("%s%s%d", outDir, write.SpillSuffix, os.Getpid()))
}

// datasetRows counts the rows of every table.
func datasetRows(ds *schemas.Dataset) map[string]int {
	counts := map[string]int{}
	for _, t := range schemas.Catalog {
		counts[t.Name] = lenOf(ds.Rows(t))
	}
	if ds.EvidenceStream != nil {
		counts["evidence"] = ds.EvidenceStream.Len()
	}
	if ds.SourcesStream != nil {
		counts["sources"] = ds.SourcesStream.Len()
	}
	return counts
}
