package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// acquireLock creates the lock file at path holding our pid and returns the
// function that removes it. If the file exists and the pid in it is a running
// process, the result wraps ErrLocked. If that process has died, the lock is
// stale and taken over. (Two builds that find the same stale lock at the same
// instant could both take it over; builds are started by hand, so we accept
// that rather than depend on flock.)
func acquireLock(path string) (unlock func(), err error) {
	for range 2 {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			return holdLock(path, f)
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("creating lock %s: %w", path, err)
		}
		pid, ok := lockHolder(path)
		if !ok {
			return nil, fmt.Errorf("%s: %w (it does not hold a pid); remove it if no build is running", path, ErrLocked)
		}
		if processAlive(pid) {
			return nil, fmt.Errorf("%s: %w (pid %d is running); wait for that build to finish", path, ErrLocked, pid)
		}
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("removing stale lock %s of pid %d: %w", path, pid, err)
		}
	}
	return nil, fmt.Errorf("%s: %w (another build took it over); try again", path, ErrLocked)
}

func holdLock(path string, f *os.File) (func(), error) {
	_, err := fmt.Fprintf(f, "%d\n", os.Getpid())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return nil, fmt.Errorf("writing lock %s: %w", path, err)
	}
	return func() { _ = os.Remove(path) }, nil
}

// lockHolder reads the pid in a lock file; ok is false when there is none
// (the file is unreadable, or its holder has not written it yet).
func lockHolder(path string) (pid int, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	pid, err = strconv.Atoi(strings.TrimSpace(string(b)))
	return pid, err == nil && pid > 0
}
