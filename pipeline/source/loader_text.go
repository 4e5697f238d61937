package source

import (
	"strings"
)

// NewDocument builds the Document for one file's bytes; name is the file's
// path, used in error positions. It reads .txt and .md as UTF-8 text (with
// optional front matter) and extracts the readable text of HTML.
func NewDocument(e Entry, name string, data []byte) (*Document, error) {
	var errs ErrorList
	if !checkExtension(&errs, name) || !checkContent(&errs, name, data) {
		return nil, errs.Err()
	}
	d := &Document{Entry: e, Raw: data, MediaType: mediaTypeOf(name), Charset: "utf-8"}
	if d.MediaType == MediaHTML {
		if err := loadHTML(d, name); err != nil {
			return nil, err
		}
		return d, nil
	}
	d.Text = string(data)
	d.Meta = ParseFrontMatter(d.Text)
	return d, nil
}

// frontMatterKeys maps a front matter key (lower case) to the Meta field it
// fills.
var frontMatterKeys = map[string]func(*Meta) *Field{
	"title":     func(m *Meta) *Field { return &m.Title },
	"author":    func(m *Meta) *Field { return &m.Author },
	"authors":   func(m *Meta) *Field { return &m.Author },
	"date":      func(m *Meta) *Field { return &m.Date },
	"url":       func(m *Meta) *Field { return &m.URL },
	"publisher": func(m *Meta) *Field { return &m.Publisher },
	"licence":   func(m *Meta) *Field { return &m.Licence },
	"license":   func(m *Meta) *Field { return &m.Licence },
}

// ParseFrontMatter reads a front matter block at the very top of text:
//
//	---
//	title: What the Gaborone Consultation Tells Us
//	url: https://example.org/blog/windhoek
//	---
//
// Each field's span covers its value (without surrounding quotes) and
// BodyStart is the offset just after the closing line. Unknown keys are
// skipped; the first occurrence of a key wins. Text that does not open with
// such a block, or whose block has a line that is not "key: value", has no
// front matter and gives a zero Meta.
func ParseFrontMatter(text string) Meta {
	var m Meta
	start := 0
	if strings.HasPrefix(text, "\ufeff") {
		start = len("\ufeff")
	}
	line, next := lineAt(text, start)
	if line != "---" {
		return Meta{}
	}
	var list *Field // the field whose value is a list of "  - item" lines
	for next < len(text) {
		lineStart := next
		line, next = lineAt(text, next)
		if line == "---" {
			m.BodyStart = next
			return m
		}
		if item := strings.TrimLeft(line, " \t"); strings.HasPrefix(item, "- ") && len(item) < len(line) {
			// An item of a YAML list under the key before: "authors:" then
			// "  - Ana Ruiz". The field's span runs from its first item to
			// its last.
			if list != nil {
				s := lineStart + len(line) - len(item) + 2
				e := lineStart + len(strings.TrimRight(line, " \t"))
				if list.Value == "" {
					*list = Field{Start: s, RawStart: s}
				}
				list.End, list.RawEnd = e, e
				list.Value = text[list.Start:list.End]
			}
			continue
		}
		list = nil
		key, vStart, vEnd, ok := splitKeyValue(line)
		if !ok {
			return Meta{}
		}
		field := frontMatterKeys[strings.ToLower(key)]
		if field == nil || field(&m).Value != "" {
			continue
		}
		if vStart == vEnd {
			list = field(&m) // "authors:" with its items on the lines below
			continue
		}
		s, e := lineStart+vStart, lineStart+vEnd
		*field(&m) = Field{Value: text[s:e], Start: s, End: e, RawStart: s, RawEnd: e}
	}
	return Meta{}
}

// lineAt returns the line starting at offset start, without its line end
// (\n or \r\n), and the offset of the next line.
func lineAt(text string, start int) (string, int) {
	i := strings.IndexByte(text[start:], '\n')
	if i < 0 {
		return text[start:], len(text)
	}
	return strings.TrimSuffix(text[start:start+i], "\r"), start + i + 1
}

// splitKeyValue splits "key: value" and returns the key and the span of the
// value in line, trimmed of blanks and of one pair of matching quotes.
// A blank line is accepted as a key-less line.
func splitKeyValue(line string) (key string, vStart, vEnd int, ok bool) {
	if strings.TrimSpace(line) == "" {
		return "", 0, 0, true
	}
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || !isKey(line[:colon]) || strings.ContainsRune(line, '\r') {
		return "", 0, 0, false
	}
	vStart, vEnd = colon+1, len(line)
	for vStart < vEnd && (line[vStart] == ' ' || line[vStart] == '\t') {
		vStart++
	}
	for vEnd > vStart && (line[vEnd-1] == ' ' || line[vEnd-1] == '\t') {
		vEnd--
	}
	if vEnd-vStart >= 2 && (line[vStart] == '"' || line[vStart] == '\'') && line[vEnd-1] == line[vStart] {
		vStart, vEnd = vStart+1, vEnd-1
	}
	return line[:colon], vStart, vEnd, true
}

// isKey reports whether s is a front matter key: letters, digits, '_', '-'
// and '.', starting with a letter.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '_' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}
