package release

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/uncyber/uncyber/pipeline/diff"
	"github.com/uncyber/uncyber/schemas"
)

// Codebook renders the README.md of a release from schemas.Catalog: every
// table with its description, keys and row count (counted in
// outDir/csv/<table>.csv), and every column with its type, whether it is
// required, its allowed values and its description. The version comes from
// outDir/datapackage.json.
func Codebook(outDir string) ([]byte, error) {
	pkg, err := diff.ReadPackage(filepath.Join(outDir, "datapackage.json"))
	if err != nil {
		return nil, err
	}
	counts, err := rowCounts(outDir)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	writeIntro(&b, pkg.Version)
	b.WriteString("## Tables\n\n| Table | Rows | Description |\n|---|--:|---|\n")
	for i, t := range schemas.Catalog {
		fmt.Fprintf(&b, "| [%s](#%s) | %d | %s |\n", t.Name, t.Name, counts[i], cell(t.Description))
	}
	for i, t := range schemas.Catalog {
		writeTable(&b, t, counts[i])
	}
	fmt.Fprintf(&b, "\n---\n\nSchema fingerprint: `%s` (SHA-256 of the catalog; equal fingerprints mean identical tables, columns, types and keys).\n",
		schemas.Fingerprint())
	return b.Bytes(), nil
}

func writeIntro(b *bytes.Buffer, version string) {
	fmt.Fprintf(b, "# uncyber %s: codebook\n\n", version)
	b.WriteString(`uncyber is an open dataset of UN cyber-diplomacy meetings: who met, when and
where, who took part and in what role, and which documents they produced. Every
fact is backed by a span of a source text (table ` + "`evidence`" + `).

This file is generated from the table declarations in the repository's
` + "`schemas/`" + ` folder; do not edit it by hand.

## Files

- ` + "`csv/<table>.csv`" + `: UTF-8, LF line ends, a header row; an empty field is NULL;
  ` + "`array`" + ` columns hold a JSON array of strings; dates are YYYY-MM-DD.
- ` + "`parquet/<table>.parquet`" + `: the same rows and columns, with typed columns
  (dates as DATE, arrays as ` + "`list<string>`" + `).
- ` + "`datapackage.json`" + `: a Frictionless data package (v2) describing every file.
- ` + "`CITATION.cff`" + `: how to cite this release; ` + "`CHANGELOG.md`" + `: what changed.
- ` + "`LICENSE-DATA.md`" + `: the data is under CC BY 4.0; source texts keep their own
  licences. ` + "`LICENSE`" + `: the code that built it is under the MIT licence.
- ` + "`SHA256SUMS`" + `: check every file with ` + "`sha256sum -c SHA256SUMS`" + `.

`)
}

func writeTable(b *bytes.Buffer, t schemas.Table, rows int) {
	fmt.Fprintf(b, "\n## %s\n\n%s\n\n", t.Name, t.Description)
	fmt.Fprintf(b, "- Rows: %d\n", rows)
	fmt.Fprintf(b, "- Primary key: %s\n", codeList(t.PrimaryKey))
	for _, fk := range t.ForeignKeys {
		fmt.Fprintf(b, "- Foreign key: %s → [%s](#%s).%s\n",
			codeList(fk.Fields), fk.RefTable, fk.RefTable, codeList(fk.RefFields))
	}
	b.WriteString("\n| Column | Type | Required | Description |\n|---|---|---|---|\n")
	for _, c := range t.Columns() {
		req := "no"
		if c.Required {
			req = "yes"
		}
		desc := c.Description
		if c.Enum != nil {
			desc += " Values: " + codeList(c.Enum) + "."
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", c.Name, c.Type, req, cell(desc))
	}
}

func codeList(names []string) string {
	return "`" + strings.Join(names, "`, `") + "`"
}

// cellEscaper escapes text for a Markdown table cell: a pipe would end the
// cell and "<slug of name>" would be read as an HTML tag and dropped.
var cellEscaper = strings.NewReplacer("|", `\|`, "\n", " ", "<", `\<`, ">", `\>`)

func cell(s string) string { return cellEscaper.Replace(s) }

// rowCounts counts the records of each table's CSV, in catalog order,
// reporting every missing or unreadable file.
func rowCounts(outDir string) ([]int, error) {
	counts := make([]int, len(schemas.Catalog))
	var errs []error
	for i, t := range schemas.Catalog {
		n, err := countRecords(filepath.Join(outDir, "csv", t.Name+".csv"))
		if err != nil {
			errs = append(errs, err)
		}
		counts[i] = n
	}
	return counts, errors.Join(errs...)
}

// countRecords counts the records after the header. It parses the CSV
// rather than counting lines, since quoted fields may hold newlines.
func countRecords(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("counting rows: %w (build out/ first: make dataset)", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.ReuseRecord = true
	n := -1 // the header
	for {
		_, err := r.Read()
		if err == io.EOF {
			return max(n, 0), nil
		}
		if err != nil {
			return 0, fmt.Errorf("counting rows of %s: %w", path, err)
		}
		n++
	}
}
