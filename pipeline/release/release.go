// Package release packs a built dataset into a citable, reproducible archive:
// dist/uncyber-<VERSION>.zip with the tables, a generated codebook, the
// citation, changelog and licences, and SHA256SUMS.
package release

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/uncyber/uncyber/pipeline/diff"
	"github.com/uncyber/uncyber/schemas"
)

// Options control a release build.
type Options struct {
	// Root is the repository folder holding VERSION, CITATION.cff,
	// CHANGELOG.md, LICENSE and LICENSE-DATA.md; empty means ".".
	Root string
	// Time is the modification time of every archive entry. Pass the commit
	// time (git log -1 --format=%ct, as SOURCE_DATE_EPOCH): the same commit
	// then gives the same archive. Required.
	Time time.Time
	// PreviousOut is the out/ folder, or unzipped release folder, of the
	// previous release. Its datapackage.json is compared with the new one.
	PreviousOut string
	// PreviousDatapackage is the previous release's datapackage.json, used
	// when PreviousOut is empty. With neither, no comparison is made (the
	// first release).
	PreviousDatapackage string
}

// metadataFiles are copied from Options.Root into every release.
var metadataFiles = []string{"CITATION.cff", "CHANGELOG.md", "LICENSE", "LICENSE-DATA.md"}

// Build packs the dataset in outDir into distDir/uncyber-<VERSION>.zip and
// returns the archive's path. Every entry sits under uncyber-<VERSION>/. It
// refuses to build when the metadata files disagree on the version, when
// outDir/datapackage.json was built for another version, when a file is
// missing, or when the schema breaks the previous release without a major
// version bump.
func Build(outDir, distDir string, opts Options) (string, error) {
	if opts.Time.IsZero() {
		return "", ErrNoTime
	}
	root := cmp.Or(opts.Root, ".")
	version, err := ReadVersion(root)
	if err != nil {
		return "", err
	}
	if err := CheckMetadata(root, version); err != nil {
		return "", err
	}
	pkgPath := filepath.Join(outDir, "datapackage.json")
	pkg, err := diff.ReadPackage(pkgPath)
	if err != nil {
		return "", err
	}
	if pkg.Version != version.String() {
		return "", fmt.Errorf("%s: %w: version is %q but VERSION says %s: rebuild out/ (make dataset)",
			pkgPath, ErrVersionMismatch, pkg.Version, version)
	}
	if err := checkPrevious(pkg, version, opts); err != nil {
		return "", err
	}
	files, err := collect(root, outDir, pkg)
	if err != nil {
		return "", err
	}
	files = append(files, file{name: SumsName, data: sums(sorted(files))})
	if err := os.MkdirAll(distDir, 0o755); err != nil {
		return "", fmt.Errorf("creating %s: %w", distDir, err)
	}
	name := "uncyber-" + version.String()
	zipPath := filepath.Join(distDir, name+".zip")
	if err := writeZip(zipPath, name, files, opts.Time); err != nil {
		return "", err
	}
	return zipPath, nil
}

// collect reads every file of the release: each table's CSV and Parquet
// file, datapackage.json, the generated codebook and the metadata files. It
// reports every missing file at once.
func collect(root, outDir string, pkg *diff.Package) ([]file, error) {
	var names []string
	for _, t := range schemas.Catalog {
		names = append(names, "csv/"+t.Name+".csv", "parquet/"+t.Name+".parquet")
	}
	names = append(names, "datapackage.json")
	var files []file
	var errs []error
	read := func(dir, name, fix string) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %v (%s)", ErrMissingFile, err, fix))
			return
		}
		files = append(files, file{name: name, data: b})
	}
	for _, n := range names {
		read(outDir, n, "build the dataset first: make dataset")
	}
	for _, n := range metadataFiles {
		read(root, n, "it belongs at the top of the repository")
	}
	errs = append(errs, checkResources(pkg, names)...)
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	codebook, err := Codebook(outDir)
	if err != nil {
		return nil, err
	}
	return append(files, file{name: "README.md", data: codebook}), nil
}
