package write

import (
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/uncyber/uncyber/schemas"
)

// Keys of the key-value metadata in every Parquet file.
const (
	MetaDataset     = "uncyber.dataset"
	MetaVersion     = "uncyber.version"
	MetaFingerprint = "uncyber.schema_fingerprint"
)

// Parquet files: the schema comes from the parquet struct tags: dates are
// INT32 with the DATE logical type, lists LIST of STRING, enums
// dictionary-encoded, optional columns nullable. Pages are
// zstd-compressed; the file records the sort order and the dataset's
// version and schema fingerprint. parquet-go writes the same bytes for the
// same rows.

// writerOptions are the options of the Parquet writer of table t.
func writerOptions(t schemas.Table, version string) []parquet.WriterOption {
	sorting := make([]parquet.SortingColumn, len(t.PrimaryKey))
	for i, k := range t.PrimaryKey {
		sorting[i] = parquet.Ascending(k)
	}
	return []parquet.WriterOption{
		parquet.SchemaOf(t.Row),
		parquet.Compression(zstdCodec{}),
		parquet.SortingWriterConfig(parquet.SortingColumns(sorting...)),
		parquet.KeyValueMetadata(MetaDataset, "uncyber"),
		parquet.KeyValueMetadata(MetaVersion, version),
		parquet.KeyValueMetadata(MetaFingerprint, schemas.Fingerprint()),
		// parquet-go's default created_by reads the module version from the
		// build info, which differs between go run, go test and go install
		// builds of the same code; a fixed value keeps files byte-identical.
		parquet.CreatedBy("uncyber", version, ""),
	}
}

// encodeParquet writes the rows each gives with parquet-go's typed writer,
// which reads the fields of R by code generated for R rather than by
// reflection on every row. Rows are handed over one at a time, as pages
// are cut when a column's buffer is full after a write: the page
// boundaries, and so the bytes, are those of a writer given one row at a
// time. Options add to the writer's.
func encodeParquet[R any](w io.Writer, t schemas.Table, each func(yield func(R) error) error, version string, options ...parquet.WriterOption) error {
	pw := parquet.NewGenericWriter[R](w, append(writerOptions(t, version), options...)...)
	one := make([]R, 1)
	i := 0
	err := each(func(row R) error {
		i++
		one[0] = row
		if _, err := pw.Write(one); err != nil {
			return fmt.Errorf("encoding parquet row %d: %w", i, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("encoding parquet: %w", err)
	}
	return nil
}
