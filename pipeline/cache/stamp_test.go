package cache_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/cache"
	"github.com/uncyber/uncyber/pipeline/synth"
)

// TestUpToDate rebuilds into one output folder with one cache: a build
// stops early ("nothing changed") only when the inputs are those of the
// last build and the folder is as that build left it, and the folder always
// ends with the bytes of a build without cache.
func TestUpToDate(t *testing.T) {
	raw, cacheDir, out := filepath.Join(t.TempDir(), "raw"), t.TempDir(), filepath.Join(t.TempDir(), "out")
	if _, err := synth.Generate(synth.Options{N: 12, Seed: 5, OutDir: raw, RefDir: "../../raw/reference"}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name          string
		change        func(t *testing.T)
		version       string
		wantUpToDate  bool
		wantExtracted int
		wantErr       string
	}{
		{"first build", func(*testing.T) {}, "0.0.0", false, 12, ""},
		{"nothing changed", func(*testing.T) {}, "0.0.0", true, 0, ""},
		{"output edited", func(t *testing.T) { appendTo(t, filepath.Join(out, "csv", "people.csv"), "x\n") }, "0.0.0", false, 0, ""},
		{"output file added", func(t *testing.T) { writeFile(t, filepath.Join(out, "notes.txt"), "mine") }, "0.0.0", false, 0, ""},
		{"output file removed", func(t *testing.T) { remove(t, filepath.Join(out, "parquet", "people.parquet")) }, "0.0.0", false, 0, ""},
		{"nothing changed again", func(*testing.T) {}, "0.0.0", true, 0, ""},
		{"version changed", func(*testing.T) {}, "0.0.1", false, 0, ""},
		{"one source changed", func(t *testing.T) { changeSource(t, raw, 3) }, "0.0.1", false, 1, ""},
		{"source edited, manifest not", func(t *testing.T) { appendTo(t, firstSource(t, raw), "edit") }, "0.0.1", false, 0, "sha256"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change(t)
			var before map[string]string
			if st.wantUpToDate {
				before = treetest.Read(t, out)
			}
			opts := pipeline.Options{RawDir: raw, OutDir: out, Version: st.version, CacheDir: cacheDir}
			rep, err := pipeline.Build(opts)
			if st.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), st.wantErr) {
					t.Fatalf("error %v, want one mentioning %q", err, st.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if rep.Build.UpToDate != st.wantUpToDate || rep.Build.Extracted != st.wantExtracted {
				t.Errorf("up to date %v, extracted %d; want %v and %d", rep.Build.UpToDate, rep.Build.Extracted, st.wantUpToDate, st.wantExtracted)
			}
			if rep.Build.UpToDate && (rep.Build.Texts != 12 || rep.Summary() == "" || len(rep.Sources) != 12) {
				t.Errorf("an up-to-date build reports %d texts, %d sources, summary %q", rep.Build.Texts, len(rep.Sources), rep.Summary())
			}
			clean := filepath.Join(t.TempDir(), "clean")
			opts.OutDir, opts.CacheDir = clean, ""
			if _, err := pipeline.Build(opts); err != nil {
				t.Fatal(err)
			}
			treetest.Same(t, out, clean)
			if st.wantUpToDate {
				treetest.Same(t, out, writeBack(t, before))
			}
		})
	}
}

// TestTreeHash requires the hash to change with any name, byte or file.
func TestTreeHash(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a", "b.csv"), "x,y\n")
	writeFile(t, filepath.Join(dir, "c.json"), "{}")
	hashes := map[string]string{}
	for _, step := range []struct {
		name   string
		change func()
	}{
		{"start", func() {}},
		{"byte changed", func() { writeFile(t, filepath.Join(dir, "c.json"), "{ }") }},
		{"file added", func() { writeFile(t, filepath.Join(dir, "a", "d"), "") }},
		{"empty folder added", func() { os.Mkdir(filepath.Join(dir, "e"), 0o755) }},
		{"file renamed", func() { os.Rename(filepath.Join(dir, "a", "d"), filepath.Join(dir, "a", "f")) }},
	} {
		step.change()
		h, err := cache.TreeHash(dir)
		if err != nil {
			t.Fatal(err)
		}
		if prev, seen := hashes[h]; seen {
			t.Errorf("%s: same hash as after %s", step.name, prev)
		}
		hashes[h] = step.name
		if again, _ := cache.TreeHash(dir); again != h {
			t.Errorf("%s: hash differs between two reads", step.name)
		}
	}
	if _, err := cache.TreeHash(filepath.Join(dir, "missing")); err == nil {
		t.Error("no error for a missing folder")
	}
}

func writeFile(t *testing.T, name, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func remove(t *testing.T, name string) {
	t.Helper()
	if err := os.Remove(name); err != nil {
		t.Fatal(err)
	}
}

func firstSource(t *testing.T, raw string) string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(raw, "sources", "*"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no source under %s: %v", raw, err)
	}
	return names[0]
}

// writeBack writes files to a new folder, to compare with sameTree.
func writeBack(t *testing.T, fs map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, b := range fs {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), string(b))
	}
	return dir
}
