package synth

import "fmt"

// genre is a kind of text, with the format it is usually published in and
// how it tells a story.
type genre struct {
	name   string
	format string
	write  func(s *story, t *text)
}

// genres are the kinds of text of the fixture corpus: announcements,
// analyses, meeting pages, statements, news, programmes, transcripts,
// report summaries, calls, digests, press releases and interviews.
var genres = []genre{
	{"webinar", formatTxt, writeWebinar},
	{"analysis", formatMD, writeAnalysis},
	{"meeting-page", formatHTML, writeMeetingPage},
	{"joint-statement", formatTxt, writeStatement},
	{"news", formatTxt, writeNews},
	{"programme", formatTxt, writeProgramme},
	{"transcript", formatTxt, writeTranscript},
	{"report-summary", formatMD, writeReportSummary},
	{"call", formatTxt, writeCall},
	{"digest", formatTxt, writeDigest},
	{"press-release", formatHTML, writePressRelease},
	{"interview", formatTxt, writeInterview},
}

func writeWebinar(s *story, t *text) {
	t.Title = fmt.Sprintf("Webinar: %s after %s", pick(s.r, topics), s.p.Processes[s.m.Process])
	t.line("Date: %s", s.dateRange())
	t.line("Online, hosted by %s", s.hosts())
	t.para("Ahead of %s, %s invite you to a webinar on what the process has achieved so far.", s.meetingName(), s.hosts())
	t.heading("Speakers")
	var items []string
	for _, p := range s.people {
		items = append(items, s.who(p))
	}
	t.list(items)
	t.para("%s", s.filler())
}

func writeAnalysis(s *story, t *text) {
	a := s.people[0]
	t.Title = fmt.Sprintf("What %s Tells Us About %s", s.meetingName(), pick(s.r, topics))
	t.Author = a.Given + " " + a.Family
	t.para("*Analysis · %s*", day(s.r, s.published))
	t.para("About the author. %s.", s.who(a))
	t.para("%s took place in %s on %s. It was convened by %s.", capitalise(s.meetingName()), s.place(), s.dateRange(), s.hosts())
	t.heading("Background")
	t.para("%s", s.filler())
	t.heading("What we noticed")
	t.para("%s proposed a voluntary reporting template, and %s asked how assistance would be matched with donors. %s described a draft mechanism.", s.country(), s.country(), s.who(s.people[1]))
	t.para("%s", s.filler())
}

func writeMeetingPage(s *story, t *text) {
	t.Title = capitalise(s.meetingName())
	t.para("%s · %s", s.dateRange(), s.place())
	t.para("%s is organised by %s. The report of the meeting will be issued as %s.", capitalise(s.meetingName()), s.hosts(), s.docSymbol())
	t.heading("Agenda")
	t.list(s.agenda())
	t.heading("Chair")
	t.para("The session is chaired by %s.", s.who(s.people[0]))
	t.para("%s", s.filler())
}

func writeStatement(s *story, t *text) {
	t.Title = fmt.Sprintf("Joint statement on %s", pick(s.r, topics))
	t.line("%s, %s", s.p.Cities[s.m.City].Name, day(s.r, s.published))
	t.para("We, %s, %s and %s, welcome the outcome of %s, held in %s on %s.", s.country(), s.country(), s.country(), s.meetingName(), s.place(), s.dateRange())
	t.para("%s", s.filler())
	t.para("We thank %s for hosting the meeting and %s for chairing it.", s.hosts(), s.who(s.people[0]))
}

func writeNews(s *story, t *text) {
	t.Title = fmt.Sprintf("Ministers meet in %s on %s", s.p.Cities[s.m.City].Name, pick(s.r, topics))
	t.line("%s – %s", s.p.Cities[s.m.City].Name, day(s.r, s.published))
	t.para("Delegations gathered in %s for %s on %s. The meeting was organised by %s.", s.place(), s.meetingName(), s.dateRange(), s.hosts())
	t.para("\"We need rules that work for everyone,\" said %s. %s added that the next round would focus on implementation.", s.who(s.people[0]), s.who(s.people[1]))
	t.para("%s", s.filler())
}

