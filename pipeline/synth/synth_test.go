package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

const refDir = "../../raw/reference"

// tree reads every file under dir, by slash path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestGenerateDeterministic(t *testing.T) {
	tests := []struct {
		name     string
		seedB    uint64
		workersB int
		same     bool
	}{
		{"same seed, other worker count", 7, 1, true},
		{"other seed", 8, 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
			if _, err := Generate(Options{N: 60, Seed: 7, OutDir: a, RefDir: refDir, Workers: 3}); err != nil {
				t.Fatal(err)
			}
			if _, err := Generate(Options{N: 60, Seed: tc.seedB, OutDir: b, RefDir: refDir, Workers: tc.workersB}); err != nil {
				t.Fatal(err)
			}
			ta, tb := tree(t, a), tree(t, b)
			same := len(ta) == len(tb)
			for name, data := range ta {
				same = same && bytes.Equal(data, tb[name])
			}
			if same != tc.same {
				t.Errorf("trees identical = %v, want %v", same, tc.same)
			}
		})
	}
}

// TestGenerateLoads requires the corpus to pass every check of the source
// loader, in every format and genre.
func TestGenerateLoads(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "raw")
	st, err := Generate(Options{N: 120, Seed: 1, OutDir: dir, RefDir: refDir})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := source.Load(dir, source.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 120 || st.Texts != 120 {
		t.Fatalf("loaded %d documents, stats say %d; want 120", len(docs), st.Texts)
	}
	for _, f := range []string{formatTxt, formatMD, formatHTML} {
		if st.ByFormat[f] == 0 {
			t.Errorf("no text in format %s: %v", f, st.ByFormat)
		}
	}
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.Entry.SourceID[strings.Index(d.Entry.SourceID, "_")+1:]] = true
		if len(d.Text) < 500 {
			t.Errorf("%s: only %d bytes of text", d.Entry.SourceID, len(d.Text))
		}
	}
	if len(seen) != len(genres) {
		t.Errorf("%d genres written, want %d", len(seen), len(genres))
	}
}

func TestGenerateRefuses(t *testing.T) {
	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "x"), nil, 0o644)
	tests := []struct {
		name    string
		opts    Options
		wantErr string
	}{
		{"no texts", Options{N: 0, OutDir: t.TempDir(), RefDir: refDir}, "positive number"},
		{"folder not empty", Options{N: 1, OutDir: full, RefDir: refDir}, "not empty"},
		{"no reference", Options{N: 1, OutDir: filepath.Join(t.TempDir(), "o"), RefDir: t.TempDir()}, "countries"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Generate(tc.opts)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}

// TestPoolsGrow requires more distinct entities for a larger corpus.
func TestPoolsGrow(t *testing.T) {
	countries := []string{"Chile", "Kenya"}
	small, large := newPools(1, 1000, countries), newPools(1, 20000, countries)
	for _, c := range []struct {
		name   string
		sm, lg int
	}{
		{"people", len(small.People), len(large.People)},
		{"organisations", len(small.Orgs), len(large.Orgs)},
		{"cities", len(small.Cities), len(large.Cities)},
		{"processes", len(small.Processes), len(large.Processes)},
		{"meetings", len(small.Meetings), len(large.Meetings)},
	} {
		if c.lg < 5*c.sm {
			t.Errorf("%s: %d at 1,000 texts, %d at 20,000; want at least 5 times more", c.name, c.sm, c.lg)
		}
	}
	names := map[string]bool{}
	for _, p := range large.People {
		names[p.Given+" "+p.Family] = true
	}
	if len(names) != len(large.People) {
		t.Errorf("%d distinct names for %d people", len(names), len(large.People))
	}
}
