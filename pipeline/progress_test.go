package pipeline

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLines(t *testing.T) {
	p := NewProgress(nil, false)
	p.total = 200
	p.done.Store(50)
	p.bytes.Store(5_000_000)
	tests := []struct {
		name, got, want string
	}{
		{"bar", p.bar(10 * time.Second), "[=======>                      ] 50/200 texts    0.5 MB/s  ETA 0:30 "},
		{"summary", p.summary(10 * time.Second), "read 50 texts (5.0 MB) in 10s, 0.5 MB/s, 5 texts/s"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got  %q\nwant %q", tc.got, tc.want)
			}
		})
	}
}

func TestProgressOutput(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		want     func(string) bool
	}{
		{"terminal: bar redrawn, then a newline", true, func(s string) bool {
			return strings.HasPrefix(s, "\r[") && strings.Contains(s, "3/3 texts") && strings.HasSuffix(s, "\n")
		}},
		{"not a terminal: one line", false, func(s string) bool {
			return strings.HasPrefix(s, "read 3 texts (0.0 MB) in ") && strings.Count(s, "\n") == 1 && !strings.Contains(s, "\r")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := NewProgress(&buf, tc.terminal)
			p.every = time.Millisecond
			p.start(3)
			for range 3 {
				p.add(10)
			}
			time.Sleep(5 * time.Millisecond)
			p.finish()
			if !tc.want(buf.String()) {
				t.Errorf("unexpected output %q", buf.String())
			}
		})
	}
}

// TestProgressNil: a quiet build passes a nil *Progress.
func TestProgressNil(t *testing.T) {
	var p *Progress
	p.start(1)
	p.add(1)
	p.finish()
}
