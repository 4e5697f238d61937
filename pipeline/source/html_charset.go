package source

import (
	"errors"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

// decoded is an HTML file turned into UTF-8, with the map back to the file.
type decoded struct {
	src []byte // UTF-8 bytes
	// rawOff maps each byte of src (and len(src)) to its byte in the file;
	// nil means the identity, when the file already is UTF-8.
	rawOff  []int
	charset string // WHATWG name of the file's encoding
}

// raw maps an offset in src to an offset in the file.
func (d *decoded) raw(i int) int {
	if d.rawOff == nil {
		return i
	}
	return d.rawOff[i]
}

// decodeHTML finds the encoding of an HTML file the way browsers do (byte
// order mark, <meta charset> or http-equiv Content-Type in the first 1024
// bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252) and
// decodes it. A file that declares UTF-8 but is not valid UTF-8 is refused
// (an undeclared one is read as windows-1252).
func decodeHTML(name string, data []byte) (*decoded, error) {
	enc, label, certain := charset.DetermineEncoding(data, "text/html")
	if label == "" || !certain && utf8.Valid(data) {
		// Undeclared ASCII is sniffed as windows-1252; it reads the same
		// as UTF-8, which keeps Offsets the identity.
		label = "utf-8"
	}
	if label == "utf-8" {
		if i := invalidUTF8(data); i >= 0 {
			var errs ErrorList
			errs.Add(posAt(name, data, i), ErrEncoding,
				"invalid UTF-8 (byte %#02x) in a file that declares charset utf-8; fix the <meta charset> or re-save the file as UTF-8", data[i])
			return nil, errs.Err()
		}
		return &decoded{src: data, charset: label}, nil
	}
	src, off := decodeWithOffsets(enc, data)
	return &decoded{src: src, rawOff: off, charset: label}, nil
}

// decodeWithOffsets decodes data one character at a time, so that every
// output byte is mapped to the first file byte of its character.
func decodeWithOffsets(enc encoding.Encoding, data []byte) ([]byte, []int) {
	src := make([]byte, 0, len(data)+len(data)/2)
	off := make([]int, 0, cap(src)+1)
	if cm, ok := enc.(*charmap.Charmap); ok {
		for i, b := range data {
			r := cm.DecodeByte(b)
			src = utf8.AppendRune(src, r)
			for len(off) < len(src) {
				off = append(off, i)
			}
		}
		return src, append(off, len(data))
	}
	t := enc.NewDecoder()
	var buf [64]byte
	for i := 0; i < len(data); {
		n, out := decodeOne(t, data[i:], buf[:])
		src = append(src, out...)
		for len(off) < len(src) {
			off = append(off, i)
		}
		i += n
	}
	return src, append(off, len(data))
}

// decodeOne decodes the first character of data with t: it offers t one,
// two, … bytes until it consumes some. On failure it emits U+FFFD for one
// byte (and resets t) so decoding always advances.
func decodeOne(t transform.Transformer, data []byte, buf []byte) (int, []byte) {
	for n := 1; n <= len(data) && n <= 8; n++ {
		nDst, nSrc, err := t.Transform(buf, data[:n], n == len(data))
		out := buf[:nDst]
		if r, size := utf8.DecodeRune(out); nSrc > 1 && r == utf8.RuneError && size < len(out) {
			// An invalid sequence and a character after it, like Shift_JIS
			// "\x81" "0": give the bad byte its U+FFFD alone so the next
			// character keeps its own offset.
			break
		}
		if nSrc > 0 {
			return nSrc, out
		}
		if err != nil && !errors.Is(err, transform.ErrShortSrc) {
			break
		}
	}
	t.Reset()
	return 1, []byte(string(utf8.RuneError))
}

// decodeCharset decodes b from the encoding with the given WHATWG label;
// UTF-8, an empty or an unknown label return b as it is.
func decodeCharset(label string, b []byte) string {
	if label == "" || label == "utf-8" {
		return string(b)
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return string(b)
	}
	s, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return string(b)
	}
	return string(s)
}
