package normalise

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// NewInput keeps of a document what the tables need next to the result
// extracted from it: the quote of every span the result cites, and the
// result, encoded, so that the document can be dropped as soon as it is
// extracted. It is kept in memory; see NewInputIn.
func NewInput(doc *source.Document, res extract.Result) Input {
	store, _ := spill.NewTexts(nil)
	in, _ := NewInputIn(store, doc, res) // in memory, storing cannot fail
	return in
}

// NewInputIn is NewInput keeping the result and its quotes encoded in
// store, which may be a file shared by every input of a build: a build of
// many texts then holds a few bytes per text until normalise reads them
// back, one at a time.
func NewInputIn(store *spill.Texts, doc *source.Document, res extract.Result) (Input, error) {
	sum := sha256.Sum256(doc.Raw)
	src := Source{Entry: doc.Entry, MediaType: doc.MediaType, Bytes: int64(len(doc.Raw)),
		SHA256: hex.EncodeToString(sum[:])}
	if src.SHA256 == doc.Entry.SHA256 {
		src.SHA256 = doc.Entry.SHA256 // one string for both, as the loader checked them
	}
	var quotes []Quote
	walk(reflect.ValueOf(&res).Elem(), func(reflect.Value) {}, func(sp extract.Span) {
		if q, ok := quoteOf(doc, sp); ok {
			quotes = append(quotes, q)
		}
	})
	slices.SortFunc(quotes, func(a, b Quote) int { return compareSpan(a, b.Span) })
	quotes = slices.CompactFunc(quotes, func(a, b Quote) bool { return a.Span == b.Span })
	texts := make([]string, len(quotes))
	for i, q := range quotes {
		texts[i] = doc.Text[q.Span.Start:q.Span.End]
		if doc.MediaType != source.MediaHTML {
			texts[i] = string(doc.Raw[q.RawStart:q.RawEnd])
		}
	}
	return inputOf(store, src, countsOf(&res), encodeFacts(&res, quotes, texts))
}

// InputFromFacts makes the input of a source from what Facts returned for
// it, keeping the facts in store: an input read back from a cache.
func InputFromFacts(store *spill.Texts, src Source, facts []byte) (Input, error) {
	d := factsDecoder{b: facts}
	c := d.counts()
	if d.err != nil {
		return Input{}, fmt.Errorf("reading the facts of %s: %w", src.Entry.SourceID, d.err)
	}
	return inputOf(store, src, c, facts)
}

func inputOf(store *spill.Texts, src Source, c FactCounts, facts []byte) (Input, error) {
	in := Input{id: strings.Clone(src.Entry.SourceID), bytes: src.Bytes, store: store}
	for k, n := range c.fields() {
		if *n > math.MaxInt32 {
			return Input{}, fmt.Errorf("keeping the facts of %s: %d facts of one kind", src.Entry.SourceID, *n)
		}
		in.counts[k] = int32(*n)
	}
	var err error
	if in.source, err = store.AddBytes(appendSource(nil, &src)); err == nil {
		in.facts, err = store.AddBytes(facts)
	}
	if err != nil {
		return Input{}, fmt.Errorf("keeping the facts of %s: %w", src.Entry.SourceID, err)
	}
	return in, nil
}

// quoteOf maps a span of the document's text to the bytes of the file.
// Spans outside the text, or longer than maxQuote, have no quote.
func quoteOf(doc *source.Document, sp extract.Span) (Quote, bool) {
	if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(doc.Text) || sp.End-sp.Start > maxQuote {
		return Quote{}, false
	}
	q := Quote{Span: sp}
	q.RawStart, q.RawEnd = doc.RawSpan(sp.Start, sp.End)
	return q, true
}

// SourceID is the source_id of the input's source.
func (in *Input) SourceID() string { return in.id }

// Bytes is the size of the input's source file.
func (in *Input) Bytes() int64 { return in.bytes }

// Source reads the input's source back from its store.
func (in *Input) Source() (Source, error) {
	b, err := in.store.Bytes(in.source, nil)
	if err == nil {
		var src Source
		if src, err = decodeSource(b); err == nil {
			return src, nil
		}
	}
	return Source{}, fmt.Errorf("reading the source of %s: %w", in.id, err)
}

// Counts are how many facts of each kind the input has.
func (in *Input) Counts() FactCounts {
	var c FactCounts
	for k, n := range c.fields() {
		*n = int(in.counts[k])
	}
	return c
}

// Facts returns the input's result and quotes, encoded: what
// InputFromFacts reads.
func (in *Input) Facts() ([]byte, error) {
	b, err := in.store.Bytes(in.facts, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the facts of %s: %w", in.id, err)
	}
	return b, nil
}

// compareSpan orders quotes by span, for binary search.
func compareSpan(q Quote, sp extract.Span) int {
	return cmp.Or(cmp.Compare(q.Span.Start, sp.Start), cmp.Compare(q.Span.End, sp.End))
}

var spanType = reflect.TypeFor[extract.Span]()

// walk visits every string and every Span reachable from v through
// structs, slices and pointers: reflection, so that a field the extractor
// adds is neither missed nor left pointing into the text.
func walk(v reflect.Value, str func(reflect.Value), span func(extract.Span)) {
	switch v.Kind() {
	case reflect.String:
		str(v)
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), str, span)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i), str, span)
		}
	case reflect.Struct:
		if v.Type() == spanType {
			span(v.Interface().(extract.Span))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), str, span)
			}
		}
	}
}
