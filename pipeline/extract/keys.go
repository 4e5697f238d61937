package extract

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

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
	if isASCIIKey(s) {
		return s
	}
	// An ASCII key costs less to build than to find in keyMemo, whose
	// entries miss the caches once there are many.
	var buf [64]byte
	if k, ok := appendASCIIKey(buf[:0], s); ok {
		return string(k)
	}
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

// isASCIIKey reports whether s is its own key, names.Key(s) == s: ASCII
// is its own decomposition, without combining marks or typographic
// punctuation, so s is a key when it has no upper-case letter and its only
// spaces are single ' ' between other characters. Most words the rules key
// are, and checking is cheaper than a lookup in keyMemo.
func isASCIIKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || 'A' <= c && c <= 'Z':
			return false
		case isASCIISpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || isASCIISpace(s[i+1])):
			return false
		}
	}
	return true
}

// isASCIISpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// lookupKey is m[nameKey(name)] without a key string when name is short
// ASCII: its key is then name lower-cased with its runs of spaces made one
// and trimmed (see isASCIIKey), built on the stack. The reference lookups
// of every capitalised phrase (CountryOf above all) spent a twentieth of
// extraction time in keyMemo, whose many entries miss the caches.
func lookupKey[V any](m map[string]V, name string) (V, bool) {
	var buf [64]byte
	if k, ok := appendASCIIKey(buf[:0], name); ok {
		v, found := m[string(k)]
		return v, found
	}
	v, found := m[nameKey(name)]
	return v, found
}

// appendASCIIKey appends names.Key(s) to dst when s is ASCII, and
// reports false otherwise.
func appendASCIIKey(dst []byte, s string) ([]byte, bool) {
	start, space := len(dst), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case isASCIISpace(c):
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, lower(c))
	}
	return dst, true
}
