package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/uncyber/uncyber/pipeline/diff"
	"github.com/uncyber/uncyber/pipeline/release"
)

var cmdRelease = &command{
	Name:      "release",
	UsageLine: "release [-out DIR] [-dist DIR] -time UNIX [-previous DIR | -previous-datapackage FILE]",
	Short:     "pack a built dataset into a citable, reproducible zip",
	Long: `Release packs the built dataset into DIST/uncyber-<VERSION>.zip with datapackage.json,
CITATION.cff, CHANGELOG.md, the licences, a codebook generated from schemas/ and SHA256SUMS.
Every entry carries the time given by -time (use the last commit's time, so that two runs on
the same commit give the same bytes). With a previous release, a breaking schema change is
refused unless VERSION has a new major version.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		out := fs.String("out", "out", "folder of the built dataset")
		dist := fs.String("dist", "dist", "folder to write the zip to")
		unix := fs.Int64("time", 0, "timestamp of every entry, seconds since 1970 (git log -1 --format=%ct)")
		prev := fs.String("previous", "", "out/ folder or unzipped release of the previous version")
		prevPkg := fs.String("previous-datapackage", "", "datapackage.json of the previous version")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usageError{"release takes no arguments"}
			}
			if *unix <= 0 {
				return usageError{"release needs -time, e.g. -time $(git log -1 --format=%ct)"}
			}
			zip, err := release.Build(*out, *dist, release.Options{
				Root: ".", Time: time.Unix(*unix, 0).UTC(), PreviousOut: *prev, PreviousDatapackage: *prevPkg,
			})
			if err != nil {
				printProblems(stderr, err)
				return fmt.Errorf("no release was written")
			}
			fmt.Fprintln(stdout, zip)
			return nil
		}
	},
}

var cmdDiff = &command{
	Name:      "diff",
	UsageLine: "diff [-json] OLD NEW",
	Short:     "compare two releases or out/ folders",
	Long: `Diff compares two built datasets (out/ folders or unzipped releases): per table, the rows
added, removed and changed by primary key with the changed fields, and the schema changes with
whether they break users. The Markdown output is meant for CHANGELOG.md.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		asJSON := fs.Bool("json", false, "print JSON instead of Markdown")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) != 2 {
				return usageError{"diff needs two folders, OLD and NEW"}
			}
			r, err := diff.Compare(args[0], args[1])
			if err != nil {
				printProblems(stderr, err)
				return fmt.Errorf("comparing %s and %s failed", args[0], args[1])
			}
			if *asJSON {
				_, err = stdout.Write(r.JSON())
			} else {
				_, err = stdout.Write(r.Markdown())
			}
			return err
		}
	},
}

var cmdCodebook = &command{
	Name:      "codebook",
	UsageLine: "codebook [-out DIR] [-o FILE]",
	Short:     "print the codebook of a built dataset",
	Long:      "Codebook prints every table and column with type, constraints, description and row counts, generated from schemas/.",
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		out := fs.String("out", "out", "folder of the built dataset")
		file := fs.String("o", "", "write to FILE instead of standard output")
		return func(args []string, stdout, stderr io.Writer) error {
			b, err := release.Codebook(*out)
			if err != nil {
				return err
			}
			if *file == "" {
				_, err = stdout.Write(b)
				return err
			}
			if err := os.MkdirAll(filepath.Dir(*file), 0o755); err != nil {
				return err
			}
			return os.WriteFile(*file, b, 0o644)
		}
	},
}
