// Package source reads the manifest raw/sources.csv and the source texts it
// lists, and turns each into a Document: plain text with a map back to the
// bytes of the file.
package source

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
type Field struct {
	Value      string
	Start, End int
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
	// it is the text of <main>/<article>/<body> without script, style, nav and
	// footer, blocks (p, li, h1-h6, tr, div…) separated by a blank line, list
	// items on lines of their own, entities decoded.
	Text string
	// Offsets maps a byte offset in Text to a byte offset in Raw; it has
	// len(Text)+1 entries. Nil means the identity (Text == Raw).
	Offsets []int
	Meta    Meta
}

// RawSpan maps the span [start,end) of Text to the span of Raw it came from.
func (d *Document) RawSpan(start, end int) (int, int) {
	if d.Offsets == nil {
		return start, end
	}
	return d.Offsets[start], d.Offsets[end]
}
