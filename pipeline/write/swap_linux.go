//go:build linux

package write

import (
	"errors"

	"golang.org/x/sys/unix"
)

// exchangeDirs swaps the names of two existing directories in one step
// (renameat2 with RENAME_EXCHANGE), so that no instant exists at which
// neither is in place. It returns errNoExchange when the kernel or the file
// system cannot do that, and the caller falls back to two renames.
func exchangeDirs(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) || errors.Is(err, unix.EOPNOTSUPP) {
		return errNoExchange
	}
	return err
}
