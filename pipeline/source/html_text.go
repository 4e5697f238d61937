package source

import (
	"bytes"

	"golang.org/x/net/html"
)

// droppedElements hold no readable text: scripts, page furniture and forms.
var droppedElements = set("head", "title", "script", "style", "nav", "footer", "header", "noscript",
	"template", "svg", "math", "form", "aside", "iframe")

// lineElements start a new line: list items and table rows.
var lineElements = set("li", "dt", "dd", "tr", "br")

// blockElements are separated from what comes before and after by a blank line.
var blockElements = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
	"pre", "table", "thead", "tbody", "tfoot", "caption", "ul", "ol", "dl", "main", "article",
	"figure", "figcaption", "address", "hr", "details", "summary", "fieldset", "body")

// voidElements never have content or an end tag.
var voidElements = set("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
	"param", "source", "track", "wbr", "keygen")

// set builds a set of strings.
func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// loadHTML fills d.Text, d.Offsets, d.Meta and d.Charset from d.Raw.
func loadHTML(d *Document, name string) error {
	dec, err := decodeHTML(name, d.Raw)
	if err != nil {
		return err
	}
	d.Charset = dec.charset
	start := 0
	if bytes.HasPrefix(dec.src, []byte("\ufeff")) {
		start = len("\ufeff")
	}
	x := &htmlText{dec: dec, region: chooseRegion(dec.src[start:]), open: map[string]int{}}
	if x.region == "body" {
		x.inRegion = 1
	}
	x.lastEnd = dec.raw(start)
	x.run(start)
	d.Text = string(x.out)
	d.Offsets = append(x.off, x.lastEnd)
	d.Emphasis = x.emphasis
	d.Meta = x.meta
	return nil
}

// chooseRegion returns the element whose text we keep: "main" if the page
// has one, else "article", else "body" (everything outside the head).
func chooseRegion(src []byte) string {
	z := html.NewTokenizer(bytes.NewReader(src))
	region := "body"
	for {
		switch z.Next() {
		case html.ErrorToken:
			return region
		case html.StartTagToken:
			switch name, _ := z.TagName(); string(name) {
			case "main":
				return "main"
			case "article":
				region = "article"
			}
		}
	}
}

// htmlText turns a stream of tokens into Text with a map back to Raw. It
// keeps a stack of open elements, not a tree, so deep nesting costs linear
// time and no recursion.
type htmlText struct {
	dec      *decoded
	region   string
	stack    []string
	open     map[string]int // number of open elements by name
	drop     int            // open dropped elements
	inRegion int            // open region elements (1 for "body")
	pre      int            // open <pre> elements
	preSkip  int            // src offset of a line end to ignore, after <pre>
	out      []byte
	off      []int // file offset of each byte of out
	lastEnd  int   // file offset just after the last character emitted
	meta     Meta
	// emphasis holds the spans of out inside <em>, <i> or <cite>; emStart
	// is where the outermost open one began, emDepth how many are open.
	emphasis [][2]int
	emStart  int
	emDepth  int

	breakLevel int // pending: 1 newline, 2 blank line
	breakPos   int
	space      bool // pending space
	spacePos   int
	cell       bool // pending " | " between table cells
	cellPos    int
	cellInRow  bool
	headers    []bool // for each open <header>, whether it is dropped
}

// run tokenizes src from start; pos tracks the offset of each token by
// adding up the raw lengths of the tokens before it.
func (x *htmlText) run(start int) {
	z := html.NewTokenizer(bytes.NewReader(x.dec.src[start:]))
	pos := start
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := z.Raw()
		switch tt {
		case html.TextToken:
			x.text(pos, raw)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			x.startTag(string(name), pos, raw, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			x.endTag(string(name), pos)
		}
		pos += len(raw)
	}
}

// startTag opens an element and notes the line break it implies.
func (x *htmlText) startTag(name string, pos int, raw []byte, selfClosing bool) {
	if x.drop == 0 || x.open["head"] > 0 {
		x.headMeta(name, pos, raw)
	}
	x.boundary(name, pos)
	switch name {
	case "tr":
		x.cellInRow = false
	case "td", "th":
		if x.cellInRow && !x.cell {
			x.cell, x.cellPos = true, pos
		}
		x.cellInRow = true
	}
	if voidElements[name] || selfClosing {
		return
	}
	if name == "pre" {
		// A line end just after <pre> is not part of its text.
		x.preSkip = pos + len(raw)
	}
	x.stack = append(x.stack, name)
	x.open[name]++
	x.count(name, 1)
	if emphasisElements[name] {
		if x.emDepth == 0 {
			x.emStart = len(x.out)
		}
		x.emDepth++
	}
}

// emphasisElements set titles of works apart.
var emphasisElements = set("em", "i", "cite")

// closeEmphasis ends an emphasis element; the outermost one records its
// span of the text, without the spaces and breaks at its ends.
func (x *htmlText) closeEmphasis() {
	x.emDepth--
	if x.emDepth > 0 || !x.keeping() {
		return
	}
	start, end := x.emStart, len(x.out)
	for start < end && isHTMLSpace(x.out[start]) {
		start++
	}
	for end > start && isHTMLSpace(x.out[end-1]) {
		end--
	}
	if end > start {
		x.emphasis = append(x.emphasis, [2]int{start, end})
	}
}

// endTag closes the innermost open element of that name and every element
// left open inside it; an end tag with no open element only breaks the line.
func (x *htmlText) endTag(name string, pos int) {
	x.boundary(name, pos)
	if x.open[name] == 0 {
		return
	}
	for len(x.stack) > 0 {
		top := x.stack[len(x.stack)-1]
		x.stack = x.stack[:len(x.stack)-1]
		x.open[top]--
		x.count(top, -1)
		if emphasisElements[top] {
			x.closeEmphasis()
		}
		if top == name {
			return
		}
	}
}

// count updates the counters that say whether text is kept.
func (x *htmlText) count(name string, delta int) {
	if name == "header" {
		x.countHeader(delta)
	} else if droppedElements[name] {
		x.drop += delta
	}
	if name == x.region && name != "body" {
		x.inRegion += delta
	}
	if name == "pre" {
		x.pre += delta
	}
}

// countHeader opens (delta 1) or closes (-1) a <header>. The page's
// header, outside <main> or <article>, holds the site's name and menus and
// is dropped; a header inside them holds the article's own title and date
// ("<main><header><h1>Open Forum #118 …</h1><p>25 Jun 2025 …") and is kept.
func (x *htmlText) countHeader(delta int) {
	if delta > 0 {
		dropped := x.region == "body" || x.inRegion == 0
		x.headers = append(x.headers, dropped)
		if dropped {
			x.drop++
		}
		return
	}
	if n := len(x.headers); n > 0 {
		if x.headers[n-1] {
			x.drop--
		}
		x.headers = x.headers[:n-1]
	}
}

// boundary records the break a block or line element implies.
func (x *htmlText) boundary(name string, pos int) {
	level := 0
	switch {
	case blockElements[name]:
		level = 2
	case lineElements[name]:
		level = 1
	default:
		return
	}
	if level > x.breakLevel {
		x.breakLevel, x.breakPos = level, pos
	}
}

// keeping reports whether text at this point belongs in Text.
func (x *htmlText) keeping() bool { return x.drop == 0 && x.inRegion > 0 }
