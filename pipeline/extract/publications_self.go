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
		if h, ok := b.firstHeading(4); ok && b.orgLine(p.Title) {
			// "RCO - Reef Cooperation Organisation: Working together, …"
			// names the site; the page's own heading names the page.
			span, p.Title = h, strings.TrimSpace(b.text[h.Start:h.End])
		}
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
	metaAuthors := b.metaAuthors()
	for _, per := range b.people {
		if sp, ok := metaAuthors[per.Key]; ok {
			p.Authors = append(p.Authors, Author{PersonKey: per.Key, Span: sp})
			continue
		}
		// a byline or an author's biography near the top of the text
		near := per.Evidence[0].Span.Start < b.body+authorWindow
		if near && (per.Rule == "person.byline" || per.Rule == "person.bio" || b.deliveredBy(per.Evidence[0].Span)) {
			p.Authors = append(p.Authors, Author{PersonKey: per.Key, Span: per.Evidence[0].Span})
		}
	}
	b.addPublication(p, span)
}

// confMetaAuthor is the confidence of a person named by the author field
// of a document's metadata.
const confMetaAuthor = 0.9

// metaAuthors records the people the metadata names as the source's
// authors ("author: Ana Ruiz and Li Wei" in front matter, or <meta
// name="author"> whose value the text repeats) and returns their keys with
// the span of each name. An author field naming an organisation, or
// anything that does not read as names, gives nothing.
func (b *builder) metaAuthors() map[string]Span {
	f := b.doc.Meta.Author
	start := f.Start
	if f.Value == "" {
		return nil
	}
	if f.End <= f.Start || f.End > len(b.text) || b.text[f.Start:f.End] != f.Value {
		k := strings.Index(b.text[b.body:], f.Value)
		if k < 0 {
			return nil
		}
		start = b.body + k
	}
	out := map[string]Span{}
	toks := b.memo.tokenize(start, start+len(f.Value))
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || toks[i].Text == "and" {
			continue
		}
		h := b.honorificAt(toks, i)
		n, ok := b.nameAt(toks, h, 2)
		if !ok || n.Last < len(toks) && toks[n.Last].Text != "," && toks[n.Last].Text != ";" && toks[n.Last].Text != "and" && toks[n.Last].Text != "-" {
			return out // a list of front matter items is separated by "\n  - "
		}
		if b.isOrgName(b.text[n.Start:n.End]) {
			return out
		}
		key := b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.meta-author", confMetaAuthor)
		out[key] = n.Span
		i = n.Last
	}
	return out
}

// deliveredBy reports whether the line of a name says that the person
// wrote or delivered the text: "delivered by Ms. Akosua Mensah", "By Dr.
// Ana Ruiz".
func (b *builder) deliveredBy(s Span) bool {
	before := b.memo.lower(b.text[b.memo.lineStart(s.Start):s.Start])
	for _, h := range []string{"h.e. ", "ms. ", "mr. ", "dr. ", "prof. ", "amb. ", "ambassador "} {
		before = strings.TrimSuffix(before, h)
	}
	before = strings.TrimLeft(strings.TrimRight(before, " *_"), " *_")
	rest, ok := strings.CutSuffix(before, "by")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return true // "By Dr. Ana Ruiz"
	}
	f := strings.Fields(rest)
	switch f[len(f)-1] {
	case "delivered", "prepared", "written", "compiled", "authored", "edited":
		return true
	}
	return false
}

// authorWindow is how far into the body a byline or biography may stand to
// name the source's authors.
const authorWindow = 1500

// withoutHeadingMarks narrows line l to its text without Markdown heading
// marks or emphasis: "# Title" and "**Title**" are titled "Title".
func withoutHeadingMarks(text string, l Span) Span {
	line := text[l.Start:l.End]
	t := strings.TrimLeft(line, "# ")
	start := l.Start + len(line) - len(t)
	if u := strings.Trim(t, "*_"); u != "" && len(t)-len(u) >= 2 {
		start += len(t) - len(strings.TrimLeft(t, "*_"))
		return Span{start, start + len(u)}
	}
	return Span{start, l.End}
}

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
	if t, ok := b.emailSubject(ls); ok {
		return t, true
	}
	if h, ok := b.firstHeading(1); ok {
		return h, true
	}
	return withoutHeadingMarks(b.text, ls[0]), true
}

// emailSubject returns the subject of an e-mail whose header opens the
// text ("From: …", "To: …", "Subject: The Reef Ledger #12"): a newsletter's
// title.
func (b *builder) emailSubject(ls []Span) (Span, bool) {
	from := false
	for _, l := range ls[:min(len(ls), 8)] {
		line := b.text[l.Start:l.End]
		switch {
		case strings.HasPrefix(line, "From: "):
			from = true
		case strings.HasPrefix(line, "Subject: ") && from:
			t, ok := trimSpan(b.text, Span{l.Start + len("Subject: "), l.End})
			return t, ok
		case !strings.Contains(line, ": "):
			return Span{}, false // the header ends
		}
	}
	return Span{}, false
}

