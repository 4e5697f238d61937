package extract

import (
	"fmt"
	"strings"
)

// Confidence of organisations named only by their place in a list.
const (
	confListOrg     = 0.75 // an item under "List of participating organisations"
	confWeakListOrg = 0.45 // an item of a signatory list that may hold people
)

// inlineListRE finds the start of a list of signatories or organisers in
// running text: "… and signed by Kito Networks, Brightline Trust; Solace
// Digital and Quillfeather.", "endorsed by: A; B", "co-organised by A and
// the B", "Signatories: A, B, C.", "Partners of the project include A,
// the B and C." and "civil society groups such as Access Now and the Cyber
// Peace Institute".
var inlineListRE = wordStart(`(?i)\b(?:(?:co-)?signed|endorsed|(?:co-)?organi[sz]ed|(?:co-)?hosted|convened) by:?\s+|\bsignatories(?: are| include)?:?\s+|\bpartners(?: of [\p{L} -]{1,40}?)? (?:are|include):?\s+|\b(?:organi[sz]ations|groups|companies|institutions) (?:such as|including|like) `,
	"signed by", "co-signed by", "endorsed by", "organised by", "organized by", "co-organised by", "co-organized by",
	"hosted by", "co-hosted by", "convened by", "signatories", "partners ",
	"organisations such as", "organisations including", "organisations like",
	"organizations such as", "organizations including", "organizations like",
	"groups such as", "groups including", "groups like", "companies such as", "companies including", "companies like",
	"institutions such as", "institutions including", "institutions like")

// findListOrgs finds organisations that nothing but a list announces: the
// lines under a label or heading naming organisations or signatories, and
// the comma list after "signed by". It runs before the cue and people
// rules, so that "A and B" is split into two organisations and a
// brand-like signatory ("Kito Networks") is not read as a person.
func (b *builder) findListOrgs() {
	b.findTableOrgs()
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		if strength, ok := b.blockLabel(ls[i]); ok {
			i += b.blockListOrgs(ls[i+1:], strength)
			continue
		}
		b.inlineListOrgs(ls[i])
	}
}

// blockLabel reports whether line l is a label or heading announcing a list
// ("Signatories:", "## Annex: List of participating organisations") and how
// strongly it says the items are organisations.
func (b *builder) blockLabel(l Span) (string, bool) {
	line := strings.Trim(b.text[l.Start:l.End], "*_ ")
	heading := strings.HasPrefix(line, "#")
	line = strings.TrimLeft(line, "# ")
	if !heading && !strings.HasSuffix(line, ":") && (strings.HasSuffix(line, ".") || countFields(line) > 8) {
		return "", false
	}
	if countFields(line) > 10 {
		return "", false
	}
	return b.labelStrength(line)
}

// labelStrength returns the strongest list-label word in s.
func (b *builder) labelStrength(s string) (string, bool) {
	best := ""
	for w := range strings.FieldsSeq(b.memo.lower(s)) {
		switch b.ref.ListLabels[strings.Trim(w, ":;,.()*")] {
		case "strong":
			return "strong", true
		case "signatory":
			best = "signatory"
		}
	}
	return best, best != ""
}

// blockListOrgs reads the items of a list below its label, one a line with
// or without bullets, up to a blank line or a line that is no item, and
// returns the number of lines read.
func (b *builder) blockListOrgs(ls []Span, strength string) int {
	var items []Span
	n := 0
	for pos, l := range ls {
		gap := strings.Count(b.text[b.prevEnd(ls, pos):l.Start], "\n")
		if pos > 0 && gap > 1 && (len(items) > 0 || gap > 2) {
			break
		}
		n = pos + 1
		if st, ok := b.labelStrength(b.text[l.Start:l.End]); ok && countFields(b.text[l.Start:l.End]) <= 3 {
			if st == "strong" {
				strength = st // "SIGNATORIES" then "Organisations": a sub-heading
			}
			continue
		}
		body := stripBullet(b.text, l)
		item, ok := b.listItem(body)
		if !ok && body.Start > l.Start {
			continue // a bulleted item that is no name, such as "Jane Holt, Director"
		}
		if !ok {
			n = pos
			break
		}
		items = append(items, item)
	}
	b.addListOrgs(items, strength, "org.list-item")
	return n
}

// prevEnd is where the line before ls[pos] ends (its own start for the
// first line, whose gap to the label is counted by the caller's text).
func (b *builder) prevEnd(ls []Span, pos int) int {
	if pos == 0 {
		return ls[0].Start
	}
	return ls[pos-1].End
}

