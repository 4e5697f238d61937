package source

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// header is the manifest header line.
const header = "source_id,path,url,title,publisher,published,retrieved,licence,sha256\n"

// shaRef matches {sha:sources/x.txt}, replaced by that file's SHA-256.
var shaRef = regexp.MustCompile(`\{sha:([^}]+)\}`)

// writeRaw creates a raw folder in a temporary directory with files (paths
// relative to it); in the manifest, {sha:path} stands for the file's SHA-256.
func writeRaw(t *testing.T, files map[string]string, manifest string) string {
	t.Helper()
	raw := filepath.Join(t.TempDir(), "raw")
	if err := os.MkdirAll(filepath.Join(raw, SourcesDir), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		p := filepath.Join(raw, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if manifest != "" {
		manifest = shaRef.ReplaceAllStringFunc(manifest, func(m string) string {
			return sha256Hex([]byte(files[shaRef.FindStringSubmatch(m)[1]]))
		})
		if err := os.WriteFile(filepath.Join(raw, ManifestName), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return raw
}

// good is a valid pair of sources used as the base of most cases.
var good = map[string]string{
	"sources/a.txt":  "First line\nSecond line\n",
	"sources/b.html": "<html><body><p>Hello &amp; welcome</p></body></html>",
}

// goodRows lists good in the manifest.
const goodRows = header +
	"a,sources/a.txt,,A,,2024-01-02,,,{sha:sources/a.txt}\n" +
	"b,sources/b.html,,B,,,,,{sha:sources/b.html}\n"

// with returns good plus extra files.
func with(extra map[string]string) map[string]string {
	m := map[string]string{}
	for k, v := range good {
		m[k] = v
	}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		manifest string
		setup    func(t *testing.T, raw string)
		maxBytes int64
		wantErr  error
		wantMsg  []string // substrings of the problems, in order
	}{
		{name: "valid", files: good, manifest: goodRows},
		{name: "checksum mismatch", files: good,
			manifest: strings.Replace(goodRows, "{sha:sources/a.txt}", sha256Hex([]byte("other")), 1),
			wantErr:  ErrChecksum,
			wantMsg:  []string{"sources.csv:2:34: sha256: does not match the file", "run uncyber add again"}},
		{name: "malformed sha256", files: good, manifest: strings.Replace(goodRows, "{sha:sources/a.txt}", "3f2a", 1),
			wantErr: ErrChecksum, wantMsg: []string{"sources.csv:2:34: sha256: \"3f2a\" is not 64"}},
		{name: "dot dot path", files: good, manifest: goodRows + "c,sources/../c.txt,,,,,,,{sha:c.txt}\n",
			wantErr: ErrOutsideRaw, wantMsg: []string{"sources.csv:4:3: path: \"sources/../c.txt\""}},
		{name: "absolute path", files: good, manifest: goodRows + "c,/etc/passwd,,,,,,,{sha:x}\n",
			wantErr: ErrOutsideRaw, wantMsg: []string{"sources.csv:4:3: path: \"/etc/passwd\" is absolute"}},
		{name: "outside sources", files: with(map[string]string{"reference/c.txt": "x"}),
			manifest: goodRows + "c,reference/c.txt,,,,,,,{sha:reference/c.txt}\n",
			wantErr:  ErrOutsideRaw, wantMsg: []string{"sources.csv:4:3: path: \"reference/c.txt\" is outside sources/"}},
		{name: "symlink leaving the folder", files: with(map[string]string{"outside.txt": "secret\n"}),
			manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:outside.txt}\n",
			setup: func(t *testing.T, raw string) {
				if err := os.Symlink(filepath.Join(raw, "outside.txt"), filepath.Join(raw, "sources", "c.txt")); err != nil {
					t.Skip("symlinks not supported:", err)
				}
			},
			wantErr: ErrOutsideRaw, wantMsg: []string{"sources.csv:4:3: path:", "outside the sources folder"}},
		{name: "folder where a file is listed", files: good, manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:x}\n",
			setup: func(t *testing.T, raw string) {
				if err := os.Mkdir(filepath.Join(raw, "sources", "c.txt"), 0o755); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: ErrMissingFile, wantMsg: []string{"sources.csv:4:3: path:", "sources/c.txt is not a regular file"}},
		{name: "symlink to a folder", files: good, manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:x}\n",
			setup: func(t *testing.T, raw string) {
				if err := os.Mkdir(filepath.Join(raw, "sources", "d"), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.Symlink(filepath.Join(raw, "sources", "d"), filepath.Join(raw, "sources", "c.txt")); err != nil {
					t.Skip("symlinks not supported:", err)
				}
			},
			wantErr: ErrMissingFile, wantMsg: []string{"sources.csv:4:3: path:", "sources/c.txt is not a regular file"}},
		{name: "dangling symlink", files: good, manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:x}\n",
			setup: func(t *testing.T, raw string) {
				if err := os.Symlink(filepath.Join(raw, "sources", "gone.txt"), filepath.Join(raw, "sources", "c.txt")); err != nil {
					t.Skip("symlinks not supported:", err)
				}
			},
			wantErr: ErrMissingFile, wantMsg: []string{"sources.csv:4:3: path:", "sources/c.txt does not exist"}},
		{name: "missing file", files: good, manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:x}\n",
			wantErr: ErrMissingFile, wantMsg: []string{"sources.csv:4:3: path:", "sources/c.txt does not exist"}},
		{name: "missing manifest", files: good, wantErr: ErrMissingFile,
			wantMsg: []string{"sources.csv: no manifest; create it with uncyber add"}},
		{name: "duplicate source_id", files: good, manifest: goodRows + "a,sources/b.html,,,,,,,{sha:sources/b.html}\n",
			wantErr: ErrDuplicateID, wantMsg: []string{"sources.csv:4:1: source_id \"a\" is already used on line 2"}},
		{name: "bad source_id", files: good, manifest: strings.Replace(goodRows, "a,", "A b,", 1),
			wantErr: ErrSourceID, wantMsg: []string{"sources.csv:2:1: source_id: \"A b\" has characters outside [a-z0-9_-]; use \"a-b\""}},
		{name: "bad quoting", files: good, manifest: goodRows + "c,sources/c.txt,,\"Title \"quoted\" badly\",,,,,x\n",
			wantErr: ErrManifestSyntax, wantMsg: []string{"sources.csv:4:25: extraneous or missing \" in quoted-field"}},
		{name: "bare quote", files: good, manifest: goodRows + "c,sources/c.txt,,Ti\"tle,,,,,x\n",
			wantErr: ErrManifestSyntax, wantMsg: []string{"sources.csv:4:20: bare \" in non-quoted-field"}},
		{name: "control character", files: good, manifest: strings.Replace(goodRows, ",A,", ",\"A\ttab\",", 1),
			wantErr: ErrManifestSyntax, wantMsg: []string{"sources.csv:2:18: title: control character"}},
		{name: "wrong column count", files: good, manifest: goodRows + "c,sources/c.txt,,T,x\n",
			wantErr: ErrColumnCount, wantMsg: []string{"sources.csv:4:1: row has 5 fields, want 9"}},
		{name: "unknown column", files: good,
			manifest: strings.Replace(goodRows, "licence", "license", 1),
			wantErr:  ErrHeader,
			wantMsg:  []string{"sources.csv:1:1: missing column \"licence\"", "sources.csv:1:56: unknown column \"license\""}},
		{name: "missing column", files: good, manifest: "source_id,path,sha256\na,sources/a.txt,{sha:sources/a.txt}\n",
			wantErr: ErrHeader, wantMsg: []string{"sources.csv:1:1: missing column \"licence\"", "missing column \"published\""}},
		{name: "impossible date", files: good, manifest: strings.Replace(goodRows, "2024-01-02", "2019-02-31", 1),
			wantErr: ErrDate, wantMsg: []string{"sources.csv:2:21: published: \"2019-02-31\" is not a date"}},
		{name: "date not ISO", files: good, manifest: strings.Replace(goodRows, "2024-01-02", "2 Jan 2024", 1),
			wantErr: ErrDate, wantMsg: []string{"sources.csv:2:21: published:"}},
		{name: "unlisted file", files: with(map[string]string{"sources/new.txt": "x\n", "sources/.gitkeep": ""}),
			manifest: goodRows,
			wantErr:  ErrUnlisted, wantMsg: []string{"sources/new.txt: not listed in", "run uncyber add"}},
		{name: "invalid UTF-8 in txt", files: with(map[string]string{"sources/c.txt": "ok\nab\xffc\n"}),
			manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:sources/c.txt}\n",
			wantErr:  ErrEncoding, wantMsg: []string{"sources/c.txt:2:3: invalid UTF-8 (byte 0xff); re-save the file as UTF-8"}},
		{name: "invalid UTF-8 in md", files: with(map[string]string{"sources/c.md": "# caf\xe9\n"}),
			manifest: goodRows + "c,sources/c.md,,,,,,,{sha:sources/c.md}\n",
			wantErr:  ErrEncoding, wantMsg: []string{"sources/c.md:1:6: invalid UTF-8 (byte 0xe9)"}},
		{name: "HTML declaring UTF-8 with invalid bytes",
			files:    with(map[string]string{"sources/c.html": "<meta charset=utf-8>\n<p>caf\xe9</p>"}),
			manifest: goodRows + "c,sources/c.html,,,,,,,{sha:sources/c.html}\n",
			wantErr:  ErrEncoding, wantMsg: []string{"sources/c.html:2:7: invalid UTF-8 (byte 0xe9) in a file that declares charset utf-8"}},
		{name: "binary", files: with(map[string]string{"sources/c.txt": "%PDF\n\x00\x01"}),
			manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:sources/c.txt}\n",
			wantErr:  ErrBinary, wantMsg: []string{"sources/c.txt:2:1: NUL byte"}},
		{name: "empty", files: with(map[string]string{"sources/c.txt": ""}),
			manifest: goodRows + "c,sources/c.txt,,,,,,,{sha:sources/c.txt}\n",
			wantErr:  ErrEmpty, wantMsg: []string{"sources/c.txt: file is empty"}},
		{name: "too big", files: good, manifest: goodRows, maxBytes: 30,
			wantErr: ErrTooBig, wantMsg: []string{"sources/b.html: file has 52 bytes, more than the limit of 30"}},
		{name: "unknown extension", files: with(map[string]string{"sources/c.pdf": "%PDF-1.4"}),
			manifest: goodRows + "c,sources/c.pdf,,,,,,,{sha:sources/c.pdf}\n",
			wantErr:  ErrExtension, wantMsg: []string{"sources/c.pdf: extension \".pdf\" is not one of .txt .md .html .htm"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := writeRaw(t, tt.files, tt.manifest)
			if tt.setup != nil {
				tt.setup(t, raw)
			}
			docs, err := Load(raw, LoadOptions{MaxBytes: tt.maxBytes})
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				if len(docs) != 2 || docs[0].Entry.SourceID != "a" || docs[1].Entry.SourceID != "b" {
					t.Fatalf("Load gave %d documents, want a and b", len(docs))
				}
				return
			}
			checkErrorList(t, err, tt.wantErr, tt.wantMsg)
		})
	}
}

