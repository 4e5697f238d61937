package source

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// LoadOptions tune Load.
type LoadOptions struct {
	// MaxBytes is the largest file accepted; 0 means DefaultMaxBytes.
	MaxBytes int64
}

// maxBytes returns the limit in force.
func (o LoadOptions) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Load reads rawDir/sources.csv and every file it lists, in source_id order.
// It checks everything before failing: when anything is wrong it returns nil
// and an ErrorList with every problem found, each matching one of the
// sentinel errors of this package.
func Load(rawDir string, opts LoadOptions) ([]*Document, error) {
	rows, paths, errs := readManifest(rawDir)
	manifest := filepath.Join(rawDir, ManifestName)
	sources, ok := sourcesFolder(&errs, rawDir)
	if !ok {
		return nil, errs.Err()
	}
	var docs []*Document
	for i := range rows {
		r := &rows[i]
		if !r.pathOK {
			continue
		}
		name := filepath.Join(rawDir, filepath.FromSlash(r.Path))
		data, ok := readListed(&errs, manifest, sources, name, r, opts.maxBytes())
		if !ok {
			continue
		}
		doc, err := NewDocument(r.Entry, name, data)
		if err != nil {
			appendErr(&errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	if paths != nil {
		listed := make(map[string]bool, len(paths))
		for _, p := range paths {
			listed[filepath.Join(rawDir, filepath.FromSlash(p))] = true
		}
		findUnlisted(&errs, rawDir, listed)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// sourcesFolder resolves rawDir/sources, which must be a folder inside
// rawDir even after following symlinks: a sources folder linked from
// elsewhere would let the build read outside the raw folder.
func sourcesFolder(errs *ErrorList, rawDir string) (sourcesPaths, bool) {
	name := filepath.Join(rawDir, SourcesDir)
	dir, err := filepath.EvalSymlinks(name)
	if err != nil {
		errs.Add(Pos{Filename: name}, ErrMissingFile,
			"cannot open the sources folder (%v); create it and add files with uncyber add", err)
		return sourcesPaths{}, false
	}
	root, err := filepath.EvalSymlinks(rawDir)
	if err != nil || !within(root, dir) || root == dir {
		errs.Add(Pos{Filename: name}, ErrOutsideRaw,
			"the sources folder resolves to %s, outside the raw folder; make it a real folder inside it and copy the files in", dir)
		return sourcesPaths{}, false
	}
	return sourcesPaths{given: name, resolved: dir}, true
}

// sourcesPaths is the sources folder as the raw folder names it and with
// its links resolved.
type sourcesPaths struct {
	given, resolved string
}

// resolve is filepath.EvalSymlinks(name) and os.Stat of the result. A
// regular file directly in the sources folder, as uncyber add leaves every
// file, resolves to the same name in the resolved folder: one Lstat then
// replaces EvalSymlinks' Lstat of every folder on the way (a tenth of
// loading time over 20,000 files) and the Stat.
func (p sourcesPaths) resolve(name string) (string, fs.FileInfo, error) {
	// EvalSymlinks gives "" with its error; Stat's error comes with the name.
	if filepath.Dir(name) == p.given {
		if info, err := os.Lstat(name); err == nil && info.Mode().IsRegular() {
			return filepath.Join(p.resolved, filepath.Base(name)), info, nil
		}
	}
	resolved, err := filepath.EvalSymlinks(name)
	if err != nil {
		return "", nil, err
	}
	info, err := os.Stat(resolved)
	return resolved, info, err
}

// readListed opens the file of one manifest row and checks it: it exists,
// stays inside the sources folder, has a readable size and extension,
// matches its checksum and holds text.
func readListed(errs *ErrorList, manifest string, sources sourcesPaths, name string, r *manifestRow, max int64) ([]byte, bool) {
	pathPos := r.pos(manifest, colPath)
	resolved, info, err := sources.resolve(name) // "" when name cannot be resolved
	switch {
	case resolved == "" && errors.Is(err, fs.ErrNotExist):
		errs.Add(pathPos, ErrMissingFile,
			"path: %s does not exist; put the file there or remove this row", name)
		return nil, false
	case resolved == "":
		errs.Add(pathPos, ErrMissingFile,
			"path: %s cannot be resolved (%v); replace the link with the file itself", name, err)
		return nil, false
	case !within(sources.resolved, resolved):
		errs.Add(pathPos, ErrOutsideRaw,
			"path: %s resolves to %s, outside the sources folder; copy the file in with uncyber add instead of linking it", name, resolved)
		return nil, false
	case err != nil || !info.Mode().IsRegular():
		errs.Add(pathPos, ErrMissingFile, "path: %s is not a regular file; point the row at a file", name)
		return nil, false
	}
	if !checkExtension(errs, name) || !checkSize(errs, name, info, max) {
		return nil, false
	}
	data, err := os.ReadFile(resolved)
	if err != nil {
		errs.Add(Pos{Filename: name}, ErrMissingFile, "reading: %v", err)
		return nil, false
	}
	if got := sha256Hex(data); r.shaOK && got != r.SHA256 {
		errs.Add(r.pos(manifest, colSHA256), ErrChecksum,
			"sha256: does not match the file %s (want %s…, got %s…); if you changed the file on purpose, run uncyber add again",
			name, r.SHA256[:8], got[:8])
		return nil, false
	}
	return data, checkContent(errs, name, data)
}

// within reports whether path lies inside dir (both already resolved).
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// sha256Hex is the lowercase hex SHA-256 of data.
func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// appendErr adds err to the list, flattening an ErrorList or *Error.
func appendErr(errs *ErrorList, err error) {
	var list ErrorList
	var one *Error
	switch {
	case errors.As(err, &list):
		*errs = append(*errs, list...)
	case errors.As(err, &one):
		*errs = append(*errs, one)
	default:
		*errs = append(*errs, &Error{Err: err, Msg: err.Error()})
	}
}

// findUnlisted reports files under rawDir/sources that the manifest does not
// list. Dot files (.gitkeep, .DS_Store) are ignored.
func findUnlisted(errs *ErrorList, rawDir string, listed map[string]bool) {
	root := filepath.Join(rawDir, SourcesDir)
	walkErr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.Add(Pos{Filename: p}, ErrMissingFile, "reading folder: %v", err)
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != root {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || listed[filepath.Clean(p)] {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			errs.Add(Pos{Filename: p}, ErrUnlisted,
				"symbolic link not listed in %s; delete it and add the file it points to with uncyber add, which copies it in", filepath.Join(rawDir, ManifestName))
			return nil
		}
		errs.Add(Pos{Filename: p}, ErrUnlisted,
			"not listed in %s; run uncyber add %s, or delete the file", filepath.Join(rawDir, ManifestName), p)
		return nil
	})
	if walkErr != nil {
		errs.Add(Pos{Filename: root}, ErrMissingFile, "reading folder: %v", walkErr)
	}
}
