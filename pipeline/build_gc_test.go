package pipeline

import (
	"runtime/debug"
	"testing"
)

// TestRaiseGCForExtraction checks that the collector's target is
// multiplied during extraction and restored after, and that a collector
// switched off stays off.
func TestRaiseGCForExtraction(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	for _, tt := range []struct {
		name       string
		gogc       int
		wantDuring int
	}{
		{name: "default", gogc: 100, wantDuring: 100 * extractGCFactor},
		{name: "set by the user", gogc: 50, wantDuring: 50 * extractGCFactor},
		{name: "off", gogc: -1, wantDuring: -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.gogc)
			restore := raiseGCForExtraction()
			during := debug.SetGCPercent(tt.wantDuring)
			restore()
			after := debug.SetGCPercent(tt.gogc)
			if during != tt.wantDuring || after != tt.gogc {
				t.Errorf("GOGC %d: %d during extraction, %d after; want %d and %d", tt.gogc, during, after, tt.wantDuring, tt.gogc)
			}
		})
	}
}
