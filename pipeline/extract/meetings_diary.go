package extract

import "strings"

// diaryMentions finds the items of a diary or calendar: a line that opens
// with a date, a separator and a title with a meeting word.
//
//	15 April: Webinar on confidence-building measures (online)
//	5 May 2026 – Webinar: Measuring Cyber Capacity, online
//	3–4 June 2026 | WSIS Forum 2026 | Geneva
func (b *builder) diaryMentions() []mention {
	var out []mention
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		l = trimMarker(b.text, l)
		d := b.dateOpening(l)
		if d == nil {
			continue
		}
		title, ok := b.diaryTitle(Span{d.End, l.End})
		if !ok {
			continue
		}
		out = append(out, mention{Name: title, Proper: true, Kind: b.kindOf(b.text[title.Start:title.End]), Date: d, Sentence: l})
	}
	return out
}

// diaryTitle reads the title after the date of a diary item: after a
// separator, up to a bracket, a cell separator, a full stop or a short
// place after the last comma. The title names a meeting and is
// capitalised.
func (b *builder) diaryTitle(rest Span) (Span, bool) {
	s, ok := trimSpan(b.text, rest)
	if !ok {
		return s, false
	}
	for s.Start < s.End && (b.text[s.Start] == '*' || b.text[s.Start] == '_') {
		s.Start++ // "**Fri 10 Jul** — …": the date's emphasis closes
	}
	if s, ok = trimSpan(b.text, s); !ok {
		return s, false
	}
	r := nextRune(b.text, s.Start)
	if !strings.ContainsRune(":–—-|", r) {
		return s, false
	}
	s, ok = trimSpan(b.text, Span{s.Start + len(string(r)), s.End})
	if !ok {
		return s, false
	}
	text := b.text[s.Start:s.End]
	for _, stop := range []string{" (", cellSep, ". ", "*"} {
		if k := strings.Index(text, stop); k > 0 {
			text = text[:k]
		}
	}
	text = strings.TrimRight(text, ".;* ")
	if k := strings.LastIndex(text, ", "); k > 0 && countFields(text[k+2:]) <= 3 {
		text = text[:k] // ", Kigali", ", online"
	}
	if text == "" || !isCap(text) || countFields(text) > 14 || !b.hasEventWord(text) && !b.opensWithBody(text) {
		return s, false
	}
	return Span{s.Start, s.Start + len(text)}, true
}

// opensWithBody reports whether a diary title opens with a known body
// before a colon or comma: "Global Mechanism: dedicated thematic group on
// capacity-building" is a meeting of the Global Mechanism.
func (b *builder) opensWithBody(text string) bool {
	k := strings.IndexAny(text, ":,")
	if k <= 0 {
		return false
	}
	_, ok := b.ref.BodyOf(strings.TrimSpace(text[:k]))
	return ok
}
