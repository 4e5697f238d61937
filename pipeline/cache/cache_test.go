package cache_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/cache"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/synth"
)

// TestRebuild runs the builds of the issue one after the other on one
// cache: first build, no-op rebuild, one source changed, reference data
// changed; each must extract what changed and nothing else, and give the
// bytes of a build without cache.
func TestRebuild(t *testing.T) {
	raw, cacheDir := filepath.Join(t.TempDir(), "raw"), t.TempDir()
	if _, err := synth.Generate(synth.Options{N: 40, Seed: 3, OutDir: raw, RefDir: "../../raw/reference"}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name          string
		change        func(t *testing.T)
		wantExtracted int
	}{
		{"first build", func(*testing.T) {}, 40},
		{"nothing changed", func(*testing.T) {}, 0},
		{"one source changed", func(t *testing.T) { changeSource(t, raw, 7) }, 1},
		{"nothing changed again", func(*testing.T) {}, 0},
		{"reference data changed", func(t *testing.T) { appendTo(t, filepath.Join(raw, "reference", "stop-words.txt"), "# a comment\n") }, 40},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change(t)
			cached, clean := filepath.Join(t.TempDir(), "cached"), filepath.Join(t.TempDir(), "clean")
			rep, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: cached, Version: "0.0.0", CacheDir: cacheDir})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Build.Extracted != st.wantExtracted || rep.Build.Cached != 40-st.wantExtracted {
				t.Errorf("extracted %d, cached %d; want %d and %d", rep.Build.Extracted, rep.Build.Cached, st.wantExtracted, 40-st.wantExtracted)
			}
			if _, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: clean, Version: "0.0.0"}); err != nil {
				t.Fatal(err)
			}
			treetest.Same(t, cached, clean)
		})
	}
}

// TestOpenDamaged requires a damaged cache to read as an empty one.
func TestOpenDamaged(t *testing.T) {
	raw, cacheDir := filepath.Join(t.TempDir(), "raw"), t.TempDir()
	if _, err := synth.Generate(synth.Options{N: 5, Seed: 1, OutDir: raw, RefDir: "../../raw/reference"}); err != nil {
		t.Fatal(err)
	}
	opts := pipeline.Options{RawDir: raw, OutDir: filepath.Join(t.TempDir(), "out"), Version: "0.0.0", CacheDir: cacheDir}
	if _, err := pipeline.Build(opts); err != nil {
		t.Fatal(err)
	}
	packs, _ := filepath.Glob(filepath.Join(cacheDir, "*.gob"))
	if len(packs) != 1 {
		t.Fatalf("%d cache files, want 1", len(packs))
	}
	if err := os.WriteFile(packs[0], []byte("not a cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := cache.Open(cacheDir, filepath.Join(raw, "reference"))
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := source.ReadManifest(raw)
	if _, ok := c.Get(entries[0]); ok || c.Misses() != 1 {
		t.Errorf("a damaged cache gave a result (misses %d)", c.Misses())
	}
	opts.OutDir = filepath.Join(t.TempDir(), "out") // else the build would find nothing to do
	rep, err := pipeline.Build(opts)
	if err != nil || rep.Build.Extracted != 5 {
		t.Fatalf("build over a damaged cache: extracted %d, error %v; want 5 and none", rep.Build.Extracted, err)
	}
}

// changeSource appends a sentence to the k-th source and registers its new
// checksum, as uncyber add would.
func changeSource(t *testing.T, raw string, k int) {
	t.Helper()
	entries, err := source.ReadManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(raw, filepath.FromSlash(entries[k].Path))
	appendTo(t, name, "\nOne more sentence about the meeting.\n")
	data, _ := os.ReadFile(name)
	sum := sha256.Sum256(data)
	entries[k].SHA256 = hex.EncodeToString(sum[:])
	if err := source.WriteManifest(raw, entries); err != nil {
		t.Fatal(err)
	}
}

func appendTo(t *testing.T, name, s string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, append(data, s...), 0o644); err != nil {
		t.Fatal(err)
	}
}
