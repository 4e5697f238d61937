package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// statementItemRE matches a list item that names a statement: "Statement
// by Ghana at the third session …", "Joint statement on ransomware".
var statementItemRE = regexp.MustCompile(`^(?:[Jj]oint [Ss]tatement|Statement) (?:by|of|on|at|to|delivered) `)

// downloadRE matches a line offering a document for download, its title
// first: "Letter from the Chair (30.06.2025) PDF, 212 KB".
var downloadRE = regexp.MustCompile(`^(.+?)\s*(?:\([^()]*\))?\s*\(?(?:PDF|DOCX?|XLSX?|ODT)\)?,?\s*(?:[\d.,]+\s*[KkMG]B)?\)?$`)

// trailingDateRE matches the date or year in brackets after a title, and a
// final full stop: " (May 2024).".
var trailingDateRE = regexp.MustCompile(`\s*\([^()]*\d{4}\)\.?$|\.$`)

// ownerSuffixRE matches the organisation a download list names after the
// title: " – UNIDIR".
var ownerSuffixRE = regexp.MustCompile(` [–—-] [\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,3}$`)

// findListedDocuments records documents that lines of a list name on their
// own: statements in a list of sources, and documents offered as a
// download ("… PDF, 980 KB").
func (b *builder) findListedDocuments() {
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		line := b.text[l.Start:l.End]
		item := stripBullet(b.text, l)
		text := b.text[item.Start:item.End]
		// Cheap tests first: these regexps would otherwise run on every line.
		dl := strings.TrimSuffix(line, ".") // "… questions for the session (PDF)."
		download := strings.ContainsAny(dl, "PDX") && fileTypeAtEnd(dl) && downloadRE.MatchString(dl)
		switch {
		case item.Start > l.Start && (strings.HasPrefix(text, "Statement ") || strings.HasPrefix(text, "Joint ") || strings.HasPrefix(text, "joint ")) && statementItemRE.MatchString(text):
			end := item.Start + len(trailingDateRE.ReplaceAllString(text, ""))
			b.listedDocument(Span{item.Start, end}, "statement")
		case (item.Start > l.Start || b.doc.MediaType == "text/html") && (strings.Contains(text, " – ") || strings.Contains(text, " — ")):
			if m := describedItemRE.FindStringSubmatchIndex(text); m != nil {
				kind := b.ref.PublicationCues[b.memo.lower(text[m[4]:m[5]])]
				b.listedDocument(Span{item.Start + m[2], item.Start + m[3]}, kind)
			} else if download {
				b.downloadLine(l, dl)
			}
		case download:
			b.downloadLine(l, dl)
		}
	}
}

// describedItemRE matches a list item that gives a title and then says
// what it is: "Ransomware as a Threat: Options for the Mechanism – policy
// brief by …", "Directories That Work — a 2025 report".
var describedItemRE = regexp.MustCompile(`^(\p{Lu}[^–—]{6,160}?) [–—] (?:an? )?(?:[\p{L}\d-]+ ){0,2}?(paper|brief|report|study|article|book|note)\b`)

// downloadLine records the document a line offers for download.
func (b *builder) downloadLine(l Span, line string) {
	m := downloadRE.FindStringSubmatchIndex(line)
	title := line[m[2]:m[3]]
	if k := ownerSuffixRE.FindStringIndex(title); k != nil {
		title = title[:k[0]]
	}
	b.listedDocument(Span{l.Start + m[2], l.Start + m[2] + len(title)}, b.titleKind(title))
}

// titleKind is the kind the first publication word of a title names, in
// any case ("Concept note and annotated agenda" is a paper), else "other".
func (b *builder) titleKind(title string) string {
	for _, w := range strings.Fields(b.memo.lower(title)) {
		if c, ok := b.ref.PublicationCues[strings.Trim(w, ":,;")]; ok {
			return c
		}
	}
	return "other"
}

