package schemas

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Column describes one column of a table, derived from the struct tags of its
// row type.
type Column struct {
	Name        string       // from the csv tag; the same in Parquet and datapackage.json
	GoType      reflect.Type // the field's Go type, e.g. *schemas.Date
	Type        string       // Frictionless type: string, integer, date or array
	Required    bool         // false when the parquet tag says optional
	Enum        []string     // from the enum tag; nil when any value is allowed
	Description string       // from the doc tag
	Field       int          // index of the field in the row struct
}

// Frictionless field types used by the dataset.
const (
	TypeString  = "string"
	TypeInteger = "integer"
	TypeDate    = "date"
	TypeArray   = "array"
)

var (
	dateType = reflect.TypeFor[Date]()
	listType = reflect.TypeFor[List]()
)

// Columns returns the table's columns in declaration order. It panics when a
// field has a Go type the dataset has no column type for, or lacks a csv tag:
// both are mistakes in tables.go that TestCatalog catches.
func (t Table) Columns() []Column {
	rt := reflect.TypeOf(t.Row)
	cols := make([]Column, 0, rt.NumField())
	for i := range rt.NumField() {
		cols = append(cols, columnOf(t.Name, rt.Field(i), i))
	}
	return cols
}

// Column returns the column called name.
func (t Table) Column(name string) (Column, bool) {
	for _, c := range t.Columns() {
		if c.Name == name {
			return c, true
		}
	}
	return Column{}, false
}

func columnOf(table string, f reflect.StructField, index int) Column {
	name, _, _ := strings.Cut(f.Tag.Get("csv"), ",")
	if name == "" {
		panic(fmt.Sprintf("schemas: %s.%s has no csv tag", table, f.Name))
	}
	_, popts, _ := strings.Cut(f.Tag.Get("parquet"), ",")
	c := Column{
		Name:        name,
		GoType:      f.Type,
		Type:        frictionlessType(f.Type),
		Required:    !slices.Contains(strings.Split(popts, ","), "optional"),
		Description: f.Tag.Get("doc"),
		Field:       index,
	}
	if c.Type == "" {
		panic(fmt.Sprintf("schemas: %s.%s has Go type %s, which has no column type", table, f.Name, f.Type))
	}
	if e := f.Tag.Get("enum"); e != "" {
		c.Enum = strings.Split(e, "|")
	}
	return c
}

func frictionlessType(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		return TypeDate
	case t == listType:
		return TypeArray
	case t.Kind() == reflect.String:
		return TypeString
	case t.Kind() == reflect.Int32 || t.Kind() == reflect.Int64:
		return TypeInteger
	}
	return ""
}

// Lookup returns the table of the catalog called name.
func Lookup(name string) (Table, bool) {
	for _, t := range Catalog {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

// Rows returns the dataset's rows of table t as a slice of t's row type, e.g.
// []Meeting for the meetings table. The field of Dataset is found by its
// element type, so the mapping is not written down twice.
func (ds *Dataset) Rows(t Table) any {
	return ds.rowsValue(t).Interface()
}

// SetRows replaces the dataset's rows of table t; rows must be a slice of t's
// row type.
func (ds *Dataset) SetRows(t Table, rows any) {
	ds.rowsValue(t).Set(reflect.ValueOf(rows))
}

func (ds *Dataset) rowsValue(t Table) reflect.Value {
	want := reflect.SliceOf(reflect.TypeOf(t.Row))
	v := reflect.ValueOf(ds).Elem()
	for i := range v.NumField() {
		if v.Field(i).Type() == want {
			return v.Field(i)
		}
	}
	panic(fmt.Sprintf("schemas: Dataset has no field of type %s for table %s", want, t.Name))
}
