package extract

// findMeetingRoles finds chairs, organisers, hosts and funders.
func (b *builder) findMeetingRoles() {}
