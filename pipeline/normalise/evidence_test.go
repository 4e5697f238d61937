package normalise

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/uncyber/uncyber/schemas"
)

// TestEvidenceID pins the evidence_id formula, which published datasets
// carry: the first 8 bytes of the SHA-256 of the row's table, entity,
// field, source and offsets, joined by NUL, in hex.
func TestEvidenceID(t *testing.T) {
	long := strings.Repeat("é", 300)
	for _, ev := range []schemas.Evidence{
		{EntityTable: "people", EntityID: "person/ada", Field: "name", SourceID: "s1", ByteStart: 10, ByteEnd: 13},
		{EntityTable: "meetings", EntityID: "meeting/x", Field: "row", SourceID: "src", ByteStart: 0, ByteEnd: 1 << 40},
		{EntityTable: "", EntityID: "", Field: "", SourceID: "", ByteStart: -5, ByteEnd: -1},
		{EntityTable: "publications", EntityID: long, Field: long, SourceID: long, ByteStart: 123456789, ByteEnd: 987654321},
	} {
		h := sha256.Sum256([]byte(strings.Join([]string{
			ev.EntityTable, ev.EntityID, ev.Field, ev.SourceID, fmt.Sprint(ev.ByteStart), fmt.Sprint(ev.ByteEnd),
		}, "\x00")))
		if got, want := evidenceID(ev), "ev/"+hex.EncodeToString(h[:8]); got != want {
			t.Errorf("evidenceID(%.60v) = %s, want %s", ev, got, want)
		}
	}
}
