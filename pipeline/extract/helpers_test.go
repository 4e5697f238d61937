package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

var (
	refOnce sync.Once
	refData *Reference
	refErr  error
)

// testRef loads the project's reference data once.
func testRef(t testing.TB) *Reference {
	t.Helper()
	refOnce.Do(func() { refData, refErr = LoadReference("../../raw") })
	if refErr != nil {
		t.Fatal(refErr)
	}
	return refData
}

// fileDoc loads the document of file f with manifest entry e, whose
// source id is the file's name without its extension.
func fileDoc(t testing.TB, f string, e source.Entry) *source.Document {
	t.Helper()
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(f)
	e.SourceID = strings.TrimSuffix(name, filepath.Ext(name))
	doc, err := source.NewDocument(e, f, data)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// textDoc makes a plain-text document of s, with its front matter read.
func textDoc(s string) *source.Document {
	return &source.Document{Entry: source.Entry{SourceID: "x"}, Raw: []byte(s), Text: s, MediaType: "text/plain", Meta: source.ParseFrontMatter(s)}
}

// extractText runs Extract over a plain text.
func extractText(t testing.TB, s string) Result {
	t.Helper()
	return Extract(textDoc(s), testRef(t))
}

// published returns the names of facts at or above the threshold, sorted.
func publishedOrgs(r Result) []string {
	var out []string
	for _, o := range r.Organisations {
		if o.Confidence >= Threshold {
			out = append(out, o.Name)
		}
	}
	sort.Strings(out)
	return out
}

func publishedPeople(r Result) []string {
	var out []string
	for _, p := range r.People {
		if p.Confidence >= Threshold {
			out = append(out, p.Name)
		}
	}
	sort.Strings(out)
	return out
}

func publishedMeetings(r Result) []Meeting {
	var out []Meeting
	for _, m := range r.Meetings {
		if m.Confidence >= Threshold {
			out = append(out, m)
		}
	}
	return out
}

// checkSpans fails when an evidence span lies outside the text.
func checkSpans(t testing.TB, text string, r Result) {
	t.Helper()
	var all []Evidence
	for _, o := range r.Organisations {
		all = append(all, o.Evidence...)
	}
	for _, p := range r.People {
		all = append(all, p.Evidence...)
	}
	for _, m := range r.Meetings {
		all = append(all, m.Evidence...)
		for _, s := range m.Sessions {
			all = append(all, s.Evidence...)
		}
	}
	for _, p := range r.Publications {
		all = append(all, p.Evidence...)
	}
	for _, e := range all {
		if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start > e.Span.End {
			t.Fatalf("span %v of field %s out of bounds (len %d)", e.Span, e.Field, len(text))
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
