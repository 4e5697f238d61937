package segment

import "strings"

// headingMax is the longest line, in bytes, read as a heading when it stands
// alone without final punctuation.
const headingMax = 120

// wrapMin is the shortest line, in bytes, that may be a hard-wrapped line of
// running text continued on the next line.
const wrapMin = 60

// Blocks splits text[from:] into blocks: blank lines separate paragraphs; each line that starts with a
// list marker is its own ListItem; markdown headings "# x" and short lines without final punctuation
// standing alone (followed by a blank line) are Headings; in texts whose lines are short and separated
// by single newlines (programmes, transcripts "Speaker: ...", front matter) every line is a Line block.
//
// A line of "---", "***" or "===" is a separator and belongs to no block; a
// line of "===" under a line of text makes that line a Heading.
func Blocks(text string, from int) []Block {
	if from < 0 || from > len(text) {
		return nil
	}
	var out []Block
	var run []line
	flush := func() {
		out = append(out, runBlocks(run)...)
		run = run[:0]
	}
	for _, l := range splitLines(text, from) {
		if c, ok := rule(l.text); ok {
			if c == '=' && len(run) > 0 {
				last := run[len(run)-1]
				run = run[:len(run)-1]
				flush()
				out = append(out, Block{Kind: Heading, Start: last.start, End: last.end, BodyStart: last.start, Level: 1})
				continue
			}
			flush()
			continue
		}
		if l.blank() {
			flush()
			continue
		}
		run = append(run, l)
	}
	flush()
	return out
}

// runBlocks turns a run of non-blank lines into blocks. Lines join into one
// paragraph or list item only when the text continues across the break;
// otherwise each line is its own block.
func runBlocks(run []line) []Block {
	var out []Block
	body := 0 // lines that are not markdown headings
	for _, l := range run {
		if _, _, ok := headingMarker(l.text); !ok {
			body++
		}
	}
	for i := 0; i < len(run); {
		l := run[i]
		if level, width, ok := headingMarker(l.text); ok {
			out = append(out, Block{Kind: Heading, Start: l.start, End: l.end, BodyStart: l.start + width, Marker: l.text[:level], Level: level})
			i++
			continue
		}
		j := i + 1
		for j < len(run) && continues(run[j-1], run[j], run[i]) {
			j++
		}
		out = append(out, group(run[i:j], j-i == body))
		i = j
	}
	return out
}

// continues reports whether line next carries on the text of prev, where
// first is the first line of the block being built: a lower-case start, an
// indented continuation of a list item, or a long line of running text
// wrapped before a line that is neither an item, a heading nor a label. A
// block that starts with a label ("Lunch side event: …") is a programme or
// transcript entry and continues only on a lower-case line.
func continues(prev, next, first line) bool {
	if _, _, _, ok := listMarker(next.text); ok {
		return false
	}
	if _, _, ok := headingMarker(next.text); ok {
		return false
	}
	if _, _, _, ok := listMarker(first.text); ok && next.indent > first.indent {
		return true
	}
	if label(next.text) {
		return false
	}
	if startsLower(next.text) && !endsSentence(prev.text) {
		return true
	}
	return len(prev.text) >= wrapMin && !endsSentence(prev.text) && !label(first.text) && !allCaps(prev.text)
}

// group builds one block from lines that belong together. alone says the
// lines are the whole run between blank lines, apart from markdown headings.
func group(ls []line, alone bool) Block {
	first, last := ls[0], ls[len(ls)-1]
	b := Block{Start: first.start, End: last.end, BodyStart: first.start}
	if marker, n, width, ok := listMarker(first.text); ok {
		b.Kind, b.Marker, b.Number, b.BodyStart = ListItem, marker, n, first.start+width
		b.Level = 1 + first.indent/2
		return b
	}
	switch {
	case len(ls) > 1:
		b.Kind = Paragraph
	case alone && len(first.text) <= headingMax && !endsSentence(first.text) && !strings.Contains(first.text, ". "):
		b.Kind, b.Level = Heading, 1
	case alone:
		b.Kind = Paragraph
	default:
		b.Kind = Line
	}
	return b
}
