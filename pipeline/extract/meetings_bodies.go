package extract

import "strings"

// confMeetingBody is the confidence of a body known only as the one whose
// meeting a text names: "the fourth session of the Standing Working Group
// on Digital Security".
const confMeetingBody = 0.7

// complementBody returns the organisation named by the complement s of a
// meeting word ("consultations of the Global Mechanism on ICT Security"),
// adding it when s is a capitalised name of two words or more that is no
// place, no job, no person and no meeting series ("the Lisbon Round").
func (b *builder) complementBody(s Span) string {
	if key := b.orgKeyAtSpan(s); key != "" {
		b.boost(key, "org.meeting-body", confMeetingBody) // "Working Group" alone is a weak cue
		return key
	}
	name := b.text[s.Start:s.End]
	words := strings.Fields(name)
	if len(words) < 2 || !looksLikeName(name) || b.isRole(name) || b.isPlaceName(name) {
		return ""
	}
	if b.hasEventWord(name) && !b.cueBeforeEvent(words) {
		return ""
	}
	for _, p := range b.people {
		for _, e := range p.Evidence {
			if e.Span.Start < s.End && s.Start < e.Span.End {
				return ""
			}
		}
	}
	kind, _, venue := b.cueOf(words)
	if venue {
		return ""
	}
	o := Organisation{Name: name, Kind: kind}
	o.Rule, o.Confidence = "org.meeting-body", confMeetingBody
	return b.addOrg(o, s)
}

// isPlaceName reports whether name is a country or a city.
func (b *builder) isPlaceName(name string) bool {
	if _, ok := b.ref.CountryOf(name); ok {
		return true
	}
	_, ok := b.ref.CityOf(name)
	return ok
}

// possessiveBody returns the organisation that holds "its" meeting when the
// meeting words start at toks[j] after "VERB its": in "The Standing Working
// Group on Digital Security continued its fourth session today" the body is
// the capitalised phrase before the verb.
func (b *builder) possessiveBody(toks []token, j int) string {
	if j < 3 || toks[j-1].Text != "its" || !toks[j-2].Word || isCap(toks[j-2].Text) {
		return ""
	}
	for _, p := range capPhrases(toks[:j-2]) {
		if p.End != toks[j-3].End {
			continue
		}
		p = b.trimStopWords(p.trimLeadingThe())
		if len(p.Words) == 0 {
			return ""
		}
		return b.complementBody(p.Span)
	}
	return ""
}
