package diff

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"
)

// ChangeKind names one sort of schema change.
type ChangeKind string

// The kinds of schema change. Whether one is breaking follows one rule: a
// change is breaking when data or code valid for the old schema may fail
// against the new one (a column it reads is gone or retyped, a row it holds
// is no longer valid).
const (
	TableAdded        ChangeKind = "table_added"
	TableRemoved      ChangeKind = "table_removed"
	ColumnAdded       ChangeKind = "column_added"
	ColumnRemoved     ChangeKind = "column_removed"
	ColumnsReordered  ChangeKind = "columns_reordered"
	TypeChanged       ChangeKind = "type_changed"
	RequiredAdded     ChangeKind = "required_added"
	RequiredRemoved   ChangeKind = "required_removed"
	EnumAdded         ChangeKind = "enum_added"
	EnumRemoved       ChangeKind = "enum_removed"
	EnumNarrowed      ChangeKind = "enum_narrowed"
	EnumWidened       ChangeKind = "enum_widened"
	PrimaryKeyChanged ChangeKind = "primary_key_changed"
	ForeignKeyAdded   ChangeKind = "foreign_key_added"
	ForeignKeyRemoved ChangeKind = "foreign_key_removed"
)

// SchemaChange is one difference between the schemas of two data packages.
type SchemaChange struct {
	Table    string     `json:"table"`
	Column   string     `json:"column,omitempty"`
	Kind     ChangeKind `json:"kind"`
	Breaking bool       `json:"breaking"`
	Old      string     `json:"old,omitempty"`
	New      string     `json:"new,omitempty"`
	Detail   string     `json:"detail,omitempty"`
}

// CompareSchemas lists the differences between the table schemas of two data
// packages, sorted by table, column and kind.
func CompareSchemas(oldPkg, newPkg *Package) []SchemaChange {
	oldTables, newTables := byName(oldPkg.Tables()), byName(newPkg.Tables())
	changes := []SchemaChange{}
	for name := range oldTables {
		if _, ok := newTables[name]; !ok {
			changes = append(changes, SchemaChange{Table: name, Kind: TableRemoved, Breaking: true})
		}
	}
	for name, n := range newTables {
		o, ok := oldTables[name]
		if !ok {
			changes = append(changes, SchemaChange{Table: name, Kind: TableAdded})
			continue
		}
		changes = append(changes, compareTableSchema(name, o.Schema, n.Schema)...)
	}
	slices.SortFunc(changes, func(a, b SchemaChange) int {
		return cmp.Or(cmp.Compare(a.Table, b.Table), cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Old, b.Old), cmp.Compare(a.New, b.New))
	})
	return changes
}

// Breaking reports whether any of the changes is breaking.
func Breaking(changes []SchemaChange) bool {
	return slices.ContainsFunc(changes, func(c SchemaChange) bool { return c.Breaking })
}

func byName(rs []Resource) map[string]Resource {
	m := make(map[string]Resource, len(rs))
	for _, r := range rs {
		m[r.Name] = r
	}
	return m
}

func compareTableSchema(table string, o, n *Schema) []SchemaChange {
	var out []SchemaChange
	add := func(c SchemaChange) { c.Table = table; out = append(out, c) }
	o, n = firstFields(o), firstFields(n)
	oldFields, newFields := fieldsByName(o), fieldsByName(n)
	var removed, added []string
	for _, f := range o.Fields {
		if _, ok := newFields[f.Name]; !ok {
			removed = append(removed, f.Name)
		}
	}
	for _, f := range n.Fields {
		of, ok := oldFields[f.Name]
		if !ok {
			added = append(added, f.Name)
			add(SchemaChange{Column: f.Name, Kind: ColumnAdded, Breaking: f.Constraints.Required,
				New: typeName(f), Detail: addedDetail(f)})
			continue
		}
		for _, c := range compareField(of, f) {
			add(c)
		}
	}
	renames := guessRenames(o, n, removed, added)
	for _, name := range removed {
		c := SchemaChange{Column: name, Kind: ColumnRemoved, Breaking: true, Old: typeName(oldFields[name])}
		if to, ok := renames[name]; ok {
			c.Detail = "possibly renamed to " + codeSpan(to)
		}
		add(c)
	}
	if common := commonOrder(o, newFields); !slices.Equal(common, commonOrder(n, oldFields)) {
		add(SchemaChange{Kind: ColumnsReordered, Old: strings.Join(common, ", "),
			New: strings.Join(commonOrder(n, oldFields), ", ")})
	}
	if !slices.Equal(o.PrimaryKey, n.PrimaryKey) {
		add(SchemaChange{Kind: PrimaryKeyChanged, Breaking: true,
			Old: strings.Join(o.PrimaryKey, ", "), New: strings.Join(n.PrimaryKey, ", ")})
	}
	return append(out, compareForeignKeys(table, o, n)...)
}

