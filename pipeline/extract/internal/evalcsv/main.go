// Command evalcsv runs the extractor over text files and writes naive CSV
// tables (merged by matching key, facts below the threshold left out) that
// the reference scorer can read, so the rules can be measured without the
// rest of the pipeline.
//
//	go run ./pipeline/extract/internal/evalcsv -raw raw -out /tmp/eval FILE...
package main

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/names"
	"github.com/uncyber/uncyber/pipeline/source"
)

// row is one naive output row: its name columns and aliases.
type row struct {
	cols    []string
	aliases []string
}

func main() {
	rawDir := flag.String("raw", "raw", "raw folder holding reference/ and sources.csv")
	out := flag.String("out", "", "folder to write the CSV tables to")
	flag.Parse()
	if err := run(*rawDir, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "evalcsv:", err)
		os.Exit(1)
	}
}

func run(rawDir, out string, files []string) error {
	ref, err := extract.LoadReference(rawDir)
	if err != nil {
		return err
	}
	entries := map[string]source.Entry{}
	if list, err := source.ReadManifest(rawDir); err == nil {
		for _, e := range list {
			entries[filepath.Base(e.Path)] = e
		}
	}
	tables := map[string]map[string]*row{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("reading %s: %w", f, err)
		}
		e := entries[filepath.Base(f)]
		e.SourceID = filepath.Base(f)
		doc, err := source.NewDocument(e, f, data)
		if err != nil {
			return fmt.Errorf("loading %s: %w", f, err)
		}
		collect(tables, extract.Extract(doc, ref))
	}
	return write(tables, out)
}

func add(tables map[string]map[string]*row, table, key string, cols, aliases []string) {
	if tables[table] == nil {
		tables[table] = map[string]*row{}
	}
	k := names.Key(key)
	if r, ok := tables[table][k]; ok {
		r.aliases = append(r.aliases, aliases...)
		return
	}
	tables[table][k] = &row{cols, aliases}
}

func collect(t map[string]map[string]*row, r extract.Result) {
	for _, o := range r.Organisations {
		if o.Confidence >= extract.Threshold {
			add(t, "organisations", o.Name, []string{o.Name, o.Acronym}, o.Aliases)
		}
	}
	for _, p := range r.People {
		if p.Confidence >= extract.Threshold {
			add(t, "people", p.Name, []string{p.Name}, p.Aliases)
		}
	}
	for _, m := range r.Meetings {
		if m.Confidence < extract.Threshold {
			continue
		}
		start, end := "", ""
		if m.Start != nil {
			start, end = m.Start.ISO(), m.End.ISO()
		}
		add(t, "meetings", m.Name+start, []string{m.Name, start, end}, m.Aliases)
		for _, s := range m.Sessions {
			if s.Confidence >= extract.Threshold {
				add(t, "sessions", s.Title, []string{s.Title}, nil)
			}
		}
	}
	for _, p := range r.Publications {
		if p.Confidence >= extract.Threshold {
			add(t, "publications", p.Title, []string{p.Title, p.Symbol}, p.Aliases)
		}
	}
}

var headers = map[string][]string{
	"organisations": {"name", "acronym", "aliases"},
	"people":        {"name", "aliases"},
	"meetings":      {"name", "start_date", "end_date", "aliases"},
	"sessions":      {"title", "aliases"},
	"publications":  {"title", "symbol", "aliases"},
}

func write(tables map[string]map[string]*row, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for table, header := range headers {
		f, err := os.Create(filepath.Join(out, table+".csv"))
		if err != nil {
			return err
		}
		w := csv.NewWriter(f)
		w.Write(header)
		var keys []string
		for k := range tables[table] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			r := tables[table][k]
			al, _ := json.Marshal(r.aliases)
			w.Write(append(append([]string{}, r.cols...), string(al)))
		}
		w.Flush()
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}
