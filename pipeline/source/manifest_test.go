package source

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestWriteReadManifest(t *testing.T) {
	raw := t.TempDir()
	entries := []Entry{
		{SourceID: "b", Path: "sources/b.html", Title: `Quotes "inside", and commas`, Published: "2024-02-29",
			SHA256: sha256Hex([]byte("b"))},
		{SourceID: "a", Path: "sources/a.txt", URL: "https://example.org/a?x=1,2", Title: " leading space",
			Publisher: "Café Press", Retrieved: "2025-01-31", Licence: "CC BY 4.0", SHA256: sha256Hex([]byte("a"))},
	}
	if err := WriteManifest(raw, entries); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(raw, ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	want := header +
		`a,sources/a.txt,"https://example.org/a?x=1,2"," leading space",Café Press,,2025-01-31,CC BY 4.0,` + entries[1].SHA256 + "\n" +
		`b,sources/b.html,,"Quotes ""inside"", and commas",,2024-02-29,,,` + entries[0].SHA256 + "\n"
	if string(data) != want {
		t.Fatalf("manifest:\n%s\nwant:\n%s", data, want)
	}
	got, err := ReadManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	entries[1].Line, entries[0].Line = 2, 3
	if !reflect.DeepEqual(got, []Entry{entries[1], entries[0]}) {
		t.Fatalf("ReadManifest after WriteManifest:\n%+v\nwant\n%+v", got, entries)
	}
}

func TestReadManifestAnyColumnOrder(t *testing.T) {
	sha := sha256Hex([]byte("x"))
	raw := writeRaw(t, nil, "sha256,source_id,path,url,title,publisher,published,retrieved,licence\r\n"+
		sha+",x,sources/x.txt,,T,,,,\r\n")
	got, err := ReadManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []Entry{{SourceID: "x", Path: "sources/x.txt", Title: "T", SHA256: sha, Line: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
}

func TestSourceIDFromName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"dev01_norms-practice-webinar.txt", "dev01_norms-practice-webinar"},
		{"/tmp/Report 2024.HTML", "report-2024"},
		{"café.md", "caf-"},
		{"a.b.txt", "a-b"},
		{".txt", ""},
	}
	for _, tt := range tests {
		if got := SourceIDFromName(tt.name); got != tt.want {
			t.Errorf("SourceIDFromName(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
