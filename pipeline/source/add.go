package source

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// AddMeta is the manifest metadata Add gives every file it adds; empty
// fields stay empty.
type AddMeta struct {
	URL       string
	Title     string
	Publisher string
	Published string // YYYY-MM-DD
	Retrieved string // YYYY-MM-DD
	Licence   string
}

// pending is one file Add has checked and will copy.
type pending struct {
	from, to string // source file and its place in raw/sources
	data     []byte
	entry    Entry
}

// Add copies files into rawDir/sources/ (a file already there stays where
// it is) and lists them in rawDir/sources.csv, creating it if needed. The
// source_id is the file name as SourceIDFromName gives it. Adding again a
// file the manifest already lists at the same path updates its row: the new
// sha256, and the metadata of meta that is not empty. Add checks every file
// first and writes nothing when any problem is found; it returns the new
// and updated entries.
func Add(rawDir string, files []string, meta AddMeta) ([]Entry, error) {
	return AddFiles(rawDir, files, meta, LoadOptions{})
}

// AddFiles is Add with the limits Load applies, so that a file Load would
// refuse as too big is refused up front.
func AddFiles(rawDir string, files []string, meta AddMeta, opts LoadOptions) ([]Entry, error) {
	var errs ErrorList
	existing := readExistingManifest(&errs, rawDir)
	checkAddMeta(&errs, meta)
	sourcesDir := filepath.Join(rawDir, SourcesDir)
	listed := make(map[string]Entry, len(existing))
	for _, e := range existing {
		listed[e.SourceID] = e
	}
	batch := make(map[string]string, len(files))
	var adds []pending
	for _, f := range files {
		p, ok := checkAddFile(&errs, sourcesDir, f, meta, listed, batch, opts.maxBytes())
		if ok {
			adds = append(adds, p)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(sourcesDir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", sourcesDir, err)
	}
	var added []Entry
	for _, p := range adds {
		if p.from != p.to {
			if err := writeFileAtomic(p.to, p.data); err != nil {
				return nil, fmt.Errorf("copying %s: %w", p.from, err)
			}
		}
		listed[p.entry.SourceID] = p.entry
		added = append(added, p.entry)
	}
	all := make([]Entry, 0, len(listed))
	for _, e := range listed {
		all = append(all, e) // WriteManifest sorts by source_id
	}
	if err := WriteManifest(rawDir, all); err != nil {
		return nil, fmt.Errorf("adding to the manifest: %w", err)
	}
	return added, nil
}

// readExistingManifest reads the manifest if there is one; a missing
// manifest is an empty one.
func readExistingManifest(errs *ErrorList, rawDir string) []Entry {
	rows, _, rowErrs := readManifest(rawDir)
	if len(rows) == 0 && len(rowErrs) == 1 && errors.Is(rowErrs[0], ErrMissingFile) {
		if _, err := os.Stat(filepath.Join(rawDir, ManifestName)); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
	}
	*errs = append(*errs, rowErrs...)
	entries := make([]Entry, len(rows))
	for i, r := range rows {
		entries[i] = r.Entry
	}
	return entries
}

// checkAddMeta refuses impossible dates and values that cannot sit on one
// manifest line.
func checkAddMeta(errs *ErrorList, m AddMeta) {
	checkDate(errs, Pos{}, "published", m.Published)
	checkDate(errs, Pos{}, "retrieved", m.Retrieved)
	fields := []struct{ name, value string }{
		{"url", m.URL}, {"title", m.Title}, {"publisher", m.Publisher}, {"licence", m.Licence},
	}
	for _, f := range fields {
		if strings.IndexFunc(f.value, isControl) >= 0 {
			errs.Add(Pos{}, ErrManifestSyntax, "%s: has a control character (line break or tab); give one line of text", f.name)
		}
	}
}

// checkAddFile checks one file the way Load will, and that its source_id
// is new (or names the row of the same path, which it then updates), and
// returns what to copy.
func checkAddFile(errs *ErrorList, sourcesDir, file string, meta AddMeta, listed map[string]Entry, batch map[string]string, max int64) (pending, bool) {
	n := len(*errs)
	info, err := os.Stat(file)
	if err != nil || !info.Mode().IsRegular() {
		errs.Add(Pos{Filename: file}, ErrMissingFile, "no such file; check the path")
		return pending{}, false
	}
	id := SourceIDFromName(file)
	relPath := SourcesDir + "/" + filepath.Base(file)
	old, relisted := listed[id]
	switch prev, inBatch := batch[id]; {
	case id == "":
		errs.Add(Pos{Filename: file}, ErrSourceID, "the file name gives an empty source_id; rename the file")
	case inBatch:
		errs.Add(Pos{Filename: file}, ErrDuplicateID, "source_id %q is already used (by %s); rename the file", id, prev)
	case relisted && old.Path != relPath:
		errs.Add(Pos{Filename: file}, ErrDuplicateID,
			"source_id %q is already used (by %s on line %d of the manifest); rename the file", id, old.Path, old.Line)
	default:
		batch[id] = file
	}
	if !checkExtension(errs, file) || !checkSize(errs, file, info, max) {
		return pending{}, false
	}
	data, err := os.ReadFile(file)
	if err != nil {
		errs.Add(Pos{Filename: file}, ErrMissingFile, "reading: %v", err)
		return pending{}, false
	}
	if checkContent(errs, file, data) {
		if _, err := NewDocument(Entry{}, file, data); err != nil {
			appendErr(errs, err)
		}
	}
	to := filepath.Join(sourcesDir, filepath.Base(file))
	from := destinationOf(errs, file, to, data, relisted)
	if len(*errs) > n {
		return pending{}, false
	}
	e := Entry{SourceID: id, Path: relPath}
	if relisted {
		e = old
		e.Line = 0
	}
	e.SHA256 = sha256Hex(data)
	setIfGiven(&e.URL, meta.URL)
	setIfGiven(&e.Title, meta.Title)
	setIfGiven(&e.Publisher, meta.Publisher)
	setIfGiven(&e.Published, meta.Published)
	setIfGiven(&e.Retrieved, meta.Retrieved)
	setIfGiven(&e.Licence, meta.Licence)
	return pending{from: from, to: to, data: data, entry: e}, true
}

// setIfGiven sets *field to v unless v is empty.
func setIfGiven(field *string, v string) {
	if v != "" {
		*field = v
	}
}

// destinationOf returns the path the file is copied from: to itself when
// the file already is in the sources folder (nothing to copy), and refuses
// to overwrite a different file of the same name unless it is replacing
// the file of a listed row.
func destinationOf(errs *ErrorList, file, to string, data []byte, replacing bool) string {
	a, errA := filepath.Abs(file)
	b, errB := filepath.Abs(to)
	if errA == nil && errB == nil && a == b {
		return to
	}
	if old, err := os.ReadFile(to); err == nil && !replacing && !bytes.Equal(old, data) {
		errs.Add(Pos{Filename: file}, ErrExists,
			"%s already exists with other content; rename the file or delete the old one", to)
	}
	return file
}
