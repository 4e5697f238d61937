package diff

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Package is the part of a Frictionless datapackage.json that the schema
// comparison reads.
type Package struct {
	Name      string     `json:"name"`
	Version   string     `json:"version"`
	Resources []Resource `json:"resources"`
}

// Resource is one resource of a data package. Path is the first path when
// the descriptor gives a list.
type Resource struct {
	Name   string  `json:"name"`
	Path   keyList `json:"path"`
	Format string  `json:"format"`
	Schema *Schema `json:"schema"`
}

// Schema is a Frictionless table schema.
type Schema struct {
	Fields      []Field      `json:"fields"`
	PrimaryKey  keyList      `json:"primaryKey"`
	ForeignKeys []ForeignKey `json:"foreignKeys"`
}

// Field is one column of a table schema.
type Field struct {
	Name        string      `json:"name"`
	Type        string      `json:"type"`
	Format      string      `json:"format"`
	Constraints Constraints `json:"constraints"`
}

// Constraints are the constraints of a field that the comparison reads.
// Enum values are kept as their JSON text so that any value type compares.
type Constraints struct {
	Required bool              `json:"required"`
	Enum     []json.RawMessage `json:"enum"`
}

// ForeignKey is a foreign key of a table schema.
type ForeignKey struct {
	Fields    keyList `json:"fields"`
	Reference struct {
		Resource string  `json:"resource"`
		Fields   keyList `json:"fields"`
	} `json:"reference"`
}

// keyList is a list of names that a descriptor may also write as one string
// (primaryKey, foreign key fields, path).
type keyList []string

// UnmarshalJSON accepts "a" as well as ["a", "b"].
func (k *keyList) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*k = keyList{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return fmt.Errorf("want a string or a list of strings, got %s", b)
	}
	*k = many
	return nil
}

// ReadPackage reads a datapackage.json file.
func ReadPackage(path string) (*Package, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("reading %s: %w", path, ErrNoPackage)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	p, err := ParsePackage(b)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return p, nil
}

// ParsePackage parses the bytes of a datapackage.json.
func ParsePackage(b []byte) (*Package, error) {
	var p Package
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("parsing data package: %w", err)
	}
	return &p, nil
}

// Tables returns the resources that are tables of the dataset: those with a
// schema whose file is CSV. Parquet resources repeat the CSV tables' schemas
// and are left out so each table is compared once.
func (p *Package) Tables() []Resource {
	var out []Resource
	for _, r := range p.Resources {
		if r.Schema == nil {
			continue
		}
		path := ""
		if len(r.Path) > 0 {
			path = r.Path[0]
		}
		if strings.EqualFold(r.Format, "csv") || strings.EqualFold(filepath.Ext(path), ".csv") {
			out = append(out, r)
		}
	}
	return out
}