// checkErrorList asserts that err is an ErrorList whose every problem is
// want and whose messages contain msgs, in order.
func checkErrorList(t *testing.T, err, want error, msgs []string) {
	t.Helper()
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T) is not an ErrorList", err, err)
	}
	all := list.Detail()
	for _, e := range list {
		if !errors.Is(e, want) {
			t.Errorf("problem %q is not %v", e, want)
		}
	}
	rest := all
	for _, m := range msgs {
		i := strings.Index(rest, m)
		if i < 0 {
			t.Fatalf("problems do not contain %q (in order):\n%s", m, all)
		}
		rest = rest[i+len(m):]
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	files := with(map[string]string{"sources/c.txt": "", "sources/d.txt": "\xff", "sources/e.txt": "x"})
	manifest := strings.Replace(goodRows, "{sha:sources/a.txt}", sha256Hex(nil), 1) +
		"c,sources/c.txt,,,,,,,{sha:sources/c.txt}\n" +
		"d,sources/d.txt,,,,2019-02-31,,,{sha:sources/d.txt}\n"
	_, err := Load(writeRaw(t, files, manifest), LoadOptions{})
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Load: %v, want an ErrorList", err)
	}
	want := []error{ErrChecksum, ErrDate, ErrEmpty, ErrEncoding, ErrUnlisted}
	var got []error
	for _, e := range list {
		got = append(got, e.Err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), list.Detail())
	}
	for _, w := range want {
		if !errors.Is(err, w) {
			t.Errorf("problems do not include %v:\n%s", w, list.Detail())
		}
	}
	if !strings.HasSuffix(err.Error(), "(and 4 more errors)") {
		t.Errorf("message %q does not end with the count of other problems", err)
	}
}

func TestErrorListEmpty(t *testing.T) {
	var list ErrorList
	if list.Err() != nil {
		t.Fatal("empty list: Err() is not nil")
	}
	list.Add(Pos{Filename: "f", Line: 2, Column: 3}, ErrDate, "published: %q is not a date", "x")
	if got, want := list.Err().Error(), `f:2:3: published: "x" is not a date`; got != want {
		t.Fatalf("Error() = %q, want %q", got, want)
	}
}
