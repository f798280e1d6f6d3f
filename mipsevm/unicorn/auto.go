//go:build cgo && !nounicorn

package unicorn

import (
	"time"

	"github.com/axonum/opml/mipsevm"
)

// Engines an Auto chooses from.
const (
	engineGo = iota
	engineUnicorn
)

// Auto runs a VM on whichever engine is faster for the program at hand,
// which depends on the program (unicorn wins by 2x on compute-bound Go code
// and loses on short runs and memory-heavy loops: docs/benchmarks.md). It
// times stretches of Stretch steps: the first two on the interpreter (a
// short run never pays for unicorn's translation), then two on unicorn (the
// first of them, translating the code, is not counted), then it keeps the
// faster (unicorn must beat the interpreter by switchMargin to take over,
// and gives way as soon as it is slower), giving the slower one a
// quarter stretch now and then to be measured again: after ProbeEvery stretches, then twice as many each time
// the winner stays (up to maxProbeGap), back to ProbeEvery when it changes. Both engines leave exactly the same state after the same steps,
// so the choice changes only the speed.
type Auto struct {
	vm *mipsevm.VM
	e  *Engine

	Stretch    uint64
	ProbeEvery int

	rate      [2]float64 // steps/s of the last full stretch on each engine (0: none yet)
	stretch   int        // stretches run
	runs      [2]int     // stretches run on each engine
	winner    int        // the faster engine at the last decision
	gap       int        // stretches between probes of the slower engine
	nextProbe int        // stretch number of the next probe (0: not planned yet)
	// Steps counts the steps each engine ran: [0] the interpreter, [1] unicorn.
	Steps [2]uint64
}

// NewAuto prepares an adaptive runner for vm. Close it when done.
func NewAuto(vm *mipsevm.VM) (*Auto, error) {
	e, err := New(vm)
	if err != nil {
		return nil, err
	}
	return &Auto{vm: vm, e: e, Stretch: 1 << 22, ProbeEvery: 16}, nil
}

// Close releases the unicorn engine.
func (a *Auto) Close() { a.e.Close() }

// Run executes up to maxSteps steps (0: no limit) or until the guest exits,
// like mipsevm.VM.Run.
func (a *Auto) Run(maxSteps uint64) error {
	s := a.vm.State()
	end := ^uint64(0)
	if maxSteps != 0 && s.Step+maxSteps > s.Step {
		end = s.Step + maxSteps
	}
	for !s.Exited && s.Step < end {
		k, want := a.pick()
		n := min(want, end-s.Step)
		start, t0 := s.Step, time.Now()
		var err error
		if k == engineGo {
			err = a.vm.Run(n)
		} else {
			err = a.e.Run(n)
		}
		if err != nil {
			return err
		}
		ran := s.Step - start
		if d := time.Since(t0); n == want && ran == n && d > 0 && (k == engineGo || a.runs[k] > 0) {
			a.rate[k] = float64(ran) / d.Seconds()
		}
		a.Steps[k] += ran
		a.runs[k]++
		a.stretch++
	}
	return nil
}

// pick chooses the engine for the next stretch, and its length.
func (a *Auto) pick() (engine int, steps uint64) {
	switch {
	case a.runs[engineGo] < 2 || a.rate[engineGo] == 0:
		return engineGo, a.Stretch
	case a.rate[engineUnicorn] == 0:
		return engineUnicorn, a.Stretch
	}
	// Unicorn must be clearly faster to take over (a switch costs a
	// catch-up of the pages written meanwhile, and close rates are noise);
	// it gives way as soon as it is slower than the interpreter was.
	fast := a.winner
	switch {
	case fast == engineGo && a.rate[engineUnicorn] > switchMargin*a.rate[engineGo]:
		fast = engineUnicorn
	case fast == engineUnicorn && a.rate[engineUnicorn] < a.rate[engineGo]:
		fast = engineGo
	}
	switch {
	case a.nextProbe == 0 || fast != a.winner:
		a.gap = max(a.ProbeEvery, 1)
	case a.stretch < a.nextProbe:
		return fast, a.Stretch
	default: // probe now; the winner held since the last probe
		a.gap = min(2*a.gap, maxProbeGap)
		a.nextProbe = a.stretch + a.gap
		return 1 - fast, max(a.Stretch/4, 1)
	}
	a.winner = fast
	a.nextProbe = a.stretch + a.gap
	return fast, a.Stretch
}

const (
	// maxProbeGap bounds the stretches between two probes of the slower engine.
	maxProbeGap = 256
	// switchMargin: how much faster than the interpreter unicorn must have
	// run to take over.
	switchMargin = 1.3
)