// firstHeading returns the first line of the body that can title the
// page, of minWords words or more: no breadcrumb ("Home › News", "Inicio >
// Noticias"), kicker ("ANNOUNCEMENT"), address, date line or letterhead
// ("MINISTRY OF OCEAN AFFAIRS", "Directorate of Information and
// Outreach"). Under a site's title, a page's heading has four words
// or more; shorter lines are its menu ("About the RCO").
func (b *builder) firstHeading(minWords int) (Span, bool) {
	skipTo := 0 // the end of a wrapped letterhead
	for _, l := range b.memo.lines(b.body, len(b.text)) {
		if l.Start < skipTo {
			continue
		}
		l = withoutHeadingMarks(b.text, l)
		line := b.text[l.Start:l.End]
		if strings.ContainsAny(line, "›|·>") || countFields(line) <= 1 && isUpperWord(line) || countFields(line) < minWords ||
			strings.Contains(line, "://") || b.orgLine(line) || b.dateLine(l) != nil || b.placeDateLine(l) ||
			strings.HasPrefix(line, "[") && strings.Contains(line, "](") || b.bareKind(line) {
			continue // a Markdown breadcrumb "[Library](/docs) / …"; a session's name over the title
		}
		if p, ok := b.wrappedFrom(l); ok {
			if joined := strings.Join(strings.Fields(b.text[p.Start:p.End]), " "); b.orgLine(joined) || b.namesBody(joined) {
				skipTo = p.End
				continue // a letterhead wrapped over two lines
			}
			return p, true
		}
		return l, true
	}
	return Span{}, false
}

// placeDateLine reports whether line l holds a place and a date and
// nothing else: "Suva, 4-8 May 2026".
func (b *builder) placeDateLine(l Span) bool {
	d := b.dateOpening(l)
	if d == nil || strings.Trim(b.text[d.End:l.End], " .,*_") != "" {
		return false
	}
	place := strings.TrimRight(b.text[l.Start:d.Start], " ,·|–—")
	return place == "" || b.placeOnly(place) // "Suva, Fiji
}

// namesBody reports whether line is the name of a known body, with the
// years of its mandate after it: "Open-ended working group on … 2021-2025".
func (b *builder) namesBody(line string) bool {
	line = strings.TrimRight(line, "0123456789–-() ")
	_, ok := b.ref.BodyOf(line)
	return ok
}

// orgLine reports whether line names an organisation and nothing else, as
// a letterhead or a site's title does: "MINISTRY OF OCEAN AFFAIRS",
// "Ministério das Relações Exteriores - República de Cabo Verde", "RCO -
// Reef Cooperation Organisation: Working together, …".
func (b *builder) orgLine(line string) bool {
	head := line
	for _, sep := range []string{" - ", " – ", " — ", " | "} {
		if k := strings.Index(head, sep); k > 0 {
			head = head[:k]
		}
	}
	head = strings.TrimSpace(head)
	if isUpperWord(head) && countFields(head) > 1 {
		head = titleCase(head)
	}
	_, body := b.ref.BodyOf(head)
	// A title that opens with a cue ("Reef Observatory Brief No. 3: …") is no
	// letterhead: those are short names without numbers or colons.
	plain := countFields(head) <= 12 && !strings.ContainsAny(head, ":0123456789")
	return body || plain && b.strongCueName(head)
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
		// A head of one word ("Agenda", "News") says less than the whole.
		head := strings.TrimSpace(title[:k])
		limit := 7
		if sep == " | " {
			limit = 10 // "… | United Nations Office on Drugs and Crime": a site's name after a bar
		}
		if !strings.Contains(head, " ") || countFields(title[k:]) > limit {
			continue
		}
		if strings.Contains(b.text, head) || b.isSiteName(strings.TrimSpace(title[k+len(sep):])) {
			return head
		}
	}
	return title
}

// isSiteName reports whether the tail of a page title names the site: its
// publisher, or an organisation the text or the reference knows.
func (b *builder) isSiteName(tail string) bool {
	if tail == "" || !isCap(tail) {
		return false
	}
	for _, pub := range []string{b.doc.Meta.Publisher.Value, b.doc.Entry.Publisher} {
		if pub != "" && strings.EqualFold(pub, tail) {
			return true
		}
	}
	return b.isOrgName(tail)
}

// selfKinds maps cue phrases near the top of a source to its kind, first
// match wins.
var selfKinds = []struct{ cue, kind string }{
	{"working paper", "paper"},
	{"policy brief", "paper"},
	{"discussion paper", "paper"},
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
