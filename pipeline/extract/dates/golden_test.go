package dates

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// corpusDir holds the fictional fixture texts shared by the pipeline's tests.
const corpusDir = "../../../testdata/corpus"

// corpus returns the fixture files and their texts, sorted by name.
func corpus(tb testing.TB) (names, texts []string) {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("no fixtures in %s", corpusDir)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		texts = append(texts, string(b))
	}
	return names, texts
}

// renderDates lists each match as "start-end ISO[..ISO] quote", with "~"
// after the ISO date when the year was inferred.
func renderDates(text string, ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		iso := m.From.ISO()
		if m.To != nil {
			iso += ".." + m.To.ISO()
		}
		if m.YearInferred {
			iso += "~"
		}
		fmt.Fprintf(&b, "%d-%d %s %q\n", m.Start, m.End, iso, text[m.Start:m.End])
	}
	return b.String()
}

// renderTimes lists each time as "start-end HH:MM[..HH:MM] quote".
func renderTimes(text string, ms []TimeMatch) string {
	var b strings.Builder
	for _, m := range ms {
		v := m.From
		if m.To != "" {
			v += ".." + m.To
		}
		fmt.Fprintf(&b, "%d-%d %s %q\n", m.Start, m.End, v, text[m.Start:m.End])
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	names, texts := corpus(t)
	for i, name := range names {
		stem := strings.TrimSuffix(name, filepath.Ext(name))
		t.Run(stem, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", stem+".golden"), renderDates(texts[i], Find(texts[i], 0)))
			checkGolden(t, filepath.Join("testdata", stem+".times.golden"), renderTimes(texts[i], FindTimes(texts[i])))
		})
	}
}

// checkGolden compares got with the golden file at path, or rewrites the
// file when -update is set.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run go test -update and review the diff)\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	_, texts := corpus(b)
	text := strings.Join(texts, "\n\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, 2024)
	}
}
