package write

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// sortedRows returns rows (a slice of t's row type) sorted by t's primary
// key: rows themselves when they are in key order already (as normalise
// leaves them), else a sorted copy; the caller's slice is never changed.
// Two rows with the same key are an error wrapping ErrDuplicateKey, since
// their order would depend on how they were produced.
func sortedRows(t schemas.Table, rows any) (reflect.Value, error) {
	in := reflect.ValueOf(rows)
	keys := keyFields(t)
	if cmpRow := stringKeyCompare(in, keys); cmpRow != nil {
		return sortRows(t, in, keys, cmpRow)
	}
	return sortRows(t, in, keys, func(a, b int) int { return compareKeys(in.Index(a), in.Index(b), keys) })
}

// stringKeyCompare reads a one-column string key of every row once and
// returns a comparison of row indexes by it, or nil for other keys.
func stringKeyCompare(in reflect.Value, keys []int) func(a, b int) int {
	if len(keys) != 1 || in.Type().Elem().Field(keys[0]).Type.Kind() != reflect.String {
		return nil
	}
	k := make([]string, in.Len())
	for i := range k {
		k[i] = in.Index(i).Field(keys[0]).String()
	}
	return func(a, b int) int { return strings.Compare(k[a], k[b]) }
}

// sortRows orders the rows of in by cmpRow, refusing equal keys.
func sortRows(t schemas.Table, in reflect.Value, keys []int, cmpRow func(a, b int) int) (reflect.Value, error) {
	n := in.Len()
	sorted := true
	for i := 1; i < n; i++ {
		c := cmpRow(i-1, i)
		if c == 0 {
			return reflect.Value{}, duplicateKey(t, in.Index(i), keys)
		}
		if c > 0 {
			sorted = false
			break
		}
	}
	if sorted {
		return in, nil
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, cmpRow)
	out := reflect.MakeSlice(in.Type(), n, n)
	for i, j := range idx {
		out.Index(i).Set(in.Index(j))
		if i > 0 && cmpRow(idx[i-1], j) == 0 {
			return reflect.Value{}, duplicateKey(t, out.Index(i), keys)
		}
	}
	return out, nil
}

func duplicateKey(t schemas.Table, row reflect.Value, keys []int) error {
	return fmt.Errorf("%s: %w %s; give each row its own key", t.Name, ErrDuplicateKey, keyString(row, t, keys))
}

// keyFields returns the struct field indexes of t's primary key columns.
func keyFields(t schemas.Table) []int {
	fields := make([]int, len(t.PrimaryKey))
	for i, name := range t.PrimaryKey {
		c, ok := t.Column(name)
		if !ok {
			panic(fmt.Sprintf("write: table %s has no primary key column %s", t.Name, name))
		}
		fields[i] = c.Field
	}
	return fields
}

func compareKeys(a, b reflect.Value, fields []int) int {
	for _, f := range fields {
		if c := compareValues(a.Field(f), b.Field(f)); c != 0 {
			return c
		}
	}
	return 0
}

// compareValues orders strings bytewise and integers numerically, the kinds
// a primary key column can have.
func compareValues(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.String:
		return strings.Compare(a.String(), b.String())
	case reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	}
	panic(fmt.Sprintf("write: primary key column of kind %s", a.Kind()))
}

func keyString(row reflect.Value, t schemas.Table, fields []int) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = fmt.Sprintf("%s=%v", t.PrimaryKey[i], row.Field(f).Interface())
	}
	return strings.Join(parts, " ")
}
