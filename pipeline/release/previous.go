package release

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/pipeline/diff"
)

// checkPrevious compares the new data package with the previous release's,
// when Options name one: the version must be after the previous one, and a
// breaking schema change needs a version that says it breaks (Version.Breaks).
func checkPrevious(pkg *diff.Package, version Version, opts Options) error {
	path := opts.PreviousDatapackage
	if opts.PreviousOut != "" {
		path = filepath.Join(opts.PreviousOut, "datapackage.json")
	}
	if path == "" {
		return nil
	}
	prevPkg, err := diff.ReadPackage(path)
	if err != nil {
		return fmt.Errorf("reading the previous release: %w", err)
	}
	prev, err := ParseVersion(prevPkg.Version)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if version.Compare(prev) <= 0 {
		return fmt.Errorf("%w: %s is not after %s (%s): raise VERSION", ErrNotNewer, version, prev, path)
	}
	var breaking []string
	for _, c := range diff.CompareSchemas(prevPkg, pkg) {
		if c.Breaking {
			breaking = append(breaking, describe(c))
		}
	}
	if len(breaking) > 0 && !version.Breaks(prev) {
		return fmt.Errorf("%w: %s → %s: %s; set VERSION to %s (and add its CHANGELOG.md entry) or undo the changes",
			ErrBreakingChange, prev, version, strings.Join(breaking, "; "), prev.NextBreaking())
	}
	return nil
}

// describe renders a schema change in one phrase, e.g. "meetings.venue:
// column removed".
func describe(c diff.SchemaChange) string {
	where := c.Table
	if c.Column != "" {
		where += "." + c.Column
	}
	s := where + ": " + strings.ReplaceAll(string(c.Kind), "_", " ")
	if vals := slices.DeleteFunc([]string{c.Old, c.New}, func(v string) bool { return v == "" }); len(vals) > 0 {
		s += " (" + strings.Join(vals, " → ") + ")"
	}
	return s
}

// checkResources checks that every file datapackage.json lists is one the
// release ships, so the package never points at a file the archive lacks.
func checkResources(pkg *diff.Package, shipped []string) []error {
	var errs []error
	for _, r := range pkg.Resources {
		for _, p := range r.Path {
			if !slices.Contains(shipped, p) {
				errs = append(errs, fmt.Errorf("datapackage.json: %w: resource %s lists %s, which is not a table file of schemas.Catalog: rebuild out/ (make dataset)",
					ErrMissingFile, r.Name, p))
			}
		}
	}
	return errs
}
