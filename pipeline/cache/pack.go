package cache

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/uncyber/uncyber/pipeline/normalise"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// packFormat marks the layout of a pack: a header, then Count records,
// in one gob stream so that type information is written once.
const packFormat = "uncyber-cache/3"

type packHeader struct {
	Format string
	Count  int
}

// packRecord is one input: its source and its facts, encoded (see
// normalise.Input.Facts).
type packRecord struct {
	Key    string
	Source normalise.Source
	Facts  []byte
}

// readPack reads every record of a pack, one at a time, keeping their facts
// in texts: in memory the cache holds a few bytes per input.
func readPack(name string, texts *spill.Texts) (map[string]normalise.Input, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	var h packHeader
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if h.Format != packFormat {
		return nil, fmt.Errorf("reading %s: format %q, want %q", name, h.Format, packFormat)
	}
	m := make(map[string]normalise.Input, h.Count)
	for range h.Count {
		var r packRecord
		if err := dec.Decode(&r); err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		in, err := normalise.InputFromFacts(texts, r.Source, r.Facts)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", name, err)
		}
		m[r.Key] = in
	}
	return m, nil
}

// writePack replaces the pack name with the records of m, in key order, so
// that the same results give the same bytes.
func writePack(name string, m map[string]normalise.Input) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), ".pack-*")
	if err != nil {
		return fmt.Errorf("writing the cache: %w", err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	enc := gob.NewEncoder(w)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	err = enc.Encode(packHeader{Format: packFormat, Count: len(keys)})
	for _, k := range keys {
		if err != nil {
			break
		}
		in := m[k]
		var src normalise.Source
		var facts []byte
		if src, err = in.Source(); err == nil {
			if facts, err = in.Facts(); err == nil {
				err = enc.Encode(packRecord{Key: k, Source: src, Facts: facts})
			}
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if err != nil {
		return fmt.Errorf("writing the cache %s: %w", name, err)
	}
	return nil
}
