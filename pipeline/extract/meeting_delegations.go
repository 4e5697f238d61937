package extract

import "strings"

// delegationRE matches the phrases meetings coverage uses for a State or an
// organisation taking the floor, with the party after them: "The
// representative of Brazil said …", "the delegate of Kenya", "the
// representatives of Canada and Fiji", "the speaker for Indonesia", "the
// observer for the African Union", "speaking on behalf of the African
// Group".
var delegationRE = wordStart(`(?i)\b(?:representatives?|delegates?|delegations?|speakers?|observers?) (?:of|for) |\bspeaking on behalf of `,
	"representative", "delegate", "delegation", "speaker", "speaking on behalf of ", "observer")

// findDelegations records each State or organisation that takes part in
// the main meeting of the text through its delegation, as a participant. The party is an organisation, never a person: "the representative
// of Brazil" names no one.
func (b *builder) findDelegations() {
	main := b.mainMeeting()
	if main < 0 {
		return
	}
	for _, s := range b.memo.sentences(b.body, len(b.text)) {
		for _, m := range delegationRE.FindAllStringIndex(b.text[s.Start:s.End]) {
			b.parties(main, s.Start+m[1], s.End, "participant")
		}
	}
}

// splitKnownAnd splits "Canada and Fiji", which reads as one capitalised
// phrase, into its parts when each part is a country or a known body.
func (b *builder) splitKnownAnd(s Span) []Span {
	k := strings.Index(b.text[s.Start:s.End], " and ")
	if k < 0 {
		return []Span{s}
	}
	left, right := Span{s.Start, s.Start + k}, Span{s.Start + k + 5, s.End}
	if strings.HasPrefix(b.text[right.Start:right.End], "the ") {
		right.Start += 4
	}
	if !b.isKnownName(b.text[left.Start:left.End]) || !b.isKnownName(b.text[right.Start:right.End]) {
		return []Span{s}
	}
	return []Span{left, right}
}
