package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// ordinalWords spell the ordinal of a session, as meeting names do.
var ordinalWords = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
	"ninth", "tenth", "eleventh", "twelfth"}

// story is what one text is about: a meeting, the organisations around it
// and the people who speak. Genres tell the same kind of story differently.
type story struct {
	r         *rand.Rand
	p         *Pools
	m         Meeting
	people    []Person
	publisher Org
	published time.Time
}

func newStory(r *rand.Rand, p *Pools) *story {
	s := &story{r: r, p: p}
	// Skewed towards the first meetings of the pool, so that popular
	// meetings are reported by many texts, as in real coverage.
	s.m = p.Meetings[r.IntN(r.IntN(len(p.Meetings))+1)]
	for range 3 + r.IntN(4) {
		s.people = append(s.people, p.People[r.IntN(r.IntN(len(p.People))+1)])
	}
	s.publisher = p.Orgs[r.IntN(len(p.Orgs))]
	s.published = s.m.Start.AddDate(0, 0, r.IntN(40)-20)
	return s
}

// meetingName is the meeting's full name: "the third session of the …".
func (s *story) meetingName() string {
	return fmt.Sprintf("the %s session of the %s", ordinalWords[s.m.Ordinal-1], s.p.Processes[s.m.Process])
}

// place is "Venue, City" or "City, Country".
func (s *story) place() string {
	c := s.p.Cities[s.m.City]
	if s.r.IntN(2) == 0 {
		return s.m.Venue + ", " + c.Name
	}
	return c.Name + ", " + c.Country
}

// dateRange writes the meeting's dates in one of the styles sources use.
func (s *story) dateRange() string {
	a, b := s.m.Start, s.m.Start.AddDate(0, 0, s.m.Days-1)
	switch {
	case s.m.Days == 1:
		return day(s.r, a)
	case a.Month() != b.Month():
		return fmt.Sprintf("%d %s – %d %s %d", a.Day(), a.Month(), b.Day(), b.Month(), b.Year())
	case s.r.IntN(2) == 0:
		return fmt.Sprintf("%s %d-%d, %d", a.Month(), a.Day(), b.Day(), a.Year())
	}
	return fmt.Sprintf("%d-%d %s %d", a.Day(), b.Day(), a.Month(), a.Year())
}

// day writes one date as "5 November 2024" or "November 5, 2024".
func day(r *rand.Rand, t time.Time) string {
	if r.IntN(3) == 0 {
		return fmt.Sprintf("%s %d, %d", t.Month(), t.Day(), t.Year())
	}
	return fmt.Sprintf("%d %s %d", t.Day(), t.Month(), t.Year())
}

// who introduces a person with their role and organisation.
func (s *story) who(p Person) string {
	o := s.p.Orgs[p.Org]
	name := strings.TrimSpace(p.Honorific + " " + p.Given + " " + p.Family)
	switch s.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%s, %s at the %s (%s)", name, p.Role, o.Name, o.Acronym)
	case 1:
		return fmt.Sprintf("%s of the %s", name, o.Name)
	}
	return fmt.Sprintf("%s (%s)", name, o.Name)
}

// host names the meeting's hosts: "the A and the B".
func (s *story) hosts() string {
	var names []string
	for _, h := range s.m.Hosts {
		names = append(names, "the "+s.p.Orgs[h].Name)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// agenda lists the sessions with times and rooms.
func (s *story) agenda() []string {
	var items []string
	h := 9
	for _, t := range s.m.Sessions {
		items = append(items, fmt.Sprintf("%02d:00–%02d:30 | %s | %s", h, h+1, pick(s.r, rooms), t))
		h += 2
	}
	return items
}

// fillerSentences are the background prose that fills real texts; %s is
// a topic.
var fillerSentences = []string{
	"Discussions focused on %s.",
	"Several delegations stressed that commitments on %s made in earlier rounds still need to be implemented.",
	"Smaller states said they lack the staff to follow every process, least of all on %s.",
	"Others asked for clearer timelines and for a regular exchange of views with stakeholders from industry, academia and civil society on %s.",
	"A number of speakers recalled that the framework of responsible behaviour applies to %s as much as to anything else.",
	"Observers noted that agreement on %s remains out of reach, although the tone of the debate has improved.",
	"The chair's summary, which is not a negotiated text, lists %s among the issues for the next round.",
	"Participants welcomed new funding for %s but asked how it would be coordinated.",
	"Some delegations called for a glossary of terms, arguing that %s means different things in different capitals.",
	"Industry representatives offered to share lessons learned on %s.",
}

// filler is a paragraph of three to six background sentences.
func (s *story) filler() string {
	var b strings.Builder
	for i := range 6 + s.r.IntN(5) {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, pick(s.r, fillerSentences), strings.ToLower(pick(s.r, topics)))
	}
	return b.String()
}

// country is a country to quote as a speaking delegation.
func (s *story) country() string {
	return s.p.Cities[s.r.IntN(len(s.p.Cities))].Country
}

// docSymbol is a UN-style document symbol for the meeting's report.
func (s *story) docSymbol() string {
	return fmt.Sprintf("A/AC.%d/%d/%d", 200+s.m.Process%90, s.m.Start.Year(), 1+s.r.IntN(20))
}
