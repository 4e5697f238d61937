package extract

import (
	"reflect"
	"strings"
	"testing"
)

// naiveGazetteer is what gazetteerIndex.find replaces: one wordOccurrences
// scan per form and variant.
func naiveGazetteer(forms []string, text string) []occurrence {
	var out []occurrence
	for f, form := range forms {
		variants := []string{form}
		if up := strings.ToUpper(form); up != form {
			variants = append(variants, up)
		}
		for v, w := range variants {
			if spans := wordOccurrences(text, w); len(spans) > 0 {
				out = append(out, occurrence{use{int32(f), int32(v)}, spans})
			}
		}
	}
	return out
}

var indexForms = []string{"A B A", "Viet Nam", "UN", "Un", "X", "aa", "Niger", "Nigeria", "Guinea-Bissau", "Guinea"}

// FuzzGazetteerIndex requires the one-pass index to find what the per-form
// scans find, overlapping and self-similar forms included.
func FuzzGazetteerIndex(f *testing.F) {
	for _, s := range []string{
		"A B A B A and A B A.", "VIET NAM (Ms. Tran): Viet Nam's delegate", "UNUN x UN Un-led UN-X",
		"aaa aa X-ray X", "Niger, Nigeria and Guinea-Bissau; Guinea", "", "é UN\xff",
	} {
		f.Add(s)
	}
	g := newGazetteerIndex(indexForms)
	f.Fuzz(func(t *testing.T, text string) {
		got, want := g.find(text), naiveGazetteer(indexForms, text)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("find(%q):\n got %v\nwant %v", text, got, want)
		}
	})
}
