package diff

import (
	"fmt"
	"slices"
	"strings"
)

// compareEnums compares two lists of allowed values; nil means the column
// takes any value. Dropping values narrows the column (rows holding them
// become invalid); adding values widens it.
func compareEnums(o, n []string) []SchemaChange {
	switch {
	case o == nil && n == nil:
		return nil
	case o == nil:
		return []SchemaChange{{Kind: EnumAdded, Breaking: true, New: strings.Join(n, ", "),
			Detail: "values are now restricted"}}
	case n == nil:
		return []SchemaChange{{Kind: EnumRemoved, Old: strings.Join(o, ", "), Detail: "any value allowed"}}
	}
	var out []SchemaChange
	if gone := missingFrom(o, n); len(gone) > 0 {
		out = append(out, SchemaChange{Kind: EnumNarrowed, Breaking: true, Old: strings.Join(gone, ", "),
			Detail: "values no longer allowed"})
	}
	if extra := missingFrom(n, o); len(extra) > 0 {
		out = append(out, SchemaChange{Kind: EnumWidened, New: strings.Join(extra, ", "),
			Detail: "values now allowed"})
	}
	return out
}

// missingFrom returns the values of a that b lacks, in a's order.
func missingFrom(a, b []string) []string {
	var out []string
	for _, v := range a {
		if !slices.Contains(b, v) {
			out = append(out, v)
		}
	}
	return out
}

// compareForeignKeys reports references added (breaking: rows valid before
// may now point nowhere) and removed.
func compareForeignKeys(table string, o, n *Schema) []SchemaChange {
	oldKeys, newKeys := foreignKeyTexts(o), foreignKeyTexts(n)
	var out []SchemaChange
	for _, k := range missingFrom(newKeys, oldKeys) {
		out = append(out, SchemaChange{Table: table, Kind: ForeignKeyAdded, Breaking: true, New: k})
	}
	for _, k := range missingFrom(oldKeys, newKeys) {
		out = append(out, SchemaChange{Table: table, Kind: ForeignKeyRemoved, Old: k})
	}
	return out
}

// foreignKeyTexts renders each foreign key as "a, b → table.c, d", sorted.
func foreignKeyTexts(s *Schema) []string {
	out := make([]string, 0, len(s.ForeignKeys))
	for _, fk := range s.ForeignKeys {
		out = append(out, fmt.Sprintf("%s → %s.%s", strings.Join(fk.Fields, ", "),
			fk.Reference.Resource, strings.Join(fk.Reference.Fields, ", ")))
	}
	slices.Sort(out)
	return out
}
