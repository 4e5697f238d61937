// Package segment splits source texts into structural blocks (headings,
// paragraphs, list items, programme lines) and blocks into sentences, keeping
// byte spans into the text.
package segment

// Kind is the structural role of a Block.
type Kind int

// Kinds of Block.
const (
	Heading   Kind = iota + 1 // a markdown "# x", an underlined title or a short line standing alone
	Paragraph                 // one or more lines of running text
	ListItem                  // a line that starts with a list marker, with its continuation lines
	Line                      // one line of a programme, transcript, table or front matter
)

// String returns the name of k in lower case.
func (k Kind) String() string {
	switch k {
	case Heading:
		return "heading"
	case Paragraph:
		return "paragraph"
	case ListItem:
		return "list-item"
	case Line:
		return "line"
	}
	return "unknown"
}

// Span is a byte range [Start,End) of a text.
type Span struct {
	Start, End int
}

// Block is a structural unit of a text: a heading, a paragraph, a list item or
// a single line of a programme/table. Spans are byte offsets into the text.
type Block struct {
	Kind       Kind
	Start, End int    // the whole block (trimmed of surrounding whitespace)
	BodyStart  int    // after any list marker ("1.", "-", "*", "•", "a)", "(3)") or markdown "#"
	Number     int    // the list number for numbered items (1. / 1) / (1)), else 0
	Marker     string // the marker as written ("1.", "-", "#", ...)
	Level      int    // heading level (markdown #, or 1 for underlined/ALL-CAPS heading lines), list indent
}

// Body returns the span of the block after its marker.
func (b Block) Body() Span { return Span{Start: b.BodyStart, End: b.End} }
