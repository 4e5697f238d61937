package normalise

import (
	"reflect"
	"slices"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

// TestTablesInKeyOrder requires Normalise to return every table sorted by
// the primary key the catalog declares, so that the writers and the
// validator can use the rows without sorting a copy; sortByKey names the
// key fields by hand and would drift from a changed catalog.
func TestTablesInKeyOrder(t *testing.T) {
	a := newFixture("zeta", "The Harbour Institute (THI) and Mara Okafor met in Suva.").
		org("thi", "Harbour Institute", "THI", "research").
		person("mo", "Mara Okafor")
	b := newFixture("alpha", "THI said the Group of Coastal Experts (GCE) should meet.").
		org("thi", "THI", "THI", "").
		org("gce", "Group of Coastal Experts", "GCE", "un_body")
	ds, _ := Normalise([]Input{a.input(), b.input()})
	nonEmpty := 0
	for _, tb := range schemas.Catalog {
		rows := reflect.ValueOf(ds.Rows(tb))
		if len(tb.PrimaryKey) != 1 {
			t.Fatalf("%s: key %v; sortByKey handles one-column keys only", tb.Name, tb.PrimaryKey)
		}
		col, _ := tb.Column(tb.PrimaryKey[0])
		keys := make([]string, rows.Len())
		for i := range keys {
			keys[i] = rows.Index(i).Field(col.Field).String()
		}
		if !slices.IsSorted(keys) {
			t.Errorf("%s is not in %s order: %q", tb.Name, tb.PrimaryKey[0], keys)
		}
		if len(keys) > 1 {
			nonEmpty++
		}
	}
	if nonEmpty < 3 {
		t.Errorf("only %d tables have two rows or more; the test checks too little", nonEmpty)
	}
}
