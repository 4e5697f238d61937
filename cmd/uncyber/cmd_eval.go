package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/uncyber/uncyber/pipeline/score"
)

var cmdEval = &command{
	Name:      "eval",
	UsageLine: "eval [-corpus DIR] [-seeds DIR] [-reference DIR] [-gold DIR] [-misses] [-keep DIR]",
	Short:     "score the extractor on annotated texts",
	Long: `Eval builds the seed sources (a raw folder) and the fixture texts of a corpus folder, each
into a temporary folder, and prints recall, precision and F1 per table against the gold
annotations, with the matching rules of the project's reference scorer. Nothing is written
to raw/ or out/; -keep DIR keeps the dataset built from the corpus in DIR, to read the rows
behind the numbers.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		corpus := fs.String("corpus", "testdata/corpus", "folder of fixture texts")
		seeds := fs.String("seeds", "raw", "raw folder of the seed sources; empty to skip them")
		reference := fs.String("reference", "raw", "raw folder whose reference/ data the fixtures are built with")
		gold := fs.String("gold", "testdata/gold", "folder of gold annotations, one JSON file per text")
		misses := fs.Bool("misses", false, "list missed gold items and rows not in gold")
		keep := fs.String("keep", "", "folder to keep the dataset built from the corpus in (it must not exist)")
		return func(args []string, stdout, stderr io.Writer) error {
			tmp, err := os.MkdirTemp("", "uncyber-eval-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			if *seeds != "" {
				seedRes, err := score.BuildAndScore(*seeds, filepath.Join(tmp, "seeds-out"), *gold)
				if err != nil {
					return err
				}
				fmt.Fprintf(stdout, "seeds (%s):\n%s\n", *seeds, seedRes.Format(*misses))
			}
			raw := filepath.Join(tmp, "raw")
			if err := score.StageCorpus(*corpus, *reference, raw); err != nil {
				return err
			}
			devOut := filepath.Join(tmp, "dev-out")
			if *keep != "" {
				if _, err := os.Stat(*keep); err == nil {
					return fmt.Errorf("keeping the dataset in %s: the folder exists; remove it or name another", *keep)
				}
				devOut = *keep
			}
			devRes, err := score.BuildAndScore(raw, devOut, *gold)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "fixtures (%s):\n%s", *corpus, devRes.Format(*misses))
			return nil
		}
	},
}
