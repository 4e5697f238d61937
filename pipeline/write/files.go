package write

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writtenFile is what datapackage.json records about a file the writer made.
type writtenFile struct {
	Path   string // relative to the output directory, with forward slashes
	Bytes  int64
	SHA256 string // lowercase hex
}

// countingHash measures and hashes what passes through it.
type countingHash struct {
	n int64
	h interface {
		io.Writer
		Sum([]byte) []byte
	}
}

func (c *countingHash) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return c.h.Write(p)
}

// writeFile creates dir/rel (and its parent folders), lets fill write its
// content, and syncs it to disk so a later rename publishes complete files.
func writeFile(dir, rel string, fill func(io.Writer) error) (writtenFile, error) {
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return writtenFile{}, fmt.Errorf("creating folder for %s: %w", rel, err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return writtenFile{}, fmt.Errorf("creating %s: %w", rel, err)
	}
	sum := &countingHash{h: sha256.New()}
	err = fill(io.MultiWriter(f, sum))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return writtenFile{}, fmt.Errorf("writing %s: %w", rel, err)
	}
	return writtenFile{Path: rel, Bytes: sum.n, SHA256: hex.EncodeToString(sum.h.Sum(nil))}, nil
}
