package normalise

import (
	"encoding/binary"
	"fmt"
	"reflect"
	"slices"

	"github.com/uncyber/uncyber/pipeline/extract"
)

// FactCounts are how many facts of each kind were extracted from a source.
type FactCounts struct {
	Organisations, People, Affiliations, Meetings, Participations, Publications int
}

func countsOf(res *extract.Result) FactCounts {
	return FactCounts{len(res.Organisations), len(res.People), len(res.Affiliations),
		len(res.Meetings), len(res.Participations), len(res.Publications)}
}

func (c *FactCounts) fields() []*int {
	return []*int{&c.Organisations, &c.People, &c.Affiliations, &c.Meetings, &c.Participations, &c.Publications}
}

// encodeFacts encodes a result and its quotes, whose texts are texts (see
// facts_codec.go for the layout).
func encodeFacts(res *extract.Result, quotes []Quote, texts []string) []byte {
	if err := resultCodable(); err != nil {
		panic(fmt.Sprintf("normalise: extract.Result: %v", err))
	}
	var b []byte
	c := countsOf(res)
	for _, n := range c.fields() {
		b = binary.AppendUvarint(b, uint64(*n))
	}
	b = binary.AppendUvarint(b, uint64(len(quotes)))
	for i, q := range quotes {
		for _, x := range []int{q.Span.Start, q.Span.End, q.RawStart, q.RawEnd} {
			b = binary.AppendVarint(b, int64(x))
		}
		b = binary.AppendUvarint(b, uint64(len(texts[i])))
		b = append(b, texts[i]...)
	}
	v := reflect.ValueOf(res).Elem()
	var field []byte
	for i := range v.NumField() {
		field = appendValue(field[:0], v.Field(i))
		b = binary.AppendUvarint(b, uint64(len(field)))
		b = append(b, field...)
	}
	return b
}

// fieldSet selects fields of extract.Result, bit i for field i.
type fieldSet uint64

// fieldsNamed is the set of the named fields of extract.Result.
func fieldsNamed(names ...string) fieldSet {
	var s fieldSet
	for _, name := range names {
		f, ok := resultType.FieldByName(name)
		if !ok || len(f.Index) != 1 {
			panic("normalise: extract.Result has no field " + name)
		}
		s |= 1 << f.Index[0]
	}
	return s
}

// counts decodes the counts at the start of an encoding.
func (d *factsDecoder) counts() FactCounts {
	var c FactCounts
	for _, n := range c.fields() {
		*n = int(d.uvarint())
	}
	return c
}

// facts decodes the quotes and the fields want of the result of an
// encoding stored at offset base of its store: the quotes' texts are left
// there, each quote pointing at its text.
func (d *factsDecoder) facts(base int64, want fieldSet) ([]Quote, extract.Result) {
	total := len(d.b)
	d.counts()
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
	}
	var quotes []Quote
	if d.err == nil {
		quotes = make([]Quote, n)
	}
	for i := range quotes {
		q := &quotes[i]
		for _, x := range []*int{&q.Span.Start, &q.Span.End, &q.RawStart, &q.RawEnd} {
			*x = int(d.varint())
		}
		l := d.uvarint()
		q.Text.Off, q.Text.Len = base+int64(total-len(d.b)), int32(l)
		d.bytes(l)
	}
	var res extract.Result
	v := reflect.ValueOf(&res).Elem()
	for i := range v.NumField() {
		p := d.bytes(d.uvarint())
		if want&(1<<i) == 0 || d.err != nil {
			continue
		}
		rest := d.b
		d.b = p
		d.value(v.Field(i))
		if len(d.b) != 0 {
			d.fail()
		}
		d.b = rest
	}
	if d.err != nil {
		return nil, extract.Result{}
	}
	return quotes, res
}

// cited returns the quotes of the spans v holds, in the order of quotes.
func cited(quotes []Quote, v any) []Quote {
	keep := make([]bool, len(quotes))
	n := 0
	walk(reflect.ValueOf(v), func(reflect.Value) {}, func(sp extract.Span) {
		if k, ok := slices.BinarySearchFunc(quotes, sp, compareSpan); ok && !keep[k] {
			keep[k] = true
			n++
		}
	})
	if n == 0 {
		return nil
	}
	out := make([]Quote, 0, n)
	for k, q := range quotes {
		if keep[k] {
			out = append(out, q)
		}
	}
	return out
}
