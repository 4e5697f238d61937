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
// function that removes it. The pid is written to a temporary file first,
// which is then hard-linked to path (link fails if path exists), so a build
// killed at any instant never leaves a lock without a pid. If the file
// exists and the pid in it is a running process, the result wraps
// ErrLocked. If that process has died, the lock is stale and taken over. (Two builds that find the same stale lock at the same
// instant could both take it over; builds are started by hand, so we accept
// that rather than depend on flock.)
func acquireLock(path string) (unlock func(), err error) {
	tmp, err := writeLockTemp(path)
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp)
	for range 2 {
		err := os.Link(tmp, path)
		if err == nil {
			return func() { _ = os.Remove(path) }, nil
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

// lockTempInfix names the temporary file a lock is made from:
// out.lock.tmp-<pid>. cleanLeftovers removes those of dead processes.
const lockTempInfix = ".tmp-"

// writeLockTemp writes our pid to path.tmp-<pid> and returns its name.
func writeLockTemp(path string) (string, error) {
	tmp := fmt.Sprintf("%s%s%d", path, lockTempInfix, os.Getpid())
	if err := os.WriteFile(tmp, fmt.Appendf(nil, "%d\n", os.Getpid()), 0o644); err != nil {
		_ = os.Remove(tmp)
		return "", fmt.Errorf("writing lock %s: %w", tmp, err)
	}
	return tmp, nil
}

// lockHolder reads the pid in a lock file; ok is false when there is none
// (the file is unreadable, or was not made by acquireLock).
func lockHolder(path string) (pid int, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, false
	}
	pid, err = strconv.Atoi(strings.TrimSpace(string(b)))
	return pid, err == nil && pid > 0
}
