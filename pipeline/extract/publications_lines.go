package extract

import (
	"regexp"
	"strings"
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
		download := strings.ContainsAny(line, "PDX") && fileTypeAtEnd(line) && downloadRE.MatchString(line)
		switch {
		case item.Start > l.Start && (strings.HasPrefix(text, "Statement ") || strings.HasPrefix(text, "Joint ") || strings.HasPrefix(text, "joint ")) && statementItemRE.MatchString(text):
			end := item.Start + len(trailingDateRE.ReplaceAllString(text, ""))
			b.listedDocument(Span{item.Start, end}, "statement")
		case (item.Start > l.Start || b.doc.MediaType == "text/html") && (strings.Contains(text, " – ") || strings.Contains(text, " — ")):
			if m := describedItemRE.FindStringSubmatchIndex(text); m != nil {
				kind := b.ref.PublicationCues[strings.ToLower(text[m[4]:m[5]])]
				b.listedDocument(Span{item.Start + m[2], item.Start + m[3]}, kind)
			} else if download {
				b.downloadLine(l, line)
			}
		case download:
			b.downloadLine(l, line)
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
	kind := "other"
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if c, ok := b.ref.PublicationCues[strings.Trim(w, ":,;")]; ok {
			kind = c
			break
		}
	}
	b.listedDocument(Span{l.Start + m[2], l.Start + m[2] + len(title)}, kind)
}

// punctToSpace turns the commas and brackets around a file type into
// spaces; built once, as a Replacer is safe for concurrent use.
var punctToSpace = strings.NewReplacer(",", " ", "(", " ", ")", " ")

// fileTypeAtEnd reports whether a line ends with a file type and size, as
// download links do: "PDF, 212 KB", "(PDF)", "DOCX 1.2 MB".
func fileTypeAtEnd(line string) bool {
	f := strings.Fields(punctToSpace.Replace(line))
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		switch f[k] {
		case "PDF", "DOC", "DOCX", "XLS", "XLSX", "ODT":
			return k > 0
		}
	}
	return false
}

// listedDocument records the document titled by span s when the title reads
// as one: capitalised, at least three words, no sentence.
func (b *builder) listedDocument(s Span, kind string) {
	title := strings.TrimSpace(b.text[s.Start:s.End])
	if len(strings.Fields(title)) < 3 || !isCap(title) || len(title) > 200 {
		return
	}
	p := Publication{Title: title, Kind: kind}
	p.Rule, p.Confidence = "publication.listed-document", confTitled
	b.addPublication(p, Span{s.Start, s.Start + len(title)})
}
