package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// TestDeclaredCharsetBuilds adds an HTML page that declares windows-1252
// and checks that it builds, that its names are quoted decoded, and that
// every quote is the decoding of the file bytes its offsets point at.
func TestDeclaredCharsetBuilds(t *testing.T) {
	raw := validRaw(t)
	addOK(t, raw, filepath.Join(hostileDir, "cafe-1252.html"))
	out := filepath.Join(t.TempDir(), "out")
	buildOK(t, raw, out)
	file, err := os.ReadFile(filepath.Join(raw, "sources", "cafe-1252.html"))
	if err != nil {
		t.Fatal(err)
	}
	quotes := map[string]bool{}
	for _, ev := range readCSV(t, filepath.Join(out, "csv", "evidence.csv")) {
		if ev["source_id"] != "cafe-1252" {
			continue
		}
		start, errS := strconv.Atoi(ev["byte_start"])
		end, errE := strconv.Atoi(ev["byte_end"])
		if errS != nil || errE != nil || start < 0 || end > len(file) || start > end {
			t.Fatalf("evidence %s has bad offsets %s..%s", ev["evidence_id"], ev["byte_start"], ev["byte_end"])
		}
		decoded, err := charmap.Windows1252.NewDecoder().Bytes(file[start:end])
		if err != nil {
			t.Fatal(err)
		}
		if string(decoded) != ev["quote"] {
			t.Errorf("evidence %s quotes %q, but its bytes %d..%d decode to %q", ev["evidence_id"], ev["quote"], start, end, decoded)
		}
		quotes[ev["quote"]] = true
	}
	if !quotes["José Müller"] {
		t.Errorf("no evidence quotes the decoded name José Müller; quotes: %v", quotes)
	}
}

// readCSV reads a CSV file with a header into one map per row.
func readCSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("reading %s: %v", name, err)
	}
	rows := make([]map[string]string, 0, len(recs)-1)
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// TestPathologicalHTMLBuilds builds, end to end, a page nested 100,000
// levels deep and one carrying 5 MB of script: neither may crash a stage,
// and both must build in time linear in their size (the bound is loose,
// a quadratic stage takes minutes on them).
func TestPathologicalHTMLBuilds(t *testing.T) {
	in := t.TempDir()
	sentence := "The Open-ended Working Group (OEWG) met in Geneva on 3 March 2025."
	deep := strings.Repeat("<div>", 100000) + sentence + strings.Repeat("</div>", 100000)
	script := "<script>" + strings.Repeat("var a = '<p>The OEWG (Open-ended Working Group)</p>';\n", 5<<20/55) + "</script><p>" + sentence + "</p>"
	writeFile(t, in, "deep.html", []byte(deep))
	writeFile(t, in, "script.html", []byte(script))
	raw := validRaw(t)
	addOK(t, raw, filepath.Join(in, "deep.html"), filepath.Join(in, "script.html"))
	out := filepath.Join(t.TempDir(), "out")
	start := time.Now()
	buildOK(t, raw, out)
	took := time.Since(start)
	t.Logf("built %d + %d bytes of HTML in %s", len(deep), len(script), took)
	if took > 30*time.Second {
		t.Errorf("building took %s; some stage is worse than linear", took)
	}
	var deepOK, scriptOK bool
	for _, ev := range readCSV(t, filepath.Join(out, "csv", "evidence.csv")) {
		deepOK = deepOK || ev["source_id"] == "deep" && ev["quote"] == "Open-ended Working Group"
		scriptOK = scriptOK || ev["source_id"] == "script" && ev["quote"] == "Open-ended Working Group"
	}
	if !deepOK || !scriptOK {
		t.Errorf("the sentence inside the pathological pages was not read (deep %v, script %v)", deepOK, scriptOK)
	}
}
