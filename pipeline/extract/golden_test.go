package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/pipeline/source"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden runs Extract on every fixture text and seed source and
// compares a readable dump with testdata/<name>.golden.
func TestGolden(t *testing.T) {
	entries := map[string]source.Entry{}
	if list, err := source.ReadManifest("../../raw"); err == nil {
		for _, e := range list {
			entries[filepath.Base(e.Path)] = e
		}
	}
	fixtures, _ := filepath.Glob("../../testdata/corpus/*")
	seeds, _ := filepath.Glob("../../raw/sources/*.txt")
	files := append(fixtures, seeds...)
	if len(files) == 0 {
		t.Fatal("no input texts found")
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			doc := fileDoc(t, f, entries[name])
			e := doc.Entry
			r := Extract(doc, testRef(t))
			checkSpans(t, doc.Text, r)
			got := dump(doc.Text, r)
			if again := dump(doc.Text, Extract(doc, testRef(t))); again != got {
				t.Fatal("Extract is not deterministic")
			}
			golden := filepath.Join("testdata", e.SourceID+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading %s: %v (run go test -update)", golden, err)
			}
			if got != string(want) {
				t.Errorf("%s differs; run go test ./pipeline/extract -update and review the diff", golden)
			}
		})
	}
}

// dump renders a Result as readable text, one fact per line with its
// confidence, rule and first quote.
func dump(text string, r Result) string {
	var b strings.Builder
	q := func(ev []Evidence) string {
		if len(ev) == 0 {
			return ""
		}
		return fmt.Sprintf("%q", text[ev[0].Span.Start:ev[0].Span.End])
	}
	for _, o := range r.Organisations {
		fmt.Fprintf(&b, "org  %.2f %-24s %s | acr=%s kind=%s country=%s parent=%s aliases=%q quote=%s\n",
			o.Confidence, o.Rule, o.Name, o.Acronym, o.Kind, o.CountryCode, o.ParentKey, o.Aliases, q(o.Evidence))
	}
	for _, p := range r.People {
		fmt.Fprintf(&b, "per  %.2f %-24s %s | aliases=%q quote=%s\n", p.Confidence, p.Rule, p.Name, p.Aliases, q(p.Evidence))
	}
	for _, a := range r.Affiliations {
		fmt.Fprintf(&b, "aff  %s -> %s | %s\n", a.PersonKey, a.OrgKey, a.RoleTitle)
	}
	for _, m := range r.Meetings {
		fmt.Fprintf(&b, "mtg  %.2f %-24s %s | %v..%v kind=%s ord=%d body=%s people=%d orgs=%d aliases=%q\n",
			m.Confidence, m.Rule, m.Name, m.Start, m.End, m.Kind, m.Ordinal, m.BodyKey, m.ParticipantCount, m.OrganisationCount, m.Aliases)
		if m.Venue != "" || m.City != "" || m.CountryCode != "" {
			fmt.Fprintf(&b, "  at  venue=%q city=%q country=%s\n", m.Venue, m.City, m.CountryCode)
		}
		for _, s := range m.Sessions {
			fmt.Fprintf(&b, "  ses %d %s | kind=%s date=%v %s-%s room=%s\n", s.Seq, s.Title, s.Kind, s.Date, s.StartTime, s.EndTime, s.Room)
		}
	}
	for _, p := range r.Participations {
		fmt.Fprintf(&b, "par  %s %s%s in %s\n", p.Role, p.OrgKey, p.PersonKey, p.MeetingKey)
	}
	for _, p := range r.Publications {
		fmt.Fprintf(&b, "pub  %.2f %-24s %s | symbol=%s kind=%s self=%v licence=%s authors=%d aliases=%q\n",
			p.Confidence, p.Rule, p.Title, p.Symbol, p.Kind, p.Self, p.Licence, len(p.Authors), p.Aliases)
	}
	return b.String()
}
