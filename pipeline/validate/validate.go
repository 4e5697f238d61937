package validate

import (
	"fmt"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// Dataset checks ds against the catalog and its evidence against the source
// bytes (keyed by source_id). Problems are positioned in the CSV files the
// rows are written to, under csvDir (e.g. "out/csv").
func Dataset(ds *schemas.Dataset, sources map[string][]byte, csvDir string) Problems {
	return check(ds, csvDir, nil, func(s schemas.Source) ([]byte, error) {
		if raw, ok := sources[s.SourceID]; ok {
			return raw, nil
		}
		return nil, fmt.Errorf("source %q is not loaded", s.SourceID)
	})
}

// check runs every check on ds; read gives the bytes of a source, however
// they are loaded. Evidence rows in ds.EvidenceStream are checked as they
// are read, not held, sorted in files under tmp (the system's temporary
// folder when nil).
func check(ds *schemas.Dataset, csvDir string, tmp *spill.Dir, read func(schemas.Source) ([]byte, error)) Problems {
	var ps Problems
	tbs := sortTables(ds, csvDir)
	keys := checkTables(&ps, tbs)
	for _, t := range schemas.Catalog {
		checkForeignKeys(&ps, tbs[t.Name], keys)
	}
	covered := newCoverage(tbs)
	for _, e := range ds.Evidence {
		covered.mark(e.EntityTable, e.EntityID)
	}
	var spans *spill.Sorted
	if ds.EvidenceStream != nil {
		dir, err := spill.NewDir(tmp.Path(), "uncyber-validate-*")
		if err != nil {
			add(&ps, tbs["evidence"].file, 0, 0, "cannot check the evidence: %v", err)
			ps.Sort()
			return ps
		}
		defer dir.Remove()
		if spans, err = checkEvidenceStream(&ps, ds.EvidenceStream, tbs, keys, covered, dir); err != nil {
			add(&ps, tbs["evidence"].file, 0, 0, "cannot check the evidence: %v", err)
		}
	}
	checkEvidenceCoverage(&ps, covered, tbs)
	if err := checkSources(&ps, tbs, csvDir, read, spans); err != nil {
		add(&ps, tbs["evidence"].file, 0, 0, "cannot check the evidence: %v", err)
	}
	ps.Sort()
	return ps
}

// table is a table's rows sorted by primary key, as the writers write them,
// so that line numbers in problems are the lines of the CSV files. Every
// check reads the same sorted table: a build sorts each table once.
type table struct {
	t    schemas.Table
	file string
	rows reflect.Value
	cols []schemas.Column
	keys []string // keys[i] is the primary key of rows[i], as keyOf renders it
	// sources, when not nil, holds the rows of the sources table in place
	// of rows (then empty): a streamed table is read, not held (see
	// streamedSources).
	sources schemas.RowStream[schemas.Source]
}

// sortTables sorts every table of the catalog, by name.
func sortTables(ds *schemas.Dataset, csvDir string) map[string]*table {
	tbs := make(map[string]*table, len(schemas.Catalog))
	for _, t := range schemas.Catalog {
		tbs[t.Name] = sortedTable(t, ds, csvDir)
	}
	return tbs
}

// sortedTable renders each row's key once and sorts by it; rows already in
// key order (as normalise leaves them) are used as they are, not copied.
func sortedTable(t schemas.Table, ds *schemas.Dataset, csvDir string) *table {
	if t.Name == "sources" && ds.SourcesStream != nil {
		return streamedSources(t, ds.SourcesStream, csvDir)
	}
	v := reflect.ValueOf(ds.Rows(t))
	cols := t.Columns()
	pk := pkIndexes(t, cols)
	keys := make([]string, v.Len())
	for i := range keys {
		keys[i] = keyOf(v.Index(i), pk)
	}
	tb := &table{t: t, file: path.Join(csvDir, t.Name+".csv"), rows: v, cols: cols, keys: keys}
	if slices.IsSorted(keys) {
		return tb
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	tb.rows = reflect.MakeSlice(v.Type(), len(idx), len(idx))
	tb.keys = make([]string, len(idx))
	for i, j := range idx {
		tb.rows.Index(i).Set(v.Index(j))
		tb.keys[i] = keys[j]
	}
	return tb
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
	if len(fields) == 1 {
		return cell(row.Field(fields[0]))
	}
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = cell(row.Field(f))
	}
	return strings.Join(parts, "\x00")
}

var (
	stringType = reflect.TypeFor[string]()
	dateType   = reflect.TypeFor[schemas.Date]()
	listType   = reflect.TypeFor[schemas.List]()
	int32Type  = reflect.TypeFor[int32]()
	int64Type  = reflect.TypeFor[int64]()
)

// cell renders a field as its CSV cell; "" is NULL. The common types are
// read without boxing the value, which dominates validation time otherwise.
func cell(v reflect.Value) string {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Type() {
	case stringType:
		return v.String()
	case int32Type, int64Type:
		return strconv.FormatInt(v.Int(), 10)
	case dateType:
		return schemas.Date(v.Int()).String()
	case listType:
		return strings.Join(v.Interface().(schemas.List), "|")
	}
	return fmt.Sprint(v.Interface())
}

// checkTables checks every table (see checkTable) and returns the set of
// primary keys of each, by table name.
func checkTables(ps *Problems, tbs map[string]*table) map[string]map[string]bool {
	keys := map[string]map[string]bool{}
	for _, t := range schemas.Catalog {
		keys[t.Name] = checkTable(ps, tbs[t.Name])
	}
	return keys
}

// checkTable checks required columns, enums and primary key uniqueness, and
// returns the set of primary keys.
func checkTable(ps *Problems, tb *table) map[string]bool {
	t := tb.t
	seen := make(map[string]bool, len(tb.keys))
	err := tb.each(func(i int, row reflect.Value) {
		line := i + 2
		checkRow(ps, tb, row, line)
		k := tb.keys[i]
		if seen[k] {
			add(ps, tb.file, line, 1, "%s: duplicate primary key %q", strings.Join(t.PrimaryKey, ","), k)
		} else if i > 0 && k < tb.keys[i-1] {
			add(ps, tb.file, line, 1, "%s: %q comes after %q; the rows are not in key order", strings.Join(t.PrimaryKey, ","), k, tb.keys[i-1])
		}
		seen[k] = true
	})
	if err != nil {
		add(ps, tb.file, 0, 0, "cannot check the rows: %v", err)
	}
	return seen
}

// checkRow checks the required columns and enums of one row of tb.
func checkRow(ps *Problems, tb *table, row reflect.Value, line int) {
	for ci, c := range tb.cols {
		required := c.Required && c.Type != schemas.TypeArray
		if !required && c.Enum == nil {
			continue
		}
		v := cell(row.Field(c.Field))
		if required && v == "" {
			add(ps, tb.file, line, ci+1, "%s: required value is missing", c.Name)
		}
		if v != "" && c.Enum != nil && !slices.Contains(c.Enum, v) {
			add(ps, tb.file, line, ci+1, "%s: %q is not one of %s", c.Name, v, strings.Join(c.Enum, ", "))
		}
	}
}

func checkForeignKeys(ps *Problems, tb *table, keys map[string]map[string]bool) {
	t := tb.t
	for _, fk := range t.ForeignKeys {
		c, _ := t.Column(fk.Fields[0])
		col := slices.IndexFunc(tb.cols, func(x schemas.Column) bool { return x.Name == c.Name })
		ref := keys[fk.RefTable]
		err := tb.each(func(i int, row reflect.Value) {
			v := cell(row.Field(c.Field))
			if v != "" && !ref[v] {
				add(ps, tb.file, i+2, col+1, "%s: %q is not a %s.%s", c.Name, v, fk.RefTable, fk.RefFields[0])
			}
		})
		if err != nil {
			add(ps, tb.file, 0, 0, "cannot check the rows: %v", err)
		}
	}
}

// coverage marks the rows of each table that evidence points to, by
// table name: the flag of row i is that of the i-th key of the sorted
// table. Rows are found by binary search among the keys, so marking
// allocates nothing and keeps no copy of the ids.
type coverage struct {
	tbs     map[string]*table
	covered map[string][]bool
}

func newCoverage(tbs map[string]*table) coverage {
	c := coverage{tbs: tbs, covered: make(map[string][]bool, len(tbs))}
	for name, tb := range tbs {
		c.covered[name] = make([]bool, len(tb.keys))
	}
	return c
}

// mark records evidence for the rows of table whose key is id (one, or
// several when the key is duplicated, a problem of its own).
func (c coverage) mark(table, id string) {
	tb := c.tbs[table]
	if tb == nil {
		return
	}
	flags := c.covered[table]
	for i, _ := slices.BinarySearch(tb.keys, id); i < len(tb.keys) && tb.keys[i] == id; i++ {
		flags[i] = true
	}
}

// checkEvidenceCoverage requires at least one evidence row for every row of
// every entity and link table.
func checkEvidenceCoverage(ps *Problems, covered coverage, tbs map[string]*table) {
	ev, _ := schemas.Lookup("evidence")
	col, _ := ev.Column("entity_table")
	for _, name := range col.Enum {
		tb := tbs[name]
		for i, id := range tb.keys {
			if !covered.covered[name][i] {
				add(ps, tb.file, i+2, 1, "%s has no evidence: every row must point to the source text that supports it", id)
			}
		}
	}
}
