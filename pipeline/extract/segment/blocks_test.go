package segment

import (
	"fmt"
	"strings"
	"testing"
)

// describeBlocks renders blocks as "kind[level,number,marker]:body" lines so
// a table row states kind, marker and exact span of each block.
func describeBlocks(text string, bs []Block) string {
	var lines []string
	for _, b := range bs {
		s := b.Kind.String()
		if b.Marker != "" || b.Level != 0 || b.Number != 0 {
			s += fmt.Sprintf("[%d,%d,%s]", b.Level, b.Number, b.Marker)
		}
		lines = append(lines, s+":"+text[b.BodyStart:b.End])
	}
	return strings.Join(lines, "\n")
}

func TestBlocks(t *testing.T) {
	tests := []struct {
		name string
		text string
		from int
		want string
	}{
		{"paragraphs", "First one. Still first.\n\nSecond one.", 0,
			"paragraph:First one. Still first.\nparagraph:Second one."},
		{"wrapped paragraph", "The group met in Geneva and discussed the implementation of the\nnorms at length.\n\nNext.", 0,
			"paragraph:The group met in Geneva and discussed the implementation of the\nnorms at length.\nparagraph:Next."},
		{"markdown headings", "# Title\n\n## Background\nText here.", 0,
			"heading[1,0,#]:Title\nheading[2,0,##]:Background\nparagraph:Text here."},
		{"heading standing alone", "Speakers\n\nThe panel will discuss.", 0,
			"heading[1,0,]:Speakers\nparagraph:The panel will discuss."},
		{"all caps heading", "DAY 2 – WEDNESDAY 6 NOVEMBER\n\n09:30–11:00 | Room 3\nWorkshop", 0,
			"heading[1,0,]:DAY 2 – WEDNESDAY 6 NOVEMBER\nline:09:30–11:00 | Room 3\nline:Workshop"},
		{"underlined heading", "Results\n=======\nText.", 0, "heading[1,0,]:Results\nparagraph:Text."},
		{"separator", "One.\n---\nTwo.\n\n***\n", 0, "paragraph:One.\nparagraph:Two."},
		{"numbered items", "We ask:\n1. publish the list;\n2) give reasons;\n(3) reserve time.", 0,
			"line:We ask:\nlist-item[1,1,1.]:publish the list;\nlist-item[1,2,2)]:give reasons;\nlist-item[1,3,(3)]:reserve time."},
		{"bullets", "- one\n* two\n• three\n+ four", 0,
			"list-item[1,0,-]:one\nlist-item[1,0,*]:two\nlist-item[1,0,•]:three\nlist-item[1,0,+]:four"},
		{"letters and roman", "a) first\n(b) second\n(iv) fourth", 0,
			"list-item[1,0,a)]:first\nlist-item[1,0,(b)]:second\nlist-item[1,0,(iv)]:fourth"},
		{"nested item", "- top\n  - inner", 0, "list-item[1,0,-]:top\nlist-item[2,0,-]:inner"},
		{"item continuation", "- a long item that goes on\n  and continues here\n- next", 0,
			"list-item[1,0,-]:a long item that goes on\n  and continues here\nlist-item[1,0,-]:next"},
		{"not markers", "**Bold** start.\n1.5 million people.\n-5 degrees.\n2024. A year.", 0,
			"line:**Bold** start.\nline:1.5 million people.\nline:-5 degrees.\nline:2024. A year."},
		{"programme", "09:00–09:30 | Main Hall\nOpening and welcome\nDr A. Person, Director", 0,
			"line:09:00–09:30 | Main Hall\nline:Opening and welcome\nline:Dr A. Person, Director"},
		{"label lines not joined", "Lunch side event: Launch of the Cyber Norms Implementation Tracker\nHosted by the Lab.", 0,
			"line:Lunch side event: Launch of the Cyber Norms Implementation Tracker\nline:Hosted by the Lab."},
		{"transcript", "CHAIR: I thank Viet Nam.\nTONGA (Mr. X): Thank you, Chair.", 0,
			"line:CHAIR: I thank Viet Nam.\nline:TONGA (Mr. X): Thank you, Chair."},
		{"front matter", "url: https://example.org/x\ntitle: A title that is rather long, long enough to wrap\npublisher: test", 0,
			"line:url: https://example.org/x\nline:title: A title that is rather long, long enough to wrap\nline:publisher: test"},
		{"from offset", "skip me\n\nKeep this one.", 9, "paragraph:Keep this one."},
		{"two sentences short", "Further signatures are welcome until Friday. Contact: us", 0,
			"paragraph:Further signatures are welcome until Friday. Contact: us"},
		{"crlf", "One.\r\n\r\nTwo.\r\n", 0, "paragraph:One.\nparagraph:Two."},
		{"blank only", " \n\t\n", 0, ""},
		{"from out of range", "x", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describeBlocks(tt.text, Blocks(tt.text, tt.from)); got != tt.want {
				t.Errorf("Blocks(%q)\n got:\n%s\nwant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}

func TestBlockSpans(t *testing.T) {
	text := "  # Title  \n\n  - item one\n"
	bs := Blocks(text, 0)
	if len(bs) != 2 {
		t.Fatalf("got %d blocks, want 2", len(bs))
	}
	if got := text[bs[0].Start:bs[0].End]; got != "# Title" {
		t.Errorf("heading span = %q", got)
	}
	if got := text[bs[1].Start:bs[1].End]; got != "- item one" {
		t.Errorf("item span = %q", got)
	}
	if got := text[bs[1].Body().Start:bs[1].Body().End]; got != "item one" {
		t.Errorf("item body = %q", got)
	}
}
