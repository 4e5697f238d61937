package release

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBuildRefuses covers every reason to refuse a release, and the
// successful cases next to them: a breaking change is fine with a breaking
// version, a compatible change with a patch.
func TestBuildRefuses(t *testing.T) {
	tests := []struct {
		name     string
		version  string               // VERSION in the repository
		outVer   string               // version the out/ folder was built for
		prevVer  string               // previous release; "" for none
		prevEdit func(map[string]any) // turns the new package into the previous one
		usePath  bool                 // pass the previous datapackage.json, not its folder
		noTime   bool
		remove   string // file removed from out/
		wantErr  error
		wantMsg  string
	}{
		{name: "first release", version: "0.1.0", outVer: "0.1.0"},
		{name: "no time", version: "0.1.0", outVer: "0.1.0", noTime: true, wantErr: ErrNoTime},
		{name: "out built for another version", version: "0.1.0", outVer: "0.0.9",
			wantErr: ErrVersionMismatch, wantMsg: `version is "0.0.9" but VERSION says 0.1.0`},
		{name: "missing parquet file", version: "0.1.0", outVer: "0.1.0", remove: "parquet/people.parquet",
			wantErr: ErrMissingFile, wantMsg: "people.parquet"},
		{name: "missing csv file", version: "0.1.0", outVer: "0.1.0", remove: "csv/review.csv",
			wantErr: ErrMissingFile, wantMsg: "review.csv"},
		{name: "compatible change, patch", version: "0.1.1", outVer: "0.1.1", prevVer: "0.1.0"},
		{name: "version not newer", version: "0.1.0", outVer: "0.1.0", prevVer: "0.1.0",
			wantErr: ErrNotNewer, wantMsg: "0.1.0 is not after 0.1.0"},
		{name: "column removed, patch", version: "0.1.1", outVer: "0.1.1", prevVer: "0.1.0",
			prevEdit: addColumn("meetings", "venue_notes"),
			wantErr:  ErrBreakingChange, wantMsg: "meetings.venue_notes: column removed (string); set VERSION to 1.0.0"},
		{name: "column removed, previous given as a file", version: "0.1.1", outVer: "0.1.1", prevVer: "0.1.0",
			prevEdit: addColumn("meetings", "venue_notes"), usePath: true, wantErr: ErrBreakingChange},
		{name: "column removed, minor bump before 1.0", version: "0.2.0", outVer: "0.2.0", prevVer: "0.1.3",
			prevEdit: addColumn("meetings", "venue_notes"), wantErr: ErrBreakingChange, wantMsg: "set VERSION to 1.0.0"},
		{name: "column removed, major bump to 1.0", version: "1.0.0", outVer: "1.0.0", prevVer: "0.1.3",
			prevEdit: addColumn("meetings", "venue_notes")},
		{name: "column removed, minor bump after 1.0", version: "1.3.0", outVer: "1.3.0", prevVer: "1.2.0",
			prevEdit: addColumn("meetings", "venue_notes"), wantErr: ErrBreakingChange, wantMsg: "set VERSION to 2.0.0"},
		{name: "column removed, major bump", version: "2.0.0", outVer: "2.0.0", prevVer: "1.2.0",
			prevEdit: addColumn("meetings", "venue_notes")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := writeRoot(t, tt.version, "2026-11-23")
			out := buildOut(t, tt.outVer)
			opts := Options{Root: root, Time: commitTime}
			if tt.noTime {
				opts.Time = time.Time{}
			}
			if tt.remove != "" {
				if err := os.Remove(filepath.Join(out, tt.remove)); err != nil {
					t.Fatal(err)
				}
			}
			if tt.prevVer != "" {
				prev := buildOut(t, tt.prevVer)
				if tt.prevEdit != nil {
					editPackage(t, prev, tt.prevEdit)
				}
				opts.PreviousOut = prev
				if tt.usePath {
					opts.PreviousOut, opts.PreviousDatapackage = "", filepath.Join(prev, "datapackage.json")
				}
			}
			dist := t.TempDir()
			zipPath, err := Build(out, dist, opts)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("Build: %v", err)
				}
				if _, err := os.Stat(zipPath); err != nil {
					t.Errorf("no archive: %v", err)
				}
				return
			}
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Build error = %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("Build error %q does not contain %q", err, tt.wantMsg)
			}
			if entries, _ := os.ReadDir(dist); len(entries) != 0 {
				t.Errorf("a refused build left %d files in dist/", len(entries))
			}
		})
	}
}

// addColumn returns an edit adding an optional string column to table, so
// the package edited stands for a previous release that had the column.
func addColumn(table, column string) func(map[string]any) {
	return func(m map[string]any) {
		for _, r := range m["resources"].([]any) {
			res := r.(map[string]any)
			if res["name"] == table {
				schema := res["schema"].(map[string]any)
				schema["fields"] = append(tableFields(m, table), map[string]any{"name": column, "type": "string"})
			}
		}
	}
}
