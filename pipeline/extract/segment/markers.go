package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bullets are the characters that mark an unnumbered list item when a space
// follows them: "- item", "• item".
var bullets = []string{"-", "*", "+", "•", "◦", "▪", "‣", "–", "·"}

// listMarker reads a list marker at the start of line (already stripped of
// indentation): "-", "•", "1.", "1)", "(1)", "a)", "(iv)". It returns the
// marker, its number (0 when not numbered), the length of marker plus the
// spaces after it, and whether there is one. A marker must be followed by a
// space and some text, so "**bold**", "1.5 million" and "-5" are not items.
func listMarker(line string) (marker string, number, width int, ok bool) {
	for _, b := range bullets {
		if strings.HasPrefix(line, b) {
			return withBody(line, len(b), 0)
		}
	}
	open := strings.HasPrefix(line, "(")
	i := 0
	if open {
		i = 1
	}
	j := i
	for j < len(line) && j-i < 3 && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	numeric := j > i
	if !numeric {
		for j < len(line) && j-i < 4 && line[j] >= 'a' && line[j] <= 'z' {
			j++
		}
		if j == i || (j-i > 1 && !roman(line[i:j])) {
			return "", 0, 0, false
		}
	}
	if j >= len(line) {
		return "", 0, 0, false
	}
	switch {
	case open && line[j] == ')':
	case !open && line[j] == ')':
	case !open && numeric && line[j] == '.':
	default:
		return "", 0, 0, false
	}
	n := 0
	if numeric {
		for _, c := range line[i:j] {
			n = n*10 + int(c-'0')
		}
	}
	return withBody(line, j+1, n)
}

// withBody checks that the marker line[:n] is followed by spaces and text.
func withBody(line string, n, number int) (string, int, int, bool) {
	if n >= len(line) {
		return "", 0, 0, false
	}
	if r, _ := utf8.DecodeRuneInString(line[n:]); r != ' ' && r != '\t' && r != '\u00a0' {
		return "", 0, 0, false
	}
	rest := strings.TrimLeft(line[n:], " \t\u00a0")
	if rest == "" {
		return "", 0, 0, false
	}
	return line[:n], number, len(line) - len(rest), true
}

// roman reports whether s is a small lower-case Roman numeral: "ii", "iv".
func roman(s string) bool {
	return strings.Trim(s, "ivx") == ""
}

// headingMarker reads a markdown ATX heading "## Title" and returns its level
// and the length of "##" plus the spaces after it.
func headingMarker(line string) (level, width int, ok bool) {
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level == len(line) || (line[level] != ' ' && line[level] != '\t') {
		return 0, 0, false
	}
	rest := strings.TrimLeft(line[level:], " \t")
	if rest == "" {
		return 0, 0, false
	}
	return level, len(line) - len(rest), true
}

// rule reports whether line is a thematic break or an underline: three or
// more of one of '-', '*', '_', '=' (spaces allowed between), or a line of
// box-drawing dashes. It returns the character.
func rule(line string) (rune, bool) {
	var c rune
	n := 0
	for _, r := range line {
		switch {
		case r == ' ' || r == '\t':
			continue
		case c == 0 && (r == '-' || r == '*' || r == '_' || r == '=' || r == '─' || r == '—' || r == '–'):
			c = r
		case r != c:
			return 0, false
		}
		n++
	}
	return c, n >= 3
}

// label reports whether line starts with a short label and a colon, as the
// lines of a programme, a transcript or front matter do: "Moderator: …",
// "Ms Chen: …", "title: …". A URL's "https:" is not a label.
func label(line string) bool {
	i := strings.IndexByte(line, ':')
	if i <= 0 || i > 40 || strings.HasPrefix(line[i:], "://") {
		return false
	}
	words := strings.Fields(line[:i])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	if unicode.IsUpper(r) {
		return true
	}
	return len(words) == 1 && strings.TrimLeft(words[0], "abcdefghijklmnopqrstuvwxyz_-") == ""
}
