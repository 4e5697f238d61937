package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"
)

// hostileDir holds the fictional texts the hostile-input tests build from.
const hostileDir = "../../testdata/hostile"

// TestBuildRefusesHostileInput damages a raw folder that builds, one way at
// a time, and checks that the build exits 1, names the culprit (with line
// and column where there is one) and how to fix it, and leaves the
// previous out/ byte-identical with nothing left next to it.
func TestBuildRefusesHostileInput(t *testing.T) {
	for _, tt := range hostileBuildCases() {
		t.Run(tt.name, func(t *testing.T) {
			raw := validRaw(t)
			out := filepath.Join(t.TempDir(), "out")
			buildOK(t, raw, out)
			before := treetest.Read(t, out)
			tt.damage(t, raw, out)
			args := append([]string{"build", "-raw", raw, "-out", out, "-no-cache", "-quiet"}, tt.flags...)
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			if code != exitData {
				t.Fatalf("exit code %d, want %d\nstderr:\n%s", code, exitData, stderr.String())
			}
			msg := stderr.String()
			t.Logf("stderr:\n%s", msg) // go test -v prints what each case says
			for _, want := range append(tt.want(raw), "build failed; "+out+" is unchanged") {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr lacks %q\nstderr:\n%s", want, msg)
				}
			}
			if after := treetest.Read(t, out); !reflect.DeepEqual(after, before) {
				t.Errorf("out/ changed although the build failed")
			}
			checkNothingNextTo(t, out, tt.leaves...)
		})
	}
}

// validRaw makes a raw folder holding alpha.txt and beta.txt, registered
// with uncyber add, and a copy of the repository's reference data.
func validRaw(t *testing.T) string {
	t.Helper()
	raw := filepath.Join(t.TempDir(), "raw")
	if err := os.CopyFS(filepath.Join(raw, "reference"), os.DirFS("../../raw/reference")); err != nil {
		t.Fatal(err)
	}
	addOK(t, raw, filepath.Join(hostileDir, "alpha.txt"), filepath.Join(hostileDir, "beta.txt"))
	return raw
}

// addOK runs uncyber add and fails the test unless it succeeds.
func addOK(t *testing.T, raw string, files ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(append([]string{"add", "-raw", raw}, files...), &stdout, &stderr); code != exitOK {
		t.Fatalf("uncyber add: exit %d\n%s", code, stderr.String())
	}
}

// buildOK runs uncyber build and fails the test unless it succeeds.
func buildOK(t *testing.T, raw, out string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "-raw", raw, "-out", out, "-no-cache", "-quiet"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("uncyber build: exit %d\n%s", code, stderr.String())
	}
}

// checkNothingNextTo fails when the folder of out holds anything but out
// and the names in allowed: no staging or old directory, no lock.
func checkNothingNextTo(t *testing.T, out string, allowed ...string) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
	for _, e := range entries {
		if e.Name() != filepath.Base(out) {
			extra = append(extra, e.Name())
		}
	}
	if !reflect.DeepEqual(extra, allowed) && len(extra)+len(allowed) > 0 {
		t.Errorf("left next to out: %q, want %q", extra, allowed)
	}
}

// sha256Of is the hex SHA-256 the manifest holds for data.
func sha256Of(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// writeFile writes data to raw/rel, creating folders.
func writeFile(t *testing.T, raw, rel string, data []byte) {
	t.Helper()
	name := filepath.Join(raw, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// register writes data to raw/sources/<file> and appends its row to the
// manifest (line 4, after alpha and beta), with the right checksum, so
// that only the content itself is at fault.
func register(t *testing.T, raw, file string, data []byte) {
	t.Helper()
	writeFile(t, raw, "sources/"+file, data)
	id := strings.TrimSuffix(file, filepath.Ext(file))
	appendManifest(t, raw, fmt.Sprintf("%s,sources/%s,,,,,,,%s\n", id, file, sha256Of(data)))
}

// replaceSource overwrites raw/sources/<file> and puts its new checksum in
// the manifest, as uncyber add would.
func replaceSource(t *testing.T, raw, file string, data []byte) {
	t.Helper()
	name := filepath.Join(raw, "sources", file)
	old, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, raw, "sources/"+file, data)
	editManifest(t, raw, func(m string) string { return strings.Replace(m, sha256Of(old), sha256Of(data), 1) })
}

// appendManifest appends text to the manifest.
func appendManifest(t *testing.T, raw, text string) {
	t.Helper()
	editManifest(t, raw, func(m string) string { return m + text })
}

// editManifest rewrites the manifest with edit.
func editManifest(t *testing.T, raw string, edit func(string) string) {
	t.Helper()
	name := filepath.Join(raw, "sources.csv")
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes link point at target. A system without symlinks fails the
// test rather than skipping the case.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
