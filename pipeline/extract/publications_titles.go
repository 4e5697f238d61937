package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// findQuotedTitles records quoted titles in title case that a publication
// word introduces or that stand on a list line of their own: NIDA's paper
// "Mapping the Implementation Gap: …", the book "Due Diligence in a
// Networked World".
func (b *builder) findQuotedTitles() {
	for _, m := range quotedRE.FindAllStringSubmatchIndex(b.text) {
		s, e := m[2], m[3]
		title := b.text[s:e]
		cited := b.citedTitle(m[0], title)
		if cited {
			title = strings.TrimSuffix(title, ".") // "Naming Without Shaming." in a reference list
		}
		if s < b.body || !looksLikeName(title) || countFields(title) < 3 || strings.HasSuffix(title, ".") || b.insideMeetingName(Span{s, e}) {
			continue
		}
		if self := b.subtitleOfSelf(m[0], m[1]); self >= 0 {
			sp := &b.res.Publications[self]
			sp.Aliases = addAlias(sp.Aliases, title) // a page's quoted subtitle under its title
			continue
		}
		kind, ok := b.publicationCueNear(m[0], m[1])
		if cited {
			kind, ok = "article", true
		}
		if !ok {
			continue
		}
		p := Publication{Title: strings.TrimRight(title, ",;"), Kind: kind}
		p.Rule, p.Confidence = "publication.quoted-title", confTitled
		b.addPublication(p, Span{s, s + len(p.Title)})
	}
}

// subtitleOfSelf returns the index of the source's own publication when
// the quotation text[open:end] fills its line and the line above holds
// that publication's title, or -1:
//
//	HARBOUR LAW SEMINAR SERIES 2026
//	"Cables, Courts and the Sea"
func (b *builder) subtitleOfSelf(open, end int) int {
	ls := b.memo.lineStart(open)
	if strings.TrimSpace(b.text[ls:open]) != "" || strings.TrimSpace(b.text[end:lineEnd(b.text, end, len(b.text))]) != "" || ls == 0 {
		return -1
	}
	above := b.memo.lineStart(ls - 1)
	for i, p := range b.res.Publications {
		if !p.Self {
			continue
		}
		for _, e := range p.Evidence {
			if e.Field == "title" && above <= e.Span.Start && e.Span.End < ls {
				return i
			}
		}
	}
	return -1
}

// findEmphasisedTitles records titles in Markdown emphasis that a
// publication word introduces or that open a list line: our outcome note,
// _Bridges Are Infrastructure Too_; "- *Little Islands, Long Cables* (Reef
// Press, 2024)". HTML loses its emphasis in the readable text, so this reads
// Markdown and plain text only.
func (b *builder) findEmphasisedTitles() {
	if b.doc.MediaType == "text/html" {
		for _, e := range b.doc.Emphasis {
			b.emphasisedTitle(e[0], e[1], e[0], e[1])
		}
		return
	}
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		line := b.text[l.Start:l.End]
		if strings.IndexByte(line, '*') < 0 && strings.IndexByte(line, '_') < 0 {
			continue // the regexp runs only on lines with emphasis markers
		}
		for _, m := range emphasisRE.FindAllStringSubmatchIndex(line, -1) {
			open, s, e, closing := l.Start+m[2], l.Start+m[4], l.Start+m[5], l.Start+m[6]
			if b.text[open] != b.text[closing] {
				continue
			}
			b.emphasisedTitle(s, e, open, closing+1)
		}
	}
}

// emphasisedTitle records the title text[s:e], set in emphasis that spans
// [open, end) with its markers, when it reads as the title of a work.
func (b *builder) emphasisedTitle(s, e, open, end int) {
	if s < b.body {
		return
	}
	title := b.text[s:e]
	cited := b.authorLead(open) // "United Nations, *Final report of the …*, July 2025"
	if !looksLikeName(title) && !(cited && isCap(title)) || len(strings.Fields(title)) < 2 || strings.HasSuffix(title, ".") || strings.HasSuffix(title, ":") || b.containerOfCited(open) {
		return
	}
	kind, ok := b.publicationCueNear(open, end)
	if c, in := b.cueInTitle(title); (!ok || kind == "other") && in {
		kind, ok = c, true // "presented its *Survey of Reef Practice*"
	} else if !ok && cited {
		kind, ok = "book", true // "Ana Ruiz-Holt, *Cables at Sea* (Reef Press, 2024)"
	} else if kind == "other" && !b.listMarkerBefore(open) && !b.readingListItem(open, end) {
		ok = false
	}
	if !ok || strings.ContainsAny(title, "·|") {
		return // a whole line in italics is a tagline, not a title
	}
	p := Publication{Title: title, Kind: kind}
	p.Rule, p.Confidence = "publication.emphasised-title", confTitled
	b.addPublication(p, Span{s, e})
}

