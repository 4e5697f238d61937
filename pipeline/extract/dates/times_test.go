package dates

import (
	"strings"
	"testing"
)

func TestFindTimes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // "quote=From[..To]" joined by "; "
	}{
		{"programme range", "09:00–09:30 | Main Hall", "09:00–09:30=09:00..09:30"},
		{"hyphen range", "9:00-10:30 coffee", "9:00-10:30=09:00..10:30"},
		{"spaced range", "14:00 – 15:30 CEST", "14:00 – 15:30=14:00..15:30"},
		{"to range", "from 10:00 to 11:30", "10:00 to 11:30=10:00..11:30"},
		{"zone not in span", "14:00 UTC and 10:00 CET", "14:00=14:00; 10:00=10:00"},
		{"single", "Sandwiches served from 12:45.", "12:45=12:45"},
		{"shared pm", "3-6 p.m. Item 4", "3-6 p.m.=15:00..18:00"},
		{"shared am across noon", "11-1 p.m. lunch", "11-1 p.m.=11:00..13:00"},
		{"shared am", "10–11 a.m. coffee", "10–11 a.m.=10:00..11:00"},
		{"pm", "at 2 pm and at 9.30 a.m. and 12 am and 12:15pm", "2 pm=14:00; 9.30 a.m.=09:30; 12 am=00:00; 12:15pm=12:15"},
		{"list with bars", "Local times: 09:00 Santiago | 12:00 Accra", "09:00=09:00; 12:00=12:00"},
		{"seconds", "at 12:45:30", ""},
		{"bad minutes", "at 12:75 and 25:00", ""},
		{"decimal", "grew 9.30 per cent", ""},
		{"symbol", "A/70/174 and 73/27 and 2016/2017", ""},
		{"date", "2 December 2019, 10/03/2024", ""},
		{"bible style after number", "1:2:3", ""},
		{"deadline", "10 March 2024, 23:59 CET", "23:59=23:59"},
		{"24:00", "until 24:00", "24:00=24:00"},
		{"dotted range opening a line", "10.00–11.15 | Panel 1\n14.30 - 15.00 Coffee", "10.00–11.15=10:00..11:15; 14.30 - 15.00=14:30..15:00"},
		{"dotted range inside a sentence is decimals", "growth of 1.25–2.50 percent", ""},
		{"dotted dates are no range", "1.10.2024–2.10.2024", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, m := range FindTimes(tt.text) {
				s := tt.text[m.Start:m.End] + "=" + m.From
				if m.To != "" {
					s += ".." + m.To
				}
				parts = append(parts, s)
			}
			if got := strings.Join(parts, "; "); got != tt.want {
				t.Errorf("FindTimes(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
