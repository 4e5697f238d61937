package pipeline

import (
	"math"
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
			g := raiseGCForExtraction()
			during := debug.SetGCPercent(tt.wantDuring)
			g.restore()
			after := debug.SetGCPercent(tt.gogc)
			if during != tt.wantDuring || after != tt.gogc {
				t.Errorf("GOGC %d: %d during extraction, %d after; want %d and %d", tt.gogc, during, after, tt.wantDuring, tt.gogc)
			}
		})
	}
}

// TestExtractGCPercent checks that the raised target lets the heap grow
// at most to extractHeapCap, and never falls below GOGC.
func TestExtractGCPercent(t *testing.T) {
	const mib = 1 << 20
	for _, tt := range []struct {
		name       string
		prev       int
		live       uint64
		wantTarget int
	}{
		{"small heap: raised", 100, 50 * mib, 100 * extractGCFactor},
		{"at the cap: raised", 100, extractHeapCap / (1 + extractGCFactor), 100 * extractGCFactor},
		{"heap near the cap: lowered", 100, 200 * mib, 156},
		{"heap over the cap: GOGC", 100, 600 * mib, 100},
		{"never below GOGC", 200, 400 * mib, 200},
		{"not yet measured", 100, 0, 100 * extractGCFactor},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractGCPercent(tt.prev, tt.live)
			if got != tt.wantTarget {
				t.Errorf("extractGCPercent(%d, %d MiB) = %d, want %d", tt.prev, tt.live/mib, got, tt.wantTarget)
			}
			if grown := tt.live * uint64(100+got) / 100; got > tt.prev && grown > extractHeapCap {
				t.Errorf("target %d lets a heap of %d MiB grow to %d MiB, over the cap", got, tt.live/mib, grown/mib)
			}
		})
	}
}

// TestLimitMemory checks that a build sets its soft memory limit when none
// is set, restores it after, and leaves a limit set by the user alone.
func TestLimitMemory(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(orig)
	for _, tt := range []struct {
		name       string
		limit      int64
		wantDuring int64
	}{
		{"none set", math.MaxInt64, buildMemoryLimit},
		{"set by the user", 2 << 30, 2 << 30},
	} {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.limit)
			restore := limitMemory()
			during := debug.SetMemoryLimit(-1)
			restore()
			if after := debug.SetMemoryLimit(-1); during != tt.wantDuring || after != tt.limit {
				t.Errorf("limit %d: %d during the build, %d after; want %d and %d", tt.limit, during, after, tt.wantDuring, tt.limit)
			}
		})
	}
}
