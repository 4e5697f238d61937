//go:build !linux

package write

// exchangeDirs reports that this system has no atomic exchange of two
// names; swap then uses two renames and repairs a build killed in between
// on the next run (see cleanLeftovers).
func exchangeDirs(a, b string) error { return errNoExchange }
