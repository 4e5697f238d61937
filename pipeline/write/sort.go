package write

import (
	"cmp"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// sortedRows returns a copy of rows (a slice of t's row type) sorted by t's
// primary key; the caller's slice is left as it was. Two rows with the same
// key are an error wrapping ErrDuplicateKey, since their order would depend
// on how they were produced.
func sortedRows(t schemas.Table, rows any) (reflect.Value, error) {
	in := reflect.ValueOf(rows)
	keys := keyFields(t)
	idx := make([]int, in.Len())
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return compareKeys(in.Index(a), in.Index(b), keys)
	})
	out := reflect.MakeSlice(in.Type(), len(idx), len(idx))
	for i, j := range idx {
		out.Index(i).Set(in.Index(j))
		if i > 0 && compareKeys(out.Index(i-1), out.Index(i), keys) == 0 {
			return reflect.Value{}, fmt.Errorf("%s: %w %s; give each row its own key",
				t.Name, ErrDuplicateKey, keyString(out.Index(i), t, keys))
		}
	}
	return out, nil
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
