package diff

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParsePackage checks that any descriptor the parser accepts compares
// equal to itself: no schema change is ever reported between a package and
// itself, whatever its shape (duplicate names, missing keys, odd enums).
func FuzzParsePackage(f *testing.F) {
	for _, c := range []string{"rows/old", "schema/old", "schema/new"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "diff", c, "datapackage.json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParsePackage(b)
		if err != nil {
			return
		}
		if changes := CompareSchemas(p, p); len(changes) != 0 {
			t.Errorf("package compared with itself reports %d changes: %+v", len(changes), changes)
		}
	})
}

func TestCodeSpan(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{name: "plain", in: "org/x", want: "`org/x`"},
		{name: "inner backtick", in: "a`b", want: "``a`b``"},
		{name: "double inner backticks", in: "a``b", want: "```a``b```"},
		{name: "leading backtick", in: "`a", want: "`` `a ``"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := codeSpan(tt.in); got != tt.want {
				t.Errorf("codeSpan(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestShowValue(t *testing.T) {
	long := ""
	for range 100 {
		long += "x"
	}
	tests := []struct{ name, in, want string }{
		{name: "null", in: "", want: "NULL"},
		{name: "newline folded", in: "Second Lantern\nSession", want: "`Second Lantern Session`"},
		{name: "shortened", in: long, want: "`" + long[:maxValue-1] + "…`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := showValue(tt.in); got != tt.want {
				t.Errorf("showValue(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
