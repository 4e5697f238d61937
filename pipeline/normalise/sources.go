package normalise

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/uncyber/uncyber/pipeline/extract/dates"
	"github.com/uncyber/uncyber/schemas"
)

// sources makes one row per input from its manifest entry and its bytes.
func (n *normaliser) sources() {
	for _, in := range n.inputs {
		e := in.Doc.Entry
		sum := sha256.Sum256(in.Doc.Raw)
		n.ds.Sources = append(n.ds.Sources, schemas.Source{
			SourceID: e.SourceID, Path: e.Path, URL: e.URL, Title: e.Title, Publisher: e.Publisher,
			Published: isoDate(e.Published), Retrieved: isoDate(e.Retrieved), Licence: e.Licence,
			SHA256: hex.EncodeToString(sum[:]), Bytes: int64(len(in.Doc.Raw)), MediaType: in.Doc.MediaType,
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
