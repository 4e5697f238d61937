package source

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"
)

// writeFiles writes files (name → content) into dir and returns their paths.
func writeFiles(t *testing.T, dir string, files ...[2]string) []string {
	t.Helper()
	var paths []string
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestAdd(t *testing.T) {
	raw := filepath.Join(t.TempDir(), "raw")
	inbox := t.TempDir()
	files := writeFiles(t, inbox, [2]string{"Second Report.html", "<title>T</title><p>Hi</p>"}, [2]string{"first.txt", "Hello\n"})
	meta := AddMeta{URL: "https://example.org", Title: "Title", Publisher: "Pub", Published: "2024-02-29", Licence: "CC BY 4.0"}
	added, err := Add(raw, files, meta)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{SourceID: "second-report", Path: "sources/Second Report.html", URL: meta.URL, Title: meta.Title, Publisher: meta.Publisher,
			Published: meta.Published, Licence: meta.Licence, SHA256: sha256Hex([]byte("<title>T</title><p>Hi</p>"))},
		{SourceID: "first", Path: "sources/first.txt", URL: meta.URL, Title: meta.Title, Publisher: meta.Publisher,
			Published: meta.Published, Licence: meta.Licence, SHA256: sha256Hex([]byte("Hello\n"))},
	}
	if !reflect.DeepEqual(added, want) {
		t.Fatalf("Add returned\n%+v\nwant\n%+v", added, want)
	}
	// A file already in raw/sources is listed where it is.
	inPlace := writeFiles(t, filepath.Join(raw, SourcesDir), [2]string{"third.md", "# Third\n"})
	if _, err := Add(raw, inPlace, AddMeta{}); err != nil {
		t.Fatal(err)
	}
	docs, err := Load(raw, LoadOptions{})
	if err != nil {
		t.Fatalf("Load after Add: %v", err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.Entry.SourceID)
	}
	if strings.Join(ids, " ") != "first second-report third" {
		t.Fatalf("Load after Add gave %v", ids)
	}
	if docs[1].Text != "Hi" || docs[1].Meta.Title.Value != "T" {
		t.Errorf("HTML added: Text %q, title %q", docs[1].Text, docs[1].Meta.Title.Value)
	}
}

