package release

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/uncyber/uncyber/pipeline/write"
	"github.com/uncyber/uncyber/schemas"
)

// repoRoot is the repository, whose real VERSION, CITATION.cff, CHANGELOG.md
// and licences the tests release.
const repoRoot = "../.."

// commitTime stands for `git log -1 --format=%ct`.
var commitTime = time.Date(2026, time.November, 23, 10, 33, 58, 0, time.UTC)

// dataset is a small fictional build: a few rows in some tables, none in
// others, and a quote with a newline and a comma to exercise CSV quoting.
func dataset() *schemas.Dataset {
	return &schemas.Dataset{
		Meetings: []schemas.Meeting{
			{MeetingID: "meeting/2031-03-04-harbour-dialogue", Name: "Harbour Dialogue", Kind: "dialogue",
				BodyID: "org/fictional-forum", StartDate: schemas.NewDate(schemas.DateOf(2031, time.March, 4))},
			{MeetingID: "meeting/2031-05-12-first-lantern-session", Name: "First Lantern Session", Kind: "formal_session",
				Ordinal: schemas.NewInt32(1)},
		},
		Organisations: []schemas.Organisation{
			{OrganisationID: "org/fictional-forum", Name: "Fictional Forum", Kind: "ngo", Aliases: schemas.List{"the Forum"}},
		},
		People: []schemas.Person{{PersonID: "person/ada-quillfeather", Name: "Ada Quillfeather"}},
		Sources: []schemas.Source{{SourceID: "src/harbour-notes", Path: "sources/harbour-notes.txt",
			SHA256: strings.Repeat("ab", 32), Bytes: 420, MediaType: "text/plain"}},
		Evidence: []schemas.Evidence{{EvidenceID: "ev/1", EntityTable: "meetings",
			EntityID: "meeting/2031-03-04-harbour-dialogue", Field: "name", SourceID: "src/harbour-notes",
			ByteStart: 10, ByteEnd: 35, Quote: "Harbour\nDialogue, on cables", Rule: "heading"}},
	}
}

// buildOut writes the fictional dataset as an out/ folder for version.
func buildOut(t *testing.T, version string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "out")
	if err := write.Write(dir, dataset(), write.PackageMeta{Version: version}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// currentVersion is the repository's VERSION.
func currentVersion(t *testing.T) Version {
	t.Helper()
	v, err := ReadVersion(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// writeRoot writes a repository folder with metadata for version, released
// on date, and returns it.
func writeRoot(t *testing.T, version, date string) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"VERSION":         version + "\n",
		"CITATION.cff":    "cff-version: 1.2.0\nversion: " + version + "\ndate-released: \"" + date + "\"\n",
		"CHANGELOG.md":    "# Changelog\n\n## [Unreleased]\n\n## [" + version + "] - " + date + "\n\nChanges.\n",
		"LICENSE":         "MIT\n",
		"LICENSE-DATA.md": "CC BY 4.0\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(root, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// editPackage rewrites dir/datapackage.json through edit.
func editPackage(t *testing.T, dir string, edit func(map[string]any)) {
	t.Helper()
	path := filepath.Join(dir, "datapackage.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if b, err = json.MarshalIndent(m, "", "  "); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// tableFields returns the fields list of the CSV resource called name.
func tableFields(m map[string]any, name string) []any {
	for _, r := range m["resources"].([]any) {
		res := r.(map[string]any)
		if res["name"] == name {
			return res["schema"].(map[string]any)["fields"].([]any)
		}
	}
	panic("no resource " + name)
}

// unzip extracts the archive into a new folder and returns it.
func unzip(t *testing.T, zipPath string) string {
	t.Helper()
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, f := range zr.File {
		dst := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func reflectLen(slice any) int { return reflect.ValueOf(slice).Len() }
