package write

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/uncyber/uncyber/schemas"
)

// profileV2 is the JSON Schema of a Frictionless Data Package v2. A plain
// package, not the tabular profile: the Parquet resources would break it.
const profileV2 = "https://datapackage.org/profiles/2.0/datapackage.json"

// The structs below fix the key order of datapackage.json.
type dataPackage struct {
	Schema      string     `json:"$schema"`
	Name        string     `json:"name"`
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	Version     string     `json:"version"`
	Homepage    string     `json:"homepage,omitempty"`
	Licenses    []license  `json:"licenses"`
	Sources     []source   `json:"sources"`
	Resources   []resource `json:"resources"`
}

type license struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Title string `json:"title"`
}

type source struct {
	Title string `json:"title"`
	Path  string `json:"path,omitempty"`
}

// resource is a Data Resource. Type is "table" for the CSV tables; the
// Parquet files have none, which v2 reads as "a non-specific file".
type resource struct {
	Name        string       `json:"name"`
	Type        string       `json:"type,omitempty"`
	Path        string       `json:"path"`
	Title       string       `json:"title"`
	Description string       `json:"description"`
	Format      string       `json:"format"`
	Mediatype   string       `json:"mediatype"`
	Encoding    string       `json:"encoding,omitempty"`
	Bytes       int64        `json:"bytes"`
	Hash        string       `json:"hash"`
	Schema      *tableSchema `json:"schema,omitempty"`
}

type tableSchema struct {
	Fields      []field      `json:"fields"`
	PrimaryKey  []string     `json:"primaryKey"`
	ForeignKeys []foreignKey `json:"foreignKeys,omitempty"`
}

type field struct {
	Name        string      `json:"name"`
	Type        string      `json:"type"`
	Description string      `json:"description"`
	Constraints constraints `json:"constraints"`
}

type constraints struct {
	Required bool     `json:"required"`
	Enum     []string `json:"enum,omitempty"`
}

type foreignKey struct {
	Fields    []string  `json:"fields"`
	Reference reference `json:"reference"`
}

// reference leaves Resource out for a key into the same table, as v2 asks.
type reference struct {
	Resource string   `json:"resource,omitempty"`
	Fields   []string `json:"fields"`
}

// dataLicence is the licence of the data (LICENSE-DATA.md).
var dataLicence = license{
	Name:  "CC-BY-4.0",
	Path:  "https://creativecommons.org/licenses/by/4.0/",
	Title: "Creative Commons Attribution 4.0 International",
}

// defaultTitle is used when PackageMeta.Title is empty.
const defaultTitle = "uncyber: meetings of UN cyber diplomacy"

// tableFiles are the two files written for one table.
type tableFiles struct {
	CSV, Parquet writtenFile
}

// encodeDataPackage writes datapackage.json for the tables of the catalog in
// catalog order, files[i] being the files of schemas.Catalog[i]. The
// sources, one per text, are encoded one at a time into w: the bytes of one
// json.Encoder (no HTML escaping, two-space indent) over the whole package.
func encodeDataPackage(w io.Writer, ds *schemas.Dataset, meta PackageMeta, files []tableFiles) error {
	dp := dataPackage{
		Schema:      profileV2,
		Name:        "uncyber",
		Title:       cmp.Or(meta.Title, defaultTitle),
		Description: meta.Description,
		Version:     meta.Version,
		Homepage:    meta.Homepage,
		Licenses:    []license{dataLicence},
	}
	for i, t := range schemas.Catalog {
		dp.Resources = append(dp.Resources, csvResource(t, files[i].CSV))
	}
	for i, t := range schemas.Catalog {
		dp.Resources = append(dp.Resources, parquetResource(t, files[i].Parquet))
	}
	// Without its sources the package reads ..."sources": null,...; the
	// sources are written in the place of that null.
	rest, err := encodeJSON(dp, "")
	if err != nil {
		return err
	}
	const null = "\n  \"sources\": null,\n"
	at := bytes.Index(rest, []byte(null))
	if at < 0 {
		return fmt.Errorf("encoding datapackage.json: no sources field in %.80q", rest)
	}
	bw := bufio.NewWriter(w)
	bw.Write(rest[:at+len(null)-len("null,\n")])
	var sources schemas.RowStream[schemas.Source] = schemas.SliceStream[schemas.Source](sortedSources(ds.Sources))
	if ds.SourcesStream != nil {
		sources = ds.SourcesStream
	}
	if err := encodeSources(bw, sources); err != nil {
		return err
	}
	bw.Write(rest[at+len(null)-len(",\n"):])
	return bw.Flush()
}

