package diff

import "errors"

// ErrNoPackage is returned when a folder being compared has no
// datapackage.json, so its schema cannot be compared.
var ErrNoPackage = errors.New("no datapackage.json (build the folder with `uncyber build` or unzip a whole release)")

// ErrDuplicateKey is returned when two rows of a CSV file share a primary key,
// which makes rows impossible to match between the two sides.
var ErrDuplicateKey = errors.New("duplicate primary key")

// ErrMissingKeyColumn is returned when a CSV file lacks a column of its
// table's primary key.
var ErrMissingKeyColumn = errors.New("primary key column missing from the header")
