package normalise

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sync"

	"github.com/uncyber/uncyber/pipeline/extract"
)

// The facts of an input (its extract.Result and its quotes) are kept
// encoded, in a spill.Texts, rather than as Go values: a build of many texts
// then holds a few bytes per input between extraction and normalise, and
// each pass of normalise decodes only the lists it reads (see
// normaliser.load).
//
// Layout: the counts of FactCounts as uvarints; the number of quotes, then
// each quote's span and byte range as varints and its text with its length
// in front; then every exported field of extract.Result in order, each with
// its encoded length in front so that a reader can skip it. Values are
// encoded by reflection (see appendValue), so that a field the extractor
// adds is kept without a change here.

var resultType = reflect.TypeFor[extract.Result]()

// errBadFacts is the error of a damaged encoding.
var errBadFacts = errors.New("corrupt facts record")

// checkCodable reports a type appendValue cannot encode: a map, an
// interface, a channel, a function, or a struct with unexported fields
// (which reflection cannot set).
func checkCodable(t reflect.Type) error {
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return nil
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return checkCodable(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return fmt.Errorf("%s.%s is unexported", t, f.Name)
			}
			if err := checkCodable(f.Type); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("%s cannot be encoded", t)
}

var resultCodable = sync.OnceValue(func() error { return checkCodable(resultType) })

// appendValue appends the encoding of v.
func appendValue(b []byte, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.String:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		return append(b, v.String()...)
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1)
		}
		return append(b, 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(b, v.Uint())
	case reflect.Float32, reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float()))
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0)
		}
		return appendValue(append(b, 1), v.Elem())
	case reflect.Slice:
		if v.IsNil() { // nil and empty stay apart: 0 is nil, n+1 is n elements
			return append(b, 0)
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		for i := range v.Len() {
			b = appendValue(b, v.Index(i))
		}
		return b
	case reflect.Array:
		for i := range v.Len() {
			b = appendValue(b, v.Index(i))
		}
		return b
	case reflect.Struct:
		for i := range v.NumField() {
			b = appendValue(b, v.Field(i))
		}
		return b
	}
	panic(fmt.Sprintf("normalise: cannot encode a %s", v.Type()))
}

// factsDecoder reads encoded values.
type factsDecoder struct {
	b   []byte
	err error
}

func (d *factsDecoder) fail() {
	if d.err == nil {
		d.err = errBadFacts
	}
	d.b = nil
}

func (d *factsDecoder) uvarint() uint64 {
	x, k := binary.Uvarint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return x
}

func (d *factsDecoder) varint() int64 {
	x, k := binary.Varint(d.b)
	if k <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[k:]
	return x
}

// bytes returns the next n bytes, a part of the record.
func (d *factsDecoder) bytes(n uint64) []byte {
	if uint64(len(d.b)) < n {
		d.fail()
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *factsDecoder) string() string {
	return string(d.bytes(d.uvarint()))
}

// value decodes into v, a settable value of a type checkCodable accepts.
func (d *factsDecoder) value(v reflect.Value) {
	if d.err != nil {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(d.string())
	case reflect.Bool:
		if p := d.bytes(1); p != nil {
			v.SetBool(p[0] == 1)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(d.varint())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(d.uvarint())
	case reflect.Float32, reflect.Float64:
		if p := d.bytes(8); p != nil {
			v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(p)))
		}
	case reflect.Pointer:
		if p := d.bytes(1); p != nil && p[0] == 1 {
			e := reflect.New(v.Type().Elem())
			d.value(e.Elem())
			v.Set(e)
		}
	case reflect.Slice:
		n := d.uvarint()
		if n == 0 || d.err != nil {
			return
		}
		if n-1 > uint64(len(d.b)) { // every element takes a byte at least
			d.fail()
			return
		}
		s := reflect.MakeSlice(v.Type(), int(n-1), int(n-1))
		for i := range int(n - 1) {
			d.value(s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			d.value(v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			d.value(v.Field(i))
		}
	default:
		panic(fmt.Sprintf("normalise: cannot decode a %s", v.Type()))
	}
}
