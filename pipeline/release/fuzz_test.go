package release

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseVersion checks that an accepted version prints back as its input
// and compares equal to itself.
func FuzzParseVersion(f *testing.F) {
	for _, s := range []string{"0.1.0", "1.0.0-rc.1", "1.0.0-alpha.beta", "01.0.0", "1.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseVersion(s)
		if err != nil {
			return
		}
		if v.String() != s {
			t.Errorf("ParseVersion(%q).String() = %q", s, v.String())
		}
		if v.Compare(v) != 0 {
			t.Errorf("%s does not equal itself", v)
		}
	})
}

// FuzzParseMetadata checks that the CITATION.cff and CHANGELOG.md readers
// never panic and report lines that exist, in increasing order.
func FuzzParseMetadata(f *testing.F) {
	for _, name := range []string{"CITATION.cff", "CHANGELOG.md"} {
		b, err := os.ReadFile(filepath.Join(repoRoot, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c := ParseCitation(b)
		if c.Version != "" && c.VersionLine == 0 {
			t.Errorf("version %q without a line", c.Version)
		}
		last := 0
		for _, e := range ParseChangelog(b) {
			if e.Line <= last {
				t.Errorf("entry %s on line %d after line %d", e.Version, e.Line, last)
			}
			last = e.Line
		}
	})
}
