package release

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

func TestBuildIsReproducible(t *testing.T) {
	v := currentVersion(t)
	out := buildOut(t, v.String())
	var sums [2][sha256.Size]byte
	for i := range sums {
		zipPath, err := Build(out, t.TempDir(), Options{Root: repoRoot, Time: commitTime})
		if err != nil {
			t.Fatal(err)
		}
		if want := "uncyber-" + v.String() + ".zip"; filepath.Base(zipPath) != want {
			t.Errorf("archive is %s, want %s", filepath.Base(zipPath), want)
		}
		b, err := os.ReadFile(zipPath)
		if err != nil {
			t.Fatal(err)
		}
		sums[i] = sha256.Sum256(b)
	}
	if sums[0] != sums[1] {
		t.Errorf("two builds differ: %x and %x", sums[0], sums[1])
	}
}

func TestBuildEntries(t *testing.T) {
	v := currentVersion(t)
	zipPath, err := Build(buildOut(t, v.String()), t.TempDir(), Options{Root: repoRoot, Time: commitTime})
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	prefix := "uncyber-" + v.String() + "/"
	want := []string{"CHANGELOG.md", "CITATION.cff", "LICENSE", "LICENSE-DATA.md", "README.md", SumsName, "datapackage.json"}
	for _, tb := range schemas.Catalog {
		want = append(want, "csv/"+tb.Name+".csv", "parquet/"+tb.Name+".parquet")
	}
	slices.Sort(want)
	var got []string
	for _, f := range zr.File {
		got = append(got, strings.TrimPrefix(f.Name, prefix))
		if !strings.HasPrefix(f.Name, prefix) {
			t.Errorf("entry %s is not under %s", f.Name, prefix)
		}
		if f.Mode() != 0o644 {
			t.Errorf("%s: mode %v, want 0644", f.Name, f.Mode())
		}
		if !f.Modified.Equal(commitTime) {
			t.Errorf("%s: modified %v, want %v", f.Name, f.Modified, commitTime)
		}
		if f.Method != zip.Deflate {
			t.Errorf("%s: method %d, want deflate", f.Name, f.Method)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("entries (in archive order):\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReleaseChecksumsVerify(t *testing.T) {
	v := currentVersion(t)
	zipPath, err := Build(buildOut(t, v.String()), t.TempDir(), Options{Root: repoRoot, Time: commitTime})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(unzip(t, zipPath), "uncyber-"+v.String())
	if err := VerifySums(dir); err != nil {
		t.Fatalf("VerifySums: %v", err)
	}
	sumsText, err := os.ReadFile(filepath.Join(dir, SumsName))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(sumsText, []byte("\n")); n != 2*len(schemas.Catalog)+6 {
		t.Errorf("SHA256SUMS has %d lines, want one per file but itself (%d)", n, 2*len(schemas.Catalog)+6)
	}
	shaSumCheck(t, dir, true)
	if tool, err := exec.LookPath("unzip"); err == nil {
		// The archive as Info-ZIP extracts it, as most users will.
		infoZip := t.TempDir()
		if out, err := exec.Command(tool, "-q", zipPath, "-d", infoZip).CombinedOutput(); err != nil {
			t.Fatalf("unzip: %v\n%s", err, out)
		}
		shaSumCheck(t, filepath.Join(infoZip, "uncyber-"+v.String()), true)
	}

	// A changed file must be caught by both checkers.
	if err := os.WriteFile(filepath.Join(dir, "csv", "meetings.csv"), []byte("tampered\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := VerifySums(dir); !errors.Is(err, ErrChecksum) || !strings.Contains(err.Error(), "csv/meetings.csv") {
		t.Errorf("VerifySums after tampering = %v, want ErrChecksum naming csv/meetings.csv", err)
	}
	shaSumCheck(t, dir, false)
}

// shaSumCheck runs `sha256sum -c` in dir, as a user would, when the tool is
// installed; VerifySums has already checked the same file in Go.
func shaSumCheck(t *testing.T, dir string, wantOK bool) {
	t.Helper()
	tool, err := exec.LookPath("sha256sum")
	if err != nil {
		t.Logf("sha256sum not installed; checked in Go only")
		return
	}
	cmd := exec.Command(tool, "--strict", "-c", SumsName)
	cmd.Dir = dir
	outText, err := cmd.CombinedOutput()
	if gotOK := err == nil; gotOK != wantOK {
		t.Errorf("sha256sum -c succeeded = %v, want %v:\n%s", gotOK, wantOK, outText)
	}
}
