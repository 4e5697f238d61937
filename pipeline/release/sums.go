package release

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// SumsName is the name of the checksum file at the top of a release.
const SumsName = "SHA256SUMS"

// sums renders files (sorted by name) in the format of `sha256sum`: the
// lowercase hex digest, two spaces (text mode, which sha256sum -c reads the
// same on every platform for our files) and the path relative to the release
// folder.
func sums(files []file) []byte {
	var b bytes.Buffer
	for _, f := range files {
		sum := sha256.Sum256(f.data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), f.name)
	}
	return b.Bytes()
}

// VerifySums checks every file listed in dir/SHA256SUMS against its digest,
// as `sha256sum -c SHA256SUMS` run in dir does, and reports every mismatch
// and missing file.
func VerifySums(dir string) error {
	path := filepath.Join(dir, SumsName)
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", SumsName, err)
	}
	var errs []error
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		want, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(want) != sha256.Size*2 {
			errs = append(errs, fmt.Errorf("%s:%d:1: %w: not `<sha256>  <path>`", path, line, ErrChecksum))
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d:67: %w: %s", path, line, ErrMissingFile, name))
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != want {
			errs = append(errs, fmt.Errorf("%s:%d:1: %w: %s (want %s, got %s): the file was changed after release",
				path, line, ErrChecksum, name, want, got))
		}
	}
	return errors.Join(errs...)
}

func sorted(files []file) []file {
	out := slices.Clone(files)
	slices.SortFunc(out, func(a, b file) int { return strings.Compare(a.name, b.name) })
	return out
}
