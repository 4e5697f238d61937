package pipeline

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// extractGCFactor multiplies the garbage collector's target (GOGC) while
// sources are extracted. Extraction allocates a few kilobytes per text that
// die with the text, while the heap that survives a collection (reference
// data, compiled rules, the inputs so far) stays small: at GOGC=100 the
// collector ran every 20 MB or so and marked that same heap each time,
// about a tenth of the instructions of a build. Four times the target
// leaves the heap of the extraction stage under the peak the later stages
// reach (20,000 texts: about 120 MB against 175 MB in normalise), and the
// runtime reuses its pages for them, so the build's peak memory does not
// grow.
const extractGCFactor = 4

// extractHeapCap bounds the heap the raised target lets grow: the target
// is lowered (never below GOGC) once the live heap times the raised factor
// would pass it. Without it the manifest and the inputs of 400,000 texts
// (some 300 MB live) made the extraction stage, at five times that, the
// peak of the build.
const extractHeapCap = 512 << 20

// retuneEvery is how many sources are extracted between two looks at the
// live heap.
const retuneEvery = 1024

// extractionGC is the collector's target raised for extraction.
type extractionGC struct {
	prev int // GOGC before; -1 when the collector is off
	mu   sync.Mutex
	n    int // sources seen
	live []metrics.Sample
}

// raiseGCForExtraction multiplies the collector's target by
// extractGCFactor; call tick once per source and restore at the end. A
// collector switched off (GOGC=off) stays off.
func raiseGCForExtraction() *extractionGC {
	g := &extractionGC{prev: debug.SetGCPercent(-1), live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
	if g.prev >= 0 {
		debug.SetGCPercent(g.prev * extractGCFactor)
	}
	return g
}

// tick counts one source, and every retuneEvery sources sets the target
// for the live heap (see extractHeapCap).
func (g *extractionGC) tick() {
	if g.prev < 0 {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.n++; g.n%retuneEvery != 0 {
		return
	}
	metrics.Read(g.live)
	if g.live[0].Value.Kind() == metrics.KindUint64 {
		debug.SetGCPercent(extractGCPercent(g.prev, g.live[0].Value.Uint64()))
	}
}

// extractGCPercent is the target for a live heap of live bytes: prev times
// extractGCFactor while the heap it lets grow stays under extractHeapCap,
// then less, down to prev.
func extractGCPercent(prev int, live uint64) int {
	p := prev * extractGCFactor
	if live == 0 || live*uint64(100+p)/100 <= extractHeapCap {
		return p
	}
	if live >= extractHeapCap {
		return prev
	}
	return max(prev, int((extractHeapCap-live)*100/live))
}

// restore puts the target back as it was before.
func (g *extractionGC) restore() {
	debug.SetGCPercent(g.prev)
}

// buildMemoryLimit is the soft memory limit (see debug.SetMemoryLimit) a
// build runs under when none is set (GOMEMLIMIT). It complements, and does
// not replace, keeping what grows with the corpus out of memory: the heap
// a build keeps alive grows with its entity tables (over half a gigabyte
// at 400,000 texts, in normalise), and at GOGC=100 the collector let the
// heap grow to twice that before collecting. Under the limit it collects more often near the
// peak instead. A build whose live heap passes the limit runs on with
// the collector taking at most half the CPU (the runtime's own bound),
// slower but not stopped.
const buildMemoryLimit = 896 << 20

// limitMemory sets buildMemoryLimit unless a limit is set already, and
// returns the function that puts back the one before.
func limitMemory() (restore func()) {
	prev := debug.SetMemoryLimit(-1)
	if prev != math.MaxInt64 {
		return func() {}
	}
	debug.SetMemoryLimit(buildMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}
