package write

import (
	"fmt"
	"io"
	"reflect"

	"github.com/parquet-go/parquet-go"

	"github.com/uncyber/uncyber/schemas"
)

// Keys of the key-value metadata in every Parquet file.
const (
	MetaDataset     = "uncyber.dataset"
	MetaVersion     = "uncyber.version"
	MetaFingerprint = "uncyber.schema_fingerprint"
)

// writeParquet writes rows (a slice of t's row type, already sorted) to
// parquet/<table>.parquet. The schema comes from the parquet struct tags:
// dates are INT32 with the DATE logical type, lists LIST of STRING, enums
// dictionary-encoded, optional columns nullable. Pages are zstd-compressed;
// the file records the sort order and the dataset's version and schema
// fingerprint. parquet-go writes the same bytes for the same rows.
func writeParquet(dir string, t schemas.Table, rows reflect.Value, version string) (writtenFile, error) {
	return writeFile(dir, "parquet/"+t.Name+".parquet", func(w io.Writer) error {
		return encodeParquet(w, t, func(yield func(any) error) error {
			for i := range rows.Len() {
				if err := yield(rows.Index(i).Interface()); err != nil {
					return err
				}
			}
			return nil
		}, version)
	})
}

// encodeParquet writes the rows each gives. Options add to the writer's.
func encodeParquet(w io.Writer, t schemas.Table, each func(yield func(row any) error) error, version string, options ...parquet.WriterOption) error {
	sorting := make([]parquet.SortingColumn, len(t.PrimaryKey))
	for i, k := range t.PrimaryKey {
		sorting[i] = parquet.Ascending(k)
	}
	pw := parquet.NewWriter(w, append([]parquet.WriterOption{
		parquet.SchemaOf(t.Row),
		parquet.Compression(&parquet.Zstd),
		parquet.SortingWriterConfig(parquet.SortingColumns(sorting...)),
		parquet.KeyValueMetadata(MetaDataset, "uncyber"),
		parquet.KeyValueMetadata(MetaVersion, version),
		parquet.KeyValueMetadata(MetaFingerprint, schemas.Fingerprint()),
		// parquet-go's default created_by reads the module version from the
		// build info, which differs between go run, go test and go install
		// builds of the same code; a fixed value keeps files byte-identical.
		parquet.CreatedBy("uncyber", version, ""),
	}, options...)...)
	i := 0
	err := each(func(row any) error {
		i++
		if err := pw.Write(row); err != nil {
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
