package diag

import (
	"errors"
	"testing"
)

var errTest = errors.New("test sentinel")

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Error("an empty list is no error")
	}
	l.Add(Pos{Filename: "b.csv", Line: 3, Column: 1}, nil, "second")
	l.Add(Pos{Filename: "a.csv", Line: 9, Column: 2}, errTest, "first %d", 1)
	l.Add(Pos{Filename: "c.txt"}, nil, "third")
	err := l.Err()
	if got := err.Error(); got != "a.csv:9:2: first 1 (and 2 more errors)" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(err, errTest) {
		t.Error("errors.Is does not find the sentinel of one problem")
	}
	if got, want := l.Detail(), "a.csv:9:2: first 1\nb.csv:3:1: second\nc.txt: third\n"; got != want {
		t.Errorf("Detail() = %q, want %q", got, want)
	}
}
