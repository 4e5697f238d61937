package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// particles are the lower-case parts of personal names: "van der Berg",
// "de la Cruz", "bin Rahmat".
var particles = map[string]bool{
	"van": true, "der": true, "den": true, "de": true, "la": true, "le": true,
	"da": true, "das": true, "do": true, "dos": true, "du": true, "del": true,
	"della": true, "di": true, "von": true, "zu": true, "bin": true, "binti": true,
	"al": true, "el": true, "ten": true, "ter": true, "ibn": true, "y": true,
	"arap": true, "ul": true, "ud": true, "bint": true, "ben": true, "dela": true,
	"ap": true, "ab": true, "verch": true, "ferch": true,
}

// gaelicPrefixes are capitalised parts of Irish and Scottish names that are
// short and in capitals, as acronyms are: "Cathal Ó Súilleabháin", "Áine Ní
// Bhriain", "Eoin Mac Cárthaigh".
var gaelicPrefixes = map[string]bool{"Ó": true, "Ní": true, "Nic": true, "Mac": true, "Ua": true, "Uí": true}

// personName is a name found in toks[Start:End] (token indexes).
type personName struct {
	First, Last int // token indexes, Last exclusive
	Span
}

// nameAt reads a personal name starting at toks[i]: two to five capitalised
// words and up to seven with particles ("Ana Lucía de la Cruz Ferrer"), the
// first and last capitalised, on one line.
// minWords lets a rule accept a bare surname ("Dr Kjærgaard").
func (b *builder) nameAt(toks []token, i, minWords int) (personName, bool) {
	j, caps := i, 0
	for j < len(toks) && j-i < 7 {
		t := toks[j]
		if j > i && isQuote(t.Text) && j+3 < len(toks) && isQuote(toks[j+2].Text) && toks[j+1].Word && isCap(toks[j+1].Text) && toks[j+3].Word && isCap(toks[j+3].Text) {
			j += 3 // a nickname in quotes inside the name: Reynaldo "Rey" Castañeda-Lim
			continue
		}
		if !t.Word || (j > i && !adjacent(toks[j-1], t)) {
			break
		}
		switch {
		case isCap(t.Text) && b.nameWord(t.Text):
			caps++
		case particlePrefixed(t.Text) && j > i:
			caps++ // "Nour al-Din Haddadeen"
		case particles[t.Text] && j+1 < len(toks) && toks[j+1].Word:
		default:
			j = -j - 1 // stop
		}
		if j < 0 {
			j = -j - 1
			break
		}
		j++
	}
	for j > i && !isCap(toks[j-1].Text) {
		j--
	}
	n := j - i
	if n < minWords || caps < minWords || caps > 5 || n > 7 || (n > 0 && !isCap(toks[i].Text) && !particles[toks[i].Text]) {
		return personName{}, false
	}
	return personName{i, j, Span{toks[i].Start, toks[j-1].End}}, true
}

// particlePrefixed reports whether w is a name joined to its particle by a
// hyphen: "al-Din", "el-Amin", "ul-Haq".
func particlePrefixed(w string) bool {
	k := strings.IndexAny(w, "-‑")
	return k > 0 && particles[w[:k]] && isCap(w[k+1:])
}

// nameWord reports whether a capitalised word can be part of a personal
// name: not a stop word, job title, word for a group ("Delegates"),
// organisation or event word, month, country or acronym.
func (b *builder) nameWord(w string) bool {
	// nameAt reads the words from every capitalised word on, so each is
	// asked about a few times: the answer is kept for the document.
	ok, seen := b.nameWords[w]
	if !seen {
		ok = b.isNameWord(w)
		if b.nameWords == nil {
			b.nameWords = map[string]bool{}
		}
		b.nameWords[w] = ok
	}
	return ok
}

// isNameWord is nameWord, computed.
func (b *builder) isNameWord(w string) bool {
	if k := strings.IndexAny(w, "'’"); k > 0 && contractionTails[strings.ToLower(w[k+utf8.RuneLen(rune(w[k])):])] {
		return false // "I'm", "We've": a pronoun and a verb
	}
	tc := titleCase(w)
	if b.ref.StopWords[tc] || b.ref.RoleWords[tc] || b.ref.Honorifics[tc] || b.ref.CollectiveNouns[tc] {
		return false
	}
	if _, ok := b.ref.Cues[tc]; ok {
		return false
	}
	if _, ok := lookupLower(b.ref.EventWords, w); ok {
		return false
	}
	if _, ok := b.ref.CountryOf(w); ok {
		return false
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return false
		}
	}
	if isUpperWord(w) && utf8.RuneCountInString(w) <= 4 && !strings.ContainsAny(w, "-'’") && !gaelicPrefixes[w] {
		return false // an acronym such as "CHAIR" label parts or "ICT"
	}
	return true
}

