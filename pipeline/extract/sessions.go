package extract

// findSessions finds agenda items and programme blocks.
func (b *builder) findSessions() {}

// inProgrammeTitle reports whether s is a session title line of a programme.
func (b *builder) inProgrammeTitle(s Span) bool { return false }
