package validate

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// Dataset checks ds against the catalog and its evidence against the source
// bytes (keyed by source_id). Problems are positioned in the CSV files the
// rows are written to, under csvDir (e.g. "out/csv").
func Dataset(ds *schemas.Dataset, sources map[string][]byte, csvDir string) Problems {
	var ps Problems
	keys := map[string]map[string]bool{}
	for _, t := range schemas.Catalog {
		keys[t.Name] = checkTable(&ps, t, ds, csvDir)
	}
	for _, t := range schemas.Catalog {
		checkForeignKeys(&ps, t, ds, keys, csvDir)
	}
	checkEvidenceCoverage(&ps, ds, keys, csvDir)
	checkSpans(&ps, ds, sources, csvDir)
	ps.Sort()
	return ps
}

// table is a table's rows sorted by primary key, as the writers write them,
// so that line numbers in problems are the lines of the CSV files.
type table struct {
	t    schemas.Table
	file string
	rows reflect.Value
	cols []schemas.Column
}

func sortedTable(t schemas.Table, ds *schemas.Dataset, csvDir string) table {
	v := reflect.ValueOf(ds.Rows(t))
	rows := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	reflect.Copy(rows, v)
	cols := t.Columns()
	pk := pkIndexes(t, cols)
	sort.SliceStable(rows.Interface(), func(i, j int) bool {
		return keyOf(rows.Index(i), pk) < keyOf(rows.Index(j), pk)
	})
	return table{t: t, file: path.Join(csvDir, t.Name+".csv"), rows: rows, cols: cols}
}

func pkIndexes(t schemas.Table, cols []schemas.Column) []int {
	var idx []int
	for _, name := range t.PrimaryKey {
		for _, c := range cols {
			if c.Name == name {
				idx = append(idx, c.Field)
			}
		}
	}
	return idx
}

func keyOf(row reflect.Value, fields []int) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = cell(row.Field(f))
	}
	return strings.Join(parts, "\x00")
}

// cell renders a field as its CSV cell; "" is NULL.
func cell(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case schemas.Date:
		return x.String()
	case schemas.List:
		return strings.Join(x, "|")
	case string:
		return x
	}
	return fmt.Sprint(v.Interface())
}

// checkTable checks required columns, enums and primary key uniqueness, and
// returns the set of primary keys.
func checkTable(ps *Problems, t schemas.Table, ds *schemas.Dataset, csvDir string) map[string]bool {
	tb := sortedTable(t, ds, csvDir)
	pk := pkIndexes(t, tb.cols)
	seen := map[string]bool{}
	for i := range tb.rows.Len() {
		row, line := tb.rows.Index(i), i+2
		for ci, c := range tb.cols {
			v := cell(row.Field(c.Field))
			if c.Required && v == "" && c.Type != schemas.TypeArray {
				ps.Add(tb.file, line, ci+1, "%s: required value is missing", c.Name)
			}
			if v != "" && c.Enum != nil && !slices.Contains(c.Enum, v) {
				ps.Add(tb.file, line, ci+1, "%s: %q is not one of %s", c.Name, v, strings.Join(c.Enum, ", "))
			}
		}
		k := keyOf(row, pk)
		if seen[k] {
			ps.Add(tb.file, line, 1, "%s: duplicate primary key %q", strings.Join(t.PrimaryKey, ","), k)
		}
		seen[k] = true
	}
	return seen
}

func checkForeignKeys(ps *Problems, t schemas.Table, ds *schemas.Dataset, keys map[string]map[string]bool, csvDir string) {
	tb := sortedTable(t, ds, csvDir)
	for _, fk := range t.ForeignKeys {
		c, _ := t.Column(fk.Fields[0])
		col := slices.IndexFunc(tb.cols, func(x schemas.Column) bool { return x.Name == c.Name })
		for i := range tb.rows.Len() {
			v := cell(tb.rows.Index(i).Field(c.Field))
			if v != "" && !keys[fk.RefTable][v] {
				ps.Add(tb.file, i+2, col+1, "%s: %q is not a %s.%s", c.Name, v, fk.RefTable, fk.RefFields[0])
			}
		}
	}
}

// checkEvidenceCoverage requires at least one evidence row for every row of
// every entity and link table.
func checkEvidenceCoverage(ps *Problems, ds *schemas.Dataset, keys map[string]map[string]bool, csvDir string) {
	covered := map[string]bool{}
	for _, e := range ds.Evidence {
		covered[e.EntityTable+"\x00"+e.EntityID] = true
	}
	ev, _ := schemas.Lookup("evidence")
	col, _ := ev.Column("entity_table")
	for _, name := range col.Enum {
		t, _ := schemas.Lookup(name)
		tb := sortedTable(t, ds, csvDir)
		pk := pkIndexes(t, tb.cols)
		for i := range tb.rows.Len() {
			if id := keyOf(tb.rows.Index(i), pk); !covered[name+"\x00"+id] {
				ps.Add(tb.file, i+2, 1, "%s has no evidence: every row must point to the source text that supports it", id)
			}
		}
	}
}

// checkSpans checks every evidence span against the source it points into,
// and every source's checksum against its bytes.
func checkSpans(ps *Problems, ds *schemas.Dataset, sources map[string][]byte, csvDir string) {
	media := map[string]string{}
	st, _ := schemas.Lookup("sources")
	for i, s := range sortedTable(st, ds, csvDir).rows.Interface().([]schemas.Source) {
		media[s.SourceID] = s.MediaType
		raw, ok := sources[s.SourceID]
		sum := sha256.Sum256(raw)
		if ok && hex.EncodeToString(sum[:]) != s.SHA256 {
			ps.Add(path.Join(csvDir, "sources.csv"), i+2, 1, "%s: sha256 does not match raw/%s; rebuild with uncyber build", s.SourceID, s.Path)
		}
	}
	et, _ := schemas.Lookup("evidence")
	file := path.Join(csvDir, "evidence.csv")
	for i, e := range sortedTable(et, ds, csvDir).rows.Interface().([]schemas.Evidence) {
		raw, ok := sources[e.SourceID]
		switch {
		case !ok:
			ps.Add(file, i+2, 1, "%s: source %q is not loaded", e.EvidenceID, e.SourceID)
		case e.ByteStart < 0 || e.ByteEnd <= e.ByteStart || e.ByteEnd > int64(len(raw)):
			ps.Add(file, i+2, 1, "%s: span %d-%d is outside %s (%d bytes)", e.EvidenceID, e.ByteStart, e.ByteEnd, e.SourceID, len(raw))
		case media[e.SourceID] != "text/html" && string(raw[e.ByteStart:e.ByteEnd]) != e.Quote:
			ps.Add(file, i+2, 1, "%s: quote %q differs from the source bytes %q", e.EvidenceID, e.Quote, raw[e.ByteStart:e.ByteEnd])
		}
	}
}
