package release

import "errors"

// ErrNoTime is returned when Options.Time is zero: archive timestamps must
// come from the commit, never from the clock, for the zip to be reproducible.
var ErrNoTime = errors.New("no timestamp for the archive entries (pass the commit time: git log -1 --format=%ct)")

// ErrVersion is returned when a version is not of the form MAJOR.MINOR.PATCH.
var ErrVersion = errors.New("not a semantic version")

// ErrVersionMismatch is returned when VERSION, CITATION.cff, CHANGELOG.md and
// datapackage.json do not agree on the version being released.
var ErrVersionMismatch = errors.New("version mismatch")

// ErrMissingFile is returned when a file the release needs is absent.
var ErrMissingFile = errors.New("missing file")

// ErrNotNewer is returned when the version is not after the previous
// release's version.
var ErrNotNewer = errors.New("version not after the previous release")

// ErrBreakingChange is returned when the schema changes in a way that breaks
// users of the previous release and the version does not say so.
var ErrBreakingChange = errors.New("breaking schema change without a major version bump")

// ErrChecksum is returned when a file does not match its line in SHA256SUMS.
var ErrChecksum = errors.New("checksum mismatch")
