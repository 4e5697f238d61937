package extract

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// selfPublication records the source itself: its title from the metadata,
// the manifest or the first line, its kind from cue words, its authors from
// bylines and biographies, and a licence stated in the text.
func (b *builder) selfPublication() {
	span, ok := b.selfTitle()
	if !ok {
		return
	}
	p := Publication{Title: strings.TrimSpace(b.text[span.Start:span.End]), Self: true, Kind: b.selfKind(span)}
	if t := b.doc.Meta.Title; t.Value != "" && t.End <= t.Start {
		p.Title = b.withoutSiteName(t.Value) // an HTML <title>, outside the text: the span is the first heading
	}
	p.Rule, p.Confidence = "publication.self", confSelf
	p.URL = b.doc.Meta.URL.Value
	if p.URL == "" {
		p.URL = b.doc.Entry.URL
	}
	if d, err := dates.Parse(b.doc.Meta.Date.Value); err == nil {
		p.Date = &d
	}
	if l := b.doc.Meta.Licence; l.Value != "" {
		p.Licence = l.Value
	} else if loc := licenceRE.FindStringIndex(b.text); loc != nil {
		p.Licence = b.text[loc[0]:loc[1]]
		p.Evidence = append(p.Evidence, Evidence{"licence", Span{loc[0], loc[1]}})
	}
	if pub := b.doc.Entry.Publisher; pub != "" {
		p.PublisherKey = b.orgKeyByName(pub)
	}
	for _, per := range b.people {
		// a byline or an author's biography near the top of the text
		near := per.Evidence[0].Span.Start < b.body+authorWindow
		if near && (per.Rule == "person.byline" || per.Rule == "person.bio") {
			p.Authors = append(p.Authors, Author{PersonKey: per.Key, Span: per.Evidence[0].Span})
		}
	}
	b.addPublication(p, span)
}

// authorWindow is how far into the body a byline or biography may stand to
// name the source's authors.
const authorWindow = 1500

// selfTitle finds the span of the source's title: the metadata title, the
// manifest title where the text repeats it, or the first line.
func (b *builder) selfTitle() (Span, bool) {
	if t := b.doc.Meta.Title; t.End > t.Start {
		return Span{t.Start, t.End}, true
	}
	if t := strings.TrimSpace(b.doc.Entry.Title); t != "" {
		if k := strings.Index(b.text[b.body:], t); k >= 0 {
			return Span{b.body + k, b.body + k + len(t)}, true
		}
	}
	if v := b.doc.Meta.Title.Value; v != "" {
		if k := strings.Index(b.text, v); k >= 0 {
			return Span{k, k + len(v)}, true
		}
	}
	ls := b.memo.lines(b.body, len(b.text))
	if len(ls) == 0 {
		return Span{}, false
	}
	for _, l := range ls {
		// skip breadcrumbs and kickers: "Home › News", "ANNOUNCEMENT"
		if line := b.text[l.Start:l.End]; !strings.ContainsAny(line, "›|·") && (countFields(line) > 1 || !isUpperWord(line)) {
			return l, true
		}
	}
	return ls[0], true
}

// withoutSiteName drops the site's name from an HTML title when the text
// repeats the rest: "Why civil society walked out | Rights Watch" is
// "Why civil society walked out" when that is the page's heading.
func (b *builder) withoutSiteName(title string) string {
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		k := strings.LastIndex(title, sep)
		if k <= 0 {
			continue
		}
		if head := strings.TrimSpace(title[:k]); strings.Contains(b.text, head) && countFields(title[k:]) <= 7 {
			return head
		}
	}
	return title
}

// selfKinds maps cue phrases near the top of a source to its kind, first
// match wins.
var selfKinds = []struct{ cue, kind string }{
	{"transcript", "transcript"},
	{"press release", "statement"},
	{"joint statement", "statement"},
	{"statement", "statement"},
	{"interview", "article"},
	{"analysis", "blog_post"},
	{"blog", "blog_post"},
	{"digest", "other"},
	{"newsletter", "other"},
	{"by ", "article"},
}

// selfKind reads the kind of the source from its title and first lines.
func (b *builder) selfKind(title Span) string {
	end := min(len(b.text), b.body+400)
	head := strings.ToLower(b.text[title.Start:title.End] + "\n" + b.text[b.body:end])
	for _, k := range selfKinds {
		if k.cue == "by " {
			if strings.Contains(head, "\nby ") {
				return k.kind
			}
			continue
		}
		if strings.Contains(head, k.cue) {
			return k.kind
		}
	}
	return "web_page"
}
