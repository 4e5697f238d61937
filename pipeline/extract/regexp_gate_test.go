package extract

import (
	"reflect"
	"testing"
)

// gatedRegexps are the rules' regexps with their literal gates.
var gatedRegexps = map[string]gatedRE{
	"licence": licenceRE, "brought": broughtRE, "count": countRE,
	"typeLabel": typeLabelRE, "numberedMeeting": numberedMeetingRE, "emphasis": emphasisRE,
}

// FuzzGatedRegexps requires every gated regexp to find what it finds
// without its gate: a literal that some match lacks would drop facts.
func FuzzGatedRegexps(f *testing.F) {
	for _, s := range []string{
		"A/RES/73/27 and S/2021/1234", "General Assembly resolution 77/37", "Resolution 73/266",
		"the 2015 GGE report of the Group", "CC BY-NC-ND 4.0 and CC0 1.0",
		"the “Capacity-building needs” title and \"Another quoted title\"",
		"co-chaired by Kenya, WITH SUPPORT FROM the Forum", "Singapore hosted the talks, the Forum convened them",
		"over 40 participants and 113 non-state organizations", "the SIDE EVENT, “Tidemark Academy”", "Co-Signed By\tKenya", "SIGNATORIES INCLUDE: X", "| **Event Type:** Workshop", "FORMAT: hybrid", "The Representatives of Canada", "the SPEAKER FOR Fiji", "speaking on behalf of the Group", "observer for the EU",
		"Eleventh substantive session – 3rd MEETING", "2nd plenary meeting, Global Mechanism, organizational session", "1st Meeting of the Group",
		"1ſt meeting, X", "2ND MEETING", "Session – 3rd & 4th meetings (AM)", "10th\tmeeting", "x 4th", "the 9th meeting of a very long line that goes on and on with many words about the meeting",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for name, g := range gatedRegexps {
			got, want := g.FindAllStringSubmatchIndex(text, -1), g.Regexp.FindAllStringSubmatchIndex(text, -1)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: gated %v, regexp %v", name, text, got, want)
			}
			if got, want := g.FindStringSubmatch(text), g.Regexp.FindStringSubmatch(text); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: gated submatch %q, regexp %q", name, text, got, want)
			}
			if got, want := g.MatchString(text), g.Regexp.MatchString(text); got != want {
				t.Errorf("%s in %q: gated match %v, regexp %v", name, text, got, want)
			}
			if got, want := g.FindStringIndex(text), g.Regexp.FindStringIndex(text); !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: gated first %v, regexp %v", name, text, got, want)
			}
		}
	})
}

func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		text, lit string
		want      bool
	}{
		{"the Side Event,", " event", true},
		{"THE SIDE EVENT", " event", true},
		{"eventful", " event", false},
		{"", "x", false},
		{"ab", "abc", false},
		{"chaired By Kenya", " by ", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := containsFoldASCII(tt.text, tt.lit); got != tt.want {
				t.Errorf("containsFoldASCII(%q, %q) = %v, want %v", tt.text, tt.lit, got, tt.want)
			}
		})
	}
}
