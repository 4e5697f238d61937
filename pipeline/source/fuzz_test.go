package source

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadManifest checks that any manifest bytes give positioned problems
// (never a panic) and that a manifest read without problems survives a
// write → read round trip.
func FuzzReadManifest(f *testing.F) {
	sha := sha256Hex([]byte("x"))
	f.Add([]byte(header + "a,sources/a.txt,,T,,2024-01-02,,," + sha + "\n"))
	f.Add([]byte(header + `b,sources/b.html,"u,1","Q ""x""",P,,2025-01-01,L,` + sha + "\r\n"))
	f.Add([]byte(header + "a,sources/../a.txt,,T,,2019-02-31,,,3f2a\na,x\n\"bad\"quote,\n"))
	f.Add([]byte("source_id,path\n"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, _, errs := parseManifest("m.csv", data)
		for _, e := range errs {
			if e.Err == nil || !strings.HasPrefix(e.Error(), "m.csv") {
				t.Fatalf("problem without sentinel or position: %v", e)
			}
		}
		if len(errs) > 0 {
			return
		}
		var entries []Entry
		for _, r := range rows {
			if !r.ok {
				t.Fatalf("row %+v has a problem but none was reported", r.Entry)
			}
			r.Entry.Line = 0
			entries = append(entries, r.Entry)
		}
		out, err := encodeManifest(entries)
		if err != nil {
			t.Fatal(err)
		}
		again, _, errs := parseManifest("m.csv", out)
		if len(errs) > 0 {
			t.Fatalf("rereading the written manifest: %v\n%s", errs, out)
		}
		for i := range again {
			again[i].Entry.Line = 0
			if !reflect.DeepEqual(again[i].Entry, entries[i]) {
				t.Fatalf("round trip changed row %d: %+v → %+v", i, entries[i], again[i].Entry)
			}
		}
	})
}

// FuzzLoadHTML checks that any bytes load as HTML or are refused with a
// sentinel error, and that Offsets keeps its invariants.
func FuzzLoadHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T &amp; U</title><meta name=author content='A'></head><body><p>a&ampb</p></body></html>"))
	f.Add([]byte("<main><ol><li>one<li>two</ol><table><tr><td>a<td>b</table><pre>\n x\n</pre></main>"))
	f.Add([]byte("<meta charset=windows-1252><p>caf\xe9 &#8211; \x93q\x94</p>"))
	f.Add([]byte("<meta charset=shift_jis><p>\x83T\x83C\x83o\x81[</p>"))
	f.Add([]byte("<meta charset=utf-16le><p>x</p>"))
	f.Add([]byte("<article><script>if (a<b) {}</script>&notit; &#x110000; &#0;</article>"))
	f.Add([]byte("<p>x</i></b></p></body></html>text after"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDocument(Entry{}, "f.html", data)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not an ErrorList: %v", err)
			}
			for _, e := range list {
				if !errors.Is(e, ErrEmpty) && !errors.Is(e, ErrBinary) && !errors.Is(e, ErrEncoding) {
					t.Fatalf("unexpected problem: %v", e)
				}
			}
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("Text is not UTF-8: %q", d.Text)
		}
		if p := offsetsProblem(d); p != "" {
			t.Fatal(p)
		}
	})
}

// FuzzFrontMatter checks that fields quote the text at their spans and lie
// inside the block.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: T\nurl: https://example.org\n---\nbody")
	f.Add("---\r\nauthor: 'A'\r\n\r\ndate: \"2024\"\r\n---\r\n")
	f.Add("\ufeff---\nlicense: CC\n---")
	f.Add("---\nnot front matter\n---\n")
	f.Add("---\n")
	f.Fuzz(func(t *testing.T, text string) {
		m := ParseFrontMatter(text)
		if m.BodyStart < 0 || m.BodyStart > len(text) {
			t.Fatalf("BodyStart %d outside the text", m.BodyStart)
		}
		for _, fd := range []Field{m.Title, m.Author, m.Date, m.URL, m.Publisher, m.Licence} {
			if fd.Value == "" {
				continue
			}
			if m.BodyStart == 0 {
				t.Fatalf("field %q without a front matter block", fd.Value)
			}
			if fd.End > m.BodyStart || text[fd.Start:fd.End] != fd.Value || fd.RawStart != fd.Start || fd.RawEnd != fd.End {
				t.Fatalf("field %q: spans %d:%d raw %d:%d, body at %d", fd.Value, fd.Start, fd.End, fd.RawStart, fd.RawEnd, m.BodyStart)
			}
			if strings.ContainsAny(fd.Value, "\r\n") {
				t.Fatalf("field %q spans lines", fd.Value)
			}
		}
	})
}
