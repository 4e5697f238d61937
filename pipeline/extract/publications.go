package extract

import (
	"regexp"
	"strings"
)

// Confidence of the publication rules.
const (
	confSelf        = 0.9  // the source itself
	confSymbol      = 0.9  // a UN document symbol
	confResolution  = 0.9  // "resolution 73/27"
	confNamedReport = 0.8  // "the 2015 GGE report"
	confTitled      = 0.75 // a quoted title next to a publication word
)

var (
	// symbolRE matches UN document symbols: A/RES/73/27, A/75/816,
	// A/AC.290/2021/CRP.2, A/AC.418/2024/INF/2, S/2021/1234.
	symbolRE = wordStart(`\b[AES](?:/[A-Z0-9][A-Za-z0-9.]*)+`, "a/", "e/", "s/")
	// resolutionRE matches "resolution 73/27", "General Assembly resolution 77/37".
	// Its optional opening gives package regexp no prefix to skip to.
	resolutionRE = wordStart(`(?:General Assembly )?[Rr]esolution (\d{2,3})/(\d{1,4})\b`, "general assembly ", "resolution").gated("esolution ")
	// reportRE matches "the 2015 GGE report", "2021 report of the Open-ended
	// Working Group", "2015 consensus report of the Group of Governmental Experts".
	reportRE = wordStart(`\b((?:19|20)\d\d(?:/\d{4})?) (?:[a-z]+ ){0,2}(?:[A-Z]{2,6} )?report\b(?: of the [A-Z][\w’'-]*(?:(?: (?:of|on|for|the|and|in))* [A-Z][\w’'-]*)*)?`, "19", "20").gated("report")
	// licenceRE matches Creative Commons licence tags: "CC BY-NC-ND 4.0".
	licenceRE = gate(regexp.MustCompile(`\bCC BY(?:-(?:NC|ND|SA))*(?: \d\.\d)?|\bCC0(?: 1\.0)?`), "CC")
	// quotedRE matches a title in typographic or straight double quotes.
	quotedRE = wordStart(`[“"]([^”"\n]{8,160})[”"]`, "“", `"`)
	// emphasisRE matches a title in Markdown emphasis, _Title_ or *Title*,
	// but not in strong emphasis (**Title**).
	emphasisRE = gate(regexp.MustCompile(`(?:^|[\s(])([_*])([^_*\s][^_*\n]{6,158}[^_*\s])([_*])(?:$|[\s,.;:)])`), "_", "*")
)

// findPublications runs the publication rules.
func (b *builder) findPublications() {
	b.selfPublication()
	b.findSymbols()
	b.findResolutions()
	b.findCouncilResolutions()
	b.findPressReleases()
	b.findNamedReports()
	b.findQuotedTitles()
	b.findEmphasisedTitles()
	b.findListedDocuments()
	b.findDocumentLists()
	b.findDocumentTables()
	b.findCuedTitles()
	b.findReportsOf()
	b.findCuePublications()
	b.mergeShortTitles()
}

// mergeShortTitles folds a publication whose title is the start of
// another's into it, as its short name: "Common Reef Position" and the
// "Common Reef Position on the Application of …" of the same text are one
// document. The source itself and documents with a symbol stay apart.
func (b *builder) mergeShortTitles() {
	ps := b.res.Publications
	drop := make([]bool, len(ps))
	for i := range ps {
		if ps[i].Self || ps[i].Symbol != "" {
			continue
		}
		for j := range ps {
			if i == j || drop[j] || ps[j].Self || len(ps[j].Title) <= len(ps[i].Title) ||
				!strings.HasPrefix(ps[j].Title, ps[i].Title+" ") {
				continue
			}
			ps[j].Evidence = append(ps[j].Evidence, ps[i].Evidence...)
			ps[j].Aliases = addAlias(ps[j].Aliases, ps[i].Title)
			drop[i] = true
			break
		}
	}
	kept := ps[:0]
	for i, p := range ps {
		if !drop[i] {
			kept = append(kept, p)
		}
	}
	b.res.Publications = kept
}

