package extract

// findMeetings finds meeting mentions.
func (b *builder) findMeetings() {}
