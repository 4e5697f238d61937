package normalise

import (
	"github.com/uncyber/uncyber/pipeline/extract/dates"
	"github.com/uncyber/uncyber/schemas"
)

// sources makes one row per input from its manifest entry and its bytes.
func (n *normaliser) sources() {
	for _, in := range n.inputs {
		e := in.Source.Entry
		n.ds.Sources = append(n.ds.Sources, schemas.Source{
			SourceID: e.SourceID, Path: e.Path, URL: e.URL, Title: e.Title, Publisher: e.Publisher,
			Published: isoDate(e.Published), Retrieved: isoDate(e.Retrieved), Licence: e.Licence,
			SHA256: in.Source.SHA256, Bytes: in.Source.Bytes, MediaType: in.Source.MediaType,
		})
	}
}

// isoDate converts a manifest date; the manifest reader has already refused
// impossible ones, so an unparsable value here is simply absent.
func isoDate(s string) *schemas.Date {
	if s == "" {
		return nil
	}
	d, err := dates.Parse(s)
	if err != nil {
		return nil
	}
	return dateOf(&d)
}
