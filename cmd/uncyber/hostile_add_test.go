package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"
)

// TestAddRefusesHostileInput checks that uncyber add refuses up front what
// the build would refuse: it exits 1, names the culprit and how to fix it,
// and leaves the raw folder byte-identical.
func TestAddRefusesHostileInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // incoming files by name, created in a temp folder
		flags []string
		add   []string // files to add, relative to that folder
		// damage, when set, breaks the raw folder before add runs.
		damage func(t *testing.T, raw string)
		want   func(in, raw string) []string
	}{
		{name: "invalid UTF-8 in .txt", files: map[string]string{"bad.txt": "Line one.\nCaf\xe9\n"}, add: []string{"bad.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "bad.txt") + ":2:4: invalid UTF-8 (byte 0xe9); re-save the file as UTF-8"}
			}},
		{name: "invalid UTF-8 in .md", files: map[string]string{"bad.md": "# \xff\n"}, add: []string{"bad.md"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "bad.md") + ":1:3: invalid UTF-8 (byte 0xff)"}
			}},
		{name: "HTML declaring UTF-8 holds other bytes", files: map[string]string{"p.html": `<meta charset="utf-8">` + "\xe9"}, add: []string{"p.html"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "p.html") + ":1:23: invalid UTF-8 (byte 0xe9) in a file that declares charset utf-8; fix the <meta charset>"}
			}},
		{name: "binary file", files: map[string]string{"blob.txt": "GIF89a\x00\x01"}, add: []string{"blob.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "blob.txt") + ":1:7: NUL byte: this looks like a binary file; convert it to text"}
			}},
		{name: "empty file", files: map[string]string{"empty.txt": ""}, add: []string{"empty.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "empty.txt") + ": file is empty; remove it or replace it with the source text"}
			}},
		{name: "unknown extension", files: map[string]string{"r.pdf": "%PDF-1.4\n"}, add: []string{"r.pdf"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "r.pdf") + `: extension ".pdf" is not one of .txt .md .html .htm`}
			}},
		{name: "over -max-bytes", files: map[string]string{"long.txt": strings.Repeat("word ", 10)}, flags: []string{"-max-bytes", "20"}, add: []string{"long.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "long.txt") + ": file has 50 bytes, more than the limit of 20; split it or raise the limit with -max-bytes"}
			}},
		{name: "missing file", add: []string{"none.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "none.txt") + ": no such file; check the path"}
			}},
		{name: "duplicate source_id in one call", files: map[string]string{"a/dup.txt": "One.\n", "b/dup.txt": "Two.\n"},
			add: []string{"a/dup.txt", "b/dup.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "b/dup.txt") + `: source_id "dup" is already used (by ` + filepath.Join(in, "a/dup.txt") + "); rename the file"}
			}},
		{name: "duplicate source_id with the manifest", files: map[string]string{"alpha.md": "Another alpha.\n"}, add: []string{"alpha.md"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "alpha.md") + `: source_id "alpha" is already used (by sources/alpha.txt on line 2 of the manifest); rename the file`}
			}},
		{name: "another file of that name in sources/", files: map[string]string{"stray.txt": "Mine.\n"}, add: []string{"stray.txt"},
			damage: func(t *testing.T, raw string) { writeFile(t, raw, "sources/stray.txt", []byte("Theirs.\n")) },
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "stray.txt") + ": " + src(raw, "stray.txt") + " already exists with other content; rename the file or delete the old one"}
			}},
		{name: "impossible date", files: map[string]string{"ok.txt": "Fine.\n"}, flags: []string{"-published", "2019-02-31"}, add: []string{"ok.txt"},
			want: func(in, raw string) []string {
				return []string{`published: "2019-02-31" is not a date; write an existing day as YYYY-MM-DD`}
			}},
		{name: "line break in a value", files: map[string]string{"ok.txt": "Fine.\n"}, flags: []string{"-title", "two\nlines"}, add: []string{"ok.txt"},
			want: func(in, raw string) []string {
				return []string{"title: has a control character (line break or tab); give one line of text"}
			}},
		{name: "malformed manifest", files: map[string]string{"ok.txt": "Fine.\n"}, add: []string{"ok.txt"},
			damage: func(t *testing.T, raw string) { appendManifest(t, raw, "bad,\"sources/bad.txt\"x,,,,,,,\n") },
			want: func(in, raw string) []string {
				return []string{at(raw, 4, 21) + `extraneous or missing " in quoted-field; enclose fields in double quotes`}
			}},
		{name: "several problems at once", files: map[string]string{"bad.txt": "\xff", "empty.txt": ""},
			flags: []string{"-published", "2024-02-30"}, add: []string{"bad.txt", "empty.txt", "none.txt"},
			want: func(in, raw string) []string {
				return []string{filepath.Join(in, "bad.txt") + ":1:1: invalid UTF-8", filepath.Join(in, "empty.txt") + ": file is empty",
					filepath.Join(in, "none.txt") + ": no such file", `published: "2024-02-30" is not a date`}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := validRaw(t)
			in := t.TempDir()
			for name, data := range tt.files {
				writeFile(t, in, name, []byte(data))
			}
			if tt.damage != nil {
				tt.damage(t, raw)
			}
			before := treetest.Read(t, raw)
			args := append([]string{"add", "-raw", raw}, tt.flags...)
			for _, f := range tt.add {
				args = append(args, filepath.Join(in, f))
			}
			var stdout, stderr bytes.Buffer
			if code := run(args, &stdout, &stderr); code != exitData {
				t.Fatalf("exit code %d, want %d\nstderr:\n%s", code, exitData, stderr.String())
			}
			msg := stderr.String()
			t.Logf("stderr:\n%s", msg)
			for _, want := range append(tt.want(in, raw), "uncyber add: nothing was added") {
				if !strings.Contains(msg, want) {
					t.Errorf("stderr lacks %q\nstderr:\n%s", want, msg)
				}
			}
			if after := treetest.Read(t, raw); !reflect.DeepEqual(after, before) {
				t.Errorf("add changed the raw folder although it refused")
			}
			if entries, _ := os.ReadDir(raw); len(entries) != 3 {
				t.Errorf("raw holds %d entries, want sources.csv, sources/ and reference/", len(entries))
			}
		})
	}
}
