package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

// TestDump prints what Extract finds in the files named by the environment
// variable UNCYBER_DUMP (space-separated paths), with rules and
// confidences, for a person working on the rules:
//
//	UNCYBER_DUMP="$PWD/some.html" go test ./pipeline/extract -run TestDump -v
//
// With UNCYBER_DUMP_TEXT=1 it prints the readable text first (for HTML,
// what the loader made of the markup).
//
// Without the variable it checks that the dump of a seed source is not
// empty, so that it cannot rot unnoticed.
func TestDump(t *testing.T) {
	files := strings.Fields(os.Getenv("UNCYBER_DUMP"))
	quiet := len(files) == 0
	if quiet {
		files, _ = filepath.Glob("../../raw/sources/*.txt")
		if len(files) == 0 {
			t.Fatal("no seed sources found")
		}
		files = files[:1]
	}
	for _, f := range files {
		doc := fileDoc(t, f, source.Entry{Path: filepath.Base(f)})
		out := dump(doc.Text, Extract(doc, testRef(t)))
		if out == "" {
			t.Errorf("%s: nothing extracted", f)
		}
		if !quiet && os.Getenv("UNCYBER_DUMP_TEXT") == "1" {
			fmt.Printf("== %s text\n%s\n", f, doc.Text)
		}
		if !quiet {
			fmt.Printf("== %s\n%s", f, out)
		}
	}
}
