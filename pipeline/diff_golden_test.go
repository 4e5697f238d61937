package pipeline_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/diff"
	"github.com/uncyber/uncyber/pipeline/source"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestDiffOneSourceRemoved builds raw/ and raw/ without its last source, and
// compares the diff report with testdata/diff-source-removed.md (go test
// ./pipeline -run DiffOneSource -update rewrites it after a deliberate
// change of the extractor).
func TestDiffOneSourceRemoved(t *testing.T) {
	tmp := t.TempDir()
	full, less := filepath.Join(tmp, "full"), filepath.Join(tmp, "less")
	if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: full, Version: "0.0.0"}); err != nil {
		t.Fatal(err)
	}
	raw := filepath.Join(tmp, "raw")
	entries, err := source.ReadManifest(rawDir)
	if err != nil {
		t.Fatal(err)
	}
	kept := entries[:len(entries)-1]
	copyFiles(t, rawDir, raw, "reference")
	for _, e := range kept {
		copyFile(t, filepath.Join(rawDir, e.Path), filepath.Join(raw, e.Path))
	}
	if err := source.WriteManifest(raw, kept); err != nil {
		t.Fatal(err)
	}
	if _, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: less, Version: "0.0.0"}); err != nil {
		t.Fatal(err)
	}
	r, err := diff.Compare(full, less)
	if err != nil {
		t.Fatal(err)
	}
	got := r.Markdown()
	golden := filepath.Join("testdata", "diff-source-removed.md")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("diff report differs from %s; if intended, run go test ./pipeline -run DiffOneSource -update\n%s", golden, got)
	}
	if r.Breaking() {
		t.Error("removing a source changed the schema")
	}
}

func copyFiles(t *testing.T, fromRaw, toRaw, sub string) {
	t.Helper()
	files, err := os.ReadDir(filepath.Join(fromRaw, sub))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		copyFile(t, filepath.Join(fromRaw, sub, f.Name()), filepath.Join(toRaw, sub, f.Name()))
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
