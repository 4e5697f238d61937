package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostileCase is one way of damaging a raw folder that builds.
type hostileCase struct {
	name   string
	flags  []string                            // extra build flags
	damage func(t *testing.T, raw, out string) // breaks raw (or locks out)
	// want lists what stderr must hold: the culprit with its position and
	// how to fix it.
	want   func(raw string) []string
	leaves []string // names allowed next to out afterwards
}

// at is the position prefix of a manifest cell in messages.
func at(raw string, line, col int) string {
	return fmt.Sprintf("%s:%d:%d: ", filepath.Join(raw, "sources.csv"), line, col)
}

// src is the path of raw/sources/<file> as messages print it.
func src(raw, file string) string { return filepath.Join(raw, "sources", file) }

// outside writes a valid text outside raw and returns its path.
func outside(t *testing.T, dir string) string {
	t.Helper()
	name := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(name, []byte("A secret outside the raw folder.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// secretRow is the manifest row of secret.txt at path p.
func secretRow(p string) string {
	return fmt.Sprintf("secret,%s,,,,,,,%s\n", p, sha256Of([]byte("A secret outside the raw folder.\n")))
}

func hostileBuildCases() []hostileCase {
	escaped := func(raw string) []string {
		return []string{at(raw, 4, 8) + "path: " + src(raw, "secret.txt") + " resolves to ", "outside the sources folder; copy the file in with uncyber add"}
	}
	return []hostileCase{
		{name: "invalid UTF-8 in .txt",
			damage: func(t *testing.T, raw, out string) {
				replaceSource(t, raw, "alpha.txt", []byte("Line one.\nThe \xff rest\n"))
			},
			want: func(raw string) []string {
				return []string{src(raw, "alpha.txt") + ":2:5: invalid UTF-8 (byte 0xff); re-save the file as UTF-8"}
			}},
		{name: "invalid UTF-8 in .md",
			damage: func(t *testing.T, raw, out string) {
				register(t, raw, "gamma.md", []byte("# Title\n\nCaf\xe9 talks\n"))
			},
			want: func(raw string) []string {
				return []string{src(raw, "gamma.md") + ":3:4: invalid UTF-8 (byte 0xe9); re-save the file as UTF-8"}
			}},
		{name: "HTML declaring UTF-8 holds other bytes",
			damage: func(t *testing.T, raw, out string) {
				register(t, raw, "page.html", []byte(`<meta charset="utf-8"><p>Caf`+"\xe9</p>\n"))
			},
			want: func(raw string) []string {
				return []string{src(raw, "page.html") + ":1:29: invalid UTF-8 (byte 0xe9) in a file that declares charset utf-8; fix the <meta charset>"}
			}},
		{name: "binary file",
			damage: func(t *testing.T, raw, out string) {
				register(t, raw, "blob.txt", []byte("PK\x03\x04\x00\x00\x08\x00"))
			},
			want: func(raw string) []string {
				return []string{src(raw, "blob.txt") + ":1:5: NUL byte: this looks like a binary file; convert it to text"}
			}},
		{name: "empty file",
			damage: func(t *testing.T, raw, out string) { register(t, raw, "empty.txt", nil) },
			want: func(raw string) []string {
				return []string{src(raw, "empty.txt") + ": file is empty; remove it or replace it with the source text"}
			}},
		{name: "unknown extension",
			damage: func(t *testing.T, raw, out string) { register(t, raw, "report.pdf", []byte("%PDF-1.4 text\n")) },
			want: func(raw string) []string {
				return []string{src(raw, "report.pdf") + `: extension ".pdf" is not one of .txt .md .html .htm; convert the file`}
			}},
		{name: "edited after add",
			damage: func(t *testing.T, raw, out string) {
				writeFile(t, raw, "sources/alpha.txt", []byte("Edited by hand.\n"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 2, 31) + "sha256: does not match the file " + src(raw, "alpha.txt"), "run uncyber add again"}
			}},
		{name: "over -max-bytes", flags: []string{"-max-bytes", "100"},
			damage: func(t *testing.T, raw, out string) {},
			want: func(raw string) []string {
				return []string{src(raw, "alpha.txt") + ": file has ", "more than the limit of 100; split it or raise the limit with -max-bytes"}
			}},
		{name: "path with ..",
			damage: func(t *testing.T, raw, out string) {
				writeFile(t, raw, "secret.txt", []byte("A secret outside the raw folder.\n"))
				appendManifest(t, raw, secretRow("sources/../secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + `path: "sources/../secret.txt" is not a clean path inside sources/`, "write e.g. sources/x.txt"}
			}},
		{name: "path leaving raw with ../..",
			damage: func(t *testing.T, raw, out string) {
				outside(t, filepath.Dir(raw))
				appendManifest(t, raw, secretRow("sources/../../secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + `path: "sources/../../secret.txt" is not a clean path inside sources/`}
			}},
		{name: "absolute path",
			damage: func(t *testing.T, raw, out string) { appendManifest(t, raw, secretRow(outside(t, t.TempDir()))) },
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + `path: "/`, "is absolute or uses backslashes; write it relative to the raw folder"}
			}},
		{name: "path outside sources/",
			damage: func(t *testing.T, raw, out string) {
				writeFile(t, raw, "notes/secret.txt", []byte("A secret outside the raw folder.\n"))
				appendManifest(t, raw, secretRow("notes/secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + `path: "notes/secret.txt" is outside sources/; move the file into the raw sources folder`}
			}},
		{name: "symlink to a file outside",
			damage: func(t *testing.T, raw, out string) {
				symlink(t, outside(t, t.TempDir()), src(raw, "secret.txt"))
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: escaped},
		{name: "relative symlink leaving raw",
			damage: func(t *testing.T, raw, out string) {
				outside(t, filepath.Dir(raw))
				symlink(t, "../../secret.txt", src(raw, "secret.txt"))
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: escaped},
		{name: "symlink into raw but outside sources",
			damage: func(t *testing.T, raw, out string) {
				outside(t, raw)
				symlink(t, "../secret.txt", src(raw, "secret.txt"))
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: escaped},
		{name: "symlinked folder inside sources",
			damage: func(t *testing.T, raw, out string) {
				dir := t.TempDir()
				outside(t, dir)
				symlink(t, dir, src(raw, "sub"))
				appendManifest(t, raw, secretRow("sources/sub/secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + "path: " + src(raw, "sub/secret.txt") + " resolves to ", "outside the sources folder",
					src(raw, "sub") + ": symbolic link not listed in " + filepath.Join(raw, "sources.csv") + "; delete it"}
			}},
		{name: "symlinked sources folder",
			damage: func(t *testing.T, raw, out string) {
				elsewhere := filepath.Join(t.TempDir(), "sources")
				if err := os.Rename(filepath.Join(raw, "sources"), elsewhere); err != nil {
					t.Fatal(err)
				}
				symlink(t, elsewhere, filepath.Join(raw, "sources"))
			},
			want: func(raw string) []string {
				return []string{filepath.Join(raw, "sources") + ": the sources folder resolves to ", "outside the raw folder; make it a real folder inside it"}
			}},
		{name: "dangling symlink",
			damage: func(t *testing.T, raw, out string) {
				symlink(t, filepath.Join(t.TempDir(), "gone.txt"), src(raw, "secret.txt"))
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + "path: " + src(raw, "secret.txt") + " does not exist; put the file there or remove this row"}
			}},
		{name: "symlink loop",
			damage: func(t *testing.T, raw, out string) {
				symlink(t, "loop.txt", src(raw, "secret.txt"))
				symlink(t, "secret.txt", src(raw, "loop.txt"))
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + "path: " + src(raw, "secret.txt") + " cannot be resolved", "replace the link with the file itself",
					src(raw, "loop.txt") + ": symbolic link not listed in "}
			}},
		{name: "missing file",
			damage: func(t *testing.T, raw, out string) { appendManifest(t, raw, secretRow("sources/secret.txt")) },
			want: func(raw string) []string {
				return []string{at(raw, 4, 8) + "path: " + src(raw, "secret.txt") + " does not exist; put the file there or remove this row"}
			}},
		{name: "missing manifest",
			damage: func(t *testing.T, raw, out string) { remove(t, filepath.Join(raw, "sources.csv")) },
			want: func(raw string) []string {
				return []string{filepath.Join(raw, "sources.csv") + ": no manifest; create it with uncyber add FILE..."}
			}},
		{name: "missing sources folder",
			damage: func(t *testing.T, raw, out string) { remove(t, filepath.Join(raw, "sources")) },
			want: func(raw string) []string {
				return []string{filepath.Join(raw, "sources") + ": cannot open the sources folder", "create it and add files with uncyber add"}
			}},
		{name: "duplicate source_id",
			damage: func(t *testing.T, raw, out string) {
				data := []byte("A second text that claims the id alpha.\n")
				writeFile(t, raw, "sources/alpha-copy.txt", data)
				appendManifest(t, raw, "alpha,sources/alpha-copy.txt,,,,,,,"+sha256Of(data)+"\n")
			},
			want: func(raw string) []string {
				return []string{at(raw, 4, 1) + `source_id "alpha" is already used on line 2; give this source another id`}
			}},
		{name: "bad quoting",
			damage: func(t *testing.T, raw, out string) { appendManifest(t, raw, "bad,sources/\"bad\".txt,,,,,,,x\n") },
			want: func(raw string) []string {
				return []string{at(raw, 4, 13) + `bare " in non-quoted-field; enclose fields in double quotes and double any quote inside them`}
			}},
		{name: "wrong column count",
			damage: func(t *testing.T, raw, out string) { appendManifest(t, raw, "short,sources/short.txt\n") },
			want: func(raw string) []string {
				return []string{at(raw, 4, 1) + "row has 2 fields, want 9", "quote fields that contain commas"}
			}},
		{name: "unknown column",
			damage: func(t *testing.T, raw, out string) {
				editManifest(t, raw, func(m string) string { return strings.Replace(m, ",licence,", ",license,", 1) })
			},
			want: func(raw string) []string {
				return []string{at(raw, 1, 56) + `unknown column "license"; the columns are source_id,path,`,
					at(raw, 1, 1) + `missing column "licence"; the header must be`}
			}},
		{name: "unlisted file",
			damage: func(t *testing.T, raw, out string) {
				writeFile(t, raw, "sources/stray.txt", []byte("Not registered.\n"))
			},
			want: func(raw string) []string {
				return []string{src(raw, "stray.txt") + ": not listed in " + filepath.Join(raw, "sources.csv") + "; run uncyber add " + src(raw, "stray.txt") + ", or delete the file"}
			}},
		{name: "impossible date",
			damage: func(t *testing.T, raw, out string) {
				editManifest(t, raw, func(m string) string {
					return strings.Replace(m, "alpha,sources/alpha.txt,,,,", "alpha,sources/alpha.txt,,,,2019-02-31", 1)
				})
			},
			want: func(raw string) []string {
				return []string{at(raw, 2, 28) + `published: "2019-02-31" is not a date; write an existing day as YYYY-MM-DD, or leave it empty`}
			}},
		{name: "locked by a running build", leaves: []string{"out.lock"},
			damage: func(t *testing.T, raw, out string) {
				// This test's own pid: a process that is certainly running.
				if err := os.WriteFile(out+".lock", fmt.Appendf(nil, "%d\n", os.Getpid()), 0o644); err != nil {
					t.Fatal(err)
				}
			},
			want: func(raw string) []string {
				return []string{"out.lock: output is locked by another build (pid ", "wait for that build to finish"}
			}},
		{name: "several problems at once",
			damage: func(t *testing.T, raw, out string) {
				writeFile(t, raw, "sources/alpha.txt", []byte("Edited by hand.\n"))
				writeFile(t, raw, "sources/stray.txt", []byte("Not registered.\n"))
				editManifest(t, raw, func(m string) string {
					return strings.Replace(m, "beta,sources/beta.txt,,,,", "beta,sources/beta.txt,,,,2024-13-01", 1)
				})
				appendManifest(t, raw, secretRow("sources/secret.txt"))
			},
			want: func(raw string) []string {
				return []string{at(raw, 2, 31) + "sha256: does not match", at(raw, 3, 26) + `published: "2024-13-01" is not a date`,
					at(raw, 4, 8) + "path: " + src(raw, "secret.txt") + " does not exist", src(raw, "stray.txt") + ": not listed in "}
			}},
	}
}

// remove deletes a file or folder of the raw folder.
func remove(t *testing.T, name string) {
	t.Helper()
	if err := os.RemoveAll(name); err != nil {
		t.Fatal(err)
	}
}