// containerOfCited reports whether the emphasis opening at open names the
// journal or book that holds a work cited in quotes just before it:
// "“Consensus by Exhaustion?”. <i>Global Cyber Governance Review</i>".
func (b *builder) containerOfCited(open int) bool {
	before := strings.TrimRight(b.text[max(b.body, open-4):open], " ")
	return strings.HasSuffix(before, "\".") || strings.HasSuffix(before, "”.") || strings.HasSuffix(before, ".\"") || strings.HasSuffix(before, ".”") ||
		strings.HasSuffix(before, "\",") || strings.HasSuffix(before, ",”") || strings.HasSuffix(before, "”,")
}

// yearRE matches a year.
var yearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// readingListItem reports whether the emphasis [open, end) opens its line
// and a year follows it on the line, as in a reading list: "Small
// Islands, Long Cables (Reef Trust, 2024)".
func (b *builder) readingListItem(open, end int) bool {
	if strings.TrimSpace(b.text[b.memo.lineStart(open):open]) != "" {
		return false
	}
	rest := b.text[end:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return yearRE.MatchString(rest)
}

// citedTitle reports whether the quote at q, holding title, is the title
// of a work in a reference list: an author's initial or a year in brackets
// before it on its line, and a full stop or comma closing it inside the
// quotes: Haraldsen, K. "Naming Without Shaming." Journal …
func (b *builder) citedTitle(q int, title string) bool {
	if b.authorLead(q) {
		return true // Ana Ruiz-Holt, "Cables at Sea", Reef Review 2 (2024).
	}
	if !strings.HasSuffix(title, ".") && !strings.HasSuffix(title, ",") {
		return false
	}
	return citationLeadRE.MatchString(b.text[b.memo.lineStart(q):q])
}

// authorLead reports whether the title opening at q follows its authors
// and a comma at the start of its line, as a reference-list entry does:
// the names before the comma were read as people or organisations.
//
//	Ana Ruiz-Holt and Lena Holt, *Cables at Sea* (Suva: Reef Press, 2024).
func (b *builder) authorLead(q int) bool {
	ls := b.memo.lineStart(q)
	lead := strings.TrimRight(b.text[ls:q], " ")
	if !strings.HasSuffix(lead, ",") || len(lead) < 4 || strings.Count(lead, ",") > 4 {
		return false
	}
	comma := ls + len(lead) - 1
	first := comma + 1 - len(strings.TrimLeft(lead, " -•*0123456789.[]")) // after a list or footnote mark
	return b.isCovered(Span{first, first + 1}) && b.isCovered(Span{comma - 1, comma})
}

// citationLeadRE matches what precedes a cited title: "Haraldsen, K. ",
// "Okafor (2024). ".
var citationLeadRE = regexp.MustCompile(`(?:\b\p{Lu}\.|\(\d{4}[a-z]?\)\.?)\s*$`)

// cueInTitle returns the kind named by a capitalised publication word
// inside a title: "Survey of Reef Practice" is a paper.
func (b *builder) cueInTitle(title string) (string, bool) {
	for _, w := range strings.Fields(title) {
		if c, ok := b.ref.PublicationCues[strings.Trim(w, ":,;")]; ok && isCap(w) {
			return c, true
		}
	}
	return "", false
}

// findCuedTitles records titles in title case that follow a lower-case
// publication word: "the institute's 2025 report Charting the Reef:
// Options for a Permanent Forum." The title runs to the end of the sentence
// or to a bracket, and must have three words or more.
func (b *builder) findCuedTitles() {
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		toks := b.memo.tokenize(s.Start, s.End)
		for i := 0; i+1 < len(toks); i++ {
			kind, ok := b.ref.PublicationCues[toks[i].Text]
			if !ok || isCap(toks[i].Text) || !toks[i+1].Word || !isCap(toks[i+1].Text) || !adjacent(toks[i], toks[i+1]) {
				continue
			}
			end := s.End
			if k := strings.IndexAny(b.text[toks[i+1].Start:s.End], "(,;"); k >= 0 {
				end = toks[i+1].Start + k
			}
			title := b.withoutByline(toks[i+1].Start, strings.TrimRight(b.text[toks[i+1].Start:end], " ."))
			if len(strings.Fields(title)) < 3 || !looksLikeName(title) || strings.Contains(title, "\n") {
				continue
			}
			p := Publication{Title: title, Kind: kind}
			p.Rule, p.Confidence = "publication.cued-title", confTitled
			b.addPublication(p, Span{toks[i+1].Start, toks[i+1].Start + len(title)})
		}
	}
}

