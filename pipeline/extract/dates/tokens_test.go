package dates

import (
	"testing"
	"unsafe"
)

// TestTokenSize keeps token at 64 bytes: tokenize allocated a third of all
// the bytes of a build when tokens took 80.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 64 {
		t.Errorf("token takes %d bytes, want at most 64", n)
	}
}
