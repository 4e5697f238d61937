package release

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

var update = flag.Bool("update", false, "rewrite testdata/release/codebook.golden.md")

// TestCodebookGolden renders the codebook of the fictional build; review
// changes to schemas/ through the diff of the golden file.
func TestCodebookGolden(t *testing.T) {
	got, err := Codebook(buildOut(t, "0.1.0"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join(repoRoot, "testdata", "release", "codebook.golden.md")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline/release -run Codebook -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("codebook differs from %s; review with -update and git diff", golden)
	}
}

// TestCodebookCoversCatalog checks, independently of the golden file, that
// every table and every column of schemas.Catalog is documented with its
// type, whether it is required, its values and its description, and that
// row counts are those of the CSV files.
func TestCodebookCoversCatalog(t *testing.T) {
	ds := dataset()
	text, err := Codebook(buildOut(t, "0.1.0"))
	if err != nil {
		t.Fatal(err)
	}
	sections := strings.Split(string(text), "\n## ")
	for _, tb := range schemas.Catalog {
		sec := findSection(sections, tb.Name)
		if sec == "" {
			t.Errorf("no section for table %s", tb.Name)
			continue
		}
		rows := fmt.Sprintf("- Rows: %d\n", rowsOf(ds, tb))
		for _, want := range []string{tb.Description, rows, "- Primary key: `" + strings.Join(tb.PrimaryKey, "`, `") + "`"} {
			if !strings.Contains(sec, want) {
				t.Errorf("%s: section lacks %q", tb.Name, want)
			}
		}
		for _, fk := range tb.ForeignKeys {
			if !strings.Contains(sec, "`"+fk.Fields[0]+"` → ["+fk.RefTable+"]") {
				t.Errorf("%s: foreign key %s not documented", tb.Name, fk.Fields[0])
			}
		}
		for _, c := range tb.Columns() {
			req := map[bool]string{true: "yes", false: "no"}[c.Required]
			row := fmt.Sprintf("| `%s` | %s | %s | %s", c.Name, c.Type, req, cell(c.Description))
			if !strings.Contains(sec, row) {
				t.Errorf("%s: no row starting %q", tb.Name, row)
			}
			for _, v := range c.Enum {
				if !strings.Contains(sec, "`"+v+"`") {
					t.Errorf("%s.%s: value %s not listed", tb.Name, c.Name, v)
				}
			}
		}
	}
}

func findSection(sections []string, name string) string {
	for _, s := range sections {
		if strings.HasPrefix(s, name+"\n") {
			return s
		}
	}
	return ""
}

// rowsOf counts the rows of table t in ds.
func rowsOf(ds *schemas.Dataset, t schemas.Table) int {
	return reflectLen(ds.Rows(t))
}
