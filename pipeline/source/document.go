// Package source reads the manifest raw/sources.csv and the source texts it
// lists, and turns each into a Document: plain text with a map back to the
// bytes of the file.
package source

import "golang.org/x/net/html"

// Entry is one row of raw/sources.csv.
type Entry struct {
	SourceID  string
	Path      string // relative to the raw folder, e.g. sources/x.txt
	URL       string
	Title     string
	Publisher string
	Published string // ISO 8601 date or empty
	Retrieved string // ISO 8601 date or empty
	Licence   string
	SHA256    string
	Line      int // line of the row in the manifest, for error messages
}

// Field is a piece of metadata found in the document itself, with its span in
// Document.Text (byte offsets, end exclusive).
//
// RawStart and RawEnd are the span of the value in Document.Raw. For .txt
// and .md they equal Start and End. For HTML head metadata (<title>, <meta>,
// <link>), which is not part of Text, Start and End are -1 and RawStart and
// RawEnd point at the title text or the attribute value in Raw; use
// Document.Quote to read it. A field the document does not give has an empty
// Value and zero spans.
type Field struct {
	Value      string
	Start, End int
	// RawStart and RawEnd are the span of the value in Raw.
	RawStart, RawEnd int
}

// Meta is what a document says about itself: HTML <title>, meta and link tags,
// or a YAML-like front matter block at the top of a .txt or .md file.
type Meta struct {
	Title     Field
	Author    Field
	Date      Field
	URL       Field
	Publisher Field
	Licence   Field
	// BodyStart is the offset in Text where the body begins (after front
	// matter); 0 when there is none.
	BodyStart int
}

// Document is one loaded source.
type Document struct {
	Entry     Entry
	Raw       []byte // the file's bytes as stored
	MediaType string // text/plain, text/markdown or text/html
	// Text is the readable text. For .txt and .md it is exactly Raw. For HTML
	// it is the text of <main>/<article>/<body> without script, style, nav,
	// header, footer, aside, form and the like; blocks (p, div, h1-h6,
	// table, ul…) separated by a blank line; list items, table rows and <br>
	// on lines of their own, table cells separated by " | "; whitespace
	// collapsed (kept inside <pre>); character references decoded; UTF-8
	// whatever the file's charset.
	Text string
	// Offsets maps a byte offset in Text to a byte offset in Raw; it has
	// len(Text)+1 entries. Nil means the identity (Text == Raw).
	Offsets []int
	// Emphasis lists the spans of Text that HTML sets in <em>, <i> or
	// <cite>, in order, where titles of works often stand; nil for .txt and
	// .md, whose emphasis markers are part of Text.
	Emphasis [][2]int
	Meta     Meta
	// Charset is the encoding of Raw, as a WHATWG label ("utf-8",
	// "windows-1252"); HTML may declare another than UTF-8.
	Charset string
}

// RawSpan maps the span [start,end) of Text to the span of Raw it came from.
func (d *Document) RawSpan(start, end int) (int, int) {
	if d.Offsets == nil {
		return start, end
	}
	return d.Offsets[start], d.Offsets[end]
}

// Quote returns the bytes Raw[rawStart:rawEnd] as UTF-8 text: decoded from
// the document's charset and, for HTML, with character references
// (&amp; …) decoded. The span is clamped to Raw.
func (d *Document) Quote(rawStart, rawEnd int) string {
	rawStart = max(0, min(rawStart, len(d.Raw)))
	rawEnd = max(rawStart, min(rawEnd, len(d.Raw)))
	s := decodeCharset(d.Charset, d.Raw[rawStart:rawEnd])
	if d.MediaType == MediaHTML {
		return html.UnescapeString(s)
	}
	return s
}
