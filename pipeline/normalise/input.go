package normalise

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
	"github.com/uncyber/uncyber/pipeline/spill"
)

// NewInput keeps of a document what the tables need next to the result
// extracted from it: the quote of every span the result cites, and the
// result with its strings copied out of the document's text, so that the
// document can be dropped as soon as it is extracted. The quotes are kept
// in memory; see NewInputIn.
func NewInput(doc *source.Document, res extract.Result) Input {
	texts, _ := spill.NewTexts(nil)
	in, _ := NewInputIn(texts, doc, res) // in memory, storing a quote cannot fail
	return in
}

// NewInputIn is NewInput keeping the quotes' texts in texts, which may be
// a file shared by every input of a build: a build of many texts then does
// not hold them in memory.
func NewInputIn(texts *spill.Texts, doc *source.Document, res extract.Result) (Input, error) {
	sum := sha256.Sum256(doc.Raw)
	in := Input{
		Source: Source{Entry: doc.Entry, MediaType: doc.MediaType, Bytes: int64(len(doc.Raw)),
			SHA256: hex.EncodeToString(sum[:])},
		Result: res,
		texts:  texts,
	}
	v := reflect.ValueOf(&in.Result).Elem()
	walk(v, func(s reflect.Value) { s.SetString(strings.Clone(s.String())) }, func(sp extract.Span) {
		if q, ok := quoteOf(doc, sp); ok {
			in.Quotes = append(in.Quotes, q)
		}
	})
	slices.SortFunc(in.Quotes, func(a, b Quote) int { return compareSpan(a, b.Span) })
	in.Quotes = slices.CompactFunc(in.Quotes, func(a, b Quote) bool { return a.Span == b.Span })
	for i := range in.Quotes {
		q := &in.Quotes[i]
		text := doc.Text[q.Span.Start:q.Span.End]
		if doc.MediaType != source.MediaHTML {
			text = string(doc.Raw[q.RawStart:q.RawEnd])
		}
		var err error
		if q.Text, err = texts.Add(text); err != nil {
			return Input{}, fmt.Errorf("keeping the quotes of %s: %w", doc.Entry.SourceID, err)
		}
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

// QuoteTexts returns the text of every quote, in the order of Quotes.
func (in *Input) QuoteTexts() ([]string, error) {
	out := make([]string, len(in.Quotes))
	for i, q := range in.Quotes {
		t, err := in.texts.Text(q.Text)
		if err != nil {
			return nil, fmt.Errorf("reading the quotes of %s: %w", in.Source.Entry.SourceID, err)
		}
		out[i] = t
	}
	return out, nil
}

// KeepQuoteTexts stores texts, the text of every quote in the order of
// Quotes (as QuoteTexts gave them), in store, and points the quotes at
// them: an input read back from a cache, whose quotes' texts were written
// next to it.
func (in *Input) KeepQuoteTexts(store *spill.Texts, texts []string) error {
	if len(texts) != len(in.Quotes) {
		return fmt.Errorf("keeping the quotes of %s: %d texts for %d quotes", in.Source.Entry.SourceID, len(texts), len(in.Quotes))
	}
	in.texts = store
	for i, t := range texts {
		r, err := store.Add(t)
		if err != nil {
			return fmt.Errorf("keeping the quotes of %s: %w", in.Source.Entry.SourceID, err)
		}
		in.Quotes[i].Text = r
	}
	return nil
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
