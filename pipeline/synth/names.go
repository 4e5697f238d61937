package synth

import (
	"math/rand/v2"
	"strings"
)

// Syllables from which names of people and places are made. They are not
// names themselves: combined two to four at a time they give pronounceable
// words ("Ka"+"ve"+"lin" → "Kavelin") of which there are millions, so a
// pool can grow with the corpus without repeating.
var (
	onsets = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
		"br", "ch", "dr", "gr", "kh", "kr", "sh", "st", "th", "tr"}
	vowels = []string{"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ia", "ou", "ei"}
	codas  = []string{"", "", "", "n", "r", "l", "s", "m", "k", "nd", "st", "th"}
)

// word makes a capitalised word of syllables syllables.
func word(r *rand.Rand, syllables int) string {
	var b strings.Builder
	for i := range syllables {
		b.WriteString(onsets[r.IntN(len(onsets))])
		b.WriteString(vowels[r.IntN(len(vowels))])
		if i == syllables-1 || r.IntN(3) == 0 {
			b.WriteString(codas[r.IntN(len(codas))])
		}
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// uniqueWords makes n distinct words of 2 to maxSyl syllables. The word
// length grows with n so that the space of words stays much larger than n.
func uniqueWords(r *rand.Rand, n, maxSyl int) []string {
	seen := make(map[string]bool, n)
	out := make([]string, 0, n)
	for len(out) < n {
		w := word(r, 2+r.IntN(maxSyl-1))
		if len(w) < 4 || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// syllablesFor is the longest word needed for n distinct words.
func syllablesFor(n int) int {
	switch {
	case n < 2000:
		return 3
	case n < 200000:
		return 4
	}
	return 5
}

// acronym is the initials of the capitalised words of name ("Leman
// Institute for Technology" → "LIT").
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T {
	return xs[r.IntN(len(xs))]
}
