package source

import (
	"unicode/utf8"

	"golang.org/x/net/html"
)

// text handles a text token that starts at src offset pos: it collapses
// whitespace (outside <pre>), decodes character references and emits what
// remains, each byte mapped to the file byte it came from.
func (x *htmlText) text(pos int, raw []byte) {
	if x.open["title"] > 0 && x.open["svg"] == 0 {
		x.title(pos, raw)
	}
	if !x.keeping() {
		return
	}
	rawText := x.open["script"]+x.open["style"]+x.open["textarea"]+x.open["xmp"]+x.open["plaintext"] > 0
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&' && !rawText:
			n, s := decodeReference(raw[i:])
			x.emitString(s, pos+i, pos+i+n)
			i += n
		case isHTMLSpace(c):
			x.whitespace(c, pos+i)
			i++
		default:
			_, n := utf8.DecodeRune(raw[i:])
			x.emitSame(pos+i, n)
			i += n
		}
	}
}

// isHTMLSpace reports the ASCII whitespace HTML collapses.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// whitespace notes a pending space, or inside <pre> keeps spaces and line
// ends as they are (dropping \r).
func (x *htmlText) whitespace(c byte, pos int) {
	if x.pre == 0 {
		if !x.space {
			x.space, x.spacePos = true, pos
		}
		return
	}
	if c == '\r' || c == '\n' && (pos == x.preSkip || pos == x.preSkip+1 && x.dec.src[x.preSkip] == '\r') {
		return
	}
	if c == '\f' {
		c = ' '
	}
	x.flush()
	x.out = append(x.out, c)
	x.off = append(x.off, x.dec.raw(pos))
	x.lastEnd = x.dec.raw(pos + 1)
}

// flush writes the pending separator before a character: a line break
// beats a cell separator, which beats a space. Nothing is written at the
// start of Text.
func (x *htmlText) flush() {
	defer func() { x.breakLevel, x.space, x.cell = 0, false, false }()
	if len(x.out) == 0 {
		return
	}
	last := x.out[len(x.out)-1]
	switch {
	case x.breakLevel > 0:
		x.trimTrailingBlanks()
		sep := "\n\n"[:x.breakLevel]
		if len(x.out) > 0 && x.out[len(x.out)-1] == '\n' {
			sep = sep[1:] // a <pre> already ended the line
		}
		x.insert(sep, x.breakPos)
	case x.cell:
		x.insert(" | ", x.cellPos)
	case x.space && last != '\n' && last != ' ':
		x.insert(" ", x.spacePos)
	}
}

// trimTrailingBlanks removes spaces a <pre> left at the end of a line.
func (x *htmlText) trimTrailingBlanks() {
	for len(x.out) > 0 && (x.out[len(x.out)-1] == ' ' || x.out[len(x.out)-1] == '\t') {
		x.out, x.off = x.out[:len(x.out)-1], x.off[:len(x.off)-1]
	}
}

// insert appends separator bytes that map to src offset pos.
func (x *htmlText) insert(sep string, pos int) {
	p := x.dec.raw(pos)
	for i := 0; i < len(sep); i++ {
		x.out = append(x.out, sep[i])
		x.off = append(x.off, p)
	}
}

// emitSame emits the n bytes at src offset pos unchanged, each mapped to
// its own file byte.
func (x *htmlText) emitSame(pos, n int) {
	x.flush()
	x.out = append(x.out, x.dec.src[pos:pos+n]...)
	for k := 0; k < n; k++ {
		x.off = append(x.off, x.dec.raw(pos+k))
	}
	x.lastEnd = x.dec.raw(pos + n)
}

// emitString emits s, the decoding of the reference at src [pos,end);
// every byte maps to the reference's first byte. Whitespace it decodes to
// collapses like literal whitespace.
func (x *htmlText) emitString(s string, pos, end int) {
	for _, r := range s {
		if r < utf8.RuneSelf && isHTMLSpace(byte(r)) && x.pre == 0 {
			x.whitespace(byte(r), pos)
			continue
		}
		x.flush()
		n := len(x.out)
		x.out = utf8.AppendRune(x.out, r)
		for range len(x.out) - n {
			x.off = append(x.off, x.dec.raw(pos))
		}
		x.lastEnd = x.dec.raw(end)
	}
}

// decodeReference decodes the character reference at the start of b
// ("&amp;", "&#38;", "&#x26;", legacy "&amp") and returns how many bytes it
// covers and its text. A lone '&' decodes to itself.
func decodeReference(b []byte) (int, string) {
	n := 1
	for n < len(b) && n < 40 && isRefByte(b[n]) {
		n++
	}
	if n < len(b) && b[n] == ';' {
		n++
	}
	in := string(b[:n])
	out := html.UnescapeString(in)
	if out == in {
		return 1, "&"
	}
	// Bytes after the reference come back unchanged at the end of out;
	// give them back so they map to their own offsets.
	tail := 0
	for tail < n-1 && tail < len(out)-1 && in[n-1-tail] == out[len(out)-1-tail] {
		tail++
	}
	return n - tail, out[:len(out)-tail]
}

// isRefByte reports bytes that can follow '&' in a character reference.
func isRefByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#'
}
