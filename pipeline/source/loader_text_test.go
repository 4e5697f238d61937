package source

import (
	"os"
	"path/filepath"
	"testing"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want      map[string]string // field name → value; spans are checked against text
		bodyStart int
	}{
		{name: "none", text: "# Title\n\nBody\n", want: map[string]string{}},
		{name: "block",
			text:      "---\nurl: https://example.org/a\ntitle: What the Consultation Tells Us\npublisher: Example\n---\n\n# Body\n",
			want:      map[string]string{"url": "https://example.org/a", "title": "What the Consultation Tells Us", "publisher": "Example"},
			bodyStart: 92},
		{name: "all keys, quotes, CRLF, blank line, unknown key",
			text:      "---\r\nTitle: \"Quoted title\"\r\nauthor:  A. Author  \r\n\r\ndate: 2024-03-19\r\nlicense: CC BY 4.0\r\ntags: x\r\n---\r\nbody",
			want:      map[string]string{"title": "Quoted title", "author": "A. Author", "date": "2024-03-19", "licence": "CC BY 4.0"},
			bodyStart: 104},
		{name: "first occurrence wins", text: "---\ntitle: one\ntitle: two\n---\n",
			want: map[string]string{"title": "one"}, bodyStart: 30},
		{name: "byte order mark", text: "\ufeff---\ntitle: T\n---\nx", want: map[string]string{"title": "T"}, bodyStart: 20},
		{name: "unclosed", text: "---\ntitle: T\nbody\n", want: map[string]string{}},
		{name: "not key value", text: "---\ntitle: T\nJust a sentence here.\n---\n", want: map[string]string{}},
		{name: "horizontal rule later is not front matter", text: "Intro\n---\ntitle: T\n---\n", want: map[string]string{}},
		{name: "a list of authors and a list of tags",
			text:      "---\ntitle: T\nauthors:\n  - Ana Ruiz\n  - Li Wei\ntags:\n  - a\n---\nx",
			want:      map[string]string{"title": "T", "author": "Ana Ruiz\n  - Li Wei"},
			bodyStart: 62},
		{name: "closing line at end of file", text: "---\ndate: 2024-01-01\n---", want: map[string]string{"date": "2024-01-01"}, bodyStart: 24},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ParseFrontMatter(tt.text)
			if m.BodyStart != tt.bodyStart {
				t.Errorf("BodyStart = %d, want %d", m.BodyStart, tt.bodyStart)
			}
			fields := map[string]Field{"title": m.Title, "author": m.Author, "date": m.Date,
				"url": m.URL, "publisher": m.Publisher, "licence": m.Licence}
			for name, f := range fields {
				if f.Value != tt.want[name] {
					t.Errorf("%s = %q, want %q", name, f.Value, tt.want[name])
				}
				if f.Value == "" {
					continue
				}
				if tt.text[f.Start:f.End] != f.Value || f.RawStart != f.Start || f.RawEnd != f.End {
					t.Errorf("%s: spans text %d:%d raw %d:%d do not quote %q", name, f.Start, f.End, f.RawStart, f.RawEnd, f.Value)
				}
			}
		})
	}
}

func TestNewDocumentText(t *testing.T) {
	for _, name := range []string{
		"../../testdata/corpus/dev01_norms-practice-webinar.txt",
		"../../testdata/corpus/dev02_windhoek-consultation-analysis.md",
	} {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := NewDocument(Entry{}, name, data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != string(data) || d.Offsets != nil {
				t.Errorf("Text is not the file's bytes, or Offsets is not nil")
			}
			if s, e := d.RawSpan(3, 10); s != 3 || e != 10 {
				t.Errorf("RawSpan(3, 10) = %d, %d, want the identity", s, e)
			}
			if got := d.Quote(0, 10); got != string(data[:10]) {
				t.Errorf("Quote(0, 10) = %q, want %q", got, data[:10])
			}
			wantType := map[string]string{".txt": MediaText, ".md": MediaMarkdown}[filepath.Ext(name)]
			if d.MediaType != wantType || d.Charset != "utf-8" {
				t.Errorf("MediaType, Charset = %q, %q, want %q, utf-8", d.MediaType, d.Charset, wantType)
			}
		})
	}
}

func TestNewDocumentMarkdownFrontMatter(t *testing.T) {
	d := loadFile(t, "../../testdata/corpus/dev02_windhoek-consultation-analysis.md")
	if d.Meta.Title.Value != "What the Windhoek Consultation Tells Us About the Future PoA" {
		t.Errorf("Title = %q", d.Meta.Title.Value)
	}
	if d.Meta.URL.Value != "https://example.org/blog/what-the-windhoek-consultation-tells-us" {
		t.Errorf("URL = %q", d.Meta.URL.Value)
	}
	if body := d.Text[d.Meta.BodyStart:]; body[:2] != "\n#" {
		t.Errorf("body starts with %.20q, want the blank line before the heading", body)
	}
}
