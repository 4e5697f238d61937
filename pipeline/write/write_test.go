package write

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/internal/treetest"

	"github.com/uncyber/uncyber/schemas"
)

// reversed returns a copy of ds with every table's rows in reverse order.
func reversed(ds *schemas.Dataset) *schemas.Dataset {
	out := &schemas.Dataset{}
	for _, tab := range schemas.Catalog {
		rows := reflect.ValueOf(ds.Rows(tab))
		rev := reflect.MakeSlice(rows.Type(), rows.Len(), rows.Len())
		for i := range rows.Len() {
			rev.Index(rows.Len() - 1 - i).Set(rows.Index(i))
		}
		out.SetRows(tab, rev.Interface())
	}
	return out
}

// streamed moves the evidence rows of ds, sorted, to its EvidenceStream.
func streamed(ds *schemas.Dataset) *schemas.Dataset {
	ev := slices.Clone(ds.Evidence)
	slices.SortFunc(ev, func(a, b schemas.Evidence) int { return strings.Compare(a.EvidenceID, b.EvidenceID) })
	ds.Evidence, ds.EvidenceStream = nil, schemas.SliceStream[schemas.Evidence](ev)
	return ds
}

// streamedSources moves the sources of ds, sorted, into SourcesStream, as
// a build leaves them.
func streamedSources(ds *schemas.Dataset) *schemas.Dataset {
	src := slices.Clone(ds.Sources)
	slices.SortFunc(src, func(a, b schemas.Source) int { return strings.Compare(a.SourceID, b.SourceID) })
	ds.Sources, ds.SourcesStream = nil, schemas.SliceStream[schemas.Source](src)
	return ds
}

// TestStreamRefusesBadRows wants a streamed table out of key order, with a
// duplicate key or with invalid UTF-8 to fail the write, as it would in
// memory.
func TestStreamRefusesBadRows(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(ev []schemas.Evidence)
		wantErr string
	}{
		{"duplicate", func(ev []schemas.Evidence) { ev[1].EvidenceID = ev[0].EvidenceID }, "duplicate primary key"},
		{"order", func(ev []schemas.Evidence) { ev[0], ev[1] = ev[1], ev[0] }, "not in key order"},
		{"utf-8", func(ev []schemas.Evidence) { ev[0].Quote = "\xff" }, "not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ds := streamed(fixture())
			ev := []schemas.Evidence(ds.EvidenceStream.(schemas.SliceStream[schemas.Evidence]))
			tc.change(ev)
			err := Write(filepath.Join(t.TempDir(), "out"), ds, PackageMeta{Version: "0.0.0"})
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Write: %v; want an error with %q", err, tc.wantErr)
			}
		})
	}
}

