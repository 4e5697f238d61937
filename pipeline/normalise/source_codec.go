package normalise

import (
	"reflect"
)

// A Source is kept encoded in its input's store next to the facts, with
// the encoding of the facts' values (see appendValue): a build of 400,000
// texts held some 700 bytes per source in memory otherwise (the manifest
// line its strings pointed into, the Input, the row of the sources table).

// appendSource appends the encoding of src.
func appendSource(b []byte, src *Source) []byte {
	return appendValue(b, reflect.ValueOf(src).Elem())
}

// decodeSource decodes what appendSource encoded.
func decodeSource(b []byte) (Source, error) {
	var src Source
	d := factsDecoder{b: b}
	d.value(reflect.ValueOf(&src).Elem())
	if d.err == nil && len(d.b) != 0 {
		d.fail()
	}
	if d.err != nil {
		return Source{}, d.err
	}
	return src, nil
}
