package pipeline_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/score"
	"github.com/uncyber/uncyber/pipeline/validate"
	"github.com/uncyber/uncyber/schemas"
)

const rawDir = "../raw"

// TestSeedsQuality is the extraction-quality bar of the seeds: every table
// at recall and precision 0.9 or more against their gold annotations.
func TestSeedsQuality(t *testing.T) {
	res, err := score.BuildAndScore(rawDir, filepath.Join(t.TempDir(), "out"), "../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range score.Tables {
		s := res[name]
		if s.Recall < 0.9 || s.Precision < 0.9 {
			t.Errorf("%s: recall %.3f, precision %.3f; want both >= 0.9", name, s.Recall, s.Precision)
		}
	}
	if t.Failed() {
		t.Log("\n" + res.Format(true))
	}
}

// TestFixturesQuality is the bar of the dev fixtures (issue 3): macro-F1
// 0.85 or more and every table's precision 0.85 or more. The fixtures are
// built in a temporary raw folder, never in raw/.
func TestFixturesQuality(t *testing.T) {
	raw := filepath.Join(t.TempDir(), "raw")
	if err := score.StageCorpus("../testdata/corpus", rawDir, raw); err != nil {
		t.Fatal(err)
	}
	res, err := score.BuildAndScore(raw, filepath.Join(t.TempDir(), "out"), "../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	if m := res.MacroF1(); m < 0.85 {
		t.Errorf("macro-F1 %.3f; want >= 0.85", m)
	}
	for _, name := range score.Tables {
		if p := res[name].Precision; p < 0.85 {
			t.Errorf("%s: precision %.3f; want >= 0.85", name, p)
		}
	}
	if t.Failed() {
		t.Log("\n" + res.Format(true))
	}
}

// TestDevelopmentSetsQuality guards the sets of texts that rules were
// developed on (testdata/extra*, and the held-out sets whose misses were
// read, so no longer blind) against regressions: each set's macro-F1 must
// stay above a floor a little under what it scored when the floor was set.
// The blind set, testdata/heldout12, has no floor here: a bar on it would
// invite tuning to it.
func TestDevelopmentSetsQuality(t *testing.T) {
	floors := map[string]float64{"extra": 0.97, "extra2": 0.97, "heldout": 0.91, "heldout3": 0.92, "heldout4": 0.86,
		"heldout5": 0.88, "heldout6": 0.90, "heldout7": 0.93, "heldout8": 0.93, "heldout9": 0.90, "heldout10": 0.84, "heldout11": 0.80}
	for _, set := range []string{"extra", "extra2", "heldout", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"} {
		t.Run(set, func(t *testing.T) {
			raw := filepath.Join(t.TempDir(), "raw")
			if err := score.StageCorpus(filepath.Join("../testdata", set, "corpus"), rawDir, raw); err != nil {
				t.Fatal(err)
			}
			res, err := score.BuildAndScore(raw, filepath.Join(t.TempDir(), "out"), filepath.Join("../testdata", set, "gold"))
			if err != nil {
				t.Fatal(err)
			}
			if m := res.MacroF1(); m < floors[set] {
				t.Errorf("macro-F1 %.3f; want >= %.2f\n%s", m, floors[set], res.Format(true))
			}
		})
	}
}

// TestEveryTestCorpusBuilds builds every corpus under testdata, the blind
// one included: a text must never make a build fail (a reference row
// without a name once did), whatever the extractor makes of it.
func TestEveryTestCorpusBuilds(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/*/corpus")
	dirs = append(dirs, "../testdata/corpus")
	if len(dirs) < 5 {
		t.Fatalf("found %d corpora", len(dirs))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(filepath.Dir(dir)), func(t *testing.T) {
			raw := filepath.Join(t.TempDir(), "raw")
			if err := score.StageCorpus(dir, rawDir, raw); err != nil {
				t.Fatal(err)
			}
			if _, err := pipeline.Build(pipeline.Options{RawDir: raw, OutDir: filepath.Join(t.TempDir(), "out"), Version: "0.0.0"}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestDeterministic builds twice, with one worker and with several, and
// requires identical bytes in every file.
func TestDeterministic(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for dir, workers := range map[string]int{a: 1, b: 4} {
		if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: dir, Version: "0.0.0", Workers: workers}); err != nil {
			t.Fatal(err)
		}
	}
	treetest.Same(t, a, b)
}

// TestBuildUsesNoSystemTempDir builds with the system's temporary folder
// missing: every temporary file of a build (spilled facts and evidence,
// validation runs, Parquet pages) goes next to the output, where the next
// build removes what a killed one left, never to the system's temporary
// folder.
func TestBuildUsesNoSystemTempDir(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: out, Version: "0.0.0"}); err != nil {
		t.Fatalf("build with no system temporary folder: %v", err)
	}
}

// TestCommittedOutIsFresh requires the committed out/ to be what a build of
// raw/ gives now: run make dataset and commit when it fails.
func TestCommittedOutIsFresh(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "out")
	version, _ := os.ReadFile("../VERSION")
	if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: fresh, Version: string(bytes.TrimSpace(version))}); err != nil {
		t.Fatal(err)
	}
	treetest.Same(t, fresh, "../out")
}

// TestSeedFacts checks facts of the seeds that the issue names: the agenda of
// the December 2019 meeting, and one person found in both seeds.
func TestSeedFacts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: out, Version: "0.0.0"}); err != nil {
		t.Fatal(err)
	}
	ds, sources, err := validate.ReadDir(out, rawDir)
	if err != nil {
		t.Fatal(err)
	}
	if ps := validate.Dataset(ds, sources, out+"/csv"); len(ps) > 0 {
		t.Fatalf("the built dataset does not validate:\n%s", ps.Detail())
	}
	dec2, _ := schemas.ParseDate("2019-12-02")
	var meetingID string
	for _, m := range ds.Meetings {
		if m.StartDate != nil && *m.StartDate == dec2 {
			meetingID = m.MeetingID
		}
	}
	if meetingID == "" {
		t.Fatal("no meeting starts on 2019-12-02")
	}
	var seqs []int32
	for _, s := range ds.Sessions {
		if s.MeetingID == meetingID {
			seqs = append(seqs, s.Seq)
		}
	}
	if len(seqs) != 6 {
		t.Errorf("meeting %s has sessions %v; want the six agenda items", meetingID, seqs)
	}
	var people []string
	for _, p := range ds.People {
		if p.Name == "François Delerue" {
			people = append(people, p.PersonID)
		}
	}
	if len(people) != 1 {
		t.Fatalf("people named François Delerue: %v; want exactly one", people)
	}
	from := map[string]bool{}
	for _, e := range ds.Evidence {
		if e.EntityTable == "people" && e.EntityID == people[0] {
			from[e.SourceID] = true
		}
	}
	if len(from) != 2 {
		t.Errorf("evidence for %s comes from %v; want both seeds", people[0], from)
	}
}