// firstFields returns a copy of s keeping only the first field of each name:
// a descriptor that repeats a column is invalid, and the copy lets it still
// be compared (with itself, to no change).
func firstFields(s *Schema) *Schema {
	c := *s
	c.Fields = nil
	seen := map[string]bool{}
	for _, f := range s.Fields {
		if !seen[f.Name] {
			seen[f.Name] = true
			c.Fields = append(c.Fields, f)
		}
	}
	return &c
}

func fieldsByName(s *Schema) map[string]Field {
	m := make(map[string]Field, len(s.Fields))
	for _, f := range s.Fields {
		m[f.Name] = f
	}
	return m
}

// commonOrder lists the fields of s that other also has, in s's order.
func commonOrder(s *Schema, other map[string]Field) []string {
	var names []string
	for _, f := range s.Fields {
		if _, ok := other[f.Name]; ok {
			names = append(names, f.Name)
		}
	}
	return names
}

// guessRenames pairs a removed column with an added one when they sit at the
// same position and have the same type: "venue" → "venue_name" is then
// reported as a likely rename rather than two unrelated changes.
func guessRenames(o, n *Schema, removed, added []string) map[string]string {
	m := map[string]string{}
	for _, r := range removed {
		i := slices.IndexFunc(o.Fields, func(f Field) bool { return f.Name == r })
		if i >= len(n.Fields) || !slices.Contains(added, n.Fields[i].Name) {
			continue
		}
		if typeName(o.Fields[i]) == typeName(n.Fields[i]) {
			m[r] = n.Fields[i].Name
		}
	}
	return m
}

func typeName(f Field) string {
	t := cmp.Or(f.Type, "any")
	if f.Format != "" && f.Format != "default" {
		t += " (" + f.Format + ")"
	}
	return t
}

func addedDetail(f Field) string {
	if f.Constraints.Required {
		return "required: rows valid before lack it"
	}
	return "optional"
}

func compareField(o, n Field) []SchemaChange {
	var out []SchemaChange
	add := func(c SchemaChange) { c.Column = n.Name; out = append(out, c) }
	if typeName(o) != typeName(n) {
		add(SchemaChange{Kind: TypeChanged, Breaking: true, Old: typeName(o), New: typeName(n)})
	}
	switch {
	case !o.Constraints.Required && n.Constraints.Required:
		add(SchemaChange{Kind: RequiredAdded, Breaking: true, Detail: "NULL no longer allowed"})
	case o.Constraints.Required && !n.Constraints.Required:
		add(SchemaChange{Kind: RequiredRemoved, Detail: "may now be NULL"})
	}
	for _, c := range compareEnums(enumValues(o), enumValues(n)) {
		add(c)
	}
	return out
}

// enumValues returns the allowed values as text, or nil when the field has
// no enum constraint.
func enumValues(f Field) []string {
	if f.Constraints.Enum == nil {
		return nil
	}
	vals := make([]string, 0, len(f.Constraints.Enum))
	for _, raw := range f.Constraints.Enum {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			vals = append(vals, s)
		} else {
			vals = append(vals, string(raw))
		}
	}
	return vals
}
