package source

import (
	"strings"

	"golang.org/x/net/html"
)

// metaNames maps <meta name=…> and <meta property=…> values (lower case)
// to the Meta field they fill.
var metaNames = map[string]func(*Meta) *Field{
	"author":                 func(m *Meta) *Field { return &m.Author },
	"dcterms.creator":        func(m *Meta) *Field { return &m.Author },
	"dc.creator":             func(m *Meta) *Field { return &m.Author },
	"date":                   func(m *Meta) *Field { return &m.Date },
	"dcterms.date":           func(m *Meta) *Field { return &m.Date },
	"dcterms.issued":         func(m *Meta) *Field { return &m.Date },
	"dcterms.created":        func(m *Meta) *Field { return &m.Date },
	"dc.date":                func(m *Meta) *Field { return &m.Date },
	"article:published_time": func(m *Meta) *Field { return &m.Date },
	"publisher":              func(m *Meta) *Field { return &m.Publisher },
	"dcterms.publisher":      func(m *Meta) *Field { return &m.Publisher },
	"dc.publisher":           func(m *Meta) *Field { return &m.Publisher },
	"og:site_name":           func(m *Meta) *Field { return &m.Publisher },
	"og:title":               func(m *Meta) *Field { return &m.Title },
	"dcterms.title":          func(m *Meta) *Field { return &m.Title },
	"dc.title":               func(m *Meta) *Field { return &m.Title },
	"og:url":                 func(m *Meta) *Field { return &m.URL },
	"dcterms.rights":         func(m *Meta) *Field { return &m.Licence },
	"dcterms.license":        func(m *Meta) *Field { return &m.Licence },
	"dc.rights":              func(m *Meta) *Field { return &m.Licence },
}

// linkRels maps <link rel=…> values to the Meta field their href fills.
var linkRels = map[string]func(*Meta) *Field{
	"canonical": func(m *Meta) *Field { return &m.URL },
	"license":   func(m *Meta) *Field { return &m.Licence },
}

// attr is one attribute of a tag with the span of its value in the tag.
type attr struct {
	name       string // lower case
	value      string // character references decoded
	start, end int    // span of the raw value inside the tag
}

// title fills Meta.Title from the first <title>, with the span of its text.
func (x *htmlText) title(pos int, raw []byte) {
	if x.meta.Title.Value != "" {
		return
	}
	s := string(raw)
	lead := len(s) - len(strings.TrimLeft(s, " \t\n\r\f"))
	trimmed := strings.TrimRight(s[lead:], " \t\n\r\f")
	if trimmed == "" {
		return
	}
	x.setMeta(&x.meta.Title, collapseSpace(html.UnescapeString(trimmed)), pos+lead, pos+lead+len(trimmed))
}

// headMeta fills Meta from <meta> and <link> tags; the first tag to give a
// field wins.
func (x *htmlText) headMeta(name string, pos int, raw []byte) {
	var field *Field
	var value *attr
	switch name {
	case "meta":
		attrs := scanAttrs(raw)
		key := findAttr(attrs, "name")
		if key == nil {
			key = findAttr(attrs, "property")
		}
		value = findAttr(attrs, "content")
		if key != nil {
			if f := metaNames[strings.ToLower(strings.TrimSpace(key.value))]; f != nil {
				field = f(&x.meta)
			}
		}
	case "link":
		attrs := scanAttrs(raw)
		value = findAttr(attrs, "href")
		if rel := findAttr(attrs, "rel"); rel != nil {
			for _, r := range strings.Fields(strings.ToLower(rel.value)) {
				if f := linkRels[r]; f != nil && field == nil {
					field = f(&x.meta)
				}
			}
		}
	}
	if field == nil || value == nil || field.Value != "" {
		return
	}
	if v := collapseSpace(value.value); v != "" {
		x.setMeta(field, v, pos+value.start, pos+value.end)
	}
}

// setMeta sets a head metadata field, whose src span [start,end) is mapped
// to Raw; it has no span in Text.
func (x *htmlText) setMeta(f *Field, value string, start, end int) {
	*f = Field{Value: value, Start: -1, End: -1, RawStart: x.dec.raw(start), RawEnd: x.dec.raw(end)}
}

// collapseSpace trims s and turns each run of whitespace into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// findAttr returns the first attribute called name, or nil.
func findAttr(attrs []attr, name string) *attr {
	for i := range attrs {
		if attrs[i].name == name {
			return &attrs[i]
		}
	}
	return nil
}

// scanAttrs reads the attributes of a raw start tag ("<meta name=x …>")
// with the span of each value, following the HTML tokenizer's rules for
// names, quoted and unquoted values. The html.Tokenizer itself gives values
// but not where they are.
func scanAttrs(tag []byte) []attr {
	i := 1
	for i < len(tag) && !isHTMLSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' {
		i++
	}
	var attrs []attr
	for i < len(tag) {
		for i < len(tag) && (isHTMLSpace(tag[i]) || tag[i] == '/') {
			i++
		}
		if i >= len(tag) || tag[i] == '>' {
			break
		}
		nameStart := i
		i++ // the first character may be '='
		for i < len(tag) && !isHTMLSpace(tag[i]) && tag[i] != '/' && tag[i] != '>' && tag[i] != '=' {
			i++
		}
		a := attr{name: strings.ToLower(string(tag[nameStart:i])), start: i, end: i}
		j := i
		for j < len(tag) && isHTMLSpace(tag[j]) {
			j++
		}
		if j < len(tag) && tag[j] == '=' {
			i = scanValue(tag, j+1, &a)
		}
		attrs = append(attrs, a)
	}
	return attrs
}

// scanValue reads an attribute value starting at or after i and returns the
// offset after it.
func scanValue(tag []byte, i int, a *attr) int {
	for i < len(tag) && isHTMLSpace(tag[i]) {
		i++
	}
	if i < len(tag) && (tag[i] == '"' || tag[i] == '\'') {
		q := tag[i]
		a.start = i + 1
		i++
		for i < len(tag) && tag[i] != q {
			i++
		}
		a.end = i
		a.value = html.UnescapeString(string(tag[a.start:a.end]))
		return min(i+1, len(tag))
	}
	a.start = i
	for i < len(tag) && !isHTMLSpace(tag[i]) && tag[i] != '>' {
		i++
	}
	a.end = i
	a.value = html.UnescapeString(string(tag[a.start:a.end]))
	return i
}
