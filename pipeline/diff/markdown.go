package diff

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxListed bounds the ids listed per table and per kind of change in the
// Markdown report, so a CHANGELOG entry stays readable; the JSON report lists
// every one.
const maxListed = 25

// maxValue bounds the length of a value shown in the Markdown report.
const maxValue = 80

// Markdown renders the report as Markdown meant to be pasted under a
// version's heading in CHANGELOG.md: a "Schema" section, then a "Rows"
// section with one line per table and the ids that changed.
func (r *Report) Markdown() []byte {
	var b bytes.Buffer
	b.WriteString("### Schema\n\n")
	if len(r.Schema) == 0 {
		b.WriteString("No changes to tables or columns.\n")
	}
	for _, c := range r.Schema {
		writeSchemaChange(&b, c)
	}
	b.WriteString("\n### Rows\n\n")
	fmt.Fprintf(&b, "| Table | Rows before%s | Rows after%s | Added | Removed | Changed |\n",
		versionLabel(r.OldVersion), versionLabel(r.NewVersion))
	b.WriteString("|---|--:|--:|--:|--:|--:|\n")
	for _, t := range r.Tables {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d |\n",
			t.Table, t.OldRows, t.NewRows, len(t.Added), len(t.Removed), len(t.Changed))
	}
	for _, t := range r.Tables {
		writeTableDiff(&b, t)
	}
	return b.Bytes()
}

// versionLabel renders a side's version for a column heading.
func versionLabel(v string) string {
	if v == "" {
		return ""
	}
	return " (" + v + ")"
}

func writeSchemaChange(b *bytes.Buffer, c SchemaChange) {
	b.WriteString("- ")
	if c.Breaking {
		b.WriteString("**Breaking:** ")
	}
	where := c.Table
	if c.Column != "" {
		where += "." + c.Column
	}
	fmt.Fprintf(b, "%s: %s", codeSpan(where), strings.ReplaceAll(string(c.Kind), "_", " "))
	switch {
	case c.Old != "" && c.New != "":
		fmt.Fprintf(b, ", %s → %s", codeSpan(c.Old), codeSpan(c.New))
	case c.Old != "":
		fmt.Fprintf(b, ", %s", codeSpan(c.Old))
	case c.New != "":
		fmt.Fprintf(b, ", %s", codeSpan(c.New))
	}
	if c.Detail != "" {
		fmt.Fprintf(b, " (%s)", c.Detail)
	}
	b.WriteString("\n")
}

func writeTableDiff(b *bytes.Buffer, t TableDiff) {
	if len(t.Added)+len(t.Removed)+len(t.Changed) == 0 {
		return
	}
	fmt.Fprintf(b, "\n#### %s\n\n", t.Table)
	writeIDs(b, "Added", t.Added)
	writeIDs(b, "Removed", t.Removed)
	for i, rc := range t.Changed {
		if i == maxListed {
			fmt.Fprintf(b, "- … and %d more changed rows (see the JSON report)\n", len(t.Changed)-maxListed)
			break
		}
		parts := make([]string, len(rc.Fields))
		for j, f := range rc.Fields {
			parts[j] = fmt.Sprintf("%s %s → %s", f.Field, showValue(f.Old), showValue(f.New))
		}
		fmt.Fprintf(b, "- Changed %s: %s\n", codeSpan(rc.ID), strings.Join(parts, "; "))
	}
}

func writeIDs(b *bytes.Buffer, label string, ids []string) {
	if len(ids) == 0 {
		return
	}
	shown := ids[:min(len(ids), maxListed)]
	spans := make([]string, len(shown))
	for i, id := range shown {
		spans[i] = codeSpan(id)
	}
	fmt.Fprintf(b, "- %s (%d): %s", label, len(ids), strings.Join(spans, ", "))
	if len(ids) > len(shown) {
		fmt.Fprintf(b, " and %d more (see the JSON report)", len(ids)-len(shown))
	}
	b.WriteString("\n")
}

// showValue renders a CSV value for the Markdown report: NULL for empty,
// otherwise a code span on one line, shortened to maxValue characters.
func showValue(v string) string {
	if v == "" {
		return "NULL"
	}
	v = strings.Join(strings.Fields(v), " ")
	if utf8.RuneCountInString(v) > maxValue {
		v = string([]rune(v)[:maxValue-1]) + "…"
	}
	return codeSpan(v)
}

// codeSpan wraps s in enough backticks that none inside ends the span, with
// spaces when s starts or ends with one (CommonMark 6.1).
func codeSpan(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		s = " " + s + " "
	}
	return fence + s + fence
}
