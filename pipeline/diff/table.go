package diff

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// table is one CSV file read generically: its header and its rows by
// primary key.
type table struct {
	header []string
	rows   map[string][]string // primary key → record
	exists bool                // false when the file is absent
}

// keySep joins the values of a composite primary key. A unit separator
// cannot occur in our identifiers, so joined keys never collide.
const keySep = "\x1f"

// readTable reads path, keying rows by the columns of key. An absent file is
// an empty table, so a table added or removed between releases shows all its
// rows as added or removed.
func readTable(path string, key []string) (*table, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &table{rows: map[string][]string{}}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err == io.EOF {
		return &table{rows: map[string][]string{}, exists: true}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	idx, err := keyIndexes(header, key)
	if err != nil {
		return nil, fmt.Errorf("%s:1:1: %w (have %s; rebuild the folder with the current schemas)", path, err, strings.Join(header, ", "))
	}
	t := &table{header: header, rows: map[string][]string{}, exists: true}
	firstLine := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return t, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		k := joinKey(rec, idx)
		line, _ := r.FieldPos(0)
		if first, dup := firstLine[k]; dup {
			return nil, fmt.Errorf("%s:%d:1: %w %s (first on line %d): fix the build that wrote it",
				path, line, ErrDuplicateKey, displayKey(k), first)
		}
		firstLine[k] = line
		t.rows[k] = rec
	}
}

func keyIndexes(header, key []string) ([]int, error) {
	idx := make([]int, len(key))
	for i, k := range key {
		idx[i] = slices.Index(header, k)
		if idx[i] < 0 {
			return nil, fmt.Errorf("%w: %s", ErrMissingKeyColumn, k)
		}
	}
	return idx, nil
}

func joinKey(rec []string, idx []int) string {
	parts := make([]string, len(idx))
	for i, j := range idx {
		parts[i] = rec[j]
	}
	return strings.Join(parts, keySep)
}

// displayKey renders a joined key for people: composite keys as "a, b".
func displayKey(k string) string {
	return strings.ReplaceAll(k, keySep, ", ")
}

// sortedKeys returns the keys of m in byte order.
func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
