package release

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRepositoryMetadata checks the repository's own release metadata:
// CITATION.cff's version is VERSION, and its date-released is the date of
// VERSION's entry in CHANGELOG.md.
func TestRepositoryMetadata(t *testing.T) {
	v := currentVersion(t)
	if err := CheckMetadata(repoRoot, v); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(repoRoot, "VERSION"))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != v.String()+"\n" {
		t.Errorf("VERSION is %q, want one version and a newline", b)
	}
}

func TestCheckMetadata(t *testing.T) {
	const goodCff = "cff-version: 1.2.0\nversion: 0.1.0\ndate-released: \"2026-11-23\"\n"
	const goodLog = "# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-23\n"
	tests := []struct {
		name, cff, log string
		wantMsgs       []string
	}{
		{name: "consistent", cff: goodCff, log: goodLog},
		{name: "quoted version and comment", log: goodLog,
			cff: "version: '0.1.0' # keep equal to VERSION\ndate-released: 2026-11-23\n"},
		{name: "nested version key ignored", log: goodLog,
			cff:      "references:\n  - version: 0.1.0\ndate-released: \"2026-11-23\"\n",
			wantMsgs: []string{"CITATION.cff:1:1: version mismatch: no version key"}},
		{name: "citation version differs", log: goodLog,
			cff:      "version: 0.0.9\ndate-released: \"2026-11-23\"\n",
			wantMsgs: []string{"CITATION.cff:1:1: version mismatch: version is 0.0.9 but VERSION says 0.1.0"}},
		{name: "date differs", cff: goodCff, log: "## [0.1.0] - 2026-11-24\n",
			wantMsgs: []string{"CITATION.cff:3:1: version mismatch: date-released is 2026-11-23 but CHANGELOG.md:1 dates 0.1.0 2026-11-24"}},
		{name: "no changelog entry", cff: goodCff, log: "## [Unreleased]\n\n## [0.0.9] - 2026-01-01\n",
			wantMsgs: []string{"CHANGELOG.md:1:1: version mismatch: no entry for 0.1.0"}},
		{name: "undated entry", cff: goodCff, log: "## [0.1.0]\n",
			wantMsgs: []string{"CHANGELOG.md:1:1: version mismatch: entry for 0.1.0 has no date"}},
		{name: "badly dated entry", cff: goodCff, log: "## [0.1.0] - 23/11/2026\n",
			wantMsgs: []string{`entry for 0.1.0 is dated "23/11/2026"`}},
		{name: "every problem reported", cff: "version: 0.0.9\n", log: "## [0.0.9] - 2026-01-01\n",
			wantMsgs: []string{"version is 0.0.9", "no date-released key", "no entry for 0.1.0"}},
	}
	v := Version{Minor: 1}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			for name, body := range map[string]string{"CITATION.cff": tt.cff, "CHANGELOG.md": tt.log} {
				if err := os.WriteFile(filepath.Join(root, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := CheckMetadata(root, v)
			if len(tt.wantMsgs) == 0 {
				if err != nil {
					t.Fatalf("CheckMetadata: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrVersionMismatch) {
				t.Fatalf("CheckMetadata = %v, want ErrVersionMismatch", err)
			}
			for _, m := range tt.wantMsgs {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not contain %q", err, m)
				}
			}
		})
	}
}
