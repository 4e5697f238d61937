package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
	"github.com/uncyber/uncyber/pipeline/source"
)

// Extract finds every fact in one document. Spans are offsets in doc.Text.
// The result depends only on the document and the reference: rules run in a
// fixed order and every list is in text order.
func Extract(doc *source.Document, ref *Reference) Result {
	b := newBuilder(doc, ref)
	b.acronyms = findAcronyms(b.memo)
	b.findAcronymOrgs()
	b.findListOrgs()
	b.findCueOrgs()
	b.findPeople()
	b.findGazetteerOrgs()
	b.resolveAcronymMentions()
	b.resolveSurnames()
	b.findMeetings()
	b.linkSpeakers()
	b.findPublications()
	return b.result()
}

// builder collects the facts of one document and merges repeated mentions.
type builder struct {
	doc      *source.Document
	ref      *Reference
	text     string
	memo     *textMemo // sentences and tokens of text, shared by the rules
	body     int       // offset where the body starts
	acronyms []AcronymDefinition
	covered  []Span // spans already claimed by a name
	dates    []dates.Match
	// meetingSpans[i] lists the sentences that mention meeting i.
	meetingSpans [][]Span
	orgTalk      int8            // speaksOfOrgs: 0 not yet known, 1 no, 2 yes
	nameWords    map[string]bool // nameWord's answers
	series       *string         // seriesKind's answer, once known

	orgs     []Organisation
	orgByKey map[string]int
	people   []Person
	// lateSurnames are surnames after an honorific that no earlier full
	// name explains; findPeople adds them once every full name is known.
	lateSurnames []lateSurname
	perByKey     map[string]int
	res          Result
}

func newBuilder(doc *source.Document, ref *Reference) *builder {
	return &builder{doc: doc, ref: ref, text: doc.Text, memo: newTextMemo(doc.Text), body: doc.Meta.BodyStart,
		orgByKey: map[string]int{}, perByKey: map[string]int{}}
}

// addOrg records an organisation mention and returns its key. Mentions with
// the same matching key, or naming a known acronym, are merged.
func (b *builder) addOrg(o Organisation, span Span) string {
	key := nameKey(o.Name)
	if i, ok := b.findOrg(o); ok {
		cur := &b.orgs[i]
		cur.Evidence = append(cur.Evidence, Evidence{"name", span})
		if o.Confidence > cur.Confidence {
			cur.Confidence, cur.Rule = o.Confidence, o.Rule
		}
		if cur.Acronym == "" && o.Acronym != "" {
			cur.Acronym = o.Acronym
		}
		if cur.Kind == "" {
			cur.Kind = o.Kind
		}
		if key != nameKey(cur.Name) && o.Name != cur.Acronym {
			cur.Aliases = addAlias(cur.Aliases, o.Name)
		}
		b.cover(span)
		return cur.Key
	}
	o.Key = key
	o.Evidence = append([]Evidence{{"name", span}}, o.Evidence...)
	b.orgByKey[key] = len(b.orgs)
	b.orgs = append(b.orgs, o)
	b.cover(span)
	return key
}

// findOrg looks up an organisation by name, alias or acronym.
func (b *builder) findOrg(o Organisation) (int, bool) {
	key := nameKey(o.Name)
	if i, ok := b.orgByKey[key]; ok {
		return i, true
	}
	for i, cur := range b.orgs {
		if o.Acronym != "" && cur.Acronym == o.Acronym {
			return i, true
		}
		if cur.Acronym != "" && (o.Name == cur.Acronym) {
			return i, true
		}
		if o.CountryCode != "" && cur.CountryCode == o.CountryCode && o.Kind == "state" && cur.Kind == "state" {
			return i, true
		}
		for _, a := range cur.Aliases {
			if nameKey(a) == key {
				return i, true
			}
		}
	}
	return 0, false
}

// orgKeyByName returns the key of an organisation already found under name.
func (b *builder) orgKeyByName(name string) string {
	if i, ok := b.findOrg(Organisation{Name: name}); ok {
		return b.orgs[i].Key
	}
	return ""
}

func addAlias(aliases []string, a string) []string {
	for _, x := range aliases {
		if nameKey(x) == nameKey(a) {
			return aliases
		}
	}
	return append(aliases, a)
}

// cover marks a span as claimed so later, weaker rules skip it.
func (b *builder) cover(s Span) { b.covered = append(b.covered, s) }

// isCovered reports whether s overlaps a claimed span.
func (b *builder) isCovered(s Span) bool {
	for _, c := range b.covered {
		if s.Start < c.End && c.Start < s.End {
			return true
		}
	}
	return false
}

// result assembles the Result in a deterministic order.
func (b *builder) result() Result {
	r := b.res
	r.SourceID = b.doc.Entry.SourceID
	r.Organisations = b.orgs
	r.People = b.people
	oneLineNames(&r)
	holdUnnamed(&r)
	b.clampEvidence(&r)
	for i := range r.Organisations {
		sortEvidence(r.Organisations[i].Evidence)
		sort.Strings(r.Organisations[i].Aliases)
	}
	for i := range r.People {
		sortEvidence(r.People[i].Evidence)
		sort.Strings(r.People[i].Aliases)
	}
	return r
}

