// Package spill keeps what grows with the corpus (extracted facts, quotes,
// evidence rows) in temporary files rather than in memory, so that a
// build's memory grows with its entity tables, not with its texts.
package spill

import (
	"fmt"
	"os"
)

// Dir is a temporary directory for one build's spill files.
type Dir struct {
	path string
}

// NewDir makes a temporary directory under parent (the OS temp dir when
// parent is ""), named after pattern as os.MkdirTemp names it.
func NewDir(parent, pattern string) (*Dir, error) {
	p, err := os.MkdirTemp(parent, pattern)
	if err != nil {
		return nil, fmt.Errorf("creating a spill directory: %w", err)
	}
	return &Dir{path: p}, nil
}

// NewDirAt makes the directory path, first removing whatever is there.
func NewDirAt(path string) (*Dir, error) {
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("removing %s: %w", path, err)
	}
	if err := os.Mkdir(path, 0o700); err != nil {
		return nil, fmt.Errorf("creating a spill directory: %w", err)
	}
	return &Dir{path: path}, nil
}

// Path is where the directory is.
func (d *Dir) Path() string {
	if d == nil {
		return ""
	}
	return d.path
}

// Remove deletes the directory and every file in it. A nil Dir has
// nothing to remove.
func (d *Dir) Remove() error {
	if d == nil {
		return nil
	}
	if err := os.RemoveAll(d.path); err != nil {
		return fmt.Errorf("removing %s: %w", d.path, err)
	}
	return nil
}

// createTemp makes a new file in dir.
func createTemp(dir, pattern string) (*os.File, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, fmt.Errorf("creating a spill file: %w", err)
	}
	return f, nil
}
