package segment

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

// TestGolden lists the blocks of each fixture text, and the sentences of its
// paragraphs and list items, as "start-end kind quote" lines.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.[mt][dx]*"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures in %s: %v", corpusDir, err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		name := filepath.Base(p)
		t.Run(name, func(t *testing.T) {
			var out strings.Builder
			for _, bl := range Blocks(text, 0) {
				fmt.Fprintf(&out, "%d-%d %s %q\n", bl.Start, bl.End, bl.Kind, text[bl.Start:bl.End])
				if bl.Kind != Paragraph && bl.Kind != ListItem {
					continue
				}
				for _, sp := range Sentences(text, bl.BodyStart, bl.End) {
					fmt.Fprintf(&out, "\t%d-%d %q\n", sp.Start, sp.End, text[sp.Start:sp.End])
				}
			}
			path := filepath.Join("testdata", strings.TrimSuffix(name, filepath.Ext(name))+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("reading golden file: %v (run go test -update to create it)", err)
			}
			if out.String() != string(want) {
				t.Errorf("%s differs (run go test -update and review the diff)\n got:\n%s", path, out.String())
			}
		})
	}
}

// BenchmarkSentences splits every line of the fixture texts, as the
// extractor does.
func BenchmarkSentences(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.[mt][dx]*"))
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			for start := 0; start < len(text); {
				end := strings.IndexByte(text[start:], '\n')
				if end < 0 {
					end = len(text) - start
				}
				Sentences(text, start, start+end)
				start += end + 1
			}
		}
	}
}
