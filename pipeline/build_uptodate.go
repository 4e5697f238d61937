package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/uncyber/uncyber/pipeline/cache"
	"github.com/uncyber/uncyber/pipeline/source"
)

// upToDate returns the report of the last build when nothing it read has
// changed (program, reference data, version, manifest) and OutDir still
// holds exactly what it wrote: a build would write the same bytes again, so
// none of normalise, validate and write runs. The sources are still read
// and checked against the manifest's sha256, so that a changed or missing
// file fails as it would in a full build. A nil report and error mean "build".
func upToDate(opts Options, c *cache.Cache) (*Report, error) {
	last, ok := c.LastBuild()
	if !ok {
		return nil, nil
	}
	inputs, err := c.InputsStamp(filepath.Join(opts.RawDir, source.ManifestName), opts.Version)
	if err != nil || inputs != last.Inputs {
		return nil, nil
	}
	if tree, err := cache.TreeHash(opts.OutDir); err != nil || tree != last.Out {
		return nil, nil
	}
	rep, err := readReport(opts.OutDir)
	if err != nil {
		return nil, nil
	}
	t0 := time.Now()
	var bytes atomic.Int64
	n, err := source.Each(opts.RawDir, source.LoadOptions{MaxBytes: opts.MaxBytes}, opts.Workers, func(f source.File) error {
		bytes.Add(int64(len(f.Data)))
		opts.Progress.add(len(f.Data))
		return nil
	}, opts.Progress.start)
	opts.Progress.finish()
	if err != nil {
		return nil, err
	}
	rep.Build = BuildStats{Texts: n, Bytes: bytes.Load(), Cached: n, UpToDate: true,
		Times: StageTimes{Extract: time.Since(t0)}}
	return rep, nil
}

// saveStamp records what this build read and wrote for the next one to
// compare. It is best effort: without a stamp the next build is a full one.
func saveStamp(c *cache.Cache, stamp cache.Stamp, outDir string) {
	tree, err := cache.TreeHash(outDir)
	if err != nil {
		return
	}
	stamp.Out = tree
	_ = c.SaveStamp(stamp)
}

// readReport reads back the report.json a build wrote.
func readReport(outDir string) (*Report, error) {
	b, err := os.ReadFile(filepath.Join(outDir, "report.json"))
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &r, nil
}
