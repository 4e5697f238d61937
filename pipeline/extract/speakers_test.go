package extract

import "testing"

func TestLinkSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // person keys linked as speakers
	}{
		{"event page", "Regional consultation of the Harbour Group\n\nFrom 3-5 June 2031, the Harbour Group held a regional consultation in Suva.\n\nAna Ruiz set the scene on international law.\n\nTomas Berg discussed the role of think tanks.\n", []string{"ana ruiz", "tomas berg"}},
		{"meeting named late", "Notes from the field\n\n" + longFiller + "\n\nThe Harbour Group held a regional consultation on 3-5 June 2031.\n\nAna Ruiz said the plan was sound.\n", nil},
		{"no meeting", "Interview\n\nAna Ruiz said the plan was sound.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(t, tt.text)
			var got []string
			for _, p := range res.Participations {
				if p.Role == "speaker" && p.PersonKey != "" {
					got = append(got, p.PersonKey)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("speakers %v, want %v (meetings %d, people %d)", got, tt.want, len(res.Meetings), len(res.People))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("speaker %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

const longFiller = "This long introduction talks about the weather, the ocean, the markets and many other things that are not meetings at all, at length, so that the first mention of a meeting comes well after the opening lines of the page; a reader would not call the page an event page. It goes on and on about tides, shipping lanes, fishing quotas and the price of fuel, and about the many people who live by the sea and who have never attended a meeting in their lives."
