package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// buildReport is the part of out/report.json these tests read.
type buildReport struct {
	Sources []struct {
		SourceID  string         `json:"source_id"`
		Extracted map[string]int `json:"extracted"`
	} `json:"sources"`
	Empty    []string `json:"empty"`
	Warnings []string `json:"warnings"`
}

// readReport reads out/report.json.
func readReport(t *testing.T, out string) buildReport {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var r buildReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReportAccountsForEverySource builds a page that yields nothing next
// to texts that yield facts, and checks that report.json lists every
// source and names the empty one.
func TestReportAccountsForEverySource(t *testing.T) {
	raw := validRaw(t)
	addOK(t, raw, filepath.Join(hostileDir, "script-only.html"))
	out := filepath.Join(t.TempDir(), "out")
	buildOK(t, raw, out)
	report := readReport(t, out)
	var ids []string
	for _, s := range report.Sources {
		ids = append(ids, s.SourceID)
		total := 0
		for _, n := range s.Extracted {
			total += n
		}
		if (total == 0) != (s.SourceID == "script-only") {
			t.Errorf("source %s: %d facts extracted", s.SourceID, total)
		}
	}
	if want := []string{"alpha", "beta", "script-only"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("report lists sources %q, want %q", ids, want)
	}
	if want := []string{"script-only"}; !reflect.DeepEqual(report.Empty, want) {
		t.Errorf("report lists empty sources %q, want %q", report.Empty, want)
	}
}

// TestConflictingDatesWarn builds two sources that date one meeting
// differently: the build succeeds, keeps the first source's dates (equal
// precision, so source_id order decides) and warns naming both sources.
func TestConflictingDatesWarn(t *testing.T) {
	raw := validRaw(t)
	addOK(t, raw, filepath.Join(hostileDir, "delta.txt"))
	out := filepath.Join(t.TempDir(), "out")
	buildOK(t, raw, out)
	warnings := readReport(t, out).Warnings
	want := []string{"sources disagree on its dates", "2024-04-01/2024-04-05 (alpha)", "2024-04-02/2024-04-06 (delta)", "kept 2024-04-01/2024-04-05"}
	found := false
	for _, w := range warnings {
		ok := true
		for _, part := range want {
			ok = ok && strings.Contains(w, part)
		}
		found = found || ok
	}
	if !found {
		t.Errorf("no warning holds all of %q; warnings: %q", want, warnings)
	}
	for _, m := range readCSV(t, filepath.Join(out, "csv", "meetings.csv")) {
		if m["name"] == "second substantive session" && (m["start_date"] != "2024-04-01" || m["end_date"] != "2024-04-05") {
			t.Errorf("meeting kept %s..%s, want alpha's 2024-04-01..2024-04-05", m["start_date"], m["end_date"])
		}
	}
}
