package extract

import "strings"

// findQuotedTitles records quoted titles in title case that a publication
// word introduces or that stand on a list line of their own: NIDA's paper
// "Mapping the Implementation Gap: …", the book "Due Diligence in a
// Networked World".
func (b *builder) findQuotedTitles() {
	for _, m := range quotedRE.FindAllStringSubmatchIndex(b.text) {
		s, e := m[2], m[3]
		title := b.text[s:e]
		if s < b.body || !looksLikeName(title) || countFields(title) < 3 || strings.HasSuffix(title, ".") {
			continue
		}
		kind, ok := b.publicationCueNear(m[0], m[1])
		if !ok {
			continue
		}
		p := Publication{Title: strings.TrimRight(title, ",;"), Kind: kind}
		p.Rule, p.Confidence = "publication.quoted-title", confTitled
		b.addPublication(p, Span{s, s + len(p.Title)})
	}
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
	for w := range strings.FieldsSeq(strings.ToLower(before)) {
		if b.isEventWord(strings.Trim(w, ",:;")) {
			return "", false
		}
	}
	for _, part := range []string{before, after} {
		for w := range strings.FieldsSeq(part) {
			if c, ok := b.ref.PublicationCues[strings.Trim(w, ",:;()\"“”")]; ok {
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

// findCuePublications records capitalised names with a publication word:
// "the Kampala Declaration on Network Resilience", "the Oslo Handbook 2.0".
func (b *builder) findCuePublications() {
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		toks := b.memo.tokenize(s.Start, s.End)
		for _, p := range capPhrases(toks) {
			p = b.trimStopWords(p)
			words := p.words()
			if _, _, venue := b.cueOf(words); venue || len(words) < 2 || isUpperWord(p.text(b.text)) {
				continue
			}
			kind := ""
			for _, w := range words[1:] {
				if c, ok := b.ref.PublicationCues[w]; ok && isCap(w) && c != "report" && c != "resolution" {
					kind = c
				}
			}
			if kind == "" {
				continue
			}
			end := versionAfter(b.text, p.End)
			pub := Publication{Title: b.text[p.Start:end], Kind: kind}
			pub.Rule, pub.Confidence = "publication.cue-name", confTitled
			b.addPublication(pub, Span{p.Start, end})
		}
	}
}

// versionAfter extends a name over a version number: "Oslo Handbook 2.0".
func versionAfter(text string, end int) int {
	if end+1 < len(text) && text[end] == ' ' && text[end+1] >= '0' && text[end+1] <= '9' {
		k := end + 1
		for k < len(text) && (text[k] >= '0' && text[k] <= '9' || text[k] == '.' && k+1 < len(text) && text[k+1] >= '0' && text[k+1] <= '9') {
			k++
		}
		return k
	}
	return end
}
