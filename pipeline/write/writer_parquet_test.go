package write

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	pq "github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
	"github.com/parquet-go/parquet-go"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/schemas"
)

// TestParquetWithArrow reads every Parquet file with Apache Arrow, not with
// parquet-go that wrote it, and checks the columns, their Arrow and Parquet
// types, nullability, compression, dictionary encoding, the key-value
// metadata, and every value against the input rows.
func TestParquetWithArrow(t *testing.T) {
	for _, tc := range []struct {
		name string
		ds   *schemas.Dataset
	}{
		{"fixture", fixture()},
		{"empty", &schemas.Dataset{}},
	} {
		dir := writeFixture(t, tc.ds)
		for _, tab := range schemas.Catalog {
			t.Run(tc.name+"/"+tab.Name, func(t *testing.T) {
				want, err := sortedRows(tab, tc.ds.Rows(tab))
				if err != nil {
					t.Fatal(err)
				}
				checkParquet(t, filepath.Join(dir, "parquet", tab.Name+".parquet"), tab, want)
			})
		}
	}
}

func checkParquet(t *testing.T, path string, tab schemas.Table, want reflect.Value) {
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatalf("arrow cannot open %s: %v", path, err)
	}
	defer rdr.Close()
	checkParquetMeta(t, rdr, tab)
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatalf("arrow cannot read %s: %v", path, err)
	}
	defer tbl.Release()
	cols := tab.Columns()
	if int(tbl.NumCols()) != len(cols) || int(tbl.NumRows()) != want.Len() {
		t.Fatalf("got %d columns × %d rows, want %d × %d", tbl.NumCols(), tbl.NumRows(), len(cols), want.Len())
	}
	for i, c := range cols {
		f := tbl.Schema().Field(i)
		if f.Name != c.Name || f.Nullable == c.Required || !sameType(f.Type, c) {
			t.Errorf("column %d: got %s %s nullable=%v; want %s %s required=%v", i, f.Name, f.Type, f.Nullable, c.Name, c.GoType, c.Required)
			continue
		}
		for r := range want.Len() {
			got := arrowValue(tbl.Column(i).Data(), r)
			if exp := goValue(want.Index(r).Field(c.Field), c.Required); !reflect.DeepEqual(got, exp) {
				t.Errorf("row %d, %s: arrow reads %#v, want %#v", r, c.Name, got, exp)
			}
		}
	}
}

// sameType says whether an Arrow type is what schemas declares: utf8 (or a
// dictionary of it), int32, int64, date32, or list<utf8 not null>.
func sameType(at arrow.DataType, c schemas.Column) bool {
	if d, ok := at.(*arrow.DictionaryType); ok {
		at = d.ValueType
	}
	switch c.Type {
	case schemas.TypeString:
		return at.ID() == arrow.STRING
	case schemas.TypeDate:
		return at.ID() == arrow.DATE32
	case schemas.TypeArray:
		l, ok := at.(*arrow.ListType)
		return ok && l.Elem().ID() == arrow.STRING && !l.ElemField().Nullable
	case schemas.TypeInteger:
		g := c.GoType
		if g.Kind() == reflect.Pointer {
			g = g.Elem()
		}
		return (g.Kind() == reflect.Int32 && at.ID() == arrow.INT32) || (g.Kind() == reflect.Int64 && at.ID() == arrow.INT64)
	}
	return false
}

// checkParquetMeta checks the Parquet logical types, repetition, zstd and
// dictionary pages, sorting columns and key-value metadata.
func checkParquetMeta(t *testing.T, rdr *file.Reader, tab schemas.Table) {
	md := rdr.MetaData()
	for key, want := range map[string]string{
		MetaDataset: "uncyber", MetaVersion: "9.9.9-test", MetaFingerprint: schemas.Fingerprint(),
	} {
		if got := md.KeyValueMetadata().FindValue(key); got == nil || *got != want {
			t.Errorf("metadata %s = %v, want %q", key, got, want)
		}
	}
	root := md.Schema.Root()
	for i, c := range tab.Columns() {
		node := root.Field(i)
		optional := node.RepetitionType() == pq.Repetitions.Optional
		if node.Name() != c.Name || optional == c.Required {
			t.Errorf("parquet column %d: %s %s, want %s required=%v", i, node.Name(), node.RepetitionType(), c.Name, c.Required)
		}
		wantLogical := map[string]pqschema.LogicalType{
			schemas.TypeString: pqschema.StringLogicalType{},
			schemas.TypeDate:   pqschema.DateLogicalType{},
			schemas.TypeArray:  pqschema.ListLogicalType{},
		}[c.Type]
		if wantLogical != nil && !node.LogicalType().Equals(wantLogical) {
			t.Errorf("parquet column %s: logical type %s, want %s", c.Name, node.LogicalType(), wantLogical)
		}
	}
	if md.NumRowGroups() == 0 {
		return
	}
	rg := md.RowGroup(0)
	if got := rg.SortingColumns(); len(got) != len(tab.PrimaryKey) {
		t.Errorf("sorting columns %v, want the primary key %v", got, tab.PrimaryKey)
	}
	for j := range rg.NumColumns() {
		cc, err := rg.ColumnChunk(j)
		if err != nil {
			t.Fatal(err)
		}
		name := cc.PathInSchema()[0]
		if cc.Compression() != compress.Codecs.Zstd {
			t.Errorf("%s: compression %s, want zstd", name, cc.Compression())
		}
		c, _ := tab.Column(name)
		dict := slices.Contains(strings.Split(reflect.TypeOf(tab.Row).Field(c.Field).Tag.Get("parquet"), ","), "dict")
		if c.Enum != nil && !dict {
			t.Errorf("%s: an enum column without the dict tag", name)
		}
		if dict && !cc.HasDictionaryPage() {
			t.Errorf("%s: tagged dict but has no dictionary page", name)
		}
	}
}

