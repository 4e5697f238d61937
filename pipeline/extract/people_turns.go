package extract

// confSpeakerTurn is the confidence of a name given in brackets after a
// speaker's role at the start of a transcript turn.
const confSpeakerTurn = 0.85

// speakerTurnAt reads the name in a transcript turn that opens with a role
// and gives the speaker in brackets, and returns the index after it:
//
//	MODERATOR (Keisha Braithwaite-Cole): Good morning, everyone.
//	Chair (Amb. Rui Tavares): We resume.
//
// A surname alone ("MODERATOR (Braithwaite-Cole):") is a later mention of
// the one person already found with that surname, or nothing.
func (b *builder) speakerTurnAt(toks []token, i int) (int, bool) {
	// The bracket first: isRoleWord, asked of every word, cost more.
	if i+3 >= len(toks) || toks[i+1].Text != "(" || !b.isRoleWord(toks[i].Text) || !clauseStart(toks, i) {
		return 0, false
	}
	c := closing(toks, i+1)
	if c < 0 || c+1 >= len(toks) || toks[c+1].Text != ":" {
		return 0, false
	}
	h := b.honorificAt(toks, i+2)
	n, ok := b.nameAt(toks, h, 1)
	if !ok || n.Last != c || b.isCovered(n.Span) {
		return 0, false
	}
	if n.Last-n.First == 1 {
		return b.knownSurname(n)
	}
	written := Span{toks[i+2].Start, n.End}
	b.personFromName(toks, n, written, "person.speaker-turn", confSpeakerTurn)
	return c + 1, true
}

// knownSurname adds the mention n of a surname alone to the one person
// whose surname it is.
func (b *builder) knownSurname(n personName) (int, bool) {
	sn := keyOf(titleCase(b.text[n.Start:n.End]))
	match := -1
	for k, p := range b.people {
		if keyOf(surname(p.Name)) == sn {
			if match >= 0 {
				return 0, false
			}
			match = k
		}
	}
	if match < 0 {
		return 0, false
	}
	p := &b.people[match]
	p.Evidence = append(p.Evidence, Evidence{"name", n.Span})
	b.cover(n.Span)
	return n.Last, true
}
