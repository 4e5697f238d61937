package score

import (
	"fmt"
	"strings"
)

// Format renders the result as the reference scorer prints it; with misses,
// it also lists the core items not found and the rows that match no gold.
func (r Result) Format(misses bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-14s%6s%6s%7s%8s%11s%7s\n", "table", "rows", "core", "found", "recall", "precision", "f1")
	for _, t := range Tables {
		s := r[t]
		fmt.Fprintf(&b, "%-14s%6d%6d%7d%8.3f%11.3f%7.3f\n", t, s.Rows, s.Core, s.CoreFound, s.Recall, s.Precision, s.F1)
		if !misses {
			continue
		}
		for _, m := range s.Missed {
			fmt.Fprintf(&b, "    missed: %s\n", m)
		}
		for _, u := range s.Unmatched {
			fmt.Fprintf(&b, "    not in gold: %s\n", u)
		}
	}
	fmt.Fprintf(&b, "macro-F1 %.3f\n", r.MacroF1())
	return b.String()
}
