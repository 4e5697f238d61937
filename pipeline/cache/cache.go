// Package cache keeps the extraction results of earlier builds, so that a
// rebuild extracts only the sources that changed. Results are addressed by
// the source's manifest row (whose sha256 the loader has checked against
// the file), the extractor's version and the reference data.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// ExtractorVersion names the rules of pipeline/extract and the shape of
// normalise.Input. The cache key also includes the sha256 of the running
// program (see programHash), so any change to the code, rules included,
// misses the cache; bump this constant anyway when rules change, for
// readers of the code.
const ExtractorVersion = "2026-11-23.72"

// programHash is the sha256 of the running executable: a program built from
// other code has other bytes, so a cache written by it is never reused.
// go run and go test build a new binary when code changes, so developers
// never see stale extractions.
var programHash = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown-program"
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return "unknown-program"
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
})

// DefaultDir is where builds keep the cache, relative to the repository
// root; it is git-ignored.
const DefaultDir = ".cache/uncyber"

// packExt is the extension of the one file a cache is stored in.
const packExt = ".gob"

// Cache holds the results of the previous build and collects those of this
// one. Its methods are safe for concurrent use.
type Cache struct {
	dir, key string
	// old holds the results of the previous build by entry key, read from
	// the pack on first use: a build that finds nothing changed never
	// reads it.
	old     map[string]normalise.Input
	loadOld sync.Once
	mu      sync.Mutex
	used    map[string]normalise.Input // by entry key, this build
	hits    atomic.Int64
	misses  atomic.Int64
	texts   *spill.Texts // where the facts of results read from the pack go
}

// Open opens the cache in dir for the reference data under refDir; the
// results are read when first asked for. A missing or unreadable cache is
// an empty one: the cache only saves time.
func Open(dir, refDir string) (*Cache, error) {
	key, err := packKey(refDir)
	if err != nil {
		return nil, err
	}
	texts, _ := spill.NewTexts(nil)
	return &Cache{dir: dir, key: key, used: map[string]normalise.Input{}, texts: texts}, nil
}

// KeepFactsIn makes the results read from the cache keep their facts and
// quotes in texts (see normalise.NewInputIn) rather than in memory; call it
// before Get.
func (c *Cache) KeepFactsIn(texts *spill.Texts) {
	c.texts = texts
}

// loaded returns the results of the previous build, reading them once.
func (c *Cache) loaded() map[string]normalise.Input {
	c.loadOld.Do(func() {
		c.old = map[string]normalise.Input{}
		if old, err := readPack(filepath.Join(c.dir, c.key+packExt), c.texts); err == nil {
			c.old = old
		}
	})
	return c.old
}

// Get returns the input extracted earlier from the source of row e, whose
// file has the bytes e.SHA256 names.
func (c *Cache) Get(e source.Entry) (normalise.Input, bool) {
	k := entryKey(e)
	in, ok := c.loaded()[k]
	if !ok {
		c.misses.Add(1)
		return normalise.Input{}, false
	}
	c.hits.Add(1)
	c.mu.Lock()
	c.used[k] = in
	c.mu.Unlock()
	return in, true
}

// Put records the input extracted from the source of row e.
func (c *Cache) Put(e source.Entry, in normalise.Input) {
	k := entryKey(e)
	c.mu.Lock()
	c.used[k] = in
	c.mu.Unlock()
}

// Hits and Misses count the Get calls that found a result and those that
// did not.
func (c *Cache) Hits() int   { return int(c.hits.Load()) }
func (c *Cache) Misses() int { return int(c.misses.Load()) }

// Save writes the results of this build, and only those, in place of the
// cache, unless they are what was loaded. Caches of other extractor
// versions or reference data are removed. The cache lets go of every result
// then, so that a build does not hold them while it writes the dataset;
// only Hits, Misses and the stamp methods may be used after Save.
func (c *Cache) Save() error {
	defer func() { c.old, c.used = nil, nil }()
	if c.Misses() == 0 && len(c.used) == len(c.loaded()) {
		return nil
	}
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	if err := writePack(filepath.Join(c.dir, c.key+packExt), c.used); err != nil {
		return err
	}
	stale, _ := filepath.Glob(filepath.Join(c.dir, "*"+packExt))
	for _, s := range stale {
		if filepath.Base(s) != c.key+packExt {
			os.Remove(s)
		}
	}
	return nil
}

// entryKey addresses a source: every field of its row, the sha256 of its
// bytes included, since the extractor reads the row's URL and source_id.
func entryKey(e source.Entry) string {
	h := sha256.Sum256([]byte(strings.Join([]string{e.SourceID, e.Path, e.URL, e.Title, e.Publisher,
		e.Published, e.Retrieved, e.Licence, e.SHA256}, "\x00")))
	return hex.EncodeToString(h[:])
}

// packKey names the cache file after the extractor version and the bytes
// of every reference file, which the rules read.
func packKey(refDir string) (string, error) {
	ents, err := os.ReadDir(refDir)
	if err != nil {
		return "", err
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	h := sha256.New()
	h.Write([]byte(ExtractorVersion + "\x00" + programHash() + "\x00"))
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(refDir, n))
		if err != nil {
			return "", err
		}
		sum := sha256.Sum256(data)
		h.Write([]byte(n + "\x00" + hex.EncodeToString(sum[:]) + "\x00"))
	}
	return "results-" + hex.EncodeToString(h.Sum(nil))[:16], nil
}
