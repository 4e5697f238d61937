package main

import (
	"flag"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/uncyber/uncyber/pipeline/source"
)

var cmdAdd = &command{
	Name:      "add",
	UsageLine: "add [-raw DIR] [-url U] [-title T] [-publisher P] [-published D] [-licence L] FILE...",
	Short:     "register source texts in the manifest",
	Long: `Add copies each FILE into raw/sources/ (unless it is already there), computes its sha256,
derives its source_id from the file name and appends a row to raw/sources.csv, creating the
manifest if needed. It refuses, before writing anything, files that the build would refuse:
invalid UTF-8, binary or empty files, unknown extensions, duplicate ids and impossible dates.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		raw := fs.String("raw", "raw", "folder with sources.csv and sources/")
		var meta source.AddMeta
		fs.StringVar(&meta.URL, "url", "", "where the text was retrieved from")
		fs.StringVar(&meta.Title, "title", "", "title of the source")
		fs.StringVar(&meta.Publisher, "publisher", "", "who published it")
		fs.StringVar(&meta.Published, "published", "", "publication date, YYYY-MM-DD")
		fs.StringVar(&meta.Licence, "licence", "", "licence of the text, e.g. CC BY 4.0")
		maxBytes := fs.Int64("max-bytes", source.DefaultMaxBytes, "largest file accepted, in bytes")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) == 0 {
				return usageError{"add needs at least one FILE"}
			}
			if *maxBytes <= 0 {
				return usageError{"-max-bytes must be positive"}
			}
			entries, err := source.AddFiles(*raw, args, meta, source.LoadOptions{MaxBytes: *maxBytes})
			if err != nil {
				printProblems(stderr, err)
				return fmt.Errorf("nothing was added")
			}
			for _, e := range entries {
				fmt.Fprintf(stdout, "added %s (%s)\n", e.SourceID, e.Path)
			}
			return nil
		}
	},
}

var cmdVersion = &command{
	Name:      "version",
	UsageLine: "version",
	Short:     "print the program and dataset versions",
	Long:      "Version prints the dataset version (the VERSION file) and the program's module version.",
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		raw := fs.String("raw", "raw", "raw folder; VERSION is read from the folder above it")
		return func(args []string, stdout, stderr io.Writer) error {
			mod := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				mod = bi.Main.Version
			}
			fmt.Fprintf(stdout, "uncyber dataset %s, program %s\n", datasetVersion("", *raw), mod)
			return nil
		}
	},
}
