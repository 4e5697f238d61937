package schemas

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCatalog checks the declarations that every writer relies on: names are
// unique, every column has a description and a known type, enums are
// non-empty, nullable columns carry csv omitempty, and keys name columns and
// tables that exist.
func TestCatalog(t *testing.T) {
	tables := map[string]bool{}
	for _, tab := range Catalog {
		if tables[tab.Name] {
			t.Errorf("table %s declared twice", tab.Name)
		}
		tables[tab.Name] = true
	}
	for _, tab := range Catalog {
		t.Run(tab.Name, func(t *testing.T) {
			checkTable(t, tab, tables)
		})
	}
}

func checkTable(t *testing.T, tab Table, tables map[string]bool) {
	if tab.Title == "" || tab.Description == "" {
		t.Errorf("table %s: missing Title or Description", tab.Name)
	}
	seen := map[string]bool{}
	for _, c := range tab.Columns() {
		if seen[c.Name] {
			t.Errorf("column %s declared twice", c.Name)
		}
		seen[c.Name] = true
		checkColumn(t, tab, c)
	}
	if len(tab.PrimaryKey) == 0 {
		t.Errorf("no primary key")
	}
	for _, k := range tab.PrimaryKey {
		c, ok := tab.Column(k)
		if !ok || !c.Required {
			t.Errorf("primary key %s: want a required column of %s", k, tab.Name)
		}
	}
	for _, fk := range tab.ForeignKeys {
		ref, ok := Lookup(fk.RefTable)
		if !ok || !tables[fk.RefTable] {
			t.Errorf("foreign key %v: no table %s", fk.Fields, fk.RefTable)
			continue
		}
		if len(fk.Fields) != len(fk.RefFields) {
			t.Errorf("foreign key %v: %d fields refer to %d", fk.Fields, len(fk.Fields), len(fk.RefFields))
		}
		for _, f := range fk.Fields {
			if _, ok := tab.Column(f); !ok {
				t.Errorf("foreign key: no column %s in %s", f, tab.Name)
			}
		}
		if !slices.Equal(fk.RefFields, ref.PrimaryKey) {
			t.Errorf("foreign key %v refers to %s%v, want its primary key %v", fk.Fields, ref.Name, fk.RefFields, ref.PrimaryKey)
		}
	}
}

func checkColumn(t *testing.T, tab Table, c Column) {
	if strings.TrimSpace(c.Description) == "" {
		t.Errorf("column %s: no doc tag", c.Name)
	}
	if c.Enum != nil && (len(c.Enum) == 0 || slices.Contains(c.Enum, "")) {
		t.Errorf("column %s: enum %q has an empty value", c.Name, c.Enum)
	}
	if c.Enum != nil && c.Type != TypeString {
		t.Errorf("column %s: enum on a %s column", c.Name, c.Type)
	}
	f := reflect.TypeOf(tab.Row).Field(c.Field)
	omit := strings.HasSuffix(f.Tag.Get("csv"), ",omitempty")
	if omit == c.Required {
		t.Errorf("column %s: csv omitempty is %v, want it exactly on optional columns", c.Name, omit)
	}
	pname, _, _ := strings.Cut(f.Tag.Get("parquet"), ",")
	if pname != c.Name {
		t.Errorf("column %s: parquet name %q differs from csv name", c.Name, pname)
	}
	if c.GoType.Kind() == reflect.Pointer && c.Required {
		t.Errorf("column %s: pointer field without parquet optional", c.Name)
	}
	if c.Type == TypeArray && !c.Required {
		t.Errorf("column %s: list columns are never NULL (an empty list is [])", c.Name)
	}
}

func TestColumnsOfMeeting(t *testing.T) {
	tab, ok := Lookup("meetings")
	if !ok {
		t.Fatal("no meetings table")
	}
	tests := []struct {
		name, typ string
		required  bool
		enum      bool
	}{
		{"meeting_id", TypeString, true, false},
		{"aliases", TypeArray, true, false},
		{"kind", TypeString, true, true},
		{"ordinal", TypeInteger, false, false},
		{"start_date", TypeDate, false, false},
		{"date_precision", TypeString, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := tab.Column(tt.name)
			if !ok {
				t.Fatalf("no column %s", tt.name)
			}
			if c.Type != tt.typ || c.Required != tt.required || (c.Enum != nil) != tt.enum {
				t.Errorf("got type %s required %v enum %v, want %s %v %v", c.Type, c.Required, c.Enum, tt.typ, tt.required, tt.enum)
			}
		})
	}
	if _, ok := Lookup("no_such_table"); ok {
		t.Error("Lookup found a table that does not exist")
	}
}

func TestFingerprint(t *testing.T) {
	fp := Fingerprint()
	if len(fp) != 64 || strings.Trim(fp, "0123456789abcdef") != "" {
		t.Fatalf("Fingerprint() = %q, want 64 lowercase hex digits", fp)
	}
	canon := CanonicalCatalog()
	for _, want := range []string{
		"table meetings\n",
		"column start_date date *schemas.Date optional\n",
		"primary_key meeting_id\n",
		"foreign_key parent_id -> organisations(organisation_id)\n",
	} {
		if !strings.Contains(canon, want) {
			t.Errorf("CanonicalCatalog() lacks %q", want)
		}
	}
	saved := Catalog
	t.Cleanup(func() { Catalog = saved })
	Catalog = slices.Clone(saved)
	Catalog[0].PrimaryKey = []string{"name"}
	if CanonicalCatalog() == canon {
		t.Error("changing a primary key does not change the canonical catalog")
	}
}

func TestDatasetRows(t *testing.T) {
	ds := &Dataset{}
	for _, tab := range Catalog {
		rows := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(tab.Row)), 1, 1)
		ds.SetRows(tab, rows.Interface())
		got := reflect.ValueOf(ds.Rows(tab))
		if got.Len() != 1 || got.Index(0).Type() != reflect.TypeOf(tab.Row) {
			t.Errorf("%s: Rows after SetRows = %v", tab.Name, got)
		}
	}
	if len(ds.Meetings) != 1 || len(ds.Review) != 1 {
		t.Errorf("SetRows did not reach the Dataset fields: %+v", ds)
	}
}
