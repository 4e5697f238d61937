package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// roleRE matches the phrases that give a party a role in a meeting, with the
// party after them: "chaired by Singapore", "co-hosted by Kenya and the
// Netherlands", "with funding from the Global Forum on Cyber Expertise".
// It is tried only where one of its verbs starts (see wordRE): tried at
// every byte of every sentence that has " by ", it was the costliest regexp
// on real texts.
var roleRE = wordStart(`(?i)\b(co-chaired|chaired|co-hosted|hosted|organi[sz]ed|convened|funded|moderated|facilitated) by |\bwith (?:funding|support) from `,
	"co-", "chaired", "hosted", "organi", "convened", "funded", "moderated", "facilitated", "with ")

// broughtRE matches "X brought together …": X organised the meeting.
var broughtRE = gate(regexp.MustCompile(`(?:^|, )(?:the )?([\p{Lu}][\p{L}’' -]+?) (?:brought together|hosted|convened|organi[sz]ed) `), " brought together ", " hosted ", " convened ", " organi")

// countRE matches reported counts: "113 non-state organizations registered",
// "over 40 participants".
var countRE = gate(regexp.MustCompile(`\b(\d{1,5}) (?:[a-z-]+ )?(organi[sz]ations|participants)\b`), "organi", "participants")

// roleOf maps the verb of a role phrase to a participation role.
var roleOf = map[string]string{
	"co-chaired": "co_chair", "chaired": "chair", "co-hosted": "host", "hosted": "host",
	"organised": "organiser", "organized": "organiser", "convened": "organiser",
	"funded": "funder", "moderated": "moderator", "facilitated": "organiser",
	"funding": "funder", "support": "funder",
}

// findMeetingRoles reads chairs, hosts, organisers and funders, and counts of
// participants and organisations, from the sentences that mention each
// meeting and the sentence after each of them.
func (b *builder) findMeetingRoles() {
	all := b.memo.sentences(b.body, len(b.text))
	for i := range b.res.Meetings {
		for _, s := range b.meetingSpans[i] {
			for _, t := range b.withNext(all, s) {
				b.rolesIn(i, t)
				b.countsIn(i, t)
			}
		}
	}
	b.findDelegations()
}

// withNext returns s and the sentence after it when that sentence refers
// back to a meeting ("Chaired by Singapore, the meeting …").
func (b *builder) withNext(all []Span, s Span) []Span {
	out := []Span{s}
	for _, t := range all {
		if t.Start >= s.End {
			if strings.Contains(b.memo.lower(b.text[t.Start:t.End]), "the meeting") {
				out = append(out, t)
			}
			break
		}
	}
	return out
}

// rolesIn records the role phrases of sentence s for meeting i.
func (b *builder) rolesIn(i int, s Span) {
	text := b.text[s.Start:s.End]
	for _, m := range roleRE.FindAllStringSubmatchIndex(text) {
		verb := ""
		if m[2] >= 0 {
			verb = b.memo.lower(text[m[2]:m[3]])
		} else {
			verb = strings.Fields(b.memo.lower(text[m[0]:m[1]]))[1]
		}
		b.parties(i, s.Start+m[1], s.End, roleOf[verb])
	}
	if m := broughtRE.FindStringSubmatchIndex(text); m != nil {
		b.parties(i, s.Start+m[2], s.Start+m[3], "organiser")
	}
}

// parties reads "X", "X and Y" or "X, Y and Z" from start and gives each a
// role in meeting i.
func (b *builder) parties(i, start, end int, role string) {
	toks := b.memo.tokenize(start, end)
	k := 0
	for k < len(toks) {
		span := b.phraseAfter(toks, k)
		if span.End <= span.Start {
			return
		}
		for _, part := range b.splitKnownAnd(span) {
			b.participate(i, part, role)
		}
		for k < len(toks) && toks[k].End <= span.End {
			k++
		}
		if k >= len(toks) || (toks[k].Text != "and" && toks[k].Text != ",") {
			return
		}
		k++
	}
}

// participate links the person or organisation named at span to meeting i.
func (b *builder) participate(i int, span Span, role string) {
	p := Participation{MeetingKey: b.res.Meetings[i].Key, Role: role}
	name := b.text[span.Start:span.End]
	if j, ok := b.perByKey[keyOf(name)]; ok {
		p.PersonKey = b.people[j].Key
	} else if key := b.slotOrg(span); key != "" {
		p.OrgKey = key
	} else {
		return
	}
	p.Rule, p.Confidence = "participation."+role, 0.75
	p.Evidence = []Evidence{{"row", span}}
	for _, q := range b.res.Participations {
		if q.MeetingKey == p.MeetingKey && q.OrgKey == p.OrgKey && q.PersonKey == p.PersonKey && q.Role == p.Role {
			return
		}
	}
	b.res.Participations = append(b.res.Participations, p)
}

// countsIn reads participant and organisation counts for meeting i.
func (b *builder) countsIn(i int, s Span) {
	mt := &b.res.Meetings[i]
	for _, m := range countRE.FindAllStringSubmatchIndex(b.text[s.Start:s.End], -1) {
		n, err := strconv.Atoi(b.text[s.Start+m[2] : s.Start+m[3]])
		if err != nil {
			continue
		}
		span := Span{s.Start + m[0], s.Start + m[1]}
		if strings.HasPrefix(b.text[s.Start+m[4]:s.Start+m[5]], "organi") && mt.OrganisationCount == 0 {
			mt.OrganisationCount = n
			mt.Evidence = append(mt.Evidence, Evidence{"organisation_count", span})
		} else if mt.ParticipantCount == 0 && !strings.HasPrefix(b.text[s.Start+m[4]:s.Start+m[5]], "organi") {
			mt.ParticipantCount = n
			mt.Evidence = append(mt.Evidence, Evidence{"participant_count", span})
		}
	}
}
