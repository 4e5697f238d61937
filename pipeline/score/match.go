package score

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	nonWord = regexp.MustCompile(`[^\p{L}\p{N}_/ ]+`)
	spaces  = regexp.MustCompile(`\s+`)
)

// normalise is the scorer's name normalisation: NFKD, no combining marks,
// case-folded, curly quotes straightened, punctuation to spaces, a leading
// "the " dropped.
func normalise(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteString(strings.ToLower(string(unicode.ToLower(r))))
	}
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(b.String())
	s = nonWord.ReplaceAllString(s, " ")
	s = strings.TrimSpace(spaces.ReplaceAllString(s, " "))
	return strings.TrimPrefix(s, "the ")
}

func tokens(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(normalise(s)) {
		out[w] = true
	}
	return out
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

func splitList(v string) []string {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if strings.HasPrefix(v, "[") {
		var xs []any
		if json.Unmarshal([]byte(v), &xs) == nil {
			var out []string
			for _, x := range xs {
				if s, ok := x.(string); ok {
					out = append(out, s)
				}
			}
			return out
		}
	}
	var out []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == '|' || r == ';' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func rowNames(table string, r Row) []string {
	var out []string
	for _, c := range nameCols[table] {
		out = append(out, r[c])
	}
	for _, c := range aliasCols {
		out = append(out, splitList(r[c])...)
	}
	var kept []string
	for _, n := range out {
		if strings.TrimSpace(n) != "" {
			kept = append(kept, n)
		}
	}
	return kept
}

func goldNames(it Item) []string {
	var out []string
	for _, k := range []string{"name", "title", "acronym"} {
		if s, _ := it.Fields[k].(string); s != "" {
			out = append(out, s)
		}
	}
	if also, ok := it.Fields["also"].([]any); ok {
		for _, a := range also {
			if s, _ := a.(string); s != "" {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		out = append(out, "")
	}
	return out
}

func similar(a, b, table string) bool {
	na, nb := normalise(a), normalise(b)
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	if table == "sessions" || table == "publications" || table == "meetings" {
		ta, tb := tokens(a), tokens(b)
		if len(ta) >= 3 && len(tb) >= 3 {
			return jaccard(ta, tb) >= 0.7
		}
	}
	return false
}

func datesMatch(it Item, r Row) bool {
	g, _ := it.Fields["start_date"].(string)
	p := strings.TrimSpace(r["start_date"])
	if g == "" || p == "" || !strings.HasPrefix(p, g) {
		return false
	}
	ge, _ := it.Fields["end_date"].(string)
	pe := strings.TrimSpace(r["end_date"])
	return ge == "" || (pe != "" && strings.HasPrefix(pe, ge))
}

func looselyNamed(it Item, r Row) bool {
	for _, p := range rowNames("meetings", r) {
		for _, g := range goldNames(it) {
			tp, tg := tokens(p), tokens(g)
			if len(tp) > 0 && len(tg) > 0 && jaccard(tp, tg) >= 1.0/3 {
				return true
			}
		}
	}
	return false
}

func matches(table string, it Item, r Row) bool {
	if g, _ := it.Fields["start_date"].(string); table == "meetings" && g != "" && datesMatch(it, r) {
		if len(g) == 10 || looselyNamed(it, r) {
			return true
		}
	}
	for _, p := range rowNames(table, r) {
		for _, g := range goldNames(it) {
			if similar(p, g, table) {
				return true
			}
		}
	}
	return false
}
