package normalise

import (
	"reflect"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
	"github.com/uncyber/uncyber/schemas"
)

// TestSourcesStreamed requires NormaliseTo, with a spill folder, to give
// the sources table as a stream with the rows Normalise holds in memory,
// in the same order, read back from the inputs' store.
func TestSourcesStreamed(t *testing.T) {
	dir, err := spill.NewDir(t.TempDir(), "spill-*")
	if err != nil {
		t.Fatal(err)
	}
	store, err := spill.NewTexts(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	fixtures := []*fixture{
		newFixture("zeta", "The Harbour Institute (THI) met in Suva.").org("thi", "Harbour Institute", "THI", "research"),
		newFixture("alpha", "Mara Okafor spoke.").person("mo", "Mara Okafor"),
		newFixture("mid", "Nothing here."),
	}
	fixtures[0].doc.Entry = source.Entry{SourceID: "zeta", Path: "sources/zeta.txt", URL: "https://example.org/z",
		Title: "Zeta", Publisher: "Pub", Published: "2031-05-02", Retrieved: "2031-06", Licence: "CC-BY-4.0"}
	var inMemory, inStore []Input
	for _, f := range fixtures {
		inMemory = append(inMemory, f.input())
		in, err := NewInputIn(store, f.doc, f.res)
		if err != nil {
			t.Fatal(err)
		}
		inStore = append(inStore, in)
	}
	want, _ := Normalise(inMemory)
	got, _, err := NormaliseTo(inStore, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Sources != nil || got.SourcesStream == nil {
		t.Fatalf("NormaliseTo: %d sources in memory, stream %v; want them all in the stream", len(got.Sources), got.SourcesStream)
	}
	var rows []schemas.Source
	if err := got.SourcesStream.Each(func(s schemas.Source) error { rows = append(rows, s); return nil }); err != nil {
		t.Fatal(err)
	}
	if got.SourcesStream.Len() != len(rows) || !reflect.DeepEqual(rows, want.Sources) {
		t.Errorf("streamed sources (Len %d):\n%+v\nwant:\n%+v", got.SourcesStream.Len(), rows, want.Sources)
	}
	if len(rows) != 3 || rows[2].Title != "Zeta" || rows[2].Published == nil {
		t.Errorf("the fixture's sources are not all there: %+v", rows)
	}
}

// TestInputIsSmall guards the memory of a build of many texts: an Input
// is a source_id and a few numbers, its source and facts being in the
// store (see TestInputHoldsNoFacts).
func TestInputIsSmall(t *testing.T) {
	const most = 96
	if size := reflect.TypeFor[Input]().Size(); size > most {
		t.Errorf("an Input takes %d bytes, want at most %d: keep what grows in the store", size, most)
	}
	typ := reflect.TypeFor[Input]()
	for i := range typ.NumField() {
		if f := typ.Field(i); f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[spill.Ref]() {
			t.Errorf("Input.%s is a %s: keep it encoded in the store", f.Name, f.Type)
		}
	}
}
