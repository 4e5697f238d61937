package normalise

import (
	"fmt"
	"strings"

	"github.com/uncyber/uncyber/pipeline/extract"
	"github.com/uncyber/uncyber/pipeline/names"
	"github.com/uncyber/uncyber/schemas"
)

// meetings merges meeting mentions across sources: two mentions are one
// meeting when they give the same days and the same body, or the same name
// and the same start date. A meeting whose sources name no body joins the
// one meeting of a body that has exactly the same days, when there is only
// one such meeting.
func (n *normaliser) meetings() {
	defer n.endPass()
	ms := &meetingMentions{mentions: newMentions[extract.Meeting](&n.meetRows, n.dir)}
	defer func() { n.fail(ms.close()) }()
	c := newClusters()
	n.load(meetFields, func(i int, res *extract.Result, quotes []Quote) {
		n.quotes[i] = cited(quotes, res.Meetings)
		ms.add(res.Meetings)
		orgIDs := n.orgIDsOf(i, res.Organisations)
		for j, m := range res.Meetings {
			body := orgIDs[m.BodyKey]
			ms.body = append(ms.body, body)
			if !publishable(m.Fact) {
				n.review(i, "meetings", m.Name, m.Fact)
				continue
			}
			c.add(mentionRef{i, j}, meetingKeys(m, body)...)
		}
	})
	n.meets = ms
	defer func() { n.meets = nil }()
	used := map[string]string{}
	for _, group := range n.attachBodiless(c.groups()) {
		row := n.meetingRow(group)
		row.MeetingID = uniqueID(used, meetingIDBase(row), matchKey(row.Name))
		for _, ref := range group {
			m := ms.at(ref)
			n.meetRows.set(ref, len(n.ds.Meetings))
			n.addEvidence(ref.input, "meetings", row.MeetingID, m.Fact)
		}
		n.dateConflicts(row, group)
		n.ds.Meetings = append(n.ds.Meetings, row)
		n.sessions(row.MeetingID, group)
	}
}

// meetingKeys are the keys under which a meeting mention merges: its name
// with its month (so "the Sea Forum" of May 2031 is one meeting whether a
// source dates it to the day or to the month), its name with its year for
// year-dated mentions, and its body (body, its organisation_id) with its
// exact days.
func meetingKeys(m extract.Meeting, body string) []string {
	name := "name:" + matchKey(m.Name)
	if m.Start == nil || m.Start.Year == 0 {
		return []string{name}
	}
	if m.Start.Precision == "year" {
		return []string{fmt.Sprintf("%s@%04d", name, m.Start.Year)}
	}
	keys := []string{fmt.Sprintf("%s@%04d-%02d", name, m.Start.Year, m.Start.Month)}
	if body != "" && m.Start.Precision == "day" {
		keys = append(keys, fmt.Sprintf("days:%s@%d-%d", body, *dateOf(m.Start), *endDateOf(m.Start, m.End)))
	}
	return keys
}

// meetingIDBase is a readable id: the body and the start date when both are
// known ("meeting/oewg-2019-12-02"), else the date and the name.
func meetingIDBase(m schemas.Meeting) string {
	var date string
	if m.StartDate != nil {
		date = m.StartDate.String()
		if m.DatePrecision == "month" {
			date = date[:7]
		} else if m.DatePrecision == "year" {
			date = date[:4]
		}
	}
	switch {
	case m.BodyID != "" && date != "":
		return "meeting/" + strings.TrimPrefix(m.BodyID, "org/") + "-" + date
	case date != "":
		return "meeting/" + date + "-" + shorten(names.Slug(m.Name), 48)
	}
	return "meeting/" + shorten(names.Slug(m.Name), 60)
}

// shorten cuts a slug to at most max bytes at a hyphen.
func shorten(slug string, max int) string {
	if len(slug) <= max {
		return slug
	}
	cut := strings.LastIndexByte(slug[:max], '-')
	if cut <= 0 {
		cut = max
	}
	return slug[:cut]
}

func (n *normaliser) meetingRow(group []mentionRef) schemas.Meeting {
	nameT, kindT, bodyT, venueT, cityT, ccT := tally{}, tally{}, tally{}, tally{}, tally{}, tally{}
	var all []string
	var row schemas.Meeting
	var start, end *extract.Date
	for _, ref := range group {
		m := n.meets.at(ref)
		nameT.add(m.Name)
		kindT.add(m.Kind)
		bodyT.add(n.meets.bodyOf(ref))
		venueT.add(m.Venue)
		cityT.add(m.City)
		ccT.add(m.CountryCode)
		all = append(all, m.Name)
		all = append(all, m.Aliases...)
		start, end = n.preciser(start, end, m)
		row.Ordinal = firstPositive(row.Ordinal, m.Ordinal)
		row.ParticipantCount = firstPositive(row.ParticipantCount, m.ParticipantCount)
		row.OrganisationCount = firstPositive(row.OrganisationCount, m.OrganisationCount)
	}
	row.Name, row.Kind, row.BodyID = nameT.best(), kindT.best(), bodyT.best()
	row.Venue, row.City, row.CountryCode = venueT.best(), cityT.best(), ccT.best()
	if row.Kind == "" {
		row.Kind = "other"
	}
	row.Aliases = aliasList(all, row.Name)
	row.StartDate, row.EndDate = dateOf(start), endDateOf(start, end)
	row.DatePrecision = precisionOf(start, end)
	return row
}

