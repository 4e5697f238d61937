package extract

// findPublications finds publication mentions.
func (b *builder) findPublications() {}
