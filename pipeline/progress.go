package pipeline

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Progress reports how far extraction is: on a terminal a bar redrawn in
// place (texts done of total, MB/s, time left), elsewhere one line at the
// end. Its methods do nothing on a nil *Progress, which is how a quiet
// build reports. It writes to stderr, never into the dataset, so its use
// of the clock does not touch reproducibility.
type Progress struct {
	w        io.Writer
	terminal bool
	every    time.Duration

	total   int
	done    atomic.Int64
	bytes   atomic.Int64
	began   time.Time
	stop    chan struct{}
	stopped sync.WaitGroup
}

// NewProgress reports to w; terminal says w is one, so the bar can be
// redrawn with a carriage return.
func NewProgress(w io.Writer, terminal bool) *Progress {
	return &Progress{w: w, terminal: terminal, every: 200 * time.Millisecond}
}

func (p *Progress) start(total int) {
	if p == nil {
		return
	}
	p.total, p.began = total, time.Now()
	if !p.terminal {
		return
	}
	p.stop = make(chan struct{})
	p.stopped.Add(1)
	go func() {
		defer p.stopped.Done()
		t := time.NewTicker(p.every)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				fmt.Fprint(p.w, "\r"+p.bar(time.Since(p.began)))
			}
		}
	}()
}

func (p *Progress) add(n int) {
	if p == nil {
		return
	}
	p.done.Add(1)
	p.bytes.Add(int64(n))
}

func (p *Progress) finish() {
	if p == nil || p.began.IsZero() {
		return
	}
	if p.stop != nil {
		close(p.stop)
		p.stopped.Wait()
		fmt.Fprint(p.w, "\r"+p.bar(time.Since(p.began))+"\n")
		return
	}
	fmt.Fprintln(p.w, p.summary(time.Since(p.began)))
}

// bar renders "[=====>    ] 1200/20000 texts  14.2 MB/s  ETA 0:31".
func (p *Progress) bar(elapsed time.Duration) string {
	const width = 30
	done, total := int(p.done.Load()), max(p.total, 1)
	filled := min(width, done*width/total)
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	if filled < width {
		bar = bar[:filled] + ">" + bar[filled+1:]
	}
	eta := "--:--"
	if done > 0 {
		left := time.Duration(float64(elapsed) * float64(p.total-done) / float64(done))
		eta = clock(left)
	}
	return fmt.Sprintf("[%s] %d/%d texts  %5.1f MB/s  ETA %s ", bar, done, p.total, mbps(p.bytes.Load(), elapsed), eta)
}

// summary is the one line printed when stderr is not a terminal.
func (p *Progress) summary(elapsed time.Duration) string {
	return fmt.Sprintf("read %d texts (%.1f MB) in %s, %.1f MB/s, %.0f texts/s",
		p.done.Load(), float64(p.bytes.Load())/1e6, elapsed.Round(time.Millisecond), mbps(p.bytes.Load(), elapsed),
		float64(p.done.Load())/max(elapsed.Seconds(), 1e-9))
}

func mbps(bytes int64, d time.Duration) float64 {
	return float64(bytes) / 1e6 / max(d.Seconds(), 1e-9)
}

// clock writes a duration as m:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
