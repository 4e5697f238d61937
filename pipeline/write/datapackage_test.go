package write

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/write")

const goldenPackage = "../../testdata/write/datapackage.golden.json"

// TestDataPackageGolden compares datapackage.json of the fixture with the
// reviewed golden file; regenerate with go test ./pipeline/write -update.
func TestDataPackageGolden(t *testing.T) {
	got, err := os.ReadFile(filepath.Join(writeFixture(t, fixture()), "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(goldenPackage, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenPackage)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("datapackage.json differs from %s; if the change is intended, run with -update and review the diff", goldenPackage)
	}
}

// TestDataPackageMatchesSchemas decodes datapackage.json without the
// writer's types and checks it against schemas and the files on disk.
func TestDataPackageMatchesSchemas(t *testing.T) {
	ds := fixture()
	dir := writeFixture(t, ds)
	raw, err := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(raw, []byte("}\n")) || !bytes.Contains(raw, []byte("\n  \"name\": \"uncyber\",\n")) {
		t.Errorf("want two-space indentation and a final newline")
	}
	var dp map[string]any
	if err := json.Unmarshal(raw, &dp); err != nil {
		t.Fatal(err)
	}
	top := map[string]any{
		"$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
		"name":    "uncyber", "version": "9.9.9-test",
		"licenses": []any{map[string]any{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
			"title": "Creative Commons Attribution 4.0 International"}},
		"sources": []any{
			map[string]any{"title": "Alpha & <Omega>", "path": "https://example.org/alpha"},
			map[string]any{"title": "src/beta"},
		},
	}
	for k, want := range top {
		if !reflect.DeepEqual(dp[k], want) {
			t.Errorf("%s = %#v, want %#v", k, dp[k], want)
		}
	}
	resources := map[string]map[string]any{}
	for _, r := range dp["resources"].([]any) {
		r := r.(map[string]any)
		resources[r["name"].(string)] = r
	}
	if len(resources) != 2*len(schemas.Catalog) {
		t.Errorf("%d resources, want a CSV and a Parquet one per table", len(resources))
	}
	for _, tab := range schemas.Catalog {
		t.Run(tab.Name, func(t *testing.T) {
			checkResource(t, dir, resources[tab.Name], "csv/"+tab.Name+".csv", "csv")
			if resources[tab.Name]["type"] != "table" || resources[tab.Name+"-parquet"]["type"] != "file" {
				t.Errorf("want type table on the CSV resource and type file on the Parquet one")
			}
			checkResource(t, dir, resources[tab.Name+"-parquet"], "parquet/"+tab.Name+".parquet", "parquet")
			checkSchema(t, tab, resources[tab.Name]["schema"])
		})
	}
}

func checkResource(t *testing.T, dir string, r map[string]any, path, format string) {
	t.Helper()
	if r == nil {
		t.Fatalf("no resource for %s", path)
	}
	data, err := os.ReadFile(filepath.Join(dir, path))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if r["path"] != path || r["format"] != format || r["bytes"] != float64(len(data)) ||
		r["hash"] != "sha256:"+hex.EncodeToString(sum[:]) {
		t.Errorf("resource %v: path, format, bytes or hash do not match %s (%d bytes)", r, path, len(data))
	}
}

// checkSchema compares a table schema from datapackage.json with the
// columns and keys of the catalog.
func checkSchema(t *testing.T, tab schemas.Table, s any) {
	t.Helper()
	schema, _ := s.(map[string]any)
	if schema == nil {
		t.Fatal("CSV resource without a schema")
	}
	var fields []any
	for _, c := range tab.Columns() {
		cons := map[string]any{"required": c.Required}
		if c.Enum != nil {
			cons["enum"] = toAny(c.Enum)
		}
		fields = append(fields, map[string]any{"name": c.Name, "type": c.Type, "description": c.Description, "constraints": cons})
	}
	if !reflect.DeepEqual(schema["fields"], fields) {
		t.Errorf("fields = %#v\nwant %#v", schema["fields"], fields)
	}
	if !reflect.DeepEqual(schema["primaryKey"], toAny(tab.PrimaryKey)) {
		t.Errorf("primaryKey = %v, want %v", schema["primaryKey"], tab.PrimaryKey)
	}
	var fks []any
	for _, fk := range tab.ForeignKeys {
		ref := map[string]any{"fields": toAny(fk.RefFields)}
		if fk.RefTable != tab.Name {
			ref["resource"] = fk.RefTable
		}
		fks = append(fks, map[string]any{"fields": toAny(fk.Fields), "reference": ref})
	}
	if got, _ := schema["foreignKeys"].([]any); !reflect.DeepEqual(got, fks) {
		t.Errorf("foreignKeys = %#v, want %#v", got, fks)
	}
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
