package extract

import (
	"slices"
	"strings"
)

// gazetteerIndex finds every reference form in a text in one pass, instead
// of one strings.Index scan per form and case variant (some 1,400 scans of
// every text). Patterns are bucketed by their first two bytes.
type gazetteerIndex struct {
	forms    []string  // Reference.gazetteer(), longest first
	patterns []string  // distinct variants: a form, and the form in capitals
	uses     [][]use   // per pattern: the forms it is a variant of
	buckets  [][]int32 // by the first two bytes: patterns of two bytes or more
	short    []int32   // patterns of one byte
}

// use is one variant of one form: variant 0 is the form as written, 1 the
// form in capitals ("VIET NAM (Ms. …):" in transcripts).
type use struct{ form, variant int32 }

// gazetteerIndex returns the index of r's forms, built on first use (the
// reference is complete once LoadReference returns).
func (r *Reference) gazetteerIndex() *gazetteerIndex {
	r.gazOnce.Do(func() { r.gaz = newGazetteerIndex(r.gazetteer()) })
	return r.gaz
}

func newGazetteerIndex(forms []string) *gazetteerIndex {
	g := &gazetteerIndex{forms: forms, buckets: make([][]int32, 1<<16)}
	ids := map[string]int32{}
	for f, form := range forms {
		variants := []string{form}
		if up := strings.ToUpper(form); up != form {
			variants = append(variants, up)
		}
		for v, p := range variants {
			id, ok := ids[p]
			if !ok {
				id = int32(len(g.patterns))
				ids[p] = id
				g.patterns = append(g.patterns, p)
				g.uses = append(g.uses, nil)
				if len(p) == 1 {
					g.short = append(g.short, id)
				} else if len(p) > 1 {
					k := int(p[0])<<8 | int(p[1])
					g.buckets[k] = append(g.buckets[k], id)
				}
			}
			g.uses[id] = append(g.uses[id], use{int32(f), int32(v)})
		}
	}
	return g
}

// occurrence is where one variant of one form occurs as a whole word.
type occurrence struct {
	use
	spans []Span
}

// find returns the occurrences of the forms in text in the order the forms
// are tried: by form, then variant; spans in text order. For each pattern
// the spans are those wordOccurrences gives.
func (g *gazetteerIndex) find(text string) []occurrence {
	raw := map[int32][]int{} // pattern → every start, overlapping ones too
	for p := 0; p+1 < len(text); p++ {
		for _, id := range g.buckets[int(text[p])<<8|int(text[p+1])] {
			if strings.HasPrefix(text[p:], g.patterns[id]) {
				raw[id] = append(raw[id], p)
			}
		}
	}
	var out []occurrence
	add := func(id int32, spans []Span) {
		for _, u := range g.uses[id] {
			out = append(out, occurrence{u, spans})
		}
	}
	for id, starts := range raw {
		if spans := wordSpans(text, g.patterns[id], starts); len(spans) > 0 {
			add(id, spans)
		}
	}
	for _, id := range g.short {
		if spans := wordOccurrences(text, g.patterns[id]); len(spans) > 0 {
			add(id, spans)
		}
	}
	slices.SortFunc(out, func(a, b occurrence) int {
		if a.form != b.form {
			return int(a.form - b.form)
		}
		return int(a.variant - b.variant)
	})
	return out
}

// wordSpans is wordOccurrences given every start of w in text: a scan with
// strings.Index resumes after each match, so a start inside the previous
// match is never seen.
func wordSpans(text, w string, starts []int) []Span {
	var out []Span
	next := 0
	for _, s := range starts {
		if s < next {
			continue
		}
		next = s + len(w)
		if wordBoundary(text, s, next) {
			out = append(out, Span{s, next})
		}
	}
	return out
}
