package pipeline

import "runtime/debug"

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

// raiseGCForExtraction multiplies the collector's target by
// extractGCFactor and returns the function that restores it. A collector
// switched off (GOGC=off) stays off.
func raiseGCForExtraction() (restore func()) {
	prev := debug.SetGCPercent(-1)
	if prev < 0 {
		return func() {}
	}
	debug.SetGCPercent(prev * extractGCFactor)
	return func() { debug.SetGCPercent(prev) }
}
