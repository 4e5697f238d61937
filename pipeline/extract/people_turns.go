package extract

import "strings"

// confSpeakerTurn is the confidence of a name given in brackets after a
// speaker's role at the start of a transcript turn.
const confSpeakerTurn = 0.85

// speakerTurnAt reads the name in a transcript turn that opens with a role,
// or a label in capitals, and gives the speaker in brackets, with or
// without an affiliation, and returns the index after it:
//
//	MODERATOR (Keisha Braithwaite-Cole): Good morning, everyone.
//	Chair (Amb. Rui Tavares): We resume.
//	QUESTION FROM THE AUDIENCE (Ruth Achieng, Nairobi Data Trust): Who …?
//
// A surname alone ("MODERATOR (Braithwaite-Cole):") is a later mention of
// the one person already found with that surname, or nothing.
func (b *builder) speakerTurnAt(toks []token, i int) (int, bool) {
	k := b.turnLabelEnd(toks, i)
	if k < 0 || k+2 >= len(toks) {
		return 0, false
	}
	c := closing(toks, k)
	if c < 0 || c+1 >= len(toks) || toks[c+1].Text != ":" {
		return 0, false
	}
	h := b.honorificAt(toks, k+1)
	n, ok := b.nameAt(toks, h, 1)
	if !ok || b.isCovered(n.Span) || n.Last != c && (toks[n.Last].Text != "," || n.Last-n.First < 2) {
		return 0, false
	}
	if n.Last-n.First == 1 {
		return b.knownSurname(n)
	}
	written := Span{toks[k+1].Start, n.End}
	key := b.personFromName(toks, n, written, "person.speaker-turn", confSpeakerTurn)
	if n.Last != c {
		b.affiliate(key, toks[:c], n.Last)
	}
	return c + 1, true
}

// turnLabelEnd returns the index of the "(" after the label that opens a
// turn at toks[i], or -1: a role word ("Chair"), or up to five words in
// capitals at the start of a line ("QUESTION FROM THE AUDIENCE").
func (b *builder) turnLabelEnd(toks []token, i int) int {
	if !clauseStart(toks, i) {
		return -1
	}
	k := i
	for k < len(toks) && k-i < 5 && toks[k].Word && isUpperWord(toks[k].Text) {
		k++
	}
	switch {
	case k > i && k < len(toks) && toks[k].Text == "(" && strings.TrimLeft(b.text[b.memo.lineStart(toks[i].Start):toks[i].Start], " \t*_") == "":
		return k
	case i+1 < len(toks) && b.isRoleWord(toks[i].Text) && toks[i+1].Text == "(":
		return i + 1
	}
	return -1
}

// knownSurname adds the mention n of a surname alone to the one person
// whose surname it is.
func (b *builder) knownSurname(n personName) (int, bool) {
	match, count := b.surnameOwners(n)
	if count != 1 {
		return 0, false
	}
	p := &b.people[match]
	p.Evidence = append(p.Evidence, Evidence{"name", n.Span})
	b.cover(n.Span)
	return n.Last, true
}

// confVerbatimTurn is the confidence of a speaker known only by honorific
// and surname at the start of a verbatim record's turn.
const confVerbatimTurn = 0.7

// verbatimTurnAt reads the speaker of a turn in a UN verbatim record, who is
// named by honorific and surname with the delegation in brackets:
//
//	Mr. Sørensen (Denmark): I have the honour to speak on behalf of …
//
// A surname that a full name found earlier ends with is that person;
// otherwise the surname alone is the person's name, affiliated to the
// delegation.
func (b *builder) verbatimTurnAt(toks []token, i int) (int, bool) {
	h := b.honorificAt(toks, i)
	if h == i || !clauseStart(toks, i) || strings.TrimLeft(b.text[b.memo.lineStart(toks[i].Start):toks[i].Start], " \t*_") != "" {
		return 0, false
	}
	n, ok := b.nameAt(toks, h, 1)
	if !ok || n.Last-n.First != 1 || n.Last >= len(toks) || toks[n.Last].Text != "(" || b.isCovered(n.Span) {
		return 0, false
	}
	c := closing(toks, n.Last)
	if c < 0 || c+1 >= len(toks) || toks[c+1].Text != ":" {
		return 0, false
	}
	if end, ok := b.knownSurname(n); ok {
		return end, true
	}
	key := b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.verbatim-turn", confVerbatimTurn)
	b.affiliate(key, toks[:c+1], n.Last)
	return c + 1, true
}

