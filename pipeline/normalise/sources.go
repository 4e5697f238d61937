package normalise

import (
	"github.com/uncyber/uncyber/pipeline/extract/dates"
	"github.com/uncyber/uncyber/schemas"
)

// sources makes the sources table, one row per input: in memory, or with
// stream set as a stream that reads each input's source back from its
// store when it is read (see sourceRows), so that the table, which grows
// with the corpus, is never held whole.
func (n *normaliser) sources(stream bool) {
	if stream {
		n.ds.SourcesStream = sourceRows(n.inputs)
		return
	}
	for i := range n.inputs {
		src := n.source(i)
		if n.err != nil {
			return
		}
		n.ds.Sources = append(n.ds.Sources, sourceRow(src))
	}
}

// source reads the source of input i; one that cannot be read is n.err.
func (n *normaliser) source(i int) Source {
	src, err := n.inputs[i].Source()
	if err != nil && n.err == nil {
		n.err = err
	}
	return src
}

// sourceRow is the row of the sources table of src.
func sourceRow(src Source) schemas.Source {
	e := src.Entry
	return schemas.Source{
		SourceID: e.SourceID, Path: e.Path, URL: e.URL, Title: e.Title, Publisher: e.Publisher,
		Published: isoDate(e.Published), Retrieved: isoDate(e.Retrieved), Licence: e.Licence,
		SHA256: src.SHA256, Bytes: src.Bytes, MediaType: src.MediaType,
	}
}

// sourceRows is the sources table of inputs sorted by source_id, read
// from their stores one row at a time.
type sourceRows []Input

// Len is the number of rows.
func (s sourceRows) Len() int { return len(s) }

// Each calls f with every row in source_id order, stopping at the first
// error from f or from reading a source.
func (s sourceRows) Each(f func(schemas.Source) error) error {
	for i := range s {
		src, err := s[i].Source()
		if err != nil {
			return err
		}
		if err := f(sourceRow(src)); err != nil {
			return err
		}
	}
	return nil
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
