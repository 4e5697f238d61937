package score

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestAgreesWithReferenceScorer scores a small hand-made output with the Go
// port and with the reference scorer (testdata/score-extraction.py, Python
// standard library only) and requires the same numbers.
func TestAgreesWithReferenceScorer(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Fatal("python3 is needed to run the reference scorer: install it (apt-get install python3)")
	}
	dir := t.TempDir()
	csvDir := filepath.Join(dir, "csv")
	goldDir := filepath.Join(dir, "gold")
	write(t, filepath.Join(csvDir, "meetings.csv"), "meeting_id,name,aliases,start_date,end_date\n"+
		"m1,Third Annual Harbour Forum,\"[\"\"Harbour Forum\"\"]\",2031-05-04,2031-05-06\n"+
		"m2,Some Workshop,[],2031-06,\n")
	write(t, filepath.Join(csvDir, "people.csv"), "person_id,name,aliases\np1,Zoë Ångström,[]\np2,Nobody Atall,\"[\"\"Atall\"\"]\"\n")
	write(t, filepath.Join(csvDir, "organisations.csv"), "organisation_id,name,acronym,aliases\no1,The Harbour Institute,THI,[]\n")
	write(t, filepath.Join(csvDir, "sessions.csv"), "session_id,title\ns1,Opening of the forum by the host\n")
	gold := map[string]any{
		"doc": "x.txt",
		"meetings": []any{
			map[string]any{"name": "Harbour Forum 2031", "start_date": "2031-05-04", "end_date": "2031-05-06", "core": true},
			map[string]any{"name": "Other Workshop", "start_date": "2031-06", "core": true},
		},
		"people":        []any{map[string]any{"name": "Zoe Angstrom", "core": true}, map[string]any{"name": "Missing Person", "core": true}},
		"organisations": []any{map[string]any{"name": "Harbour Institute", "acronym": "THI", "core": true}},
		"sessions":      []any{map[string]any{"title": "Opening of the forum by host", "core": true}},
		"publications":  []any{map[string]any{"title": "A/RES/1/1", "core": false}},
	}
	b, _ := json.Marshal(gold)
	write(t, filepath.Join(goldDir, "x.json"), string(b))

	g, err := LoadGold(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Score(csvDir, g)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, filepath.Join("..", "..", "testdata", "score-extraction.py"), dir, goldDir).Output()
	if err != nil {
		t.Fatalf("running the reference scorer: %v", err)
	}
	if want := string(out); got.Format(false) != want {
		t.Errorf("Go port and reference scorer differ:\n--- Go\n%s--- reference\n%s", got.Format(false), want)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
