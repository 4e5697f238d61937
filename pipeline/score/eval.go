package score

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/source"
)

// BuildAndScore builds the sources of rawDir into outDir and scores the
// result against the gold files of goldDir that belong to those sources (a
// source's gold file is named after its file, with .json for the extension).
func BuildAndScore(rawDir, outDir, goldDir string) (Result, error) {
	if _, err := pipeline.Build(pipeline.Options{RawDir: rawDir, OutDir: outDir, Version: "0.0.0"}); err != nil {
		return nil, fmt.Errorf("building %s: %w", rawDir, err)
	}
	entries, err := source.ReadManifest(rawDir)
	if err != nil {
		return nil, err
	}
	var golds []string
	for _, e := range entries {
		base := filepath.Base(e.Path)
		golds = append(golds, strings.TrimSuffix(base, filepath.Ext(base))+".json")
	}
	gold, err := LoadGold(goldDir, golds...)
	if err != nil {
		return nil, err
	}
	return Score(filepath.Join(outDir, "csv"), gold)
}

// StageCorpus makes rawDir a raw folder holding every text of corpusDir,
// registered as uncyber add would, and the reference data of referenceRaw.
// Fixtures are built this way in a temporary folder, never in raw/.
func StageCorpus(corpusDir, referenceRaw, rawDir string) error {
	if err := copyDir(filepath.Join(referenceRaw, "reference"), filepath.Join(rawDir, "reference")); err != nil {
		return fmt.Errorf("copying reference data: %w", err)
	}
	files, err := os.ReadDir(corpusDir)
	if err != nil {
		return fmt.Errorf("reading %s: %w", corpusDir, err)
	}
	var paths []string
	for _, f := range files {
		if !f.IsDir() {
			paths = append(paths, filepath.Join(corpusDir, f.Name()))
		}
	}
	sort.Strings(paths)
	if _, err := source.Add(rawDir, paths, source.AddMeta{}); err != nil {
		return fmt.Errorf("registering %s: %w", corpusDir, err)
	}
	return nil
}

func copyDir(from, to string) error {
	files, err := os.ReadDir(from)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, f.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, f.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
