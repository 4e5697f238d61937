package extract

import (
	"sort"
	"testing"
)

func TestDelegations(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // organisation keys taking part, sorted
	}{
		{"representatives of States take part and are no people",
			"The second session of the Group opened on 2 March 2026. The representative of Brazil said that ransomware was the main threat. The delegate of Kenya agreed, while the representatives of Canada and Fiji presented a paper.",
			[]string{"brazil", "canada", "fiji", "kenya"}},
		{"observer and speaking on behalf of a group",
			"The second session of the Group opened on 2 March 2026. Speaking on behalf of the African Group, the observer for the European Union agreed.",
			[]string{"european union", "group of african states"}},
		{"no meeting, no participation", "The representative of Brazil said that ransomware was the main threat.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			var got []string
			for _, p := range r.Participations {
				if p.Role == "participant" && p.OrgKey != "" {
					got = append(got, p.OrgKey)
				}
			}
			sort.Strings(got)
			if !equalStrings(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if people := publishedPeople(r); len(people) != 0 {
				t.Errorf("got people %q, want none", people)
			}
		})
	}
}

func TestDatelineToday(t *testing.T) {
	r := extractText(t, "GENEVA, 8 July 2025\n\nThe Standing Working Group on Digital Security continued its fourth session today, hearing thirty delegations.\n")
	ms := publishedMeetings(r)
	if len(ms) != 1 || ms[0].Start == nil || ms[0].Start.ISO() != "2025-07-08" {
		t.Fatalf("got %+v, want the fourth session dated 2025-07-08", ms)
	}
}
