// Package score measures a built dataset against hand-made gold annotations,
// with the matching rules of the project's reference scorer
// (score-extraction): recall over the gold items marked core, precision over
// every row emitted, F1 per table and their mean.
package score

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Tables are the tables scored, in the order they are printed.
var Tables = []string{"meetings", "sessions", "organisations", "people", "publications"}

var nameCols = map[string][]string{
	"meetings":      {"name", "short_name"},
	"sessions":      {"title", "name"},
	"organisations": {"name", "acronym", "short_name"},
	"people":        {"name", "full_name"},
	"publications":  {"title", "symbol", "identifier"},
}

var aliasCols = []string{"aliases", "alias", "also_known_as"}

// Item is one gold annotation: a JSON object of the gold file plus the file
// it came from.
type Item struct {
	Fields map[string]any
	Doc    string
}

// Gold holds the annotations of every table.
type Gold map[string][]Item

// Row is one row of a built CSV table, by column name.
type Row map[string]string

// TableScore is the score of one table.
type TableScore struct {
	Rows, Core, CoreFound, RowsMatched int
	Recall, Precision, F1              float64
	Missed, Unmatched                  []string
}

// Result is the score of every table.
type Result map[string]TableScore

// MacroF1 is the mean of the tables' (rounded) F1.
func (r Result) MacroF1() float64 {
	sum := 0.0
	for _, t := range Tables {
		sum += r[t].F1
	}
	return sum / float64(len(Tables))
}

// LoadGold reads every *.json file of dir (or only the named ones).
func LoadGold(dir string, only ...string) (Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	g := Gold{}
	for _, f := range files {
		if len(only) > 0 && !contains(only, filepath.Base(f)) {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("reading gold %s: %w", f, err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			return nil, fmt.Errorf("parsing gold %s: %w", f, err)
		}
		name, _ := doc["doc"].(string)
		if name == "" {
			name = filepath.Base(f)
		}
		for _, t := range Tables {
			items, _ := doc[t].([]any)
			for _, it := range items {
				if m, ok := it.(map[string]any); ok {
					g[t] = append(g[t], Item{Fields: m, Doc: name})
				}
			}
		}
	}
	return g, nil
}

// ReadTable reads csvDir/<table>.csv; a missing file is an empty table.
func ReadTable(csvDir, table string) ([]Row, error) {
	f, err := os.Open(filepath.Join(csvDir, table+".csv"))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) == 0 {
		return nil, err
	}
	var rows []Row
	for _, rec := range recs[1:] {
		r := Row{}
		for i, h := range recs[0] {
			if i < len(rec) {
				r[h] = rec[i]
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// Score scores the CSV tables under csvDir against gold.
func Score(csvDir string, gold Gold) (Result, error) {
	res := Result{}
	for _, t := range Tables {
		rows, err := ReadTable(csvDir, t)
		if err != nil {
			return nil, fmt.Errorf("reading %s table: %w", t, err)
		}
		res[t] = scoreTable(t, rows, gold[t])
	}
	return res, nil
}

func scoreTable(t string, rows []Row, items []Item) TableScore {
	var s TableScore
	s.Rows = len(rows)
	for _, it := range items {
		if core, _ := it.Fields["core"].(bool); !core {
			continue
		}
		s.Core++
		if anyRow(rows, func(r Row) bool { return matches(t, it, r) }) {
			s.CoreFound++
		} else {
			s.Missed = append(s.Missed, goldNames(it)[0]+"  ["+it.Doc+"]")
		}
	}
	for _, r := range rows {
		if anyItem(items, func(it Item) bool { return matches(t, it, r) }) {
			s.RowsMatched++
		} else {
			s.Unmatched = append(s.Unmatched, strings.Join(rowNames(t, r), " | "))
		}
	}
	s.Recall = 1.0
	if s.Core > 0 {
		s.Recall = float64(s.CoreFound) / float64(s.Core)
	}
	switch {
	case s.Rows > 0:
		s.Precision = float64(s.RowsMatched) / float64(s.Rows)
	case s.Core == 0:
		s.Precision = 1.0
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.Recall, s.Precision, s.F1 = round3(s.Recall), round3(s.Precision), round3(s.F1)
	return s
}

// round3 rounds like Python's round(x, 3) does for these values.
func round3(x float64) float64 { return math.RoundToEven(x*1000) / 1000 }

func anyRow(rows []Row, f func(Row) bool) bool {
	for _, r := range rows {
		if f(r) {
			return true
		}
	}
	return false
}

func anyItem(items []Item, f func(Item) bool) bool {
	for _, it := range items {
		if f(it) {
			return true
		}
	}
	return false
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
