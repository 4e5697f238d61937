package release

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Version is a semantic version (https://semver.org): MAJOR.MINOR.PATCH with
// an optional pre-release after "-". Build metadata after "+" is not allowed:
// it does not order releases and is not needed here.
type Version struct {
	Major, Minor, Patch int
	Pre                 string // e.g. rc.1; empty for a release
}

// ParseVersion parses s, e.g. 0.1.0 or 1.0.0-rc.1.
func ParseVersion(s string) (Version, error) {
	core, pre, hasPre := strings.Cut(s, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 || (hasPre && !validPre(pre)) {
		return Version{}, fmt.Errorf("%w: %q (want MAJOR.MINOR.PATCH, e.g. 0.1.0)", ErrVersion, s)
	}
	var nums [3]int
	for i, p := range parts {
		n, err := parseNumber(p)
		if err != nil {
			return Version{}, fmt.Errorf("%w: %q (want MAJOR.MINOR.PATCH, e.g. 0.1.0)", ErrVersion, s)
		}
		nums[i] = n
	}
	return Version{Major: nums[0], Minor: nums[1], Patch: nums[2], Pre: pre}, nil
}

// parseNumber parses a numeric identifier: digits, no leading zero.
func parseNumber(s string) (int, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') || strings.Trim(s, "0123456789") != "" {
		return 0, ErrVersion
	}
	return strconv.Atoi(s)
}

func validPre(pre string) bool {
	for _, id := range strings.Split(pre, ".") {
		if id == "" || strings.Trim(id, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-") != "" {
			return false
		}
		if strings.Trim(id, "0123456789") == "" && len(id) > 1 && id[0] == '0' {
			return false
		}
	}
	return true
}

// String formats v as ParseVersion reads it.
func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

// Compare returns -1, 0 or +1 as v is before, equal to or after w, in
// semver precedence.
func (v Version) Compare(w Version) int {
	if c := cmp.Or(cmp.Compare(v.Major, w.Major), cmp.Compare(v.Minor, w.Minor), cmp.Compare(v.Patch, w.Patch)); c != 0 {
		return c
	}
	switch {
	case v.Pre == w.Pre:
		return 0
	case v.Pre == "":
		return +1
	case w.Pre == "":
		return -1
	}
	return comparePre(strings.Split(v.Pre, "."), strings.Split(w.Pre, "."))
}

// comparePre orders pre-releases identifier by identifier: numbers
// numerically and before words, words in byte order, a prefix first.
func comparePre(a, b []string) int {
	for i := range min(len(a), len(b)) {
		na, errA := strconv.Atoi(a[i])
		nb, errB := strconv.Atoi(b[i])
		var c int
		switch {
		case errA == nil && errB == nil:
			c = cmp.Compare(na, nb)
		case errA == nil:
			c = -1
		case errB == nil:
			c = +1
		default:
			c = cmp.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

// Breaks reports whether going from prev to v may break users: only a new
// major version may (the dataset's rule in CHANGELOG.md: major = breaking
// schema change, minor = new rows or columns, patch = corrections), also
// before 1.0.
func (v Version) Breaks(prev Version) bool {
	return v.Major > prev.Major
}

// NextBreaking returns the smallest release after v that may break users.
func (v Version) NextBreaking() Version {
	return Version{Major: v.Major + 1}
}

// ReadVersion reads the VERSION file in root: one version and a newline.
func ReadVersion(root string) (Version, error) {
	path := filepath.Join(root, "VERSION")
	b, err := os.ReadFile(path)
	if err != nil {
		return Version{}, fmt.Errorf("reading VERSION: %w", err)
	}
	v, err := ParseVersion(strings.TrimSpace(string(b)))
	if err != nil {
		return Version{}, fmt.Errorf("%s:1:1: %w", path, err)
	}
	return v, nil
}
