package extract

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/uncyber/uncyber/pipeline/names"
)

// keyMemoMax bounds the strings nameKey remembers, so that a long build
// does not grow the memo without bound; past it, keys are computed anew.
const keyMemoMax = 200_000

// keyMemo remembers names.Key of short strings across documents and
// goroutines: the same country, body and city names are keyed in every
// text, and names.Key (Unicode normalisation) took a tenth of extraction
// time. names.Key is a pure function, so the memo changes no result.
var keyMemo struct {
	sync.Map
	n atomic.Int64
}

// nameKey is names.Key(s), remembered.
func nameKey(s string) string {
	if k, ok := keyMemo.Load(s); ok {
		return k.(string)
	}
	k := names.Key(s)
	if len(s) <= 64 && keyMemo.n.Load() < keyMemoMax {
		// A copy of s, so that the memo does not keep the document alive.
		if _, loaded := keyMemo.LoadOrStore(strings.Clone(s), k); !loaded {
			keyMemo.n.Add(1)
		}
	}
	return k
}