// listMarkerBefore reports whether a list marker, and nothing else, stands
// between the start of the line and offset i: "- ", "• ", "3. ".
func (b *builder) listMarkerBefore(i int) bool {
	prefix := strings.TrimSpace(b.text[b.memo.lineStart(i):i])
	if prefix == "-" || prefix == "•" || prefix == "*" || prefix == "+" {
		return true
	}
	digits := strings.TrimRight(prefix, ".)")
	return digits != prefix && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// publicationCueNear looks for a publication word in the 40 bytes before a
// quote or the 60 after it, or a list line holding the quote; it refuses
// quotes introduced by an event word ("The launch event, “…”").
func (b *builder) publicationCueNear(s, e int) (string, bool) {
	before := b.text[max(b.body, s-40):s]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	after := b.text[e:min(len(b.text), e+60)]
	if k := strings.IndexByte(after, '\n'); k >= 0 {
		after = after[:k]
	}
	for w := range strings.FieldsSeq(b.memo.lower(before)) {
		if b.isEventWord(strings.Trim(w, ",:;")) {
			return "", false
		}
	}
	for _, part := range []string{before, after} {
		for w := range strings.FieldsSeq(part) {
			if c, ok := b.ref.PublicationCues[strings.Trim(w, ",.:;()\"“”")]; ok {
				return c, true
			}
		}
	}
	trimmed := strings.TrimSpace(before)
	if trimmed == "" || trimmed == "-" || trimmed == "•" || trimmed == "*" {
		return "other", true // a title alone on a line or a list item
	}
	return "", false
}

// reportOfRE matches a report named by its kind and its body: "final
// report of the ", "Annual Report of the ".
var reportOfRE = gate(regexp.MustCompile(`\b(?:[Ff]inal|FINAL|[Aa]nnual|[Pp]rogress|[Ii]nterim|[Cc]onsensus) [Rr]eport of the `), "eport of the ")

// findReportsOf records a report named by its kind and the body that
// wrote it, up to the end of the body's capitalised name and its years:
// "the final report of the Reef Working Group on Cables 2021–2025 (RWG)".
func (b *builder) findReportsOf() {
	for _, m := range reportOfRE.FindAllStringIndex(b.text[b.body:], -1) {
		start, at := b.body+m[0], b.body+m[1]
		toks := b.memo.tokenize(at, lineEnd(b.text, at, len(b.text)))
		ps := capPhrases(toks)
		if len(ps) == 0 || ps[0].Start != at || len(ps[0].Words) < 2 {
			continue
		}
		end := b.withoutTrailingDate(start, ps[0].End)
		if e, ok := lowerSubjectToYears(b.text, end); ok {
			end = e // "… Working Group on security of and in the use of … technologies 2021–2025"
		}
		end = versionAfter(b.text, end)
		if b.insidePublication(Span{start, end}) {
			continue // "the 2019 consensus report of the …", found by its year
		}
		p := Publication{Title: upperFirst(b.text[start:end]), Kind: "report"}
		p.Rule, p.Confidence = "publication.report-of", confTitled
		b.addPublication(p, Span{start, end})
	}
}

// lowerSubjectToYears returns the end of " on " and a lower-case subject
// that runs, within sixteen words, to a year: a body's name written in
// sentence case, "… on security of and in the use of information and
// communications technologies 2021".
func lowerSubjectToYears(text string, end int) (int, bool) {
	if !strings.HasPrefix(text[end:], " on ") {
		return end, false
	}
	i := end + len(" on ")
	for n := 0; n < 16 && i < len(text); n++ {
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		w := text[i:j]
		if w == "" {
			return end, false
		}
		if c := w[0]; c >= '0' && c <= '9' {
			if isYear(w[:min(4, len(w))]) {
				return i - 1, true
			}
			return end, false
		}
		if r := nextRune(w, 0); !unicode.IsLower(r) && !isUpperWord(strings.TrimRight(w, "s")) {
			return end, false
		}
		i = j + 1
	}
	return end, false
}

// insidePublication reports whether span s overlaps the evidence of a
// publication found already.
func (b *builder) insidePublication(s Span) bool {
	for _, p := range b.res.Publications {
		for _, e := range p.Evidence {
			if e.Span.Start < s.End && s.Start < e.Span.End {
				return true
			}
		}
	}
	return false
}

// findCuePublications records capitalised names with a publication word:
// "the Kampala Declaration on Network Resilience", "the Oslo Handbook 2.0".
func (b *builder) findCuePublications() {
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		toks := b.memo.tokenize(s.Start, s.End)
		for _, p := range b.memo.capPhrases(s.Start, s.End) {
			trimmed := b.trimStopWords(p)
			p = withoutActionLead(trimmed)
			actionLed := p.Start != trimmed.Start // "Adoption of the Suva Communiqué" names a document
			words := p.words()
			if len(words) < 2 || isUpperWord(p.text(b.text)) {
				continue
			}
			kind := b.treatyHead(p)
			if _, _, venue := b.cueOf(words); venue && kind == "" {
				continue
			}
			if c, ok := b.ref.Cues[words[0]]; ok && c.Weight >= 0.5 && c.Kind != "venue" && kind == "" {
				continue // "Division for Treaty Affairs" is an organisation
			}
			for _, w := range words[1:] {
				if c, ok := b.ref.PublicationCues[w]; ok && isCap(w) && c != "report" && c != "resolution" {
					kind = c
				}
			}
			if kind == "" {
				continue
			}
			if k := possessiveOwnerEnd(b.text[p.Start:p.End]); k > 0 && countFields(b.text[p.Start+k:p.End]) >= 2 {
				p.Start += k // "Reefland's National Cable Plan" is the "National Cable Plan"
			}
			end := b.toTheAfter(toks, versionAfter(b.text, p.End))
			if _, ok := b.ref.PublicationCues[words[len(words)-1]]; ok && end == p.End {
				end = b.onTheAfter(toks, end)
			}
			if !actionLed && b.insideMeetingName(Span{p.Start, end}) {
				continue // "The Reef Charter, one year on": a seminar's title
			}
			pub := Publication{Title: b.text[p.Start:end], Kind: kind}
			pub.Rule, pub.Confidence = "publication.cue-name", confTitled
			b.addPublication(pub, Span{p.Start, end})
		}
	}
}

