package diff

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden reports under testdata/diff")

// TestCompareGolden compares every case folder under testdata/diff: each
// holds old/ and new/ (out-like folders, or symlinks to them) and the expected
// report.md and report.json. A new case needs only its two folders and a run
// with -update.
func TestCompareGolden(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "diff")
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	cases := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		cases++
		dir := filepath.Join(root, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			r, err := Compare(filepath.Join(dir, "old"), filepath.Join(dir, "new"))
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(dir, "report.md"), r.Markdown())
			checkGolden(t, filepath.Join(dir, "report.json"), r.JSON())
			again, err := Compare(filepath.Join(dir, "old"), filepath.Join(dir, "new"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.JSON(), r.JSON()) || !bytes.Equal(again.Markdown(), r.Markdown()) {
				t.Error("two comparisons of the same folders differ")
			}
		})
	}
	if cases < 2 {
		t.Fatalf("found %d cases under %s, want at least the rows and schema cases", cases, root)
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline/diff -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the comparison; review with -update and git diff\ngot:\n%s", path, got)
	}
}

func TestCompareErrors(t *testing.T) {
	rows := filepath.Join("..", "..", "testdata", "diff", "rows", "old")
	tests := []struct {
		name    string
		files   map[string]string // written to a copy of rows/old
		remove  string
		wantErr error
		wantMsg string
	}{
		{name: "duplicate key", files: map[string]string{"csv/people.csv": "person_id,name\np/a,A\np/b,B\np/a,C\n"},
			wantErr: ErrDuplicateKey, wantMsg: "people.csv:4:1: duplicate primary key p/a (first on line 2)"},
		{name: "key column missing", files: map[string]string{"csv/people.csv": "id,name\np/a,A\n"},
			wantErr: ErrMissingKeyColumn, wantMsg: "people.csv:1:1: primary key column missing from the header: person_id"},
		{name: "no data package", remove: "datapackage.json", wantErr: ErrNoPackage},
		{name: "ragged row", files: map[string]string{"csv/people.csv": "person_id,name\np/a\n"},
			wantMsg: "wrong number of fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyDir(t, rows)
			for name, body := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tt.remove != "" {
				if err := os.Remove(filepath.Join(dir, tt.remove)); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Compare(rows, dir)
			if err == nil {
				t.Fatal("Compare succeeded, want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %q is not %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not contain %q", err, tt.wantMsg)
			}
		})
	}
}

func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestCompareSameFolder(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "diff", "rows", "new")
	r, err := Compare(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Schema) != 0 || r.Breaking() {
		t.Errorf("schema changes between a folder and itself: %+v", r.Schema)
	}
	for _, td := range r.Tables {
		if len(td.Added)+len(td.Removed)+len(td.Changed) != 0 || td.OldRows != td.NewRows {
			t.Errorf("%s: row changes between a folder and itself: %+v", td.Table, td)
		}
	}
	if got := r.Tables[0].NewRows; got != 3 {
		t.Errorf("meetings has %d rows, want the 3 of the fixture", got)
	}
}
