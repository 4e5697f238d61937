package extract

import (
	"strings"
	"unicode/utf8"
)

// keyFilter rules out, without hashing it, most strings that are no key of
// a word list: it records for each byte the lengths of the keys that start
// with it and of those that end with it. The rules ask the word lists about
// every word of every sentence (is it a meeting word, an honorific, a
// country?), and nearly every answer is no: the map lookups took a seventh
// of extraction time.
type keyFilter struct {
	first, last [256]uint64 // bit min(length, 63) is set for each key that starts (ends) with the byte
}

// newKeyFilter returns the filter of m's keys.
func newKeyFilter[V any](m map[string]V) keyFilter {
	var f keyFilter
	for k := range m {
		if k == "" {
			continue // mayHave lets the empty string through
		}
		bit := lengthBit(len(k))
		f.first[k[0]] |= bit
		f.last[k[len(k)-1]] |= bit
	}
	return f
}

func lengthBit(n int) uint64 { return 1 << min(n, 63) }

// mayHave reports false when k is certainly no key, true when it may be.
func mayHave[S ~string | ~[]byte](f *keyFilter, k S) bool {
	if len(k) == 0 {
		return true
	}
	bit := lengthBit(len(k))
	return f.first[k[0]]&bit != 0 && f.last[k[len(k)-1]]&bit != 0
}

// mayStart reports false when no key starts with the byte c.
func (f *keyFilter) mayStart(c byte) bool { return f.first[c] != 0 }

// referenceFilters are the filters of the word lists asked about every word.
type referenceFilters struct {
	honorifics, eventWords, countries, bodies, cities, listLabels keyFilter
}

// buildFilters computes the filters once every list is loaded.
func (r *Reference) buildFilters() {
	r.filters = referenceFilters{
		honorifics: newKeyFilter(r.Honorifics),
		eventWords: newKeyFilter(r.EventWords),
		countries:  newKeyFilter(r.countryByKey),
		bodies:     newKeyFilter(r.bodyByKey),
		cities:     newKeyFilter(r.cityByKey),
		listLabels: newKeyFilter(r.ListLabels),
	}
}

// isHonorific is r.Honorifics[titleCase(w)]. titleCase keeps an ASCII first
// byte ("Dr", "DR" → "Dr"), so a word whose first byte starts no honorific
// (a word in lower case, a number) is none.
func (r *Reference) isHonorific(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && !r.filters.honorifics.mayStart(w[0]) {
		return false
	}
	return r.Honorifics[titleCase(w)]
}

// listLabel is r.ListLabels[w]: speaksOfOrgs asks it about every word of
// a text.
func (r *Reference) listLabel(w string) string {
	if !mayHave(&r.filters.listLabels, w) {
		return ""
	}
	return r.ListLabels[w]
}

// lookupLowerFiltered is lookupLower(m, w) for a map whose filter is f;
// a nil f filters nothing.
func lookupLowerFiltered[V any](m map[string]V, f *keyFilter, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		buf[i] = lowerASCII(w[i])
	}
	if f != nil && !mayHave(f, buf[:len(w)]) {
		var zero V
		return zero, false
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lookupKeyFiltered is lookupKey(m, name) for a map whose filter is f.
func lookupKeyFiltered[V any](m map[string]V, f *keyFilter, name string) (V, bool) {
	var buf [64]byte
	if k, ok := appendASCIIKey(buf[:0], name); ok {
		if !mayHave(f, k) {
			var zero V
			return zero, false
		}
		v, found := m[string(k)]
		return v, found
	}
	v, found := m[nameKey(name)]
	return v, found
}