func writeProgramme(s *story, t *text) {
	t.Title = "Programme – " + capitalise(s.meetingName())
	t.line("Organised by %s", s.hosts())
	t.line("Venue: %s", s.place())
	t.line("Dates: %s", s.dateRange())
	t.list(s.agenda())
	for _, p := range s.people[:2] {
		t.line("Moderator: %s", s.who(p))
	}
	t.para("Please note: rooms may change at short notice. %s", s.filler())
}

func writeTranscript(s *story, t *text) {
	t.Title = "Transcript – " + capitalise(s.meetingName())
	t.para("Recorded in %s on %s.", s.place(), s.dateRange())
	for _, p := range s.people {
		t.para("%s: %s", p.Family, s.filler())
	}
	t.para("The chair, %s, closed the meeting.", s.who(s.people[0]))
}

func writeReportSummary(s *story, t *text) {
	t.Title = fmt.Sprintf("Summary of the report of %s (%s)", s.meetingName(), s.docSymbol())
	t.para("The report, issued on %s, covers %s, held in %s on %s.", day(s.r, s.published), s.meetingName(), s.place(), s.dateRange())
	t.heading("Main points")
	t.list([]string{pick(s.r, topics), pick(s.r, topics), pick(s.r, fields)})
	t.para("%s", s.filler())
	t.para("The summary was prepared by %s.", s.who(s.people[0]))
}

func writeCall(s *story, t *text) {
	t.Title = fmt.Sprintf("Call for submissions: %s", pick(s.r, topics))
	t.para("%s invite written submissions ahead of %s, which will take place in %s on %s.", capitalise(s.hosts()), s.meetingName(), s.place(), s.dateRange())
	t.para("Submissions close on %s. Questions may be sent to %s.", day(s.r, s.m.Start.AddDate(0, 0, -14)), s.who(s.people[0]))
	t.para("%s", s.filler())
}

func writeDigest(s *story, t *text) {
	t.Title = fmt.Sprintf("Cyber Policy Roundup – %s %d", s.published.Month(), s.published.Year())
	t.line("Compiled by %s", s.who(s.people[0]))
	for k := range 3 {
		m := s.p.Meetings[s.r.IntN(len(s.p.Meetings))]
		if k == 0 {
			m = s.m
		}
		sub := &story{r: s.r, p: s.p, m: m, people: s.people, publisher: s.publisher}
		t.heading(capitalise(sub.meetingName()))
		t.line("%s, %s", s.p.Cities[m.City].Name, sub.dateRange())
		t.para("The meeting was organised by %s. %s", sub.hosts(), s.filler())
	}
}

func writePressRelease(s *story, t *text) {
	t.Title = fmt.Sprintf("%s welcomes the outcome of %s", s.publisher.Name, s.meetingName())
	t.para("%s, %s – %s welcomed today the conclusion of %s.", s.p.Cities[s.publisher.City].Name, day(s.r, s.published), s.publisher.Name, s.meetingName())
	t.para("\"This is a step forward,\" said %s.", s.who(s.people[0]))
	t.para("%s", s.filler())
	t.para("Media contact: %s.", s.who(s.people[1]))
}

func writeInterview(s *story, t *text) {
	p := s.people[0]
	t.Title = fmt.Sprintf("Interview: %s %s on %s", p.Given, p.Family, pick(s.r, topics))
	t.para("%s spoke to us after %s in %s.", s.who(p), s.meetingName(), s.place())
	t.para("Q: What did the meeting achieve?")
	t.para("%s: %s", p.Family, s.filler())
	t.para("Q: What comes next?")
	t.para("%s: The next session is planned for %s.", p.Family, day(s.r, s.m.Start.AddDate(0, 6, 0)))
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
