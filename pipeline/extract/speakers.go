package extract

// confSpeakerLink is the confidence of a speaker link inferred from a text
// that is about one meeting: it is right on event pages and recaps, and
// wrong where a person spoke elsewhere than at the page's meeting.
const confSpeakerLink = 0.6

// speakerRules are the person rules that mean the person spoke.
var speakerRules = map[string]bool{"person.speech": true, "person.speaker-turn": true}

// aboutPrefix is how far into the body a meeting must be named for the
// text to count as being about it (its title or opening lines).
const aboutPrefix = 400

// linkSpeakers makes the people a text reports speaking speakers of its
// meeting, when the text reports exactly one meeting and names it in its
// first lines: on an event page headed "Intersessional meeting of the
// Working Group", "Ana Ruiz set the scene on international law" is a
// statement at that meeting.
func (b *builder) linkSpeakers() {
	i, ok := b.soleMeeting()
	if !ok {
		return
	}
	for _, p := range b.people {
		if !speakerRules[p.Rule] || p.Confidence < Threshold || len(p.Evidence) == 0 {
			continue
		}
		q := Participation{MeetingKey: b.res.Meetings[i].Key, PersonKey: p.Key, Role: "speaker"}
		q.Rule, q.Confidence = "participation.speaker-in-meeting-text", confSpeakerLink
		q.Evidence = []Evidence{{"row", p.Evidence[0].Span}}
		if !b.hasParticipation(q) {
			b.res.Participations = append(b.res.Participations, q)
		}
	}
}

// soleMeeting returns the one publishable meeting of the text when it is
// named within the title or the first aboutPrefix bytes of the body.
func (b *builder) soleMeeting() (int, bool) {
	found := -1
	for i, m := range b.res.Meetings {
		if m.Confidence < Threshold {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = i
	}
	if found < 0 {
		return 0, false
	}
	for _, e := range b.res.Meetings[found].Evidence {
		if e.Field == "name" && e.Span.Start < b.body+aboutPrefix {
			return found, true
		}
	}
	return 0, false
}

func (b *builder) hasParticipation(p Participation) bool {
	for _, q := range b.res.Participations {
		if q.MeetingKey == p.MeetingKey && q.OrgKey == p.OrgKey && q.PersonKey == p.PersonKey && q.Role == p.Role {
			return true
		}
	}
	return false
}