// addPublication merges a publication with one of the same symbol or title.
func (b *builder) addPublication(p Publication, span Span) int {
	key := keyOf(p.Title)
	for i := range b.res.Publications {
		cur := &b.res.Publications[i]
		if !cur.Self && p.Rule == "publication.cue-name" && insideEvidence(cur.Evidence, span) {
			return i // "Tallinn Manual 2.0" inside the longer title already found
		}
		if (p.Symbol != "" && cur.Symbol == p.Symbol) || keyOf(cur.Title) == key {
			cur.Evidence = append(cur.Evidence, Evidence{"title", span})
			if cur.Title == cur.Symbol && p.Title != p.Symbol {
				cur.Title = p.Title
			} else if keyOf(cur.Title) != key && p.Title != p.Symbol {
				cur.Aliases = addAlias(cur.Aliases, p.Title)
			}
			if cur.Symbol == "" {
				cur.Symbol = p.Symbol
			}
			return i
		}
	}
	p.Key = key
	p.Evidence = append([]Evidence{{"title", span}}, p.Evidence...)
	b.res.Publications = append(b.res.Publications, p)
	return len(b.res.Publications) - 1
}

// insideEvidence reports whether span s lies within one of the spans of ev.
func insideEvidence(ev []Evidence, s Span) bool {
	for _, e := range ev {
		if e.Span.Start <= s.Start && s.End <= e.Span.End {
			return true
		}
	}
	return false
}

// findSymbols records UN document symbols, titled by a list item "SYMBOL –
// Title" or by the phrase before "(SYMBOL)".
func (b *builder) findSymbols() {
	for _, loc := range symbolRE.FindAllStringIndex(b.text) {
		s, e := loc[0], loc[1]
		for e > s && b.text[e-1] == '.' {
			e--
		}
		sym := b.text[s:e]
		if s < b.body || !strings.ContainsAny(sym, "0123456789") || strings.Count(sym, "/") < 2 {
			continue
		}
		p := Publication{Title: sym, Symbol: sym, Kind: symbolKind(sym)}
		p.Rule, p.Confidence = "publication.symbol", confSymbol
		p.Evidence = []Evidence{{"symbol", Span{s, e}}}
		if t, ok := b.listedTitle(e); ok {
			p.Title = b.text[t.Start:t.End]
			b.addPublication(p, t)
			continue
		}
		if t, ok := b.titleBefore(s); ok {
			p.Title = b.text[t.Start:t.End]
			b.addPublication(p, t)
			continue
		}
		b.addPublication(p, Span{s, e})
	}
}

// docLabelRE matches what may stand between a cited title and its symbol:
// ", UN Doc. ", " (", ", document ".
var docLabelRE = regexp.MustCompile(`(?:[,(]\s*|\s)(?:(?:U\.?N\.? )?[Dd]oc(?:ument)?\.?\s*)?$`)

