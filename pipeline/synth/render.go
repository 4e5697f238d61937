package synth

import (
	"fmt"
	"html"
	"strings"
)

// Formats a text can be written in, by file extension.
const (
	formatTxt  = "txt"
	formatMD   = "md"
	formatHTML = "html"
)

// blockKind says how a block is laid out.
type blockKind int

const (
	blockPara    blockKind = iota // a paragraph of prose
	blockHeading                  // a section heading
	blockList                     // a bulleted list
	blockLine                     // one short line, such as "Venue: …"
)

// block is one unit of a text's body.
type block struct {
	kind  blockKind
	text  string
	items []string
}

// text is a whole synthetic document before it is laid out in a format.
type text struct {
	Title, URL, Publisher, Author, Date string
	Blocks                              []block
}

func (t *text) para(format string, args ...any) {
	t.Blocks = append(t.Blocks, block{kind: blockPara, text: fmt.Sprintf(format, args...)})
}

func (t *text) heading(s string) { t.Blocks = append(t.Blocks, block{kind: blockHeading, text: s}) }
func (t *text) line(format string, args ...any) {
	t.Blocks = append(t.Blocks, block{kind: blockLine, text: fmt.Sprintf(format, args...)})
}
func (t *text) list(items []string) {
	t.Blocks = append(t.Blocks, block{kind: blockList, items: items})
}

// render lays the text out as plain text, Markdown or HTML.
func (t *text) render(format string, frontMatter bool) []byte {
	var b strings.Builder
	switch format {
	case formatHTML:
		t.renderHTML(&b)
	default:
		if frontMatter || format == formatMD {
			fmt.Fprintf(&b, "---\nurl: %s\ntitle: %s\npublisher: %s\n---\n\n", t.URL, t.Title, t.Publisher)
		}
		t.renderPlain(&b, format == formatMD)
	}
	return []byte(b.String())
}

func (t *text) renderPlain(b *strings.Builder, md bool) {
	if md {
		fmt.Fprintf(b, "# %s\n\n", t.Title)
	} else {
		fmt.Fprintf(b, "%s\n\n", strings.ToUpper(t.Title))
	}
	for i, bl := range t.Blocks {
		switch bl.kind {
		case blockHeading:
			if md {
				b.WriteString("## ")
			}
			b.WriteString(bl.text + "\n\n")
		case blockList:
			for _, it := range bl.items {
				b.WriteString("- " + it + "\n")
			}
			b.WriteString("\n")
		case blockLine:
			b.WriteString(bl.text + "\n")
			if i+1 == len(t.Blocks) || t.Blocks[i+1].kind != blockLine {
				b.WriteString("\n")
			}
		default:
			b.WriteString(bl.text + "\n\n")
		}
	}
}

func (t *text) renderHTML(b *strings.Builder) {
	e := html.EscapeString
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n", e(t.Title))
	if t.Author != "" {
		fmt.Fprintf(b, "<meta name=\"author\" content=\"%s\">\n", e(t.Author))
	}
	fmt.Fprintf(b, "<meta name=\"date\" content=\"%s\">\n<meta name=\"publisher\" content=\"%s\">\n", t.Date, e(t.Publisher))
	fmt.Fprintf(b, "<link rel=\"canonical\" href=\"%s\">\n<script src=\"/assets/site.js\" defer></script>\n</head>\n<body>\n", e(t.URL))
	b.WriteString("<header><nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | <a href=\"/events\">Events</a></nav></header>\n<main>\n")
	fmt.Fprintf(b, "<h1>%s</h1>\n", e(t.Title))
	for _, bl := range t.Blocks {
		switch bl.kind {
		case blockHeading:
			fmt.Fprintf(b, "<h2>%s</h2>\n", e(bl.text))
		case blockList:
			b.WriteString("<ul>\n")
			for _, it := range bl.items {
				fmt.Fprintf(b, "<li>%s</li>\n", e(it))
			}
			b.WriteString("</ul>\n")
		default:
			fmt.Fprintf(b, "<p>%s</p>\n", e(bl.text))
		}
	}
	fmt.Fprintf(b, "</main>\n<footer><p>&copy; %s</p></footer>\n</body>\n</html>\n", e(t.Publisher))
}
