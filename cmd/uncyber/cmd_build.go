package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/uncyber/uncyber/pipeline"
	"github.com/uncyber/uncyber/pipeline/cache"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/validate"
)

var cmdBuild = &command{
	Name:      "build",
	UsageLine: "build [-raw DIR] [-out DIR]",
	Short:     "build the dataset from the source texts",
	Long: `Build reads raw/sources.csv and every source it lists, extracts meetings, sessions,
organisations, people and publications with the spans they came from, merges them into
tables, validates them and writes CSV, Parquet and datapackage.json to the output folder.
The folder is replaced only when everything succeeded; on any problem it is left as it was
and every problem is printed as file:line:col: message.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		raw := fs.String("raw", "raw", "folder with sources.csv, sources/ and reference/")
		out := fs.String("out", "out", "folder to write the dataset to")
		version := fs.String("version", "", "dataset version (default: the VERSION file next to the raw folder, else 0.0.0)")
		cacheDir := fs.String("cache", cache.DefaultDir, "folder of the extraction cache, content-addressed by source sha256 and extractor version")
		noCache := fs.Bool("no-cache", false, "extract every source again, neither reading nor writing the cache")
		quiet := fs.Bool("quiet", false, "print no progress bar or timing summary on stderr")
		maxBytes := fs.Int64("max-bytes", source.DefaultMaxBytes, "largest source file accepted, in bytes")
		cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file (read it with go tool pprof)")
		memProfile := fs.String("memprofile", "", "write a heap profile, taken at the end of the build, to this file")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 {
				return usageError{"build takes no arguments"}
			}
			if *maxBytes <= 0 {
				return usageError{"-max-bytes must be positive"}
			}
			stop, err := startProfiles(*cpuProfile, *memProfile)
			if err != nil {
				return err
			}
			defer stop()
			opts := pipeline.Options{RawDir: *raw, OutDir: *out, Version: datasetVersion(*version, *raw), CacheDir: *cacheDir, MaxBytes: *maxBytes}
			if *noCache {
				opts.CacheDir = ""
			}
			if !*quiet {
				opts.Progress = pipeline.NewProgress(stderr, isTerminal(stderr))
			}
			report, err := pipeline.Build(opts)
			if err != nil {
				printProblems(stderr, err)
				return fmt.Errorf("build failed; %s is unchanged", *out)
			}
			fmt.Fprintf(stdout, "built %s from %d sources: %s\n", *out, len(report.Sources), report.Summary())
			if !*quiet {
				fmt.Fprintln(stderr, report.Build)
			}
			return nil
		}
	},
}

var cmdValidate = &command{
	Name:      "validate",
	UsageLine: "validate [-out DIR] [-raw DIR]",
	Short:     "check a built dataset against its schemas and sources",
	Long: `Validate reads the CSV tables of a built dataset back and checks every column against
schemas/ (required values, enums, primary and foreign keys), that every row has evidence,
and that every evidence quote equals the bytes of its source under the raw folder.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		out := fs.String("out", "out", "folder of the built dataset")
		raw := fs.String("raw", "raw", "folder the sources table's paths are relative to")
		return func(args []string, stdout, stderr io.Writer) error {
			ds, sources, err := validate.ReadDir(*out, *raw)
			if err != nil {
				return err
			}
			if err := validate.Dataset(ds, sources, *out+"/csv").Err(); err != nil {
				printProblems(stderr, err)
				return fmt.Errorf("%s is not valid", *out)
			}
			fmt.Fprintf(stdout, "%s is valid\n", *out)
			return nil
		}
	},
}

// printProblems prints every problem of a list error, one a line, or the
// error itself.
func printProblems(w io.Writer, err error) {
	if l, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range l.Unwrap() {
			fmt.Fprintln(w, e)
		}
		return
	}
	fmt.Fprintln(w, err)
}

// datasetVersion is the -version flag, else the VERSION file in the folder
// above raw (the repository root), else 0.0.0.
func datasetVersion(flagValue, raw string) string {
	if flagValue != "" {
		return flagValue
	}
	if b, err := os.ReadFile(raw + "/../VERSION"); err == nil {
		return strings.TrimSpace(string(b))
	}
	return "0.0.0"
}

// isTerminal reports whether w is a terminal, where a progress bar can be
// redrawn in place.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