// punctToSpace turns the commas and brackets around a file type into
// spaces; built once, as a Replacer is safe for concurrent use.
var punctToSpace = strings.NewReplacer(",", " ", "(", " ", ")", " ")

// fileTypeAtEnd reports whether a line ends with a file type and size, as
// download links do: "PDF, 212 KB", "(PDF)", "DOCX 1.2 MB".
func fileTypeAtEnd(line string) bool {
	// Every file type holds one of these: most lines have none, and need
	// no copy split into words (2% of extraction CPU).
	if !strings.Contains(line, "PDF") && !strings.Contains(line, "DOC") && !strings.Contains(line, "XLS") && !strings.Contains(line, "ODT") {
		return false
	}
	f := strings.Fields(punctToSpace.Replace(line))
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		switch f[k] {
		case "PDF", "DOC", "DOCX", "XLS", "XLSX", "ODT":
			return k > 0
		}
	}
	return false
}

// linkVerbs open the label of a link, not a title: "Watch the recording ·
// Read the transcript (PDF)".
var linkVerbs = map[string]bool{"Watch": true, "Read": true, "Download": true, "View": true, "Listen": true,
	"Register": true, "Click": true, "Access": true, "Join": true, "Subscribe": true, "Follow": true}

// listedDocument records the document titled by span s when the title reads
// as one: capitalised, at least three words, no sentence.
func (b *builder) listedDocument(s Span, kind string) {
	title := strings.TrimSpace(b.text[s.Start:s.End])
	if len(strings.Fields(title)) < 3 || !isCap(title) || len(title) > 200 || linkVerbs[strings.Fields(title)[0]] {
		return
	}
	p := Publication{Title: title, Kind: kind}
	p.Rule, p.Confidence = "publication.listed-document", confTitled
	b.addPublication(p, Span{s.Start, s.Start + len(title)})
}

// documentListHeadings head a list of documents, one per line.
var documentListHeadings = map[string]bool{"documents": true, "background documents": true,
	"related documents": true, "key documents": true, "reference documents": true,
	"official documents": true, "outcome documents": true, "downloads": true, "documentation": true,
	"meeting documents": true, "session documents": true}

// bracketSymbolRE matches a document symbol in brackets at the end of a
// line: " (RF.DEC/12)", " (A/AC.292/2024/1)".
var bracketSymbolRE = regexp.MustCompile(` \(([A-Z][A-Za-z]*(?:\.[A-Za-z]+)*(?:/[A-Za-z0-9.()-]+)+)\)$`)

// findDocumentLists records the documents listed one per line under a
// heading such as "Background documents", with the symbol a line gives in
// brackets at its end:
//
//	Background documents
//	Decision No. 12 – Reef cable protection measures (RF.DEC/12)
//	Concept note and annotated agenda (PDF, 412 KB)
func (b *builder) findDocumentLists() {
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i < len(ls); i++ {
		h := b.memo.lower(strings.Trim(b.text[ls[i].Start:ls[i].End], "#*_: "))
		if !documentListHeadings[h] {
			continue
		}
		for j := i + 1; j < len(ls); j++ {
			if gap := strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n"); gap > 2 || gap == 2 && j > i+1 {
				break
			}
			b.documentLine(ls[j])
		}
	}
}

// documentLine records the document one line of a document list names,
// when it reads as a title and not as a sentence.
func (b *builder) documentLine(l Span) {
	item := stripBullet(b.text, l)
	text := b.text[item.Start:item.End]
	if strings.HasSuffix(text, ".") || strings.Contains(text, cellSep) || fileTypeAtEnd(text) || b.publicationWithin(item) {
		return // a sentence, a table row, a download that downloadLine reads, or a line another rule read
	}
	symbol := ""
	var symSpan Span
	if m := bracketSymbolRE.FindStringSubmatchIndex(text); m != nil {
		symbol, symSpan = text[m[2]:m[3]], Span{item.Start + m[2], item.Start + m[3]}
		text = text[:m[0]]
	}
	title := strings.TrimSpace(text)
	if len(strings.Fields(title)) < 3 || !isCap(title) || len(title) > 240 {
		return
	}
	p := Publication{Title: title, Kind: b.titleKind(title), Symbol: symbol}
	if symbol != "" {
		p.Evidence = []Evidence{{"symbol", symSpan}}
	}
	p.Rule, p.Confidence = "publication.document-list", confTitled
	b.addPublication(p, Span{item.Start, item.Start + len(title)})
}

