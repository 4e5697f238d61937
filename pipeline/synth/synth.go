// Package synth writes synthetic corpora for benchmarks and scale tests:
// texts in the genres and formats of the fixture corpus, about meetings,
// organisations and people drawn from generated pools whose size grows with
// the corpus, registered in a manifest so that the folder builds as is.
package synth

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/uncyber/uncyber/pipeline/source"
)

// Options say what corpus to write.
type Options struct {
	N      int    // number of texts
	Seed   uint64 // the same seed gives the same bytes
	OutDir string // a raw folder to create: sources.csv, sources/, reference/
	// RefDir is the reference folder to copy into OutDir/reference; its
	// countries.csv gives the countries of generated places.
	RefDir  string
	Workers int // writing goroutines; 0 means GOMAXPROCS
}

// Stats describe a written corpus.
type Stats struct {
	Texts    int
	Bytes    int64
	ByFormat map[string]int // texts per file extension
}

// Generate writes the corpus. OutDir must not exist or be empty.
func Generate(opts Options) (Stats, error) {
	if opts.N <= 0 {
		return Stats{}, fmt.Errorf("synth: -n %d: give a positive number of texts", opts.N)
	}
	if err := emptyDir(opts.OutDir); err != nil {
		return Stats{}, err
	}
	countries, err := readCountries(filepath.Join(opts.RefDir, "countries.csv"))
	if err != nil {
		return Stats{}, err
	}
	if err := copyDir(opts.RefDir, filepath.Join(opts.OutDir, "reference")); err != nil {
		return Stats{}, err
	}
	if err := os.MkdirAll(filepath.Join(opts.OutDir, source.SourcesDir), 0o755); err != nil {
		return Stats{}, fmt.Errorf("creating the sources folder: %w", err)
	}
	pools := newPools(opts.Seed, opts.N, countries)
	entries, stats, err := writeTexts(opts, pools)
	if err != nil {
		return Stats{}, err
	}
	if err := source.WriteManifest(opts.OutDir, entries); err != nil {
		return Stats{}, fmt.Errorf("writing the manifest: %w", err)
	}
	return stats, nil
}

// writeTexts writes every text on several goroutines. Text i depends only
// on the seed, the pools and i, so the bytes do not depend on scheduling.
func writeTexts(opts Options, pools *Pools) ([]source.Entry, Stats, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	entries := make([]source.Entry, opts.N)
	errs := make([]error, opts.N)
	next := make(chan int, 256)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				entries[i], errs[i] = writeText(opts, pools, i)
			}
		})
	}
	for i := range opts.N {
		next <- i
	}
	close(next)
	wg.Wait()
	stats := Stats{Texts: opts.N, ByFormat: map[string]int{}}
	for i, e := range entries {
		if errs[i] != nil {
			return nil, Stats{}, errs[i]
		}
		stats.Bytes += int64(e.Line) // Line carries the size until here
		stats.ByFormat[filepath.Ext(e.Path)[1:]]++
		entries[i].Line = 0
	}
	return entries, stats, nil
}

// writeText writes text i and returns its manifest entry (with its size in
// Line, for the stats).
func writeText(opts Options, pools *Pools, i int) (source.Entry, error) {
	r := rand.New(rand.NewPCG(opts.Seed, uint64(i)+1))
	g := genres[r.IntN(len(genres))]
	format := g.format
	if r.IntN(4) == 0 {
		format = pick(r, []string{formatTxt, formatMD, formatHTML})
	}
	s := newStory(r, pools)
	id := fmt.Sprintf("synth%07d_%s", i, g.name)
	t := &text{URL: "https://example.org/" + g.name + "/" + id, Publisher: s.publisher.Name,
		Date: s.published.Format("2006-01-02")}
	g.write(s, t)
	data := t.render(format, r.IntN(2) == 0)
	rel := source.SourcesDir + "/" + id + "." + format
	if err := os.WriteFile(filepath.Join(opts.OutDir, filepath.FromSlash(rel)), data, 0o644); err != nil {
		return source.Entry{}, fmt.Errorf("writing %s: %w", rel, err)
	}
	sum := sha256.Sum256(data)
	return source.Entry{SourceID: id, Path: rel, URL: t.URL, Title: t.Title, Publisher: t.Publisher,
		Published: t.Date, Licence: "CC0-1.0", SHA256: hex.EncodeToString(sum[:]), Line: len(data)}, nil
}

// emptyDir creates dir, or checks that it is empty.
func emptyDir(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return os.MkdirAll(dir, 0o755)
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", dir, err)
	}
	if len(ents) > 0 {
		return fmt.Errorf("%s is not empty; give a new folder to -out", dir)
	}
	return nil
}
