package extract

import (
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
)

// confMeetingBody is the confidence of a body known only as the one whose
// meeting a text names: "the fourth session of the Standing Working Group
// on Digital Security".
const confMeetingBody = 0.7

// complementBody returns the organisation named by the complement s of a
// meeting word ("consultations of the Global Mechanism on ICT Security"),
// adding it when s is a capitalised name of two words or more that is no
// place, no job, no person and no meeting series ("the Porto Round").
func (b *builder) complementBody(s Span) string {
	return b.bodyAt(s, false)
}

// bodyAt adds the body named at s; holder is true when s is the subject
// that holds "its" meeting, which makes even a name with a meeting word an
// organisation ("The Lusophone Digital Policy Forum will hold its annual
// dialogue").
func (b *builder) bodyAt(s Span, holder bool) string {
	if key := b.orgKeyAtSpan(s); key != "" {
		b.boost(key, "org.meeting-body", confMeetingBody) // "Working Group" alone is a weak cue
		return key
	}
	name := b.text[s.Start:s.End]
	words := strings.Fields(name)
	if len(words) < 2 || !looksLikeName(name) || b.isRole(name) || b.isPlaceName(name) {
		return ""
	}
	if !holder && b.hasEventWord(name) && !b.cueBeforeEvent(words) {
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
	if j < 3 || toks[j-1].Text != "its" {
		return ""
	}
	// one verb, or an auxiliary and a verb: "continued", "will hold"
	v := j - 2
	for v > 0 && v >= j-3 && toks[v].Word && !isCap(toks[v].Text) && toks[v-1].Word && !isCap(toks[v-1].Text) {
		v--
	}
	if v < 1 || !toks[v].Word || isCap(toks[v].Text) {
		return ""
	}
	for _, p := range capPhrases(toks[:v]) {
		if p.End != toks[v-1].End {
			continue
		}
		p = b.trimStopWords(p.trimLeadingThe())
		if len(p.Words) == 0 {
			return ""
		}
		return b.bodyAt(p.Span, true)
	}
	return ""
}

// dropHolders removes the mentions whose name is the body holding another
// mention's meeting: in "The Lusophone Digital Policy Forum will hold its
// annual dialogue" the forum is the organiser, not a meeting.
func (b *builder) dropHolders(ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if !b.holdsMeeting(m.Name, ms) {
			out = append(out, m)
		}
	}
	return out
}

// holdsMeeting reports whether the organisation named exactly at s is the
// body of one of the mentions ms.
func (b *builder) holdsMeeting(s Span, ms []mention) bool {
	key := b.orgStartingAt(s.Start)
	if key == "" || b.orgSpanEnd(s.Start) != s.End {
		return false
	}
	for _, m := range ms {
		if m.BodyKey == key && m.Name != s {
			return true
		}
	}
	return false
}

// datelineToday returns the date of a dateline near the top of the body
// ("GENEVA, 8 July 2025"), which "today" in the text refers to: a date of
// day precision on a short line within the first six lines.
func (b *builder) datelineToday() *dates.Match {
	for n, l := range b.memo.lines(b.body, len(b.text)) {
		if n >= 6 {
			return nil
		}
		if countFields(b.text[l.Start:l.End]) > 6 {
			continue
		}
		for i := range b.dates {
			d := &b.dates[i]
			if d.Start >= l.Start && d.End <= l.End && d.To == nil && d.From.Precision == dates.PrecisionDay {
				return d
			}
		}
	}
	return nil
}

// dateToday dates the undated mentions of a sentence that says "today" with
// the dateline: "The Working Group continued its fourth session today".
func (b *builder) dateToday(ms []mention, s Span) {
	if !hasWord(b.text[s.Start:s.End], "today") {
		return
	}
	for j := range ms {
		if ms[j].Date == nil {
			ms[j].Date = b.datelineToday()
		}
	}
}

// hasWord reports whether w occurs in s as a whole word.
func hasWord(s, w string) bool {
	if !strings.Contains(s, w) {
		return false // the word is a substring of s wherever it is a word of s
	}
	for f := range strings.FieldsSeq(s) {
		if strings.Trim(f, ",.;:!?") == w {
			return true
		}
	}
	return false
}
