// Package schemas declares every table of the uncyber dataset once: row types
// with their column tags, and the catalog of keys and references from which the
// CSV and Parquet writers, datapackage.json, the validator and the codebook are
// derived.
package schemas
