package validate

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path"
	"path/filepath"

	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// DatasetFrom is Dataset for builds too large to hold every source in
// memory: it reads the sources from rawDir (by the path in the sources
// table) one at a time, in source_id order, and checks the evidence into
// each while it is loaded. It finds the same problems as Dataset. Its
// temporary files go in the system's temporary folder; see DatasetFromIn.
func DatasetFrom(ds *schemas.Dataset, rawDir, csvDir string) Problems {
	return DatasetFromIn(ds, rawDir, csvDir, nil)
}

// DatasetFromIn is DatasetFrom keeping its temporary files under tmp, a
// build's spill folder (the system's temporary folder when tmp is nil):
// a build that is killed then leaves nothing elsewhere.
func DatasetFromIn(ds *schemas.Dataset, rawDir, csvDir string, tmp *spill.Dir) Problems {
	return check(ds, csvDir, tmp, func(s schemas.Source) ([]byte, error) {
		return os.ReadFile(filepath.Join(rawDir, filepath.FromSlash(s.Path)))
	})
}

// checkSources checks every source's checksum and every evidence span
// against the bytes read reads, one source at a time: evidence rows in
// memory are grouped by source, keeping their line in evidence.csv;
// streamed ones come from spans, sorted by source (see
// checkEvidenceStream).
func checkSources(ps *Problems, tbs map[string]*table, csvDir string, read func(schemas.Source) ([]byte, error), spans *spill.Sorted) error {
	evidence := tbs["evidence"].rows.Interface().([]schemas.Evidence)
	lines := map[string][]int{} // source_id → indexes into evidence
	for i, e := range evidence {
		lines[e.SourceID] = append(lines[e.SourceID], i)
	}
	file := path.Join(csvDir, "evidence.csv")
	tb := tbs["sources"]
	nextSource, readErr, stop := tb.sourceRows()
	defer stop()
	next := 0 // the next source to check
	var cur schemas.Source
	var raw []byte
	loaded := false
	// upTo checks the sources up to and including the i-th, which is then
	// cur.
	upTo := func(i int) {
		for ; next <= i && next < len(tb.keys); next++ {
			s, ok := nextSource()
			if !ok {
				next, loaded = len(tb.keys), false
				return
			}
			cur = s
			raw, loaded = checkSource(ps, csvDir, next, s, read)
			if loaded {
				for _, k := range lines[s.SourceID] {
					checkSpan(ps, file, k+2, evidence[k], raw, s.MediaType)
				}
			}
			delete(lines, s.SourceID)
		}
	}
	if spans != nil {
		err := spans.Each(func(rec []byte) error {
			sc, err := decodeSpanCheck(rec)
			if err != nil {
				return err
			}
			upTo(sc.source)
			if loaded {
				checkSpan(ps, file, sc.line, sc.ev, raw, cur.MediaType)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	upTo(len(tb.keys) - 1)
	stop()
	if err := readErr(); err != nil {
		return err
	}
	for _, ks := range lines {
		for _, k := range ks {
			e := evidence[k]
			add(ps, file, k+2, 1, "%s: source %q is not loaded", e.EvidenceID, e.SourceID)
		}
	}
	return nil
}

// checkSource reads the i-th source and checks its checksum; it returns
// the bytes and whether they could be read.
func checkSource(ps *Problems, csvDir string, i int, s schemas.Source, read func(schemas.Source) ([]byte, error)) ([]byte, bool) {
	raw, err := read(s)
	if err != nil {
		add(ps, path.Join(csvDir, "sources.csv"), i+2, 1, "%s: cannot read raw/%s (%v); rebuild with uncyber build", s.SourceID, s.Path, err)
		return nil, false
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != s.SHA256 {
		add(ps, path.Join(csvDir, "sources.csv"), i+2, 1, "%s: sha256 does not match raw/%s; rebuild with uncyber build", s.SourceID, s.Path)
	}
	return raw, true
}

// checkSpan checks one evidence row against the bytes of its source.
func checkSpan(ps *Problems, file string, line int, e schemas.Evidence, raw []byte, media string) {
	switch {
	case e.ByteStart < 0 || e.ByteEnd <= e.ByteStart || e.ByteEnd > int64(len(raw)):
		add(ps, file, line, 1, "%s: span %d-%d is outside %s (%d bytes)", e.EvidenceID, e.ByteStart, e.ByteEnd, e.SourceID, len(raw))
	case media != "text/html" && string(raw[e.ByteStart:e.ByteEnd]) != e.Quote:
		add(ps, file, line, 1, "%s: quote %q differs from the source bytes %q", e.EvidenceID, e.Quote, raw[e.ByteStart:e.ByteEnd])
	}
}
