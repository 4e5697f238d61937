package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// addMeeting merges a mention into the meeting it refers to, or starts a
// new meeting. Mentions with the same start date are one meeting; an undated
// mention joins a meeting of the same kind whose name it shares words with,
// unless their ordinals differ.
func (b *builder) addMeeting(m mention) {
	name := meetingName(oneLine(b.text[m.Name.Start:m.Name.End])) // one line, even if wrapped
	if b.onlyEventWordsIn(name) || notMeetingName(name) {
		return // a site's menu ("Meetings & Events"), a section or a headline
	}
	if sm := numberedMeetingRE.FindStringSubmatch(name); sm != nil && m.Ordinal == 0 {
		m.Ordinal, _ = strconv.Atoi(sm[3]) // "1st meeting, …" and "2nd meeting, …" on one day are two
	}
	if i, ok := b.meetingFor(m, name); ok {
		b.mergeMention(&b.res.Meetings[i], m, name)
		return
	}
	if b.orgNamedUndated(m) {
		return // "the Kestrel Policy Forum", undated: an organisation
	}
	mt := Meeting{Key: keyOf(name), Name: name, Kind: m.Kind, Ordinal: m.Ordinal, BodyKey: m.BodyKey}
	mt.Rule, mt.Confidence = "meeting.mention", confVagueMeeting
	mt.Evidence = []Evidence{{"name", m.Name}}
	b.setDate(&mt, m)
	b.res.Meetings = append(b.res.Meetings, mt)
	b.meetingSpans = append(b.meetingSpans, []Span{m.Sentence})
}

// notMeetingName reports whether a name is a page's section ("About the
// Colloquium"), a headline with a verb ("Committee Hears Briefing") or a
// programme line that opens with its time ("3-6 p.m. Item 4. …").
func notMeetingName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || f[0] == "About" || unicode.IsDigit(nextRune(name, 0)) && clockRE.MatchString(name) || strings.Contains(name, " p.m. ") || strings.Contains(name, " a.m. ") {
		return true
	}
	for _, w := range f[1:] {
		if headlineVerbs[w] {
			return true
		}
	}
	return false
}

// headlineVerbs are verbs that a news headline in title case puts after
// its subject: "Committee Hears Briefing", "Forum Opens in Suva". Words
// that are nouns as often ("Calls for Action") are left out.
var headlineVerbs = map[string]bool{"Hears": true, "Holds": true, "Adopts": true, "Opens": true, "Closes": true,
	"Concludes": true, "Urges": true, "Approves": true, "Agrees": true, "Begins": true, "Ends": true,
	"Launches": true, "Hosts": true, "Welcomes": true, "Says": true, "Tells": true, "Warns": true, "Debates": true,
	"Discusses": true, "Considers": true, "Elects": true, "Wraps": true, "Kicks": true}

// meetingFor finds the meeting a mention refers to.
func (b *builder) meetingFor(m mention, name string) (int, bool) {
	for i, mt := range b.res.Meetings {
		if mt.Ordinal != 0 && m.Ordinal != 0 && mt.Ordinal != m.Ordinal {
			continue
		}
		if keyOf(name) == mt.Key {
			return i, true
		}
		if m.Date != nil && mt.Start != nil {
			if m.Date.From == *mt.Start && !b.twoNames(&mt, m, name) {
				return i, true
			}
			// "Reef Cable Annual Meeting 2026" in the page title and "4–5 June
			// 2026" under the heading: one meeting, dated more precisely.
			if (refines(m.Date.From, *mt.Start) || refines(*mt.Start, m.Date.From)) && (subsetNames(mt.Name, name) || subsetNames(name, mt.Name)) {
				return i, true
			}
			continue
		}
		if m.Date != nil && mt.Start == nil && mt.Kind == m.Kind && (similarNames(mt.Name, name) >= 0.5 || subsetNames(mt.Name, name)) {
			return i, true
		}
		if m.Date == nil && (mt.Kind == m.Kind || similarNames(mt.Name, name) >= 0.5) &&
			(similarNames(mt.Name, name) >= 0.25 || b.shareQualifierAny(mt, name)) {
			return i, true
		}
		if m.Date == nil && m.Ordinal != 0 && mt.Ordinal == m.Ordinal && subsetNames(name, mt.Name) {
			return i, true // "Seventh Meeting", the start of "Seventh Meeting of the Reef Group"
		}
	}
	return 0, false
}

// twoNames reports whether a mention and a meeting on the same day are two
// meetings: both are headings with names of their own that share no
// word, as in a listing ("Informal exchange with partners" and "…
// Organizational session, 3rd meeting" on 25 March).
func (b *builder) twoNames(mt *Meeting, m mention, name string) bool {
	if !m.Proper || !b.isHeadingLine(m.Name) || len(mt.Evidence) == 0 || !b.isHeadingLine(mt.Evidence[0].Span) {
		return false
	}
	return similarNames(mt.Name, name) < 0.2 && !subsetNames(mt.Name, name) && !subsetNames(name, mt.Name)
}