// honorificAt returns the index after an honorific at toks[i] ("Dr",
// "Amb.", "H.E. Ambassador", "Amb. (ret.)"), or i when there is none.
func (b *builder) honorificAt(toks []token, i int) int {
	j := i
	for j < len(toks) && toks[j].Word && b.isHonorific(toks[j].Text) {
		j++
		if j < len(toks) && toks[j].Text == "." {
			j++
		}
		// "Amb. (ret.) Beatriz …"
		if j+3 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == "." && toks[j+3].Text == ")" {
			j += 4
		}
	}
	return j
}

// isHonorific reports whether the word w is an honorific as a token holds
// it: in title case ("DR" is "Dr"), or, for initials whose last dot the
// tokenizer leaves out, with that dot ("H.E" is "H.E.").
func (b *builder) isHonorific(w string) bool {
	return b.ref.isHonorific(w) || strings.Contains(w, ".") && b.ref.Honorifics[w+"."]
}

// contractionTails end a pronoun contracted with a verb: "I'm", "We've".
var contractionTails = map[string]bool{"m": true, "ve": true, "ll": true, "re": true}

// nicknameRE matches a nickname in quotes inside a name, with the space
// before it: ` "Rey"` in `Reynaldo "Rey" Castañeda-Lim`.
var nicknameRE = regexp.MustCompile(`\s+["“][^"”\s]+["”]`)

// personFromName records the person named at n; written is the mention
// including any honorific, which becomes an alias.
func (b *builder) personFromName(toks []token, n personName, written Span, rule string, conf float64) string {
	written0 := b.text[n.Start:n.End]
	name := titleCaseWords(nicknameRE.ReplaceAllString(written0, ""))
	p := Person{Name: name}
	p.Rule, p.Confidence = rule, conf
	if written != n.Span {
		p.Aliases = []string{b.text[written.Start:written.End]}
	} else if name != written0 && !isUpperWord(written0) {
		p.Aliases = []string{written0} // "Ji-hoon PARK"
	}
	return b.addPerson(p, n.Span)
}

// addPerson records a person mention, merging mentions with the same key.
func (b *builder) addPerson(p Person, span Span) string {
	key := keyOf(p.Name)
	if i, ok := b.perByKey[key]; ok {
		cur := &b.people[i]
		if !hasSpan(cur.Evidence, span) {
			cur.Evidence = append(cur.Evidence, Evidence{"name", span})
		}
		for _, a := range p.Aliases {
			cur.Aliases = addAlias(cur.Aliases, a)
		}
		if p.Confidence > cur.Confidence {
			cur.Confidence, cur.Rule = p.Confidence, p.Rule
		}
		b.cover(span)
		return cur.Key
	}
	p.Key = key
	p.Evidence = []Evidence{{"name", span}}
	b.perByKey[key] = len(b.people)
	b.people = append(b.people, p)
	b.cover(span)
	return key
}

// surname returns the family-name part of a full name: from the first
// particle, or the last word ("Ana Lucía de la Cruz Ferrer" → "de la Cruz
// Ferrer", "Annelise Kjærgaard" → "Kjærgaard").
func surname(full string) string {
	f := strings.Fields(full)
	for i := 1; i < len(f)-1; i++ {
		if particles[f[i]] {
			return strings.Join(f[i:], " ")
		}
	}
	return f[len(f)-1]
}

// resolveSurnames adds later mentions of a surname alone ("Odhiambo-Were
// told reporters") to the one person whose name ends with it.
func (b *builder) resolveSurnames() {
	count := map[string]int{}
	for _, p := range b.people {
		count[keyOf(surname(p.Name))]++
	}
	for i := range b.people {
		p := &b.people[i]
		sn := surname(p.Name)
		if count[keyOf(sn)] != 1 || !strings.Contains(p.Name, " ") {
			continue
		}
		for _, form := range []string{sn, strings.ToUpper(sn), upperFirst(sn)} {
			for _, s := range wordOccurrences(b.text, form) {
				if b.isCovered(s) || s.Start < b.body {
					continue
				}
				p.Evidence = append(p.Evidence, Evidence{"name", s})
				p.Aliases = addAlias(p.Aliases, titleCaseKeep(form, sn))
				b.cover(s)
			}
		}
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if u := unicode.ToUpper(r); u != r || n == 0 || r == utf8.RuneError && n == 1 {
		return string(u) + s[n:]
	}
	return s // already capitalised: no copy (job-title lookups call this for every word)
}

// titleCaseKeep returns the surname as the full name writes it when the
// mention is in capitals.
func titleCaseKeep(form, sn string) string {
	if isUpperWord(form) {
		return sn
	}
	return form
}
