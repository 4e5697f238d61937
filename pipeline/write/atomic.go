package write

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/schemas"
)

// rename is os.Rename; tests replace it to fail a swap halfway.
var rename = os.Rename

// Suffixes of the directories and the lock file next to the output directory.
const (
	stagingSuffix = ".staging-"
	oldSuffix     = ".old-"
	lockSuffix    = ".lock"
)

// WriteAtomic replaces outDir with the dataset written as by Write. It writes
// into outDir.staging-<pid>, then renames outDir to outDir.old-<pid>, the
// staging directory to outDir, and removes the old one. On any error outDir
// is left as it was. A lock file, outDir.lock, holding the pid keeps two
// builds from running at once; a lock left by a process that has died is
// taken over. Directories left by a build that was killed are cleaned up
// first, and if it was killed between the two renames the old outDir is put
// back.
func WriteAtomic(outDir string, ds *schemas.Dataset, meta PackageMeta) error {
	outDir = filepath.Clean(outDir)
	unlock, err := acquireLock(outDir + lockSuffix)
	if err != nil {
		return err
	}
	defer unlock()
	if err := cleanLeftovers(outDir); err != nil {
		return err
	}
	staging := fmt.Sprintf("%s%s%d", outDir, stagingSuffix, os.Getpid())
	if err := Write(staging, ds, meta); err != nil {
		return errors.Join(err, removeAll(staging))
	}
	if err := swap(outDir, staging); err != nil {
		return errors.Join(err, removeAll(staging))
	}
	return nil
}

// swap puts staging in the place of outDir. If the second rename fails, the
// first is undone. A failure to remove the old directory once the new one is
// in place is not an error: the next WriteAtomic removes it.
func swap(outDir, staging string) error {
	old := fmt.Sprintf("%s%s%d", outDir, oldSuffix, os.Getpid())
	_, err := os.Lstat(outDir)
	hadOld := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("reading %s: %w", outDir, err)
	}
	if hadOld {
		if err := rename(outDir, old); err != nil {
			return fmt.Errorf("moving %s aside: %w", outDir, err)
		}
	}
	if err := rename(staging, outDir); err != nil {
		err = fmt.Errorf("moving %s to %s: %w", staging, outDir, err)
		if hadOld {
			if rerr := rename(old, outDir); rerr != nil {
				return fmt.Errorf("%w; restoring %s from %s: %w (rename it back by hand)", err, outDir, old, rerr)
			}
		}
		return err
	}
	if hadOld {
		_ = os.RemoveAll(old) // best effort; see the doc comment
	}
	return nil
}

// cleanLeftovers removes the staging and old directories of builds that were
// killed, after restoring outDir from an old directory if outDir is missing.
// It runs under the lock, so none of them belongs to a running build.
func cleanLeftovers(outDir string) error {
	parent, base := filepath.Split(outDir)
	entries, err := os.ReadDir(cmp.Or(parent, "."))
	if err != nil {
		return fmt.Errorf("reading %s: %w", cmp.Or(parent, "."), err)
	}
	var staging, old []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, base+stagingSuffix):
			staging = append(staging, filepath.Join(parent, name))
		case strings.HasPrefix(name, base+oldSuffix):
			old = append(old, filepath.Join(parent, name))
		}
	}
	slices.Sort(old)
	if _, err := os.Lstat(outDir); errors.Is(err, fs.ErrNotExist) && len(old) > 0 {
		if err := rename(old[0], outDir); err != nil {
			return fmt.Errorf("restoring %s from %s: %w", outDir, old[0], err)
		}
		old = old[1:]
	}
	for _, dir := range append(staging, old...) {
		if err := removeAll(dir); err != nil {
			return err
		}
	}
	return nil
}

func removeAll(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("removing %s: %w", dir, err)
	}
	return nil
}
