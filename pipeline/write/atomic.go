package write

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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

// SpillSuffix names a build's folder of temporary files next to the
// output directory, outDir.spill-<pid>, which the build removes when it
// ends; WriteAtomic removes those of builds that were killed.
const SpillSuffix = ".spill-"

// WriteAtomic replaces outDir with the dataset written as by Write. It writes
// into outDir.staging-<pid>, then puts it in the place of outDir (see swap)
// and removes the old one. On any error outDir is left as it was. A lock
// file, outDir.lock, holding the pid keeps two builds from running at once;
// a lock left by a process that has died is taken over. Directories left by
// a build that was killed are cleaned up first, and if it was killed between
// the two renames of the fallback swap the old outDir is put back.
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

// exchange is exchangeDirs; tests replace it to fail a swap or to take the
// fallback of two renames.
var exchange = exchangeDirs

// errNoExchange means the system cannot exchange two names atomically.
var errNoExchange = errors.New("atomic exchange not supported")

// swap puts staging in the place of outDir. Where the system can, it
// exchanges the two names in one step, so a build killed at any instant
// leaves a complete outDir, old or new. Elsewhere it renames outDir aside
// and staging into place, undoing the first rename if the second fails; a
// build killed between the two leaves no outDir, which the next
// WriteAtomic restores from the old directory (see cleanLeftovers). A
// failure to remove the old directory once the new one is in place is not
// an error: the next WriteAtomic removes it.
func swap(outDir, staging string) error {
	_, err := os.Lstat(outDir)
	if errors.Is(err, fs.ErrNotExist) {
		if err := rename(staging, outDir); err != nil {
			return fmt.Errorf("moving %s to %s: %w", staging, outDir, err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading %s: %w", outDir, err)
	}
	switch err := exchange(staging, outDir); {
	case err == nil:
		_ = os.RemoveAll(staging) // holds the old output now; best effort
		return nil
	case !errors.Is(err, errNoExchange):
		return fmt.Errorf("exchanging %s and %s: %w", staging, outDir, err)
	}
	return swapByRenames(outDir, staging)
}

// swapByRenames is swap for systems without an atomic exchange.
func swapByRenames(outDir, staging string) error {
	old := fmt.Sprintf("%s%s%d", outDir, oldSuffix, os.Getpid())
	if err := rename(outDir, old); err != nil {
		return fmt.Errorf("moving %s aside: %w", outDir, err)
	}
	if err := rename(staging, outDir); err != nil {
		err = fmt.Errorf("moving %s to %s: %w", staging, outDir, err)
		if rerr := rename(old, outDir); rerr != nil {
			return fmt.Errorf("%w; restoring %s from %s: %w (rename it back by hand)", err, outDir, old, rerr)
		}
		return err
	}
	_ = os.RemoveAll(old) // best effort; see swap
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
		case strings.HasPrefix(name, base+lockSuffix+lockTempInfix):
			removeDeadLockTemp(filepath.Join(parent, name), strings.TrimPrefix(name, base+lockSuffix+lockTempInfix))
		case strings.HasPrefix(name, base+SpillSuffix):
			removeDeadSpill(filepath.Join(parent, name), strings.TrimPrefix(name, base+SpillSuffix))
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

// removeDeadLockTemp removes the temporary lock file of a build that was
// killed before it took or gave up the lock, going by the pid in its name;
// a live build's is its own.
func removeDeadLockTemp(name, pid string) {
	if n, err := strconv.Atoi(pid); err == nil && n > 0 && !processAlive(n) {
		_ = os.Remove(name)
	}
}

// removeDeadSpill removes the spill folder of a build that was killed,
// going by the pid in its name.
func removeDeadSpill(name, pid string) {
	if n, err := strconv.Atoi(pid); err == nil && n > 0 && n != os.Getpid() && !processAlive(n) {
		_ = os.RemoveAll(name)
	}
}

func removeAll(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("removing %s: %w", dir, err)
	}
	return nil
}
