package release

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// Citation is what the release checks in CITATION.cff.
type Citation struct {
	Version, DateReleased         string
	VersionLine, DateReleasedLine int // 0 when the key is absent
}

// ParseCitation reads the top-level version and date-released keys of a
// CITATION.cff file. It reads only unindented "key: value" lines, which is
// all the Citation File Format puts there for these two keys, so no YAML
// library is needed.
func ParseCitation(b []byte) Citation {
	var c Citation
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || strings.HasPrefix(key, " ") || strings.HasPrefix(key, "#") {
			continue
		}
		switch strings.TrimSpace(key) {
		case "version":
			c.Version, c.VersionLine = yamlScalar(value), line
		case "date-released":
			c.DateReleased, c.DateReleasedLine = yamlScalar(value), line
		}
	}
	return c
}

// yamlScalar unquotes a plain, single- or double-quoted YAML scalar without
// escapes, dropping a trailing comment.
func yamlScalar(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') {
		if end := strings.IndexByte(s[1:], s[0]); end >= 0 {
			return s[1 : end+1]
		}
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// ChangelogEntry is one "## [version] - date" heading of CHANGELOG.md.
type ChangelogEntry struct {
	Version, Date string // Date is empty for [Unreleased]
	Line          int
}

// changelogHeading matches a Keep a Changelog release heading, e.g.
// "## [0.1.0] - 2026-11-23" or "## [Unreleased]".
var changelogHeading = regexp.MustCompile(`^## \[([^\]]+)\](?:\s+-\s+(\S+))?\s*$`)

// ParseChangelog lists the release headings of a Keep a Changelog file in
// file order.
func ParseChangelog(b []byte) []ChangelogEntry {
	var out []ChangelogEntry
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		if m := changelogHeading.FindStringSubmatch(sc.Text()); m != nil {
			out = append(out, ChangelogEntry{Version: m[1], Date: m[2], Line: line})
		}
	}
	return out
}

// CheckMetadata checks that CITATION.cff and CHANGELOG.md in root agree with
// version: CITATION.cff's version equals it, CHANGELOG.md has an entry for it
// and that entry's date equals date-released. It reports every problem.
func CheckMetadata(root string, version Version) error {
	cffPath, logPath := filepath.Join(root, "CITATION.cff"), filepath.Join(root, "CHANGELOG.md")
	cffBytes, errCff := os.ReadFile(cffPath)
	logBytes, errLog := os.ReadFile(logPath)
	if err := errors.Join(errCff, errLog); err != nil {
		return fmt.Errorf("reading release metadata: %w", err)
	}
	var errs []error
	fail := func(path string, line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d:1: %w: %s", path, line, ErrVersionMismatch, fmt.Sprintf(format, args...)))
	}
	cff := ParseCitation(cffBytes)
	switch {
	case cff.VersionLine == 0:
		fail(cffPath, 1, "no version key: add `version: %s`", version)
	case cff.Version != version.String():
		fail(cffPath, cff.VersionLine, "version is %s but VERSION says %s: set it to %s", cff.Version, version, version)
	}
	if cff.DateReleasedLine == 0 {
		fail(cffPath, 1, "no date-released key: add `date-released: \"YYYY-MM-DD\"` with the date of the CHANGELOG.md entry")
	}
	entry, ok := findEntry(ParseChangelog(logBytes), version.String())
	switch {
	case !ok:
		fail(logPath, 1, "no entry for %s: add `## [%s] - YYYY-MM-DD` describing the release", version, version)
	case entry.Date == "":
		fail(logPath, entry.Line, "entry for %s has no date: write `## [%s] - YYYY-MM-DD`", version, version)
	case !isDate(entry.Date):
		fail(logPath, entry.Line, "entry for %s is dated %q: write the date as YYYY-MM-DD", version, entry.Date)
	case cff.DateReleasedLine != 0 && entry.Date != cff.DateReleased:
		fail(cffPath, cff.DateReleasedLine, "date-released is %s but CHANGELOG.md:%d dates %s %s: make them equal",
			cff.DateReleased, entry.Line, version, entry.Date)
	}
	return errors.Join(errs...)
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func findEntry(entries []ChangelogEntry, version string) (ChangelogEntry, bool) {
	for _, e := range entries {
		if e.Version == version {
			return e, true
		}
	}
	return ChangelogEntry{}, false
}