// publicationWithin reports whether a publication found so far has
// evidence inside span s.
func (b *builder) publicationWithin(s Span) bool {
	for _, p := range b.res.Publications {
		for _, e := range p.Evidence {
			if e.Span.Start >= s.Start && e.Span.End <= s.End {
				return true
			}
		}
	}
	return false
}

// findDocumentTables records the documents of a table whose header names a
// symbol and a title column, in the rows whose symbol cell is empty or a
// dash (rows with a symbol are read by findSymbols):
//
//	Symbol | Title | Date | Languages
//	— | Letter from the Chair with guiding questions (10 November 2023) | 10/11/2023 | E
func (b *builder) findDocumentTables() {
	ls := b.memo.lines(b.body, len(b.text))
	for i := 0; i+1 < len(ls); i++ {
		symCol, titleCol := b.documentColumns(cells(b.text, ls[i]))
		if symCol < 0 || titleCol < 0 {
			continue
		}
		header := len(cells(b.text, ls[i]))
		j := i + 1
		for ; j < len(ls) && strings.Count(b.text[ls[j-1].End:ls[j].Start], "\n") <= 2; j++ {
			row := cells(b.text, ls[j])
			if len(row) != header {
				break
			}
			sym := strings.Trim(b.text[row[symCol].Start:row[symCol].End], " –—-")
			if sym == "" {
				b.documentLine(row[titleCol])
				continue
			}
			b.symbolRowTitle(row[symCol], row[titleCol])
		}
		i = j - 1
	}
}

// symbolRowTitle gives the document whose symbol fills cell sym the title
// in cell title of the same row.
func (b *builder) symbolRowTitle(sym, title Span) {
	symbol := strings.TrimSpace(b.text[sym.Start:sym.End])
	t, ok := trimSpan(b.text, title)
	if !ok || !isCap(b.text[t.Start:t.End]) {
		return
	}
	if loc := symbolRE.FindStringIndex(symbol); (loc == nil || loc[0] != 0 || loc[1] != len(symbol)) && !otherSymbol(symbol) {
		return
	}
	p := Publication{Title: b.text[t.Start:t.End], Symbol: symbol, Kind: symbolKind(symbol)}
	p.Rule, p.Confidence = "publication.symbol", confSymbol
	p.Evidence = []Evidence{{"symbol", sym}}
	b.addPublication(p, t)
}

// otherSymbol reports whether s reads as the reference of a document of a
// body other than the UN, as a table of documents gives it: a short code
// in capitals with a number, "T-CY (2025)17", "CICTE/RES.1/19".
func otherSymbol(s string) bool {
	if len(s) < 4 || len(s) > 40 || !strings.ContainsAny(s, "0123456789") || !unicode.IsUpper(nextRune(s, 0)) {
		return false
	}
	return countFields(s) <= 3
}

// documentColumns returns the symbol and title columns of a header row, or
// -1 for a column it lacks.
func (b *builder) documentColumns(header []Span) (symCol, titleCol int) {
	symCol, titleCol = -1, -1
	for k, c := range header {
		switch b.memo.lower(strings.Trim(b.text[c.Start:c.End], " *_:")) {
		case "symbol", "document symbol", "reference", "ref.", "document no.", "document number":
			symCol = k
		case "title", "document", "document title":
			titleCol = k
		}
	}
	return symCol, titleCol
}
