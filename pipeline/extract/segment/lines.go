package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of text with its trimmed span and indentation.
type line struct {
	start, end int    // span of the line without surrounding spaces
	indent     int    // columns of leading space (a tab counts 4)
	text       string // text[start:end]
}

// blank reports whether the line holds nothing but spaces.
func (l line) blank() bool { return l.start == l.end }

// splitLines cuts text[from:] into lines, trimming each of spaces. Line ends
// are "\n", "\r\n" and "\r".
func splitLines(text string, from int) []line {
	var out []line
	for i := from; i <= len(text); {
		j := i
		for j < len(text) && text[j] != '\n' && text[j] != '\r' {
			j++
		}
		out = append(out, trimLine(text, i, j))
		if j == len(text) {
			break
		}
		if text[j] == '\r' && j+1 < len(text) && text[j+1] == '\n' {
			j++
		}
		i = j + 1
	}
	return out
}

// trimLine builds the line text[i:j] without leading and trailing spaces.
func trimLine(text string, i, j int) line {
	l := line{start: i, end: j}
	for l.start < l.end {
		r, size := utf8.DecodeRuneInString(text[l.start:l.end])
		if !unicode.IsSpace(r) {
			break
		}
		if r == '\t' {
			l.indent += 4
		} else {
			l.indent++
		}
		l.start += size
	}
	for l.end > l.start {
		r, size := utf8.DecodeLastRuneInString(text[l.start:l.end])
		if !unicode.IsSpace(r) {
			break
		}
		l.end -= size
	}
	l.text = text[l.start:l.end]
	return l
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly followed by closing quotes, brackets or emphasis markers.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]*_")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == ';' || r == '…'
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// allCaps reports whether s has letters and none of them is lower case:
// "DAY 2 – WEDNESDAY 6 NOVEMBER".
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