func TestAddAgainUpdatesChecksum(t *testing.T) {
	raw := filepath.Join(t.TempDir(), "raw")
	files := writeFiles(t, t.TempDir(), [2]string{"a.txt", "version 1\n"})
	if _, err := Add(raw, files, AddMeta{Title: "Kept", Licence: "CC0"}); err != nil {
		t.Fatal(err)
	}
	inPlace := filepath.Join(raw, SourcesDir, "a.txt")
	if err := os.WriteFile(inPlace, []byte("version 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(raw, LoadOptions{})
	checkErrorList(t, err, ErrChecksum, []string{"sha256: does not match", "run uncyber add again"})
	got, err := Add(raw, []string{inPlace}, AddMeta{Licence: "CC BY 4.0"})
	if err != nil {
		t.Fatalf("adding the changed file again: %v", err)
	}
	want := []Entry{{SourceID: "a", Path: "sources/a.txt", Title: "Kept", Licence: "CC BY 4.0", SHA256: sha256Hex([]byte("version 2\n"))}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Add again returned %+v, want %+v", got, want)
	}
	if _, err := Load(raw, LoadOptions{}); err != nil {
		t.Fatalf("Load after adding again: %v", err)
	}
}

func TestAddRefuses(t *testing.T) {
	tests := []struct {
		name    string
		files   [][2]string // written to an inbox folder
		prepare func(t *testing.T, raw, inbox string) []string
		meta    AddMeta
		wantErr error
		wantMsg []string
	}{
		{name: "invalid UTF-8", files: [][2]string{{"a.txt", "ok\n\xc3("}}, wantErr: ErrEncoding, wantMsg: []string{"a.txt:2:1: invalid UTF-8"}},
		{name: "binary", files: [][2]string{{"a.txt", "\x00"}}, wantErr: ErrBinary, wantMsg: []string{"a.txt:1:1: NUL byte"}},
		{name: "empty", files: [][2]string{{"a.md", ""}}, wantErr: ErrEmpty, wantMsg: []string{"a.md: file is empty"}},
		{name: "unknown extension", files: [][2]string{{"a.docx", "PK"}}, wantErr: ErrExtension, wantMsg: []string{"a.docx: extension \".docx\""}},
		{name: "HTML declaring UTF-8 with invalid bytes", files: [][2]string{{"a.html", "<meta charset=utf-8>\xff"}},
			wantErr: ErrEncoding, wantMsg: []string{"a.html:1:21: invalid UTF-8"}},
		{name: "duplicate id in the batch", files: [][2]string{{"a.txt", "x"}, {"A.md", "y"}},
			wantErr: ErrDuplicateID, wantMsg: []string{"A.md: source_id \"a\" is already used (by", "a.txt); rename the file"}},
		{name: "duplicate id in the manifest", files: [][2]string{{"a.txt", "x"}},
			prepare: func(t *testing.T, raw, inbox string) []string {
				if _, err := Add(raw, writeFiles(t, t.TempDir(), [2]string{"a.md", "other"}), AddMeta{}); err != nil {
					t.Fatal(err)
				}
				return []string{filepath.Join(inbox, "a.txt")}
			},
			wantErr: ErrDuplicateID, wantMsg: []string{"a.txt: source_id \"a\" is already used (by sources/a.md on line 2 of the manifest)"}},
		{name: "impossible date", files: [][2]string{{"a.txt", "x"}}, meta: AddMeta{Published: "2019-02-31", Retrieved: "2024-13-01"},
			wantErr: ErrDate, wantMsg: []string{`published: "2019-02-31" is not a date`, `retrieved: "2024-13-01" is not a date`}},
		{name: "line break in a field", files: [][2]string{{"a.txt", "x"}}, meta: AddMeta{Title: "a\nb"},
			wantErr: ErrManifestSyntax, wantMsg: []string{"title: has a control character"}},
		{name: "missing file", prepare: func(t *testing.T, raw, inbox string) []string {
			return []string{filepath.Join(inbox, "nope.txt")}
		}, wantErr: ErrMissingFile, wantMsg: []string{"nope.txt: no such file"}},
		{name: "too big", prepare: func(t *testing.T, raw, inbox string) []string {
			p := filepath.Join(inbox, "big.txt")
			if err := os.WriteFile(p, nil, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(p, DefaultMaxBytes+1); err != nil { // sparse: cheap
				t.Fatal(err)
			}
			return []string{p}
		}, wantErr: ErrTooBig, wantMsg: []string{"big.txt: file has 52428801 bytes"}},
		{name: "other file of the same name", files: [][2]string{{"a.txt", "new"}},
			prepare: func(t *testing.T, raw, inbox string) []string {
				writeFiles(t, filepath.Join(raw, SourcesDir), [2]string{"a.txt", "old"})
				return []string{filepath.Join(inbox, "a.txt")}
			},
			wantErr: ErrExists, wantMsg: []string{"sources/a.txt already exists with other content"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := filepath.Join(t.TempDir(), "raw")
			if err := os.MkdirAll(filepath.Join(raw, SourcesDir), 0o755); err != nil {
				t.Fatal(err)
			}
			inbox := t.TempDir()
			files := writeFiles(t, inbox, tt.files...)
			if tt.prepare != nil {
				files = tt.prepare(t, raw, inbox)
			}
			before := treetest.Read(t, raw)
			// A good file in the same batch must not be added either.
			good := writeFiles(t, t.TempDir(), [2]string{"zz-good.txt", "fine\n"})
			_, err := Add(raw, append(files, good...), tt.meta)
			checkErrorList(t, err, tt.wantErr, tt.wantMsg)
			if after := treetest.Read(t, raw); !reflect.DeepEqual(before, after) {
				t.Errorf("Add wrote to %s although it refused:\nbefore %v\nafter  %v", raw, before, after)
			}
		})
	}
}