// mergeMention adds a mention's name, date and details to a meeting.
func (b *builder) mergeMention(mt *Meeting, m mention, name string) {
	mt.Evidence = append(mt.Evidence, Evidence{"name", m.Name})
	if keyOf(name) != mt.Key {
		if len(name) > len(mt.Name) && !m.Proper || m.Proper && !b.isProper(mt) {
			mt.Aliases = addAlias(mt.Aliases, mt.Name)
			mt.Name, mt.Key = name, keyOf(name)
		} else {
			mt.Aliases = addAlias(mt.Aliases, name)
		}
	}
	if mt.Ordinal == 0 {
		mt.Ordinal = m.Ordinal
	}
	if mt.BodyKey == "" {
		mt.BodyKey = m.BodyKey
	}
	if mt.Start == nil || m.Date != nil && refines(m.Date.From, *mt.Start) {
		b.setDate(mt, m)
	}
	if m.Proper && mt.Confidence < confNamedMeeting {
		mt.Confidence, mt.Rule = confNamedMeeting, "meeting.proper-name"
	}
	for i := range b.res.Meetings {
		if &b.res.Meetings[i] == mt {
			b.meetingSpans[i] = append(b.meetingSpans[i], m.Sentence)
		}
	}
}

// refines reports whether d states more precisely the date that cur gives
// only by month or year: "18 November 2025" refines the "2025" of
// "Regional Workshop 2025".
func refines(d, cur Date) bool {
	switch cur.Precision {
	case dates.PrecisionYear:
		return d.Precision != dates.PrecisionYear && d.Year == cur.Year
	case dates.PrecisionMonth:
		return d.Precision == dates.PrecisionDay && d.Year == cur.Year && d.Month == cur.Month
	}
	return false
}

// isProper reports whether a meeting's name is capitalised.
func (b *builder) isProper(mt *Meeting) bool {
	name := mt.Name
	if y, rest, ok := strings.Cut(name, " "); ok && isYear(y) {
		name = rest // "2026 Reef-wide Conference on …"
	}
	return looksLikeName(name)
}

// setDate gives a meeting the mention's date and raises its confidence.
func (b *builder) setDate(mt *Meeting, m mention) {
	switch {
	case m.Date != nil:
		from := m.Date.From
		mt.Start = &from
		to := from
		if m.Date.To != nil {
			to = *m.Date.To
		}
		mt.End = &to
		mt.Evidence = append(mt.Evidence, Evidence{"start_date", Span{m.Date.Start, m.Date.End}})
		mt.Confidence, mt.Rule = confDatedMeeting, "meeting.dated-mention"
	case m.Proper || (m.Ordinal > 0 && m.BodyKey != ""):
		if mt.Confidence < confNamedMeeting {
			mt.Confidence, mt.Rule = confNamedMeeting, "meeting.proper-name"
		}
	}
}

// similarNames is the Jaccard similarity of the content words of two names.
func similarNames(a, b string) float64 {
	ta, tb := contentWords(a), contentWords(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	inter := 0
	for w := range ta {
		if tb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(ta)+len(tb)-inter)
}

// shareQualifierAny applies shareQualifier to every name of a meeting.
func (b *builder) shareQualifierAny(mt Meeting, name string) bool {
	for _, n := range append([]string{mt.Name}, mt.Aliases...) {
		if b.shareQualifier(n, name) {
			return true
		}
	}
	return false
}

// shareQualifier reports whether two meeting names share a word other than
// a meeting word, an ordinal or a connector, compared by their first seven
// letters so that "consultative" meets "consultation".
func (b *builder) shareQualifier(x, y string) bool {
	stems := map[string]bool{}
	for w := range contentWords(x) {
		if b.qualifier(w) {
			stems[stem(w)] = true
		}
	}
	for w := range contentWords(y) {
		if b.qualifier(w) && stems[stem(w)] {
			return true
		}
	}
	return false
}

func (b *builder) qualifier(w string) bool {
	if _, ok := b.ref.EventWords[w]; ok {
		return false
	}
	_, ord := b.ref.Ordinals[w]
	return !ord && len(w) > 3
}

func stem(w string) string {
	r := []rune(w)
	if len(r) > 7 {
		r = r[:7]
	}
	return string(r)
}

// subsetNames reports whether the content words of a are all in b.
func subsetNames(a, b string) bool {
	ta, tb := contentWords(a), contentWords(b)
	for w := range ta {
		if !tb[w] {
			return false
		}
	}
	return len(ta) > 0
}

func contentWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(keyOf(s), func(r rune) bool { return r == ' ' || r == ',' || r == ':' || r == '-' }) {
		if !connectors[w] {
			set[w] = true
		}
	}
	return set
}
