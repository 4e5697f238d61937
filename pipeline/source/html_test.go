package source

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/transform"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/source")

// htmlFixtures lists the HTML files the golden and property tests read.
func htmlFixtures(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"../../testdata/corpus/*.htm*", "../../testdata/source/*.htm*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("found only %d HTML fixtures", len(files))
	}
	return files
}

// loadFile builds the Document of a fixture.
func loadFile(t testing.TB, name string) *Document {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDocument(Entry{SourceID: SourceIDFromName(name)}, name, data)
	if err != nil {
		t.Fatalf("NewDocument: %v", err)
	}
	return d
}

// describe renders a Document's metadata and text for a golden file.
func describe(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "media_type: %s\ncharset: %s\n", d.MediaType, d.Charset)
	m := d.Meta
	for _, f := range []struct {
		name  string
		field Field
	}{{"title", m.Title}, {"author", m.Author}, {"date", m.Date}, {"url", m.URL}, {"publisher", m.Publisher}, {"licence", m.Licence}} {
		if f.field.Value != "" {
			fmt.Fprintf(&b, "%s: %s [text %d:%d, raw %d:%d]\n", f.name, f.field.Value,
				f.field.Start, f.field.End, f.field.RawStart, f.field.RawEnd)
		}
	}
	fmt.Fprintf(&b, "body_start: %d\n--- text\n%s\n", m.BodyStart, d.Text)
	return b.String()
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range htmlFixtures(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			got := describe(loadFile(t, name))
			golden := filepath.Join("../../testdata/source", strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (review, then go test -update):\n%s", name, golden, got)
			}
		})
	}
}

func TestHTMLOffsets(t *testing.T) {
	for _, name := range htmlFixtures(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			d := loadFile(t, name)
			if p := offsetsProblem(d); p != "" {
				t.Fatal(p)
			}
		})
	}
}

// offsetsProblem checks the invariants of Offsets with an implementation of
// its own: len(Text)+1 entries, non-decreasing, inside Raw, and every rune of
// Text is what the file holds at its offset — the character itself, a
// character reference that decodes to it or, for inserted separators
// (space, newline, "|"), whitespace, a reference to whitespace or the '<'
// of a tag.
func offsetsProblem(d *Document) string {
	if len(d.Offsets) != len(d.Text)+1 {
		return fmt.Sprintf("len(Offsets) = %d, want len(Text)+1 = %d", len(d.Offsets), len(d.Text)+1)
	}
	for i, o := range d.Offsets {
		if o < 0 || o > len(d.Raw) || i > 0 && o < d.Offsets[i-1] {
			return fmt.Sprintf("Offsets[%d] = %d: out of range or decreasing", i, o)
		}
	}
	for i, r := range d.Text {
		o := d.Offsets[i]
		if o >= len(d.Raw) {
			return fmt.Sprintf("Text[%d] %q maps to the end of Raw", i, r)
		}
		at := d.Raw[o]
		if (r == ' ' || r == '\n' || r == '|') && (at == '<' || bytes.IndexByte([]byte(" \t\n\r\f"), at) >= 0) {
			continue
		}
		if at == '&' && strings.ContainsRune(unescapeAt(d.Raw[o:]), r) {
			continue
		}
		if (r == ' ' || r == '\n') && at == '&' && strings.IndexAny(unescapeAt(d.Raw[o:]), " \t\n\r\f") == 0 {
			continue // a separator standing for a reference to whitespace, e.g. &#9;
		}
		if got := firstRune(d.Charset, d.Raw[o:]); got != r {
			return fmt.Sprintf("Text[%d] = %q but Raw[%d:] starts with %q", i, r, o, got)
		}
	}
	return ""
}

// unescapeAt decodes the character reference at the start of b.
func unescapeAt(b []byte) string {
	end := bytes.IndexByte(b[:min(len(b), 40)], ';')
	if end < 0 {
		end = min(len(b), 40) - 1
	}
	return html.UnescapeString(string(b[:end+1]))
}

// firstRune decodes the first character of b in the given charset.
func firstRune(charset string, b []byte) rune {
	b = b[:min(len(b), 8)]
	if charset != "utf-8" {
		enc, err := htmlindex.Get(charset)
		if err != nil {
			return utf8.RuneError
		}
		b, _, _ = transform.Bytes(enc.NewDecoder(), b)
	}
	r, _ := utf8.DecodeRune(b)
	return r
}

