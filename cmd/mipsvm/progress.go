package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressInterval is how often the progress line refreshes.
const progressInterval = time.Second

// progressChunk bounds how many steps run between looks at the clock while
// the progress line is shown (a few tens of milliseconds of guest time).
const progressChunk = 1 << 21

// progress is the single refreshing status line shown on a terminal during
// long runs. A nil *progress is off; all methods then do nothing.
type progress struct {
	w        io.Writer
	last     time.Time
	lastStep uint64
	shown    bool
}

// newProgress returns a progress line on w if w is a terminal, else nil.
func newProgress(w io.Writer, step uint64) *progress {
	if !isTerminal(w) {
		return nil
	}
	return &progress{w: w, last: time.Now(), lastStep: step}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// update redraws the line if the interval has passed.
func (p *progress) update(step uint64) {
	if p == nil {
		return
	}
	now := time.Now()
	dt := now.Sub(p.last)
	if dt < progressInterval {
		return
	}
	rate := float64(step-p.lastStep) / dt.Seconds()
	fmt.Fprintf(p.w, "\r\033[Kstep %d  %s steps/s", step, humanRate(rate))
	p.last, p.lastStep, p.shown = now, step, true
}

// clear erases the line if it is shown.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, "\r\033[K")
	p.shown = false
}

// guestWriter passes guest output through, first erasing the progress line
// so the two do not mix on the terminal.
type guestWriter struct {
	w io.Writer
	p *progress
}

func (g guestWriter) Write(b []byte) (int, error) {
	g.p.clear()
	return g.w.Write(b)
}

// humanRate renders a rate like 1234567 as "1.23M".
func humanRate(r float64) string {
	switch {
	case r >= 1e9:
		return fmt.Sprintf("%.2fG", r/1e9)
	case r >= 1e6:
		return fmt.Sprintf("%.2fM", r/1e6)
	case r >= 1e3:
		return fmt.Sprintf("%.2fk", r/1e3)
	}
	return fmt.Sprintf("%.0f", r)
}