// capsTurnAt reads the speaker of a transcript turn written in capitals
// after a role, the name ending at a colon:
//
//	COMMISSIONER HALIMA OSEI-TRAORE: Good morning.
//	CHAIR OKONJO: We resume.
//
// A surname alone joins the one person found with it, or is the person.
func (b *builder) capsTurnAt(toks []token, i int) (int, bool) {
	if i+2 >= len(toks) || !isUpperWord(toks[i].Text) || !b.isRoleWord(toks[i].Text) ||
		strings.TrimLeft(b.text[b.memo.lineStart(toks[i].Start):toks[i].Start], " \t*_") != "" {
		return 0, false
	}
	n, ok := b.nameAt(toks, i+1, 1)
	if !ok || n.Last >= len(toks) || toks[n.Last].Text != ":" || b.isCovered(n.Span) || !isUpperWord(b.text[n.Start:n.End]) {
		return 0, false
	}
	if n.Last-n.First == 1 {
		if end, ok := b.knownSurname(n); ok {
			return end, true
		}
		b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.verbatim-turn", confVerbatimTurn)
		return n.Last + 1, true
	}
	b.personFromName(toks, n, Span{toks[i].Start, n.End}, "person.speaker-turn", confSpeakerTurn)
	return n.Last + 1, true
}

// captionTurnAt reads the speaker of a turn in a live-caption transcript,
// a name in capitals after ">>" at the start of a line:
//
//	>> ANA RUIZ-HOLT: Good morning, everyone.
//	>> LUCIA FERNANDEZ ARBELAEZ: Thank you.
//
// Captions drop accents and hyphens: a name that matches a person already
// found, once both are folded ("Lucía Fernández-Arbeláez"), is that person.
func (b *builder) captionTurnAt(toks []token, i int) (int, bool) {
	if i < 2 || toks[i-1].Text != ">" || toks[i-2].Text != ">" || !isUpperWord(toks[i].Text) ||
		strings.TrimLeft(b.text[b.memo.lineStart(toks[i].Start):toks[i-2].Start], " \t") != "" {
		return 0, false
	}
	// Words in capitals up to the colon, each a name word once in title
	// case: short ones ("ANA", "SEO") would read as acronyms otherwise.
	j := i
	for j < len(toks) && j < i+6 && toks[j].Word && isUpperWord(toks[j].Text) && (particles[strings.ToLower(toks[j].Text)] || b.nameWord(titleCase(toks[j].Text))) {
		j++
	}
	if j-i < 2 || j >= len(toks) || toks[j].Text != ":" {
		return 0, false
	}
	n := personName{i, j, Span{toks[i].Start, toks[j-1].End}}
	if b.isCovered(n.Span) {
		return 0, false
	}
	name := titleCaseWords(b.text[n.Start:n.End])
	if known, ok := b.personFolded(name); ok {
		name = known
	}
	p := Person{Name: name, Aliases: []string{b.text[n.Start:n.End]}}
	p.Rule, p.Confidence = "person.caption-turn", confSpeakerTurn
	b.addPerson(p, n.Span)
	return n.Last + 1, true
}

// personFolded returns the name of a person already found whose name
// equals name once both are lower-cased, stripped of diacritics and have
// hyphens as spaces.
func (b *builder) personFolded(name string) (string, bool) {
	f := foldName(name)
	for _, p := range b.people {
		if foldName(p.Name) == f {
			return p.Name, true
		}
	}
	return "", false
}

// foldName lower-cases a name, drops its diacritics and turns hyphens into
// spaces: "Lucía Fernández-Arbeláez" is "lucia fernandez arbelaez".
func foldName(name string) string {
	var sb strings.Builder
	for _, r := range name {
		if r == '-' || r == '‑' {
			r = ' '
		}
		sb.WriteRune(fold(r))
	}
	return sb.String()
}
