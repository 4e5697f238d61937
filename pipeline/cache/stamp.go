package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// stampFile records what the last build that used this cache read and
// wrote, so that a build of the same inputs into the same output can stop
// before it starts: see Cache.UpToDate.
const stampFile = "last-build"

// Stamp says what one build read and wrote.
type Stamp struct {
	// Inputs is a hash of everything the dataset is made of: the program,
	// the reference data, the dataset version and the manifest (whose rows
	// hold the sha256 of every source the loader checks).
	Inputs string
	// Out is TreeHash of the output folder just after the build wrote it.
	Out string
}

// InputsStamp hashes what a build of the sources listed in manifest with
// dataset version version reads, beyond the sources' bytes (which the
// manifest's checksums stand for).
func (c *Cache) InputsStamp(manifest, version string) (string, error) {
	data, err := os.ReadFile(manifest)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", manifest, err)
	}
	sum := sha256.Sum256(data)
	h := sha256.Sum256([]byte(strings.Join([]string{c.key, version, hex.EncodeToString(sum[:])}, "\x00")))
	return hex.EncodeToString(h[:]), nil
}

// LastBuild returns the stamp of the last build that saved one; ok is false
// when there is none.
func (c *Cache) LastBuild() (s Stamp, ok bool) {
	b, err := os.ReadFile(filepath.Join(c.dir, stampFile))
	if err != nil {
		return Stamp{}, false
	}
	in, out, found := strings.Cut(strings.TrimSpace(string(b)), "\n")
	return Stamp{Inputs: in, Out: out}, found && in != "" && out != ""
}

// SaveStamp records s as the stamp of the last build.
func (c *Cache) SaveStamp(s Stamp) error {
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return err
	}
	tmp := filepath.Join(c.dir, stampFile+".tmp")
	if err := os.WriteFile(tmp, []byte(s.Inputs+"\n"+s.Out+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(c.dir, stampFile))
}

// ForgetLastBuild removes the stamp, before a build replaces the output:
// if that build fails halfway, no stale stamp vouches for the output.
func (c *Cache) ForgetLastBuild() error {
	err := os.Remove(filepath.Join(c.dir, stampFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

// TreeHash hashes the names, kinds and bytes of every file under dir, in
// name order: two folders have the same hash when they hold the same files.
// Files are read on several goroutines.
func TreeHash(dir string) (string, error) {
	var names []string
	var regular []int // indexes into names
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		switch {
		case d.IsDir():
			names = append(names, filepath.ToSlash(rel)+"/")
		case d.Type().IsRegular():
			regular = append(regular, len(names))
			names = append(names, filepath.ToSlash(rel))
		default:
			names = append(names, filepath.ToSlash(rel)+"\x00"+d.Type().String())
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	// WalkDir visits in lexical order of each folder's entries, so names
	// are in a fixed order; sums follow them.
	sums, err := fileSums(dir, names, regular)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for i, n := range names {
		fmt.Fprintf(h, "%s\x00%s\n", n, sums[i])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// fileSums returns the sha256 of the files names[i] for i in regular, ""
// for the other names.
func fileSums(dir string, names []string, regular []int) ([]string, error) {
	sums := make([]string, len(names))
	errs := make([]error, len(names))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				sums[i], errs[i] = fileSum(filepath.Join(dir, filepath.FromSlash(names[i])))
			}
		})
	}
	for _, i := range regular {
		next <- i
	}
	close(next)
	wg.Wait()
	return sums, errors.Join(errs...)
}

func fileSum(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("reading %s: %w", name, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