// MaxQuote is the longest evidence span, in bytes, that the evidence table
// quotes: evidence is there to locate and check a fact, not to republish
// the source.
const MaxQuote = 400

// clampEvidence cuts every evidence span longer than MaxQuote to its start,
// ending at a line break or a space, so that no fact is left without a
// quotable span: a page title wrapped over five lines is found by its
// first.
func (b *builder) clampEvidence(r *Result) {
	clamp := func(es []Evidence) {
		for k := range es {
			es[k].Span = clampSpan(b.text, es[k].Span)
		}
	}
	for i := range r.Organisations {
		clamp(r.Organisations[i].Evidence)
	}
	for i := range r.People {
		clamp(r.People[i].Evidence)
	}
	for i := range r.Publications {
		clamp(r.Publications[i].Evidence)
	}
	for i := range r.Meetings {
		clamp(r.Meetings[i].Evidence)
		for k := range r.Meetings[i].Sessions {
			clamp(r.Meetings[i].Sessions[k].Evidence)
		}
	}
	for i := range r.Participations {
		clamp(r.Participations[i].Evidence)
	}
}

// clampSpan returns s, or its start up to MaxQuote bytes, ending before
// the last line break or space within them.
func clampSpan(text string, s Span) Span {
	if s.End-s.Start <= MaxQuote || s.End > len(text) || s.Start < 0 {
		return s
	}
	cut := text[s.Start : s.Start+MaxQuote]
	if k := strings.IndexByte(cut, '\n'); k > 0 {
		return Span{s.Start, s.Start + len(strings.TrimRight(cut[:k], " \t\r"))}
	}
	if k := strings.LastIndexByte(cut, ' '); k > 0 {
		return Span{s.Start, s.Start + k}
	}
	for k := MaxQuote; k > 0; k-- {
		if utf8.RuneStart(text[s.Start+k]) {
			return Span{s.Start, s.Start + k}
		}
	}
	return s
}

// oneLineNames writes every name and title on one line with single spaces:
// a sentence of a hard-wrapped paragraph runs over line breaks, and so may
// a name ("Secretariat / of the Global Mechanism"). The evidence keeps the
// source bytes.
func oneLineNames(r *Result) {
	for i := range r.Organisations {
		o := &r.Organisations[i]
		o.Name, o.Aliases = oneLine(o.Name), oneLineAll(o.Aliases)
	}
	for i := range r.People {
		p := &r.People[i]
		p.Name, p.Aliases = oneLine(p.Name), oneLineAll(p.Aliases)
	}
	for i := range r.Publications {
		p := &r.Publications[i]
		p.Title, p.Aliases = oneLine(p.Title), oneLineAll(p.Aliases)
	}
	for i := range r.Meetings {
		m := &r.Meetings[i]
		m.Name, m.Aliases = oneLine(m.Name), oneLineAll(m.Aliases)
		for k := range m.Sessions {
			m.Sessions[k].Title = oneLine(m.Sessions[k].Title)
		}
	}
}

// oneLine collapses the runs of white space in s, line breaks included,
// to single spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") && !strings.Contains(s, "  ") {
		return s
	}
	out := strings.Join(strings.Fields(s), " ")
	if strings.Contains(s, "-\n") {
		// "confidence-\n building": a compound word broken at its hyphen.
		out = strings.Join(strings.Fields(hyphenBreakRE.ReplaceAllString(s, "$1-$2")), " ")
	}
	return out
}

// hyphenBreakRE matches a line break after a hyphen that ends a word and
// before the word that carries it on, with the indentation around it.
var hyphenBreakRE = regexp.MustCompile(`(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})`)

func oneLineAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = oneLine(s)
	}
	return ss
}

func sortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].Span.Start != ev[j].Span.Start {
			return ev[i].Span.Start < ev[j].Span.Start
		}
		return ev[i].Field < ev[j].Field
	})
}

// keyOf is the matching key of a name within one document.
func keyOf(s string) string { return nameKey(s) }

// holdUnnamed sets the confidence of any fact without a name to zero, so
// that it goes to review instead of failing the build's validation: a rule
// or reference row that yields an empty name is a bug to fix, not a reason
// to stop every build.
func holdUnnamed(r *Result) {
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	for i := range r.Organisations {
		if blank(r.Organisations[i].Name) {
			r.Organisations[i].Confidence = 0
		}
	}
	for i := range r.People {
		if blank(r.People[i].Name) {
			r.People[i].Confidence = 0
		}
	}
	for i := range r.Publications {
		if blank(r.Publications[i].Title) {
			r.Publications[i].Confidence = 0
		}
	}
	for i := range r.Meetings {
		m := &r.Meetings[i]
		if blank(m.Name) {
			m.Confidence = 0
		}
		for j := range m.Sessions {
			if blank(m.Sessions[j].Title) {
				m.Sessions[j].Confidence = 0
			}
		}
	}
}
