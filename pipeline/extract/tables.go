package extract

import "strings"

// Confidence of names read from a table column whose header says what the
// column holds.
const (
	confTablePerson = 0.8
	confTableOrg    = 0.75
)

// orgHeaders are header cells of a table column that holds organisations;
// the reference data's PersonLabels are those of columns of people:
//
//	Name | Organisation | Country
//	Fatou Diallo-Sow | Dakar Cyber Hub | Senegal
var (
	orgHeaders = map[string]bool{"organisation": true, "organization": true, "organisations": true,
		"organizations": true, "affiliation": true, "institution": true, "company": true, "entity": true,
		"employer": true, "partner": true, "partners": true, "signatory": true, "signatories": true}
)

// tableCells returns, for each row of every table with a header row, the
// cells of the columns whose header is in want, with the row's cells.
func (b *builder) tableCells(want map[string]bool) (cellsOut []Span, rows [][]Span) {
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		cols := b.headerCols(ls[i], want)
		if len(cols) == 0 {
			continue
		}
		for j := i + 1; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
			row := cells(b.text, ls[j])
			if len(row) < 2 {
				break
			}
			for _, k := range cols {
				if k < len(row) {
					cellsOut = append(cellsOut, row[k])
					rows = append(rows, row)
				}
			}
			i = j
		}
	}
	return cellsOut, rows
}

// headerCols returns the indexes of the columns of header row l whose
// header is in want; nil when l is no header row: at least two cells of at
// most three words each, none of them a time.
func (b *builder) headerCols(l Span, want map[string]bool) []int {
	row := cells(b.text, l)
	if len(row) < 2 {
		return nil
	}
	var cols []int
	for k, c := range row {
		h := b.memo.lower(strings.Trim(b.text[c.Start:c.End], " *_:"))
		if countFields(h) > 3 {
			return nil
		}
		if want[h] {
			cols = append(cols, k)
		}
	}
	return cols
}

// findTableOrgs records the names in organisation columns.
func (b *builder) findTableOrgs() {
	cs, _ := b.tableCells(orgHeaders)
	var items []Span
	for _, c := range cs {
		if item, ok := b.listItem(c); ok {
			items = append(items, item)
		}
	}
	b.addListOrgs(items, "strong", "org.table-cell")
}

// findTablePeople records the names in people columns, several to a cell
// when ";" separates them ("Rasmus Høgh-Jensen (Denmark); Chidi Okonkwo-Eze
// (Lagos Institute)"), and links each to the organisation column of its
// row.
func (b *builder) findTablePeople() {
	cs, rows := b.tableCells(b.ref.PersonLabels)
	for idx, c := range cs {
		for _, part := range appendSplit(nil, b.text, c, []string{"; "}) {
			if key := b.tableCellPerson(part); key != "" {
				b.linkRowOrg(key, rows[idx])
			}
		}
	}
}

// tableCellPerson reads one name, with an optional honorific, that fills
// the part of a cell or is followed by "(" or ",".
func (b *builder) tableCellPerson(part Span) string {
	toks := b.memo.tokenize(part.Start, part.End)
	if len(toks) == 0 {
		return ""
	}
	h := b.honorificAt(toks, 0)
	if h < len(toks) && isUpperWord(toks[h].Text) {
		return "" // "TANAKA Hiroshi" is read family name first by invertedNameAt
	}
	n, ok := b.nameAt(toks, h, 2)
	if !ok || n.Last < len(toks) && toks[n.Last].Text != "(" && toks[n.Last].Text != "," {
		return ""
	}
	if b.isCovered(n.Span) || b.isOrgName(b.text[n.Start:n.End]) {
		return ""
	}
	key := b.personFromName(toks, n, Span{toks[0].Start, n.End}, "person.table-cell", confTablePerson)
	b.affiliate(key, toks, n.Last)
	return key
}

// linkRowOrg links a person to the organisation named in an organisation
// column of the same row.
func (b *builder) linkRowOrg(person string, row []Span) {
	for _, c := range row {
		if i, ok := b.findOrg(Organisation{Name: b.text[c.Start:c.End]}); ok && b.orgs[i].Confidence >= Threshold {
			b.link(person, b.orgs[i].Key, "")
			return
		}
	}
}
