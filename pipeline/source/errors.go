package source

import (
	"errors"

	"github.com/uncyber/uncyber/pipeline/diag"
)

// ErrManifestSyntax is reported for a manifest row that cannot be parsed as
// RFC 4180 CSV (bad quoting) or holds a control character in a field.
var ErrManifestSyntax = errors.New("malformed manifest")

// ErrColumnCount is reported for a manifest row whose number of fields
// differs from the header's.
var ErrColumnCount = errors.New("wrong number of fields")

// ErrHeader is reported for a manifest header with an unknown, missing or
// repeated column.
var ErrHeader = errors.New("bad manifest header")

// ErrSourceID is reported for an empty source_id or one with characters
// outside [a-z0-9_-].
var ErrSourceID = errors.New("bad source_id")

// ErrDuplicateID is reported when two sources share a source_id.
var ErrDuplicateID = errors.New("duplicate source_id")

// ErrDate is reported for a date that is not an existing YYYY-MM-DD day.
var ErrDate = errors.New("bad date")

// ErrChecksum is reported when a file's SHA-256 differs from the manifest's,
// or the manifest's sha256 is not 64 lowercase hex digits.
var ErrChecksum = errors.New("checksum mismatch")

// ErrOutsideRaw is reported for a path that leaves raw/sources/: absolute,
// with "..", not under sources/, or a symlink pointing elsewhere.
var ErrOutsideRaw = errors.New("path outside raw/sources")

// ErrMissingFile is reported when the manifest or a file it lists does not
// exist (or is not a regular file).
var ErrMissingFile = errors.New("missing file")

// ErrUnlisted is reported for a file in raw/sources/ that the manifest does
// not list.
var ErrUnlisted = errors.New("file not listed in the manifest")

// ErrEncoding is reported for a text file that is not valid UTF-8, or an
// HTML file whose bytes do not match its declared charset.
var ErrEncoding = errors.New("invalid encoding")

// ErrBinary is reported for a file that holds NUL bytes.
var ErrBinary = errors.New("binary file")

// ErrEmpty is reported for a file of zero bytes.
var ErrEmpty = errors.New("empty file")

// ErrTooBig is reported for a file larger than LoadOptions.MaxBytes.
var ErrTooBig = errors.New("file too big")

// ErrExtension is reported for a file whose extension is not .txt, .md,
// .html or .htm.
var ErrExtension = errors.New("unknown extension")

// ErrExists is reported by Add when raw/sources/ already holds a different
// file with the name of a file being added.
var ErrExists = errors.New("file already exists")

// Pos, Error and ErrorList are the positioned problems of package diag,
// shared with the other stages.
type (
	Pos       = diag.Pos
	Error     = diag.Error
	ErrorList = diag.ErrorList
)
