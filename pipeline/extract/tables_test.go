package extract

import (
	"sort"
	"testing"
)

func TestTables(t *testing.T) {
	tests := []struct {
		name, text  string
		people, org []string
	}{
		{"name and organisation columns",
			"Name | Organisation | Country\nFatou Diallo-Sow | Dakar Cyber Hub | Senegal\nLars Eriksen | Nordlys Telecom | Norway\n",
			[]string{"Fatou Diallo-Sow", "Lars Eriksen"}, []string{"Dakar Cyber Hub", "Nordlys Telecom", "Norway", "Senegal"}},
		{"a speakers column with several names",
			"Time | Session | Speakers\n09:30–11:00 | Panel 1: Norms | Rasmus Høgh-Jensen (Denmark); Aino Lehtinen, Nordlys Telecom\n",
			[]string{"Aino Lehtinen", "Rasmus Høgh-Jensen"}, []string{"Denmark", "Nordlys Telecom"}},
		{"a session column holds no people",
			"Time | Session\n09:30–11:00 | Capacity Building Today\n10:30–11:00 | Digital Trust Matters\n",
			nil, nil},
		{"speakers after a label and a semicolon",
			"Speakers: Valeria Ortiz del Campo (Costa Rica); Tomasz Wiśniewski (Warsaw Digital Policy Institute)",
			[]string{"Tomasz Wiśniewski", "Valeria Ortiz del Campo"}, []string{"Costa Rica", "Warsaw Digital Policy Institute"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			people, orgs := publishedPeople(r), publishedOrgs(r)
			sort.Strings(tt.people)
			sort.Strings(tt.org)
			if !equalStrings(people, tt.people) {
				t.Errorf("people: got %q, want %q", people, tt.people)
			}
			if !equalStrings(orgs, tt.org) {
				t.Errorf("organisations: got %q, want %q", orgs, tt.org)
			}
		})
	}
}