// TestDeterministic writes the fixture several ways — twice, with
// GOMAXPROCS=1, with the rows in the opposite order — and wants the same
// bytes in every file, and the input left untouched.
func TestDeterministic(t *testing.T) {
	ds := fixture()
	first := treetest.Read(t, writeFixture(t, ds))
	if !reflect.DeepEqual(ds, fixture()) {
		t.Fatal("Write changed its input dataset")
	}
	want := []string{"datapackage.json"}
	for _, tab := range schemas.Catalog {
		want = append(want, "csv/"+tab.Name+".csv", "parquet/"+tab.Name+".parquet")
	}
	slices.Sort(want)
	got := make([]string, 0, len(first))
	for name := range first {
		got = append(got, name)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("files %q, want %q", got, want)
	}
	for _, tc := range []struct {
		name       string
		ds         *schemas.Dataset
		gomaxprocs int
	}{
		{"again", fixture(), 0},
		{"GOMAXPROCS=1", fixture(), 1},
		{"rows reversed", reversed(fixture()), 0},
		{"evidence streamed", streamed(fixture()), 0},
		{"sources streamed", streamedSources(fixture()), 0},
		{"sources reversed and streamed", streamedSources(reversed(fixture())), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.gomaxprocs > 0 {
				defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(tc.gomaxprocs))
			}
			again := treetest.Read(t, writeFixture(t, tc.ds))
			for name, b := range first {
				if again[name] != b {
					t.Errorf("%s differs between writes", name)
				}
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	dup := fixture()
	dup.Sources = append(dup.Sources, dup.Sources[0])
	// In key order, as normalise leaves tables: the writer checks the order
	// instead of sorting a copy, and must still see the duplicate.
	dupSorted := fixture()
	dupSorted.Sources = []schemas.Source{dupSorted.Sources[1], dupSorted.Sources[1], dupSorted.Sources[0]}
	bad := fixture()
	bad.People[1].Aliases = schemas.List{"ok", "Bad\xff"}
	tests := []struct {
		name    string
		ds      *schemas.Dataset
		meta    PackageMeta
		setup   func(dir string)
		wantErr string
		is      error
	}{
		{name: "duplicate key", ds: dup, meta: PackageMeta{Version: "1"},
			wantErr: "sources: duplicate primary key source_id=src/beta; give each row its own key", is: ErrDuplicateKey},
		{name: "duplicate key in sorted rows", ds: dupSorted, meta: PackageMeta{Version: "1"},
			wantErr: "sources: duplicate primary key source_id=src/alpha; give each row its own key", is: ErrDuplicateKey},
		{name: "invalid utf-8", ds: bad, meta: PackageMeta{Version: "1"},
			wantErr: `people: row person_id=person/ilse-brandt: column aliases: text is not valid UTF-8 ("Bad\xff"); fix the encoding of its source`, is: ErrInvalidUTF8},
		{name: "no version", ds: fixture(),
			wantErr: "no dataset version: set PackageMeta.Version, e.g. from the VERSION file", is: ErrNoVersion},
		{name: "extra escapes", ds: fixture(), meta: PackageMeta{Version: "1", Extra: map[string]func(io.Writer) error{"../x": Content(nil)}},
			wantErr: `bad extra file name "../x": want a relative path with forward slashes, e.g. report.json`, is: ErrExtraName},
		{name: "extra over a table", ds: fixture(), meta: PackageMeta{Version: "1", Extra: map[string]func(io.Writer) error{"csv/people.csv": Content(nil)}},
			wantErr: `bad extra file name "csv/people.csv": csv/, parquet/ and datapackage.json are written from the dataset`, is: ErrExtraName},
		{name: "dir not empty", ds: fixture(), meta: PackageMeta{Version: "1"},
			setup:   func(dir string) { os.MkdirAll(filepath.Join(dir, "old"), 0o755) },
			wantErr: "DIR: directory is not empty (it has old); write into a new directory or use WriteAtomic", is: ErrNotEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			if tt.setup != nil {
				tt.setup(dir)
			}
			err := Write(dir, tt.ds, tt.meta)
			want := tt.wantErr
			if len(want) > 3 && want[:3] == "DIR" {
				want = dir + want[3:]
			}
			if err == nil || err.Error() != want || !errors.Is(err, tt.is) {
				t.Fatalf("Write error = %v\nwant %s (%v)", err, want, tt.is)
			}
		})
	}
}

func TestExtraFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	extra := map[string][]byte{"report.json": []byte("{}\n"), "notes/readme.txt": []byte("hi")}
	meta := PackageMeta{Version: "1", Extra: map[string]func(io.Writer) error{}}
	for name, b := range extra {
		meta.Extra[name] = Content(b)
	}
	if err := Write(dir, fixture(), meta); err != nil {
		t.Fatal(err)
	}
	files := treetest.Read(t, dir)
	for name, b := range extra {
		if files[name] != string(b) {
			t.Errorf("%s = %q, want %q", name, files[name], b)
		}
	}
}

// TestWriteUsesNoSystemTempDir writes with the system's temporary folder
// missing: the Parquet writers' page files go inside the directory being
// written, so that a process killed while writing leaves nothing in the
// system's temporary folder, and none is left once Write returns.
func TestWriteUsesNoSystemTempDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	if err := Write(dir, streamed(fixture()), PackageMeta{Version: "9.9.9-test"}); err != nil {
		t.Fatalf("Write with no system temporary folder: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, pagesPattern)); len(left) > 0 {
		t.Errorf("page folders left in the output: %q", left)
	}
}
