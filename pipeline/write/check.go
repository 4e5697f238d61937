package write

import (
	"fmt"
	"reflect"
	"unicode/utf8"

	"github.com/uncyber/uncyber/schemas"
)

// checkUTF8 reports the first string or list element of rows (a slice of t's
// row type, sorted) that is not valid UTF-8, naming the row by its key.
func checkUTF8(t schemas.Table, rows reflect.Value) error {
	cols := t.Columns()
	keys := keyFields(t)
	for i := range rows.Len() {
		row := rows.Index(i)
		for _, c := range cols {
			if s, ok := invalidString(row.Field(c.Field)); ok {
				return fmt.Errorf("%s: row %s: column %s: %w (%q); fix the encoding of its source",
					t.Name, keyString(row, t, keys), c.Name, ErrInvalidUTF8, s)
			}
		}
	}
	return nil
}

// invalidString returns the first invalid string in a string or List value.
func invalidString(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return v.String(), !utf8.ValidString(v.String())
	case reflect.Slice:
		for j := range v.Len() {
			if s, bad := invalidString(v.Index(j)); bad {
				return s, true
			}
		}
	}
	return "", false
}
