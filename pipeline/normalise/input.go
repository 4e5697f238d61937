package normalise

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"reflect"
	"slices"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/source"
)

// NewInput keeps of a document what the tables need next to the result
// extracted from it: the quote of every span the result cites, and the
// result with its strings copied out of the document's text, so that the
// document can be dropped as soon as it is extracted.
func NewInput(doc *source.Document, res extract.Result) Input {
	sum := sha256.Sum256(doc.Raw)
	in := Input{
		Source: Source{Entry: doc.Entry, MediaType: doc.MediaType, Bytes: int64(len(doc.Raw)),
			SHA256: hex.EncodeToString(sum[:])},
		Result: res,
	}
	v := reflect.ValueOf(&in.Result).Elem()
	walk(v, func(s reflect.Value) { s.SetString(strings.Clone(s.String())) }, func(sp extract.Span) {
		if q, ok := quoteOf(doc, sp); ok {
			in.Quotes = append(in.Quotes, q)
		}
	})
	slices.SortFunc(in.Quotes, func(a, b Quote) int { return compareSpan(a, b.Span) })
	in.Quotes = slices.CompactFunc(in.Quotes, func(a, b Quote) bool { return a.Span == b.Span })
	return in
}

// quoteOf maps a span of the document's text to the bytes of the file.
// Spans outside the text, or longer than maxQuote, have no quote.
func quoteOf(doc *source.Document, sp extract.Span) (Quote, bool) {
	if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(doc.Text) || sp.End-sp.Start > maxQuote {
		return Quote{}, false
	}
	q := Quote{Span: sp}
	q.RawStart, q.RawEnd = doc.RawSpan(sp.Start, sp.End)
	if doc.MediaType == source.MediaHTML {
		q.Text = strings.Clone(doc.Text[sp.Start:sp.End])
	} else {
		q.Text = string(doc.Raw[q.RawStart:q.RawEnd])
	}
	return q, true
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
