package extract

import "strings"

// connectors are the lower-case words allowed inside a capitalised name:
// "Ministry of Foreign Affairs", "Universidad del Litoral", "University of
// the South Pacific".
var connectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "on": true, "in": true,
	"de": true, "la": true, "le": true, "les": true, "du": true, "des": true, "au": true, "aux": true,
	"da": true, "do": true, "dos": true, "das": true, "del": true, "los": true,
	"las": true, "y": true, "e": true, "et": true, "für": true, "van": true,
	"von": true, "der": true, "den": true, "a": true, "di": true, "&": true,
	// Portuguese, Spanish, French and German: "Instituto de Pesquisa em
	// Direito e Tecnologia", "Centre pour la sécurité", "Zentrum für …".
	"em": true, "en": true, "pour": true, "sur": true, "und": true, "zur": true, "para": true, "por": true,
	// Swahili and Indonesian: "Kituo cha Usalama wa Kidijitali".
	"cha": true, "wa": true, "ya": true, "za": true, "dan": true,
}

// phrase is a run of capitalised words with the connectors between them.
type phrase struct {
	Span
	Words []token // the tokens of the phrase, connectors included
}

// text returns the phrase as written.
func (p phrase) text(src string) string { return src[p.Start:p.End] }

// capPhrases returns the maximal capitalised phrases among toks. A connector
// joins two capitalised words only when a capitalised word follows it
// directly ("and the" ends a phrase: "the AU Commission and the ITU" is two),
// except "of the", "on the", "for the" and "de la" style pairs.
func capPhrases(toks []token) []phrase {
	var out []phrase
	for i := 0; i < len(toks); {
		if !toks[i].Word || !isCap(toks[i].Text) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if toks[j].Word && isCap(toks[j].Text) && adjacent(toks[j-1], toks[j]) {
				j++
				continue
			}
			if slashJoin(toks, j) || saintDot(toks, j) || pluralPossessive(toks, j) {
				j += 2 // "Cable/ICT Security", "University of St. Brendan"
				continue
			}
			if k := connectorRun(toks, j); k > j {
				j = k
				continue
			}
			break
		}
		out = append(out, phrase{Span{toks[i].Start, toks[j-1].End}, toks[i:j]})
		i = j
	}
	return out
}

// slashJoin reports whether toks[j] is a slash that joins the word before
// it to a capitalised word after it with no space, within one name
// ("Conference on Cable/ICT Security"). Two acronyms so joined
// ("UNODA/UNIDIR") are two names.
func slashJoin(toks []token, j int) bool {
	if j+1 >= len(toks) || j == 0 || toks[j].Text != "/" {
		return false
	}
	prev, next := toks[j-1], toks[j+1]
	return prev.End == toks[j].Start && toks[j].End == next.Start && prev.Word && next.Word &&
		isCap(next.Text) && !isUpperWord(prev.Text)
}

// saintDot reports whether toks[j] is the full stop of "St." or "Mt."
// inside a name, followed by a capitalised word: "St. Brendan".
func saintDot(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j].Text != "." {
		return false
	}
	prev := toks[j-1].Text
	return (prev == "St" || prev == "Ste" || prev == "Mt") && toks[j-1].End == toks[j].Start &&
		toks[j+1].Word && isCap(toks[j+1].Text) && adjacent(toks[j], toks[j+1])
}

// pluralPossessive reports whether toks[j] is the apostrophe of a plural
// possessive inside a name, followed by a capitalised word: "Senior
// Officials' Meeting".
func pluralPossessive(toks []token, j int) bool {
	if j == 0 || j+1 >= len(toks) || toks[j].Text != "'" && toks[j].Text != "’" {
		return false
	}
	prev := toks[j-1]
	return prev.End == toks[j].Start && strings.HasSuffix(prev.Text, "s") && toks[j+1].Word && isCap(toks[j+1].Text) && adjacent(toks[j], toks[j+1]) && toks[j].End < toks[j+1].Start
}

// adjacent reports whether b follows a with only spaces between (no line
// break, so that a heading does not run into the next line).
func adjacent(a, b token) bool {
	return b.Start-a.End <= 2
}

// connectorRun returns the index after a run of one or two connectors at j
// (three for "of and in") that is followed by a capitalised word, or j when
// there is none.
func connectorRun(toks []token, j int) int {
	k := j
	limit := 2
	if j+2 < len(toks) && toks[j+1].Text == "and" && connectors[toks[j].Text] && connectors[toks[j+2].Text] {
		limit = 4 // "Security of and in the Use of ICTs"
	}
	for k < len(toks) && k-j < limit && toks[k].Word && connectors[toks[k].Text] {
		k++
	}
	if k == j || k >= len(toks) || !toks[k].Word || !isCap(toks[k].Text) {
		return j
	}
	if k-j == 2 && toks[j].Text == "and" {
		return j // "X and the Y" is two names
	}
	if toks[j].Text == "the" || toks[j].Text == "a" {
		return j
	}
	return k + 1
}

// words returns the words of a phrase.
func (p phrase) words() []string {
	n := 0
	for _, t := range p.Words {
		if t.Word {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n) // one allocation, not one per doubling
	for _, t := range p.Words {
		if t.Word {
			out = append(out, t.Text)
		}
	}
	return out
}

// hasWord reports whether the phrase contains w as a word.
func (p phrase) hasWord(w string) bool {
	for _, t := range p.Words {
		if t.Text == w {
			return true
		}
	}
	return false
}

// trimLeadingThe drops a leading "The" from a phrase ("The Halvorsen
// Institute" → "Nordvik Institute").
func (p phrase) trimLeadingThe() phrase {
	for len(p.Words) > 1 && (p.Words[0].Text == "The" || p.Words[0].Text == "THE") {
		p.Words = p.Words[1:]
		p.Start = p.Words[0].Start
	}
	return p
}

// lastWord returns the last word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// splitAtHonorifics splits a phrase where "and" or "&" joins two names
// (see honorificJoin): "the University of Ghana and Ms Ama Owusu of the
// Accra Digital Lab" is "University of Ghana" and "Ms Ama Owusu of the Accra
// Digital Lab".
func (b *builder) splitAtHonorifics(ps []phrase) []phrase {
	var out []phrase
	for _, p := range ps {
		for {
			k := b.honorificJoin(p.Words)
			if k < 0 {
				break
			}
			left := p.Words[:k]
			out = append(out, phrase{Span{left[0].Start, left[len(left)-1].End}, left})
			rest := p.Words[k+1:]
			p = phrase{Span{rest[0].Start, p.End}, rest}
		}
		out = append(out, p)
	}
	return out
}

// honorificJoin returns the index of an "and" or "&" in words that joins
// two names: one before an honorific ("University of Ghana and Ms Ama
// Owusu"), or one after a strong organisation cue that ends a name ("Volta
// Policy Institute and Dunamis Data"), or -1.
func (b *builder) honorificJoin(words []token) int {
	for k := 1; k+1 < len(words); k++ {
		if words[k].Text != "and" && words[k].Text != "&" {
			continue
		}
		if b.isHonorific(words[k+1].Text) {
			return k
		}
		if c, ok := b.ref.Cues[words[k-1].Text]; ok && c.Weight >= 1 && c.Kind != "venue" && isCap(words[k+1].Text) {
			return k
		}
	}
	return -1
}
