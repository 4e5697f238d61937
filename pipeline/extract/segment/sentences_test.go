package segment

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "One thing. Another thing! A question? Yes.", []string{"One thing.", "Another thing!", "A question?", "Yes."}},
		{"titles", "Amb. Baek Ji-hun spoke. Dr. Smith and Prof. Lee replied. Mr. X, Ms. Y and Mrs. Z agreed.",
			[]string{"Amb. Baek Ji-hun spoke.", "Dr. Smith and Prof. Lee replied.", "Mr. X, Ms. Y and Mrs. Z agreed."}},
		{"H.E.", "H.E. Ms. Nguyen opened the session. It ended.", []string{"H.E. Ms. Nguyen opened the session.", "It ended."}},
		{"brackets", "States recalled the principle (e.g. Art. 2(4) of the U.N. Charter). Then they left.",
			[]string{"States recalled the principle (e.g. Art. 2(4) of the U.N. Charter).", "Then they left."}},
		{"U.S. and U.N.", "The U.S. and the U.N. Secretariat met. Next item.", []string{"The U.S. and the U.N. Secretariat met.", "Next item."}},
		{"latin", "Some states, i.e. the small ones, etc. agreed; cf. para. 5 and No. 3 vs. Art. 7. Done.",
			[]string{"Some states, i.e. the small ones, etc. agreed; cf. para. 5 and No. 3 vs. Art. 7.", "Done."}},
		{"capitals", "DR. MALIA KEALOHA-REYES (Institute): Thank you. MR. X: Yes.", []string{"DR. MALIA KEALOHA-REYES (Institute): Thank you.", "MR. X: Yes."}},
		{"initials", "J. Smith wrote it. A. B. Jones read it.", []string{"J. Smith wrote it.", "A. B. Jones read it."}},
		{"months", "It met on Dec. 5 in Geneva. St. Lucia spoke.", []string{"It met on Dec. 5 in Geneva.", "St. Lucia spoke."}},
		{"stray bracket", "It opened (and never closed. Then more. End.", []string{"It opened (and never closed.", "Then more.", "End."}},
		{"stray closing", "A) first. B) second.", []string{"A) first.", "B) second."}},
		{"digit start", "The vote was held. 64 states agreed.", []string{"The vote was held.", "64 states agreed."}},
		{"lower case after stop", "It was approx. ten. it went on.", []string{"It was approx. ten. it went on."}},
		{"decimal", "It grew 1.5 per cent. Fine.", []string{"It grew 1.5 per cent.", "Fine."}},
		{"quotes", "He said \"we agree.\" She did not.", []string{"He said \"we agree.\"", "She did not."}},
		{"curly quotes", "He said “we agree.” She did not.", []string{"He said “we agree.”", "She did not."}},
		{"emphasis", "**About the authors.** Jane Doe is a fellow.", []string{"**About the authors.**", "Jane Doe is a fellow."}},
		{"ellipsis", "Wait... Then go.", []string{"Wait...", "Then go."}},
		{"symbol", "See A/RES/73/27. It passed.", []string{"See A/RES/73/27.", "It passed."}},
		{"blank line", "No stop here\n\nNew paragraph", []string{"No stop here", "New paragraph"}},
		{"single newline", "One line\ncontinues.", []string{"One line\ncontinues."}},
		{"no stop", "Just words", []string{"Just words"}},
		{"empty", "", nil},
		{"spaces", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.text, 0, len(tt.text)) {
				got = append(got, tt.text[sp.Start:sp.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentencesSubrange(t *testing.T) {
	text := "Skip. Take this. And this. Skip."
	start := strings.Index(text, "Take")
	end := strings.LastIndex(text, "Skip")
	var got []string
	for _, sp := range Sentences(text, start, end) {
		got = append(got, text[sp.Start:sp.End])
	}
	if strings.Join(got, "|") != "Take this.|And this." {
		t.Errorf("got %q", got)
	}
	if sp := Sentences(text, -5, 1000); len(sp) != 4 {
		t.Errorf("clipped bounds: got %d sentences, want 4", len(sp))
	}
}