// titleBefore reads the title that a citation gives before a symbol at s:
// "Report of the Group …", A/70/174; Report of the Group …, UN Doc.
// A/75/816; the Letter from the Chair (A/AC.292/2025/2). A title in quotes
// is taken whole; one without must open with a capitalised publication
// word and be title-cased, of four words or more.
func (b *builder) titleBefore(s int) (Span, bool) {
	ls := b.memo.lineStart(s)
	loc := docLabelRE.FindStringIndex(b.text[ls:s])
	if loc == nil {
		return Span{}, false
	}
	end := ls + loc[0]
	before := strings.TrimRight(b.text[ls:end], " ")
	end = ls + len(before)
	for _, q := range []struct{ open, close string }{{"“", "”"}, {`"`, `"`}} {
		inner, ok := strings.CutSuffix(before, q.close)
		if !ok {
			continue
		}
		k := strings.LastIndex(inner, q.open)
		if k < 0 {
			return Span{}, false
		}
		t := strings.TrimRight(inner[k+len(q.open):], ",.")
		start := ls + k + len(q.open)
		if len(strings.Fields(t)) < 3 || !looksLikeName(t) {
			return Span{}, false
		}
		return Span{start, start + len(t)}, true
	}
	// Without quotes the title is the end of the clause before the symbol,
	// from its first capitalised publication word: "Report of the Group …",
	// "(see the Letter from the Chair …)".
	start := ls
	if k := strings.LastIndexAny(before, ",.]("); k >= 0 {
		start = ls + k + 1
	}
	for start < end && strings.ContainsRune(": ", rune(b.text[start])) {
		start++
	}
	fields := strings.Fields(b.text[start:end])
	if len(fields) > 3 && len(fields) <= 30 && isCap(fields[0]) {
		if _, cue := b.ref.PublicationCues[fields[1]]; cue {
			// "Final report of the Open-ended Working Group on security …":
			// UN titles are in sentence case.
			return Span{start, end}, true
		}
	}
	for _, w := range fields {
		if _, cue := b.ref.PublicationCues[w]; cue && isCap(w) {
			t := b.text[start:end]
			start += strings.Index(t, w)
			t = b.text[start:end]
			if len(strings.Fields(t)) < 4 || !looksLikeName(t) {
				return Span{}, false
			}
			return Span{start, end}, true
		}
	}
	return Span{}, false
}

// listedTitle reads the title after "SYMBOL – " at the start of a line.
func (b *builder) listedTitle(end int) (Span, bool) {
	rest := b.text[end:]
	for _, dash := range []string{" – ", " — ", " - ", ": "} {
		if strings.HasPrefix(rest, dash) {
			s := end + len(dash)
			e := s + strings.IndexByte(b.text[s:]+"\n", '\n')
			t := strings.TrimRight(b.text[s:e], " .;")
			if t == "" {
				return Span{}, false
			}
			return Span{s, s + len(t)}, true
		}
	}
	return Span{}, false
}

// symbolKind reads the kind of a document from its symbol's shape.
func symbolKind(sym string) string {
	switch {
	case strings.Contains(sym, "/RES/"):
		return "resolution"
	case strings.Contains(sym, "/WP."):
		return "paper"
	case strings.Contains(sym, "/CRP.") || strings.Contains(sym, "/L.") || strings.Contains(sym, "/INF/"):
		return "other"
	}
	return "report"
}

// findResolutions turns "resolution 73/27" into A/RES/73/27.
func (b *builder) findResolutions() {
	for _, m := range resolutionRE.FindAllStringSubmatchIndex(b.text) {
		if m[0] < b.body {
			continue
		}
		num := b.text[m[2]:m[3]] + "/" + b.text[m[4]:m[5]]
		p := Publication{Title: "General Assembly resolution " + num, Symbol: "A/RES/" + num, Kind: "resolution"}
		start := m[0]
		if council := hrcBefore(b.text[:m[0]]); council > 0 && m[0] == m[2]-len("resolution ") {
			// "Human Rights Council resolution 47/16" is A/HRC/RES/47/16.
			start = m[0] - council
			p.Title, p.Symbol = "Human Rights Council resolution "+num, "A/HRC/RES/"+num
		}
		p.Rule, p.Confidence = "publication.resolution", confResolution
		p.Aliases = []string{"resolution " + num}
		b.addPublication(p, Span{start, m[1]})
	}
}

// hrcBefore returns the length of "Human Rights Council " or "HRC " that
// ends text, or 0.
func hrcBefore(text string) int {
	for _, name := range []string{"Human Rights Council ", "HRC "} {
		if strings.HasSuffix(text, name) {
			return len(name)
		}
	}
	return 0
}

// scResolutionRE matches a Security Council resolution by its number and
// year: "resolution 2341 (2017)", "Security Council resolution 1874 (2009)".
var scResolutionRE = gate(regexp.MustCompile(`(?:Security Council )?[Rr]esolution (\d{3,4}) \(((?:19|20)\d\d)\)`), "esolution ")