// inlineListOrgs reads "signed by A, B; C and D" on line l. Every item must
// look like a name, or the phrase is a sentence and not a list.
func (b *builder) inlineListOrgs(l Span) {
	m := inlineListRE.FindStringIndex(b.text[l.Start:l.End])
	if m == nil {
		m = b.labelledList(l)
	}
	if m == nil {
		return
	}
	strength, _ := b.labelStrength(b.text[l.Start+m[0] : l.Start+m[1]])
	start := l.Start + m[1]
	end := l.End
	if k := strings.Index(b.text[start:end], ". "); k >= 0 {
		end = start + k
	}
	var items []Span
	parts := splitList(b.text, Span{start, end})
	if len(parts) > 0 {
		parts[len(parts)-1] = leadingName(b.text, parts[len(parts)-1]) // "… and the Cyber Peace Institute were less enthusiastic"
	}
	for _, part := range parts {
		item, ok := b.listItem(part)
		if !ok || countFields(b.text[item.Start:item.End]) > 6 {
			return
		}
		items = append(items, item)
	}
	b.addListOrgs(items, strength, "org.signatory-list")
}

// labelledList returns the label of a line "Organisers: Halden Security
// Lab and Rede Cidadã Digital" ([start, end) of "Organisers: " in the line)
// when the label, at most four words, announces organisations.
func (b *builder) labelledList(l Span) []int {
	line := b.text[l.Start:l.End]
	from := 0
	for {
		k := strings.Index(line[from:], ": ")
		if k < 0 {
			return nil
		}
		k += from
		start := strings.LastIndexAny(line[:k], ".*:") + 1 // "Session type: Workshop. Organisers:"
		label := line[start:k]
		if _, ok := b.labelStrength(label); ok && countFields(label) <= 4 {
			return []int{start, k + 2}
		}
		from = k + 2
	}
}

// splitList splits s at ", ", "; " and the " and " of its last part.
func splitList(text string, s Span) []Span {
	var parts []Span
	for _, p := range appendSplit(nil, text, s, []string{", ", "; "}) {
		if t, ok := trimSpan(text, p); ok {
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	last := parts[len(parts)-1]
	parts = parts[:len(parts)-1]
	for _, p := range appendSplit(nil, text, last, []string{" and ", " & "}) {
		if t, ok := trimSpan(text, p); ok {
			parts = append(parts, t)
		}
	}
	for i, p := range parts {
		if strings.HasPrefix(text[p.Start:p.End], "and ") {
			parts[i].Start += 4
		}
	}
	return parts
}

// appendSplit appends the pieces of text[s] between any of seps, outside
// brackets: "Reef University (Academia, Pacific Group); Tide Lab" has two.
func appendSplit(out []Span, text string, s Span, seps []string) []Span {
	start, depth := s.Start, 0
	for i := s.Start; i < s.End; i++ {
		switch text[i] {
		case '(':
			depth++
		case ')':
			depth = max(0, depth-1)
		}
		if depth > 0 {
			continue
		}
		for _, sep := range seps {
			if strings.HasPrefix(text[i:s.End], sep) {
				out = append(out, Span{start, i})
				start = i + len(sep)
				i = start - 1
				break
			}
		}
	}
	return append(out, Span{start, s.End})
}

// loadListLabels reads org-list-labels.csv: word,strength.
func (r *Reference) loadListLabels(rows [][]string) error {
	r.ListLabels = map[string]string{}
	for i, row := range rows {
		if len(row) < 2 || row[1] != "strong" && row[1] != "signatory" {
			return fmt.Errorf("line %d: want word,strong|signatory", i+2)
		}
		r.ListLabels[row[0]] = row[1]
	}
	return nil
}

// leadingName narrows s to the title-cased words it opens with, connectors
// inside them included: "the Cyber Peace Institute were less enthusiastic"
// → "the Cyber Peace Institute".
func leadingName(text string, s Span) Span {
	end, last := s.Start, s.Start
	for _, t := range tokenize(text, s.Start, s.End) {
		if !t.Word && t.Text != "&" && t.Text != "-" {
			break
		}
		if isCap(t.Text) {
			last = t.End
		} else if !connectors[t.Text] && t.Start > s.Start {
			break
		}
		end = t.End
	}
	if last == s.Start {
		return Span{s.Start, end}
	}
	return Span{s.Start, last}
}
