package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/synth"
	"github.com/uncyber/uncyber/pipeline/validate"
)

// synthRaw writes a synthetic corpus of n texts once per test binary.
var synthRaw = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "uncyber-synth-")
	if err != nil {
		return "", err
	}
	raw := filepath.Join(dir, "raw")
	_, err = synth.Generate(synth.Options{N: 300, Seed: 1, OutDir: raw, RefDir: filepath.Join(rawDir, "reference")})
	return raw, err
})

func mustSynth(tb testing.TB) string {
	tb.Helper()
	raw, err := synthRaw()
	if err != nil {
		tb.Fatal(err)
	}
	return raw
}

// TestSynthBuilds builds a synthetic corpus and validates what was written
// the way uncyber validate does, from the files.
func TestSynthBuilds(t *testing.T) {
	raw, out := mustSynth(t), filepath.Join(t.TempDir(), "out")
	rep, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: out, Version: "0.0.0"})
	if err != nil {
		t.Fatal(err)
	}
	ds, sources, err := validate.ReadDir(out, raw)
	if err != nil {
		t.Fatal(err)
	}
	if ps := validate.Dataset(ds, sources, out+"/csv"); len(ps) > 0 {
		t.Fatalf("the synthetic build does not validate:\n%s", ps.Detail())
	}
	for _, table := range []string{"sources", "organisations", "people", "meetings", "evidence"} {
		if rep.Tables[table] == 0 {
			t.Errorf("no row in %s: %v", table, rep.Tables)
		}
	}
}

// TestSingleProcDeterministic builds with GOMAXPROCS=1 and with every core
// (and more workers than texts per batch) and requires identical bytes.
func TestSingleProcDeterministic(t *testing.T) {
	raw := mustSynth(t)
	one, all := filepath.Join(t.TempDir(), "one"), filepath.Join(t.TempDir(), "all")
	prev := runtime.GOMAXPROCS(1)
	_, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: one, Version: "0.0.0"})
	runtime.GOMAXPROCS(max(prev, 2))
	if err != nil {
		t.Fatal(err)
	}
	_, err = pipeline.Build(pipeline.Options{RawDir: raw, OutDir: all, Version: "0.0.0", Workers: 7})
	runtime.GOMAXPROCS(prev)
	if err != nil {
		t.Fatal(err)
	}
	treetest.Same(t, one, all)
}

// loadSynth loads the synthetic corpus as documents, with their size.
func loadSynth(b *testing.B) ([]*source.Document, *extract.Reference, int64) {
	raw := mustSynth(b)
	docs, err := source.Load(raw, source.LoadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	ref, err := extract.LoadReference(raw)
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, d := range docs {
		n += int64(len(d.Raw))
	}
	return docs, ref, n
}

// The stage benchmarks run over the same 300-text synthetic corpus and
// report MB/s of source bytes and texts/s.

func BenchmarkStageLoad(b *testing.B) {
	raw := mustSynth(b)
	_, _, size := loadSynth(b)
	b.SetBytes(size)
	for b.Loop() {
		if _, err := source.Load(raw, source.LoadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	texts(b, 300)
}

func BenchmarkStageExtract(b *testing.B) {
	docs, ref, size := loadSynth(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			normalise.NewInput(d, extract.Extract(d, ref))
		}
	}
	texts(b, len(docs))
}

func BenchmarkStageNormalise(b *testing.B) {
	docs, ref, size := loadSynth(b)
	inputs := make([]normalise.Input, len(docs))
	for i, d := range docs {
		inputs[i] = normalise.NewInput(d, extract.Extract(d, ref))
	}
	b.SetBytes(size)
	for b.Loop() {
		normalise.Normalise(inputs)
	}
	texts(b, len(docs))
}

// BenchmarkBuild is the whole build, without and with a warm cache.
func BenchmarkBuild(b *testing.B) {
	raw := mustSynth(b)
	_, _, size := loadSynth(b)
	for _, cached := range []bool{false, true} {
		b.Run(fmt.Sprintf("cache=%v", cached), func(b *testing.B) {
			opts := pipeline.Options{RawDir: raw, OutDir: filepath.Join(b.TempDir(), "out"), Version: "0.0.0"}
			if cached {
				opts.CacheDir = b.TempDir()
				if _, err := pipeline.Build(opts); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(size)
			for b.Loop() {
				if _, err := pipeline.Build(opts); err != nil {
					b.Fatal(err)
				}
			}
			texts(b, 300)
		})
	}
}

func texts(b *testing.B, n int) {
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "texts/s")
}