// encodeSources writes the sources array of datapackage.json (see
// packageSource) as it appears at depth one of the package, from rows in
// source_id order.
func encodeSources(w *bufio.Writer, rows schemas.RowStream[schemas.Source]) error {
	if rows.Len() == 0 {
		w.WriteString("[]")
		return nil
	}
	w.WriteString("[")
	first := true
	err := rows.Each(func(s schemas.Source) error {
		b, err := encodeJSON(packageSource(s), "    ")
		if err != nil {
			return err
		}
		if !first {
			w.WriteString(",")
		}
		first = false
		w.WriteString("\n    ")
		w.Write(bytes.TrimSuffix(b, []byte("\n")))
		return nil
	})
	if err != nil {
		return fmt.Errorf("encoding the sources of datapackage.json: %w", err)
	}
	w.WriteString("\n  ]")
	return nil
}

// encodeJSON encodes v as datapackage.json is written, each line after the
// first starting with prefix.
func encodeJSON(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sortedSources returns rows in source_id order, sorted in a copy unless
// they are already (normalise sorts them).
func sortedSources(rows []schemas.Source) []schemas.Source {
	bySourceID := func(a, b schemas.Source) int { return cmp.Compare(a.SourceID, b.SourceID) }
	if !slices.IsSortedFunc(rows, bySourceID) {
		rows = slices.Clone(rows)
		slices.SortFunc(rows, bySourceID)
	}
	return rows
}

// packageSource is a source text as the package lists it: titled by its
// own title (or id) and pointing at where it was retrieved from.
func packageSource(s schemas.Source) source {
	return source{Title: cmp.Or(s.Title, s.SourceID), Path: s.URL}
}

func csvResource(t schemas.Table, f writtenFile) resource {
	return resource{
		Name: t.Name, Type: "table", Path: f.Path, Title: t.Title, Description: t.Description,
		Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
		Bytes: f.Bytes, Hash: "sha256:" + f.SHA256,
		Schema: schemaOf(t),
	}
}

// parquetResource describes a Parquet file as a plain file resource: the
// CSV resource of the same table carries the schema, and frictionless (5.x)
// cannot read Parquet list columns as a table, so "type": "file" tells it
// to check the file's bytes and hash only.
func parquetResource(t schemas.Table, f writtenFile) resource {
	return resource{
		Name: t.Name + "-parquet", Type: "file", Path: f.Path, Title: t.Title + " (Parquet)",
		Description: t.Description + " The same rows and columns as the " + t.Name + " resource.",
		Format:      "parquet", Mediatype: "application/vnd.apache.parquet",
		Bytes: f.Bytes, Hash: "sha256:" + f.SHA256,
	}
}

func schemaOf(t schemas.Table) *tableSchema {
	s := &tableSchema{PrimaryKey: t.PrimaryKey}
	for _, c := range t.Columns() {
		s.Fields = append(s.Fields, field{
			Name: c.Name, Type: c.Type, Description: c.Description,
			Constraints: constraints{Required: c.Required, Enum: c.Enum},
		})
	}
	for _, fk := range t.ForeignKeys {
		ref := reference{Resource: fk.RefTable, Fields: fk.RefFields}
		if fk.RefTable == t.Name {
			ref.Resource = ""
		}
		s.ForeignKeys = append(s.ForeignKeys, foreignKey{Fields: fk.Fields, Reference: ref})
	}
	return s
}