// goValue is the value Arrow should read for a field of a row: nil for NULL
// (a nil pointer, or an empty string in an optional column), and otherwise
// string, int32, int64, arrow.Date32 or []string.
func goValue(v reflect.Value, required bool) any {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	switch x := v.Interface().(type) {
	case string:
		if x == "" && !required {
			return nil
		}
		return x
	case schemas.Date:
		return arrow.Date32(x)
	case schemas.List:
		return []string(x)
	}
	return v.Interface()
}

// arrowValue returns row r of a chunked column in goValue's terms.
func arrowValue(col *arrow.Chunked, r int) any {
	for _, ch := range col.Chunks() {
		if r >= ch.Len() {
			r -= ch.Len()
			continue
		}
		if ch.IsNull(r) {
			return nil
		}
		switch a := ch.(type) {
		case *array.String:
			return a.Value(r)
		case *array.Dictionary:
			return a.Dictionary().(*array.String).Value(a.GetValueIndex(r))
		case *array.Int32:
			return a.Value(r)
		case *array.Int64:
			return a.Value(r)
		case *array.Date32:
			return a.Value(r)
		case *array.List:
			start, end := a.ValueOffsets(r)
			var out []string
			for k := start; k < end; k++ {
				out = append(out, a.ListValues().(*array.String).Value(int(k)))
			}
			return out
		}
		return "unexpected array " + ch.DataType().String()
	}
	return "row out of range"
}

// TestParquetDatesAsCalendar checks the DATE encoding against the calendar
// through Arrow's own conversion, the check that catches parquet-go's
// time.Time bug.
func TestParquetDatesAsCalendar(t *testing.T) {
	dir := writeFixture(t, fixture())
	rdr, err := file.OpenParquetFile(filepath.Join(dir, "parquet", "meetings.parquet"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer rdr.Close()
	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Release()
	tab, _ := schemas.Lookup("meetings")
	c, _ := tab.Column("start_date")
	d := arrowValue(tbl.Column(c.Field).Data(), 0).(arrow.Date32)
	if got := d.ToTime().Format("2006-01-02"); got != "1969-12-31" {
		t.Errorf("start_date of the first meeting reads as %s, want 1969-12-31", got)
	}
}

// TestParquetSameBytesAsRowWriter writes every table of the fixture with
// parquet-go's reflective Writer and zstd codec, one row at a time, as the
// writer did before it used the typed writer and its own codec, and wants
// the bytes Write gives: files published by earlier versions stay
// byte-identical for the same rows.
func TestParquetSameBytesAsRowWriter(t *testing.T) {
	ds := fixture()
	files := treetest.Read(t, writeFixture(t, ds))
	for _, tab := range schemas.Catalog {
		t.Run(tab.Name, func(t *testing.T) {
			rows, err := sortedRows(tab, ds.Rows(tab))
			if err != nil {
				t.Fatal(err)
			}
			if rows.Len() < 2 {
				t.Fatalf("the fixture has %d rows of %s; give it at least two", rows.Len(), tab.Name)
			}
			var buf bytes.Buffer
			pw := parquet.NewWriter(&buf, referenceOptions(tab, "9.9.9-test")...)
			for i := range rows.Len() {
				if err := pw.Write(rows.Index(i).Interface()); err != nil {
					t.Fatal(err)
				}
			}
			if err := pw.Close(); err != nil {
				t.Fatal(err)
			}
			if got := files["parquet/"+tab.Name+".parquet"]; got != buf.String() {
				t.Errorf("%s.parquet: %d bytes differ from the %d bytes of the row writer", tab.Name, len(got), buf.Len())
			}
		})
	}
}

// TestParquetManyPagesSameBytes is TestParquetSameBytesAsRowWriter for a
// table of many pages, where a writer handed several rows at once would
// cut them elsewhere.
func TestParquetManyPagesSameBytes(t *testing.T) {
	tab := tableOf(t, "evidence")
	rows := make([]schemas.Evidence, 6000)
	for i := range rows {
		rows[i] = schemas.Evidence{
			EvidenceID: fmt.Sprintf("ev/%08d", i), EntityTable: "people", EntityID: fmt.Sprintf("person/p%d", i%97),
			Field: []string{"row", "name"}[i%2], SourceID: fmt.Sprintf("s%d", i%13), ByteStart: int64(i), ByteEnd: int64(i + 300),
			Quote: noise(i, 1+i%300), Rule: fmt.Sprintf("rule%d", i%5),
		}
	}
	var want bytes.Buffer
	pw := parquet.NewWriter(&want, referenceOptions(tab, "1")...)
	for _, r := range rows {
		if err := pw.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := encodeParquet(&got, tab, schemas.SliceStream[schemas.Evidence](rows).Each, "1"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("the typed writer wrote %d bytes, not the %d bytes of the row writer", got.Len(), want.Len())
	}
	if want.Len() < 4*parquet.DefaultPageBufferSize/10 {
		t.Errorf("only %d bytes: too few rows for several pages", want.Len())
	}
}

// noise is n bytes that do not compress, different for each seed.
func noise(seed, n int) string {
	var b []byte
	for h := sha256.Sum256([]byte(fmt.Sprint(seed))); len(b) < n; h = sha256.Sum256(h[:]) {
		b = append(b, hex.EncodeToString(h[:])...)
	}
	return string(b[:n])
}

// referenceOptions are the writer's options with parquet-go's own zstd
// codec in place of zstdCodec.
func referenceOptions(tab schemas.Table, version string) []parquet.WriterOption {
	return append(writerOptions(tab, version), parquet.Compression(&parquet.Zstd))
}
