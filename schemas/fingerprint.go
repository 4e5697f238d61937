package schemas

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

// Fingerprint returns the SHA-256, lowercase hex, of a canonical rendering of
// the whole catalog (see CanonicalCatalog). It changes whenever a table, a
// column, its type, whether it is required, its enum or a key changes, so
// readers can tell whether two releases share a schema. It is written into
// every Parquet file and into release notes.
func Fingerprint() string {
	return fingerprint()
}

var fingerprint = sync.OnceValue(func() string {
	sum := sha256.Sum256([]byte(CanonicalCatalog()))
	return hex.EncodeToString(sum[:])
})

// CanonicalCatalog renders the catalog as text, one line per table, column
// and key, in catalog and declaration order. Descriptions are left out: a
// reworded description does not change the schema. For example:
//
//	table meetings
//	column meeting_id string string required
//	column kind string string required enum=formal_session|…
//	primary_key meeting_id
//	foreign_key body_id -> organisations(organisation_id)
func CanonicalCatalog() string {
	var b strings.Builder
	for _, t := range Catalog {
		fmt.Fprintf(&b, "table %s\n", t.Name)
		for _, c := range t.Columns() {
			req := "optional"
			if c.Required {
				req = "required"
			}
			fmt.Fprintf(&b, "column %s %s %s %s", c.Name, c.Type, c.GoType, req)
			if c.Enum != nil {
				fmt.Fprintf(&b, " enum=%s", strings.Join(c.Enum, "|"))
			}
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "primary_key %s\n", strings.Join(t.PrimaryKey, ","))
		for _, fk := range t.ForeignKeys {
			fmt.Fprintf(&b, "foreign_key %s -> %s(%s)\n",
				strings.Join(fk.Fields, ","), fk.RefTable, strings.Join(fk.RefFields, ","))
		}
	}
	return b.String()
}