// actionNouns name what is done to a document, before "of (the)" and its
// name: "Adoption of the Suva Communiqué" names the communiqué.
var actionNouns = map[string]bool{"Adoption": true, "Launch": true, "Presentation": true, "Signing": true,
	"Release": true, "Ratification": true, "Endorsement": true}

// withoutActionLead drops an action noun and "of (the)" from the start of
// a capitalised phrase.
func withoutActionLead(p phrase) phrase {
	ws := p.Words
	if len(ws) < 4 || !actionNouns[ws[0].Text] || ws[1].Text != "of" {
		return p
	}
	k := 2
	if ws[k].Text == "the" {
		k++
	}
	if k >= len(ws) || !isCap(ws[k].Text) {
		return p
	}
	p.Words = ws[k:]
	p.Start = ws[k].Start
	return p
}

// withoutByline cuts " by" and the author's name from the end of a title
// that starts at offset start: "Safe Havens: Due Diligence and the
// Ransomware Economy by Laleh Farahani-Booth".
func (b *builder) withoutByline(start int, title string) string {
	k := strings.LastIndex(title, " by ")
	if k <= 0 {
		return title
	}
	from := start + k + len(" by ")
	toks := b.memo.tokenize(from, start+len(title))
	if n, ok := b.nameAt(toks, 0, 2); ok && n.Last == len(toks) {
		return title[:k]
	}
	return title
}

// treatyHead returns "treaty" when p opens with a treaty word and a
// connector, "Convention for the Protection of …", "Treaty on …", which
// no venue ("Convention Centre") does, or when p is a city and a treaty
// word ("Malabo Convention"); else "".
func (b *builder) treatyHead(p phrase) string {
	if len(p.Words) == 2 && b.ref.PublicationCues[p.Words[1].Text] == "treaty" && b.isPlaceName(p.Words[0].Text) {
		return "treaty" // "the Malabo Convention", named after the city where it was adopted
	}
	if len(p.Words) < 3 || !connectors[p.Words[1].Text] || p.Words[1].Text == "and" {
		return ""
	}
	if c := b.ref.PublicationCues[p.Words[0].Text]; c == "treaty" {
		return c
	}
	return ""
}