func TestHTMLQuote(t *testing.T) {
	for _, name := range htmlFixtures(t) {
		d := loadFile(t, name)
		for _, f := range []Field{d.Meta.Title, d.Meta.Author, d.Meta.Date, d.Meta.URL, d.Meta.Publisher, d.Meta.Licence} {
			if f.Value == "" {
				continue
			}
			if f.Start != -1 || f.End != -1 {
				t.Errorf("%s: head field %q has a Text span %d:%d, want -1:-1", name, f.Value, f.Start, f.End)
			}
			if got := collapseSpace(d.Quote(f.RawStart, f.RawEnd)); got != f.Value {
				t.Errorf("%s: Quote(%d, %d) = %q, want %q", name, f.RawStart, f.RawEnd, got, f.Value)
			}
		}
	}
}

// TestScanAttrs compares the attribute scanner with the html tokenizer.
func TestScanAttrs(t *testing.T) {
	tags := []string{
		`<meta name="author" content='A &amp; B'>`,
		`<meta name=date content=2024-01-02/>`,
		`<link rel = "canonical"   href="x" href="second">`,
		`<meta =odd name content="">`,
		`<meta name="unterminated content=x>`,
		`<META NAME="Author" CONTENT="x">`,
	}
	for _, tag := range tags {
		z := html.NewTokenizer(strings.NewReader(tag))
		z.Next()
		want := map[string]string{}
		var order []string
		for {
			k, v, more := z.TagAttr()
			if _, seen := want[string(k)]; !seen && k != nil {
				want[string(k)] = string(v)
				order = append(order, string(k))
			}
			if !more {
				break
			}
		}
		for _, k := range order {
			a := findAttr(scanAttrs([]byte(tag)), k)
			if a == nil || a.value != want[k] {
				t.Errorf("%s: attribute %s = %+v, tokenizer says %q", tag, k, a, want[k])
			}
		}
	}
}

// deepHTML nests n divs around one word.
func deepHTML(n int) []byte {
	return []byte(strings.Repeat("<div>", n) + "word" + strings.Repeat("</div>", n))
}

// bigScriptHTML has about n bytes of script before one paragraph.
func bigScriptHTML(n int) []byte {
	return []byte("<script>" + strings.Repeat("var a = '<p>x</p>';\n", n/20) + "</script><p>after</p>")
}

func TestHTMLPathological(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"100000 nested divs", deepHTML(100000), "word"},
		{"100000 unclosed tags", []byte(strings.Repeat("<b><p>", 100000) + "x"), "x"},
		{"100000 stray end tags", []byte("<p>a" + strings.Repeat("</i>", 100000) + "b"), "ab"},
		{"5 MB script", bigScriptHTML(5 << 20), "after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDocument(Entry{}, "x.html", tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tt.want {
				t.Fatalf("Text = %.80q, want %q", d.Text, tt.want)
			}
			if p := offsetsProblem(d); p != "" {
				t.Fatal(p)
			}
		})
	}
}

func BenchmarkLoadHTMLDeep(b *testing.B) {
	data := deepHTML(100000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := NewDocument(Entry{}, "x.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadHTMLScript(b *testing.B) {
	data := bigScriptHTML(5 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := NewDocument(Entry{}, "x.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHTMLEmphasis(t *testing.T) {
	page := `<html><body><main><p>Read <em> Little Islands, <i>Long</i> Cables </em> and <cite>The Reef Report</cite>.</p>
<nav><em>Menu</em></nav></main></body></html>`
	d, err := NewDocument(Entry{SourceID: "x", Path: "x.html"}, "x.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Emphasis {
		got = append(got, d.Text[e[0]:e[1]])
	}
	want := []string{"Little Islands, Long Cables", "The Reef Report"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("emphasis %q, want %q (text %q)", got, want, d.Text)
	}
}

func TestHTMLHeaders(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"the site header is dropped, the article's header kept",
			`<html><body><header>Reef Observatory · Menu</header><main><header><h1>Reef Forum 2026</h1><p>4 June 2026</p></header><p>Text.</p></main></body></html>`,
			"Reef Forum 2026\n\n4 June 2026\n\nText."},
		{"without main or article every header is the page's",
			`<html><body><header>Reef Observatory</header><h1>Reef Forum 2026</h1><header>Menu</header><p>Text.</p></body></html>`,
			"Reef Forum 2026\n\nText."},
		{"a header inside an article, after one outside it",
			`<html><body><header>Site <header>nested</header> name</header><article><header><h1>Title</h1></header><p>Text.</p></article></body></html>`,
			"Title\n\nText."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDocument(Entry{SourceID: "x", Path: "x.html"}, "x.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(d.Text); got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}