// preciser keeps the more precise of two datings of one meeting; between
// equally precise datings the first source (in source_id order) wins. The
// rule is documented in the README ("Conflicting facts").
func (n *normaliser) preciser(start, end *extract.Date, m extract.Meeting) (*extract.Date, *extract.Date) {
	if m.Start == nil {
		return start, end
	}
	rank := map[string]int{"day": 3, "month": 2, "year": 1}
	if start == nil || rank[m.Start.Precision] > rank[start.Precision] {
		return m.Start, m.End
	}
	return start, end
}

// dateConflicts warns when the sources of one meeting give different days
// for it, naming each source and its dating.
func (n *normaliser) dateConflicts(row schemas.Meeting, group []mentionRef) {
	seen := map[string][]string{}
	var order []string
	for _, ref := range group {
		m := n.meets.at(ref)
		if m.Start == nil || m.Start.Precision != row.DatePrecision {
			continue
		}
		d := m.Start.ISO()
		if m.End != nil {
			d += "/" + m.End.ISO()
		}
		if _, ok := seen[d]; !ok {
			order = append(order, d)
		}
		seen[d] = appendOnce(seen[d], n.inputs[ref.input].id)
	}
	if len(order) < 2 {
		return
	}
	var parts []string
	for _, d := range order {
		parts = append(parts, fmt.Sprintf("%s (%s)", d, strings.Join(seen[d], ", ")))
	}
	n.warnings = append(n.warnings, Warning{Message: fmt.Sprintf(
		"meeting %s: sources disagree on its dates: %s; kept %s", row.MeetingID, strings.Join(parts, " vs "), order[0])})
}

func appendOnce(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func firstPositive(have *int32, v int) *int32 {
	if have != nil || v <= 0 {
		return have
	}
	x := int32(v)
	return &x
}

// sessions takes the longest agenda any mention of the meeting gives (the
// first such in source order); agendas from different sources are not
// interleaved, since their numbering need not agree.
func (n *normaliser) sessions(meetingID string, group []mentionRef) {
	best, most := -1, 0
	var sessions []extract.Session
	for k, ref := range group {
		m := n.meets.at(ref)
		if best < 0 || len(m.Sessions) > most {
			best, most, sessions = k, len(m.Sessions), m.Sessions
		}
	}
	ref := group[best]
	for _, s := range sessions {
		if !publishable(s.Fact) {
			n.review(ref.input, "sessions", s.Title, s.Fact)
			continue
		}
		row := schemas.Session{
			SessionID: fmt.Sprintf("%s/%d", meetingID, s.Seq), MeetingID: meetingID, Seq: int32(s.Seq),
			Title: s.Title, Kind: s.Kind, Date: dateOf(s.Date),
			StartTime: s.StartTime, EndTime: s.EndTime, Room: s.Room,
		}
		if row.Kind == "" {
			row.Kind = "other"
		}
		n.addEvidence(ref.input, "sessions", row.SessionID, s.Fact)
		n.ds.Sessions = append(n.ds.Sessions, row)
	}
}

// groupDays returns the body and the day-precise "start-end" of a group of
// meeting mentions ("" when unknown).
func (n *normaliser) groupDays(group []mentionRef) (body, days string) {
	for _, ref := range group {
		m := n.meets.at(ref)
		if b := n.meets.bodyOf(ref); b != "" && body == "" {
			body = b
		}
		if days == "" && m.Start != nil && m.Start.Precision == "day" {
			days = fmt.Sprintf("%d-%d", *dateOf(m.Start), *endDateOf(m.Start, m.End))
		}
	}
	return body, days
}

// attachBodiless merges each group without a body into the group with a
// body and the same days, when exactly one such group exists: two sources
// on the same multi-day meeting rarely both name its process.
func (n *normaliser) attachBodiless(groups [][]mentionRef) [][]mentionRef {
	withBody := map[string][]int{}
	for g, group := range groups {
		if body, days := n.groupDays(group); body != "" && days != "" {
			withBody[days] = append(withBody[days], g)
		}
	}
	merged := make([]bool, len(groups))
	for g, group := range groups {
		body, days := n.groupDays(group)
		if body != "" || days == "" || len(withBody[days]) != 1 {
			continue
		}
		target := withBody[days][0]
		groups[target] = append(groups[target], group...)
		merged[g] = true
	}
	var out [][]mentionRef
	for g, group := range groups {
		if !merged[g] {
			out = append(out, group)
		}
	}
	return out
}

// meetingMentions are the meeting mentions of every input, each with the
// organisation_id of the body it names ("" when none).
type meetingMentions struct {
	*mentions[extract.Meeting]
	body []string // by mention, numbered as in mentions
}

func (ms *meetingMentions) bodyOf(ref mentionRef) string {
	return ms.body[ms.off[ref.input]+ref.index]
}
