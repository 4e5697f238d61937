package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/uncyber/uncyber/pipeline/synth"
)

var cmdSynth = &command{
	Name:      "synth",
	UsageLine: "synth -n N [-seed S] -out DIR [-raw DIR]",
	Short:     "write a synthetic corpus for benchmarks",
	Long: `Synth writes N synthetic texts (plain text, Markdown and HTML, in the genres of the
fixture corpus) about meetings, organisations and people drawn from generated pools that
grow with N, registers them in DIR/sources.csv and copies the reference data, so that
uncyber build -raw DIR builds them. The same seed gives the same bytes. DIR must be new
or empty.`,
	Setup: func(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		n := fs.Int("n", 1000, "number of texts")
		seed := fs.Uint64("seed", 1, "random seed")
		out := fs.String("out", "", "folder to write the corpus to (a raw folder)")
		raw := fs.String("raw", "raw", "raw folder whose reference/ the corpus uses")
		return func(args []string, stdout, stderr io.Writer) error {
			if len(args) > 0 || *out == "" {
				return usageError{"synth takes no arguments and needs -out DIR"}
			}
			st, err := synth.Generate(synth.Options{N: *n, Seed: *seed, OutDir: *out, RefDir: filepath.Join(*raw, "reference")})
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "wrote %d texts (%.1f MB; %d txt, %d md, %d html) to %s\n",
				st.Texts, float64(st.Bytes)/1e6, st.ByFormat["txt"], st.ByFormat["md"], st.ByFormat["html"], *out)
			return nil
		}
	},
}