// toTheAfter extends a document's name that ends at end over "to the" and
// a capitalised phrase: "Common African Position on the Application of
// International Law to the Use of Information and Communication
// Technologies in Cyberspace".
func (b *builder) toTheAfter(toks []token, end int) int {
	if !strings.HasPrefix(b.text[end:], " to the ") {
		return end
	}
	for k, t := range toks {
		if t.Start == end+len(" to the ") {
			if ps := capPhrases(toks[k:]); len(ps) > 0 && ps[0].Start == t.Start && len(ps[0].Words) >= 2 {
				return ps[0].End
			}
			break
		}
	}
	return end
}

// onTheAfter extends a document's name that ends with its kind at end over
// "on the" and the lower-case subject that follows, up to a verb or
// punctuation: "Common Pacific Position on the application of
// international law to the use of ICTs in cyberspace was cited". A
// subject that runs into "and" or past fourteen words is left out.
func (b *builder) onTheAfter(toks []token, end int) int {
	if !strings.HasPrefix(b.text[end:], " on the ") {
		return end
	}
	k := 0
	for k < len(toks) && toks[k].Start < end+len(" on the ") {
		k++
	}
	last := -1
	for j := k; j < len(toks) && j < k+14; j++ {
		t := toks[j]
		if !t.Word || subjectStops[t.Text] {
			if last >= k+2 && (!t.Word || t.Text != "and") {
				return toks[last].End
			}
			return end
		}
		if isCap(t.Text) && !isUpperWord(strings.TrimSuffix(t.Text, "s")) {
			return end // a capitalised name: toTheAfter's and capPhrases' work
		}
		last = j
	}
	if last >= k+2 && last == len(toks)-1 {
		return toks[last].End
	}
	return end
}

// subjectStops end the subject of a document's name: a verb of the
// sentence, a relative pronoun, or "and".
var subjectStops = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "which": true, "that": true, "and": true, "remains": true}

// possessiveOwnerEnd returns where the title starts after a possessive
// first word ("Reefland's ", "the Islands' "), or 0.
func possessiveOwnerEnd(text string) int {
	k := strings.IndexByte(text, ' ')
	if k <= 0 {
		return 0
	}
	w := text[:k]
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(w, suf) {
			return k + 1
		}
	}
	return 0
}

// insideMeetingName reports whether span s lies inside the name of a
// meeting or the title of a session found in the text: the publication a
// seminar or a launch is about is named by the programme, not cited.
func (b *builder) insideMeetingName(s Span) bool {
	inside := func(es []Evidence, field string) bool {
		for _, e := range es {
			if e.Field == field && e.Span.Start <= s.Start && s.End <= e.Span.End {
				return true
			}
		}
		return false
	}
	for _, mt := range b.res.Meetings {
		if inside(mt.Evidence, "name") {
			return true
		}
		for _, ss := range mt.Sessions {
			if inside(ss.Evidence, "title") {
				return true
			}
		}
	}
	return false
}

// versionAfter extends a name over a version number, a number after "No."
// or a span of years: "Oslo Handbook 2.0", "Reef Council Decision No.
// 1106", "National Reef Plan 2023–2028".
func versionAfter(text string, end int) int {
	if strings.HasSuffix(text[:end], " No") && strings.HasPrefix(text[end:], ". ") {
		end++ // "Decision No" and ". 1106"
	}
	if strings.HasSuffix(text[:end], " Act") && actYearRE.MatchString(text[end:min(len(text), end+7)]) {
		return end + 6 // "Computer Misuse Act, 2018"
	}
	if end+1 < len(text) && text[end] == ' ' && text[end+1] >= '0' && text[end+1] <= '9' {
		k := end + 1
		for k < len(text) && (text[k] >= '0' && text[k] <= '9' || text[k] == '.' && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9') {
			k++
		}
		if m := yearSpanRE.FindStringIndex(text[k:min(len(text), k+8)]); m != nil && k-end == 5 {
			k += m[1] // "2023–2028"
		}
		return k
	}
	if strings.HasSuffix(text[:end], " No.") {
		return end - len(" No.") // a number that does not follow: no part of the name
	}
	return end
}

// actYearRE matches the year after a law's name: ", 2018".
var actYearRE = regexp.MustCompile(`^, (?:19|20)\d\d\b`)

// yearSpanRE matches the end of a span of years after its first year:
// "–2028", "-28".
var yearSpanRE = regexp.MustCompile(`^[–-](?:(?:19|20)\d\d|\d\d)\b`)
