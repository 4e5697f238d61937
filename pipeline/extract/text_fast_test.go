package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTextFastPaths compares titleCase and upperFirst with the plain
// definitions they shortcut.
func FuzzTextFastPaths(f *testing.F) {
	for _, s := range []string{"", "KEALOHA-REYES", "Kealoha", "kenya", "\xff", "\xffabc", "ÉCOLE", "1ST", "ﬁ", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, n := utf8.DecodeRuneInString(s)
		if got, want := upperFirst(s), string(unicode.ToUpper(r))+s[n:]; got != want {
			t.Errorf("upperFirst(%q) = %q, want %q", s, got, want)
		}
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, s)
		if isUpperWord(letters) != isUpperWord(s) {
			t.Errorf("isUpperWord(%q) = %v but isUpperWord of its letters %q = %v", s, isUpperWord(s), letters, isUpperWord(letters))
		}
	})
}
