// Package treetest reads folders into memory and compares them, for tests
// that require a build's output to be byte-identical to another's.
package treetest

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// Read returns every regular file under root by its slash-separated path
// relative to root.
func Read(t testing.TB, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatalf("reading %s: %v", root, err)
	}
	return out
}

// Same fails the test unless folders a and b hold the same, non-empty set of
// files with the same bytes, naming every difference.
func Same(t testing.TB, a, b string) {
	t.Helper()
	fa, fb := Read(t, a), Read(t, b)
	if len(fa) == 0 {
		t.Errorf("%s holds no files", a)
	}
	for name, da := range fa {
		db, ok := fb[name]
		switch {
		case !ok:
			t.Errorf("%s is only in %s", name, a)
		case da != db:
			t.Errorf("%s differs between %s and %s", name, a, b)
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			t.Errorf("%s is only in %s", name, b)
		}
	}
}