// findCouncilResolutions records Security Council resolutions, numbered
// with their year in brackets; their symbol is S/RES/N (YEAR).
func (b *builder) findCouncilResolutions() {
	for _, m := range scResolutionRE.FindAllStringSubmatchIndex(b.text, -1) {
		if m[0] < b.body {
			continue
		}
		num := b.text[m[2]:m[3]] + " (" + b.text[m[4]:m[5]] + ")"
		p := Publication{Title: "Security Council resolution " + num, Symbol: "S/RES/" + num, Kind: "resolution"}
		p.Rule, p.Confidence = "publication.resolution", confResolution
		p.Aliases = []string{"resolution " + num}
		b.addPublication(p, Span{m[0], m[1]})
	}
}

// pressReleaseRE matches a UN press release named by its symbol: "Press
// Release SG/SM/22271", "press release GA/DIS/3779".
var pressReleaseRE = gate(regexp.MustCompile(`[Pp]ress [Rr]elease ([A-Z]{1,5}(?:/[A-Z0-9.]+)+\d)`), "ress ")

// findPressReleases records UN press releases cited by their symbol.
func (b *builder) findPressReleases() {
	for _, m := range pressReleaseRE.FindAllStringSubmatchIndex(b.text, -1) {
		if m[0] < b.body {
			continue
		}
		sym := b.text[m[2]:m[3]]
		p := Publication{Title: "Press Release " + sym, Symbol: sym, Kind: "statement"}
		p.Rule, p.Confidence = "publication.symbol", confSymbol
		b.addPublication(p, Span{m[0], m[1]})
	}
}

// findNamedReports records reports named by year: "the 2015 GGE report".
func (b *builder) findNamedReports() {
	for _, m := range reportRE.FindAllStringIndex(b.text) {
		if m[0] < b.body {
			continue
		}
		m[1] = b.withoutTrailingDate(m[0], m[1])
		if len(strings.Fields(b.text[m[0]:m[1]])) < 3 && b.symbolInParens(m[1]) == "" {
			continue // "its 2025 report" names no report that a reader could find
		}
		p := Publication{Title: strings.TrimSpace(b.text[m[0]:m[1]]), Kind: "report"}
		p.Rule, p.Confidence = "publication.named-report", confNamedReport
		i := b.addPublication(p, Span{m[0], m[1]})
		if sym := b.symbolInParens(m[1]); sym != "" && b.res.Publications[i].Symbol == "" {
			b.mergeSymbol(i, sym)
		}
	}
}

// withoutTrailingDate returns the end of text[start:end] without closing
// words that are stop words, such as a month or a day, and the connectors
// before them: "report of the OEWG in July" ends after "OEWG".
func (b *builder) withoutTrailingDate(start, end int) int {
	for {
		k := strings.LastIndexByte(b.text[start:end], ' ')
		if k < 0 {
			return end
		}
		w := b.text[start+k+1 : end]
		if !b.ref.StopWords[w] && !connectors[w] {
			return end
		}
		end = start + k
	}
}

// symbolInParens returns the UN symbol in "(A/70/174)" right after end.
func (b *builder) symbolInParens(end int) string {
	rest := b.text[end:]
	if !strings.HasPrefix(rest, " (") {
		return ""
	}
	loc := symbolRE.FindStringIndex(rest)
	if loc == nil || loc[0] != 2 || !strings.HasPrefix(rest[loc[1]:], ")") {
		return ""
	}
	return rest[loc[0]:loc[1]]
}

// mergeSymbol gives a named publication its symbol, folding a row found by
// the symbol alone into it.
func (b *builder) mergeSymbol(at int, sym string) {
	list := b.res.Publications
	list[at].Symbol = sym
	for i := range list {
		if i != at && list[i].Symbol == sym && list[i].Title == sym {
			list[at].Evidence = append(list[at].Evidence, list[i].Evidence...)
			b.res.Publications = append(list[:i], list[i+1:]...)
			return
		}
	}
}
