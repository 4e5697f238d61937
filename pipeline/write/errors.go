package write

import "errors"

// ErrDuplicateKey means two rows of a table share a primary key, so the
// table has no single order to write it in. Validation should have caught it.
var ErrDuplicateKey = errors.New("duplicate primary key")

// ErrNotEmpty means Write was given a directory that already holds files;
// Write only fills new or empty directories so the output is exactly the
// dataset.
var ErrNotEmpty = errors.New("directory is not empty")

// ErrLocked means another build holds the lock next to the output directory.
var ErrLocked = errors.New("output is locked by another build")

// ErrExtraName means a name in PackageMeta.Extra is not a plain relative
// path or collides with a file the writer produces.
var ErrExtraName = errors.New("bad extra file name")

// ErrNoVersion means PackageMeta.Version is empty.
var ErrNoVersion = errors.New("no dataset version")

// ErrInvalidUTF8 means a string in a row is not valid UTF-8, which neither
// the CSV files (declared utf-8) nor Parquet STRING columns may hold.
var ErrInvalidUTF8 = errors.New("text is not valid UTF-8")
