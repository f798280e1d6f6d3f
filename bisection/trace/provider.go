// Package trace is the trace provider of the bisection game: the state hash
// of a claim's VM run at any step, and the witness of any one step, which
// is what the game's moves and its final one-step proof are made of. It
// replays from the nearest of a bounded set of snapshots kept on disk (every
// K steps, thinned to fit a disk budget), so a query costs one snapshot load
// and at most a few K steps, and a restart reuses what was computed.
package trace

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"time"

	"github.com/axonum/opml/mipsevm"
)

const (
	// DefaultInterval is K when the config gives none: 2^24 steps. Replaying
	// K steps takes ~0.15 s on the interpreter (~100M steps/s) and less on
	// unicorn, about what writing or loading a snapshot of a claim
	// program's state (tens of MiB) costs, so the first pass spends at most
	// about half its time on snapshots and no query waits more than a
	// fraction of a second. A 10-billion-step trace then has ~600 snapshots.
	DefaultInterval = 1 << 24
	// DefaultDiskBudget: 8 GiB holds the ~600 snapshots of a 10-billion-step
	// run at ~10 MiB each; past it the spacing doubles (see enforceBudget).
	DefaultDiskBudget = 8 << 30

	// The replay checks its context, and may log progress, after at most
	// this many steps: ~10 ms on the interpreter. A run on a fast engine
	// goes in longer slices, because each call of an engine re-checks
	// its copy of memory (unicorn compares every mapped page).
	checkSteps       = 1 << 20
	engineCheckSteps = 1 << 24
	// A replay shorter than this stays on the interpreter: starting an
	// engine (copying memory into it) would cost more.
	engineMinSteps = 1 << 20
	progressEvery  = 5 * time.Second
)

// Engine starts a fast-forward engine on vm: run advances it by up to n
// steps (0: to the end) with exactly the interpreter's semantics, closeFn
// (may be nil) releases it. unicorn.Start is one.
type Engine func(vm *mipsevm.VM) (run func(n uint64) error, closeFn func(), err error)

// Config says which trace to provide and where to keep its snapshots.
type Config struct {
	// Prestate returns a fresh absolute prestate: the state at step 0. It is
	// called again whenever a replay must start from the beginning.
	Prestate func() (*mipsevm.State, error)
	// Oracle answers the program's preimage requests (and supplies mapped
	// data when a snapshot is loaded).
	Oracle mipsevm.PreimageOracle
	// Identity names everything besides the prestate that determines the
	// trace (the claim, e.g. its hash): a directory made for another
	// identity or prestate is refused.
	Identity string
	// Dir holds the snapshots (created if missing). Required.
	Dir string
	// Interval is K, the spacing of snapshots in steps (0: DefaultInterval).
	Interval uint64
	// DiskBudget bounds the snapshot files' total size in bytes
	// (0: DefaultDiskBudget).
	DiskBudget int64
	// Engine fast-forwards replays; nil uses the interpreter. Witnesses are
	// always made by the interpreter.
	Engine Engine
	// Logger receives progress and snapshot events; nil discards them.
	Logger *slog.Logger
}

// Stats counts the work a Provider has done.
type Stats struct {
	Replayed  uint64 // steps executed to reach queried states
	Loaded    int    // snapshots loaded
	Saved     int    // snapshots written
	Evicted   int    // snapshots deleted to fit the disk budget
	Discarded int    // snapshots deleted because they failed to load
	Files     int    // snapshot files now in the directory
	DiskBytes int64  // their total size
	Spacing   uint64 // the current spacing of snapshots (K, doubled per thinning)
}

// Provider answers queries about one trace. It is safe for concurrent use;
// queries are served one at a time, because they share the one in-memory
// state that sequential queries advance.
type Provider struct {
	prestate     func() (*mipsevm.State, error)
	prestateHash [32]byte
	oracle       mipsevm.PreimageOracle
	engine       Engine
	interval     uint64
	log          *slog.Logger

	mu    sync.Mutex
	cache *cache
	cur   *cursor
	// set once the run has been seen to exit (and the final state verified)
	exited    bool
	exitStep  uint64
	finalHash [32]byte
	replayed  uint64
	loaded    int
}

// New opens (or creates) the snapshot directory for the trace of
// cfg.Prestate under cfg.Identity.
func New(cfg Config) (*Provider, error) {
	if cfg.Prestate == nil {
		return nil, errors.New("trace: no prestate function")
	}
	if cfg.Dir == "" {
		return nil, errors.New("trace: no snapshot directory")
	}
	if cfg.DiskBudget < 0 {
		return nil, fmt.Errorf("trace: negative disk budget %d", cfg.DiskBudget)
	}
	p := &Provider{prestate: cfg.Prestate, oracle: cfg.Oracle, engine: cfg.Engine, interval: cfg.Interval, log: cfg.Logger}
	if p.interval == 0 {
		p.interval = DefaultInterval
	}
	budget := cfg.DiskBudget
	if budget == 0 {
		budget = DefaultDiskBudget
	}
	if p.log == nil {
		p.log = slog.New(slog.DiscardHandler)
	}
	s, err := cfg.Prestate()
	if err != nil {
		return nil, fmt.Errorf("trace: prestate: %w", err)
	}
	if s.Step != 0 || s.Exited {
		return nil, fmt.Errorf("trace: prestate is at step %d (exited %v), want a fresh state at step 0", s.Step, s.Exited)
	}
	p.prestateHash = s.Hash()
	p.cache, err = openCache(cfg.Dir, cfg.Identity, p.prestateHash, p.interval, budget, p.log)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	p.cur = p.newCursor(s)
	return p, nil
}

// PrestateHash is the hash of the state at step 0.
func (p *Provider) PrestateHash() [32]byte { return p.prestateHash }

// StateHash returns the hash of the state after step steps; past the
// program's exit, the trace is padded with the final state.
func (p *Provider) StateHash(ctx context.Context, step uint64) ([32]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.exited && step >= p.exitStep {
		return p.finalHash, nil
	}
	if err := p.seek(ctx, step); err != nil {
		return [32]byte{}, err
	}
	if p.exited && step >= p.exitStep {
		return p.finalHash, nil
	}
	return p.cur.state.Hash(), nil
}

// ExitStep returns the step at which the program exits: the length of the
// unpadded trace. The first call may run the program to its end (saving
// snapshots on the way); a program that never exits runs until ctx ends.
func (p *Provider) ExitStep(ctx context.Context) (uint64, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.exited {
		if err := p.seek(ctx, math.MaxUint64); err != nil {
			return 0, err
		}
	}
	return p.exitStep, nil
}

// Witness returns the witness of the step from the state after step steps
// to the next one: what the one-step verifier takes, with the preimage
// part the step reads. It always comes from the interpreter. Past the
// exit, it is the final state's (a step that changes nothing).
func (p *Provider) Witness(ctx context.Context, step uint64) (*mipsevm.Witness, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.seek(ctx, step); err != nil {
		return nil, err
	}
	c := p.cur
	at := c.state.Step
	w, err := c.vm.Step(true)
	if err != nil {
		return nil, fmt.Errorf("trace: witness of step %d: %w", at, err)
	}
	if c.state.Step != at {
		p.replayed++
	}
	if err := p.passed(); err != nil {
		return nil, err
	}
	return w, nil
}

// Stats reports the work done so far.
func (p *Provider) Stats() Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	c := p.cache
	return Stats{Replayed: p.replayed, Loaded: p.loaded, Saved: c.saved, Evicted: c.evicted,
		Discarded: c.discarded, Files: len(c.files), DiskBytes: c.diskBytes(), Spacing: c.spacing}
}

// MemoryBytes estimates the host memory the provider holds: its current
// VM state (0 after Close).
func (p *Provider) MemoryBytes() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur == nil {
		return 0
	}
	return int64(p.cur.state.Memory.HeldBytes())
}

// Close releases the engine and the in-memory state. The snapshots stay
// for the next Provider; this one stays usable too: its next query loads
// the nearest snapshot, so an agent can drop a trace's memory and keep
// playing it.
func (p *Provider) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cur != nil {
		p.cur.close()
		p.cur = nil
	}
}

// seek brings the current state to step, or to the exit if that comes first.
// It starts from whichever is nearest below step: the current state, a
// snapshot (nearer by more than K/8, which is about what a load costs), or
// the prestate.
func (p *Provider) seek(ctx context.Context, step uint64) error {
	usable := func(c *cursor) bool { return c != nil && c.state.Step <= step }
	for {
		f, ok := p.cache.below(step)
		if !ok {
			break
		}
		if usable(p.cur) && f.step <= p.cur.state.Step+p.interval/8 {
			break
		}
		s, err := p.cache.load(f, p.oracle)
		if err != nil {
			continue // deleted; try the next one down
		}
		p.loaded++
		p.setCursor(s)
		if s.Exited {
			p.noteExit(s)
		}
		break
	}
	if !usable(p.cur) {
		s, err := p.prestate()
		if err != nil {
			return fmt.Errorf("trace: prestate: %w", err)
		}
		if h := s.Hash(); h != p.prestateHash || s.Step != 0 {
			return fmt.Errorf("trace: prestate function returned state %x at step %d, want %x at step 0", h, s.Step, p.prestateHash)
		}
		p.setCursor(s)
	}
	return p.replay(ctx, step)
}

// replay runs the current state forward to step (or the exit), saving
// snapshots at multiples of the spacing that are not on disk yet.
func (p *Provider) replay(ctx context.Context, step uint64) error {
	c := p.cur
	s := c.state
	from, started, lastLog := s.Step, time.Now(), time.Now()
	for s.Step < step && !s.Exited {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("trace: replay to step %d stopped at step %d: %w", step, s.Step, err)
		}
		n := step - s.Step
		fast := p.engine != nil && n >= engineMinSteps
		n = min(n, checkSteps)
		if fast {
			n = min(step-s.Step, engineCheckSteps)
		}
		if sp := p.cache.spacing; sp != 0 {
			next := (s.Step/sp + 1) * sp
			if next > s.Step { // no overflow
				n = min(n, next-s.Step)
			}
		}
		before := s.Step
		err := c.advance(n, fast)
		p.replayed += s.Step - before
		if err != nil {
			return fmt.Errorf("trace: replay to step %d: at step %d: %w", step, s.Step, err)
		}
		if err := p.passed(); err != nil {
			return err
		}
		if now := time.Now(); now.Sub(lastLog) >= progressEvery {
			rate := float64(s.Step-from) / now.Sub(started).Seconds()
			p.log.Info("replaying trace", "step", s.Step, "target", step, "steps/s", fmt.Sprintf("%.3g", rate))
			lastLog = now
		}
	}
	return nil
}

// passed records what the current state has reached: a snapshot point or
// the exit.
func (p *Provider) passed() error {
	s := p.cur.state
	switch {
	case s.Exited:
		if !p.exited {
			p.noteExit(s)
			if !p.cache.has(s.Step) {
				if err := p.cache.save(s); err != nil {
					return fmt.Errorf("trace: %w", err)
				}
			}
		}
	case s.Step%p.cache.spacing == 0 && s.Step != 0 && !p.cache.has(s.Step):
		if err := p.cache.save(s); err != nil {
			return fmt.Errorf("trace: %w", err)
		}
	}
	return nil
}

func (p *Provider) noteExit(s *mipsevm.State) {
	p.exited, p.exitStep, p.finalHash = true, s.Step, s.Hash()
	p.log.Info("trace ends", "exitStep", s.Step, "status", s.Status(), "exitCode", s.ExitCode)
}

func (p *Provider) setCursor(s *mipsevm.State) {
	if p.cur != nil {
		p.cur.close()
	}
	p.cur = p.newCursor(s)
}

// cursor is the in-memory state that queries advance, with its VM and,
// once a long replay has needed it, its engine.
type cursor struct {
	state    *mipsevm.State
	vm       *mipsevm.VM
	run      func(uint64) error
	closeRun func()
	factory  Engine
}

func (p *Provider) newCursor(s *mipsevm.State) *cursor {
	return &cursor{state: s, vm: mipsevm.NewVM(s, p.oracle, nil, nil), factory: p.engine}
}

// advance runs n steps, on the engine if fast (starting it if needed);
// short runs stay on the interpreter, since every engine call re-checks
// the engine's copy of memory.
func (c *cursor) advance(n uint64, fast bool) error {
	if !fast || c.factory == nil {
		return c.vm.Run(n)
	}
	if c.run == nil {
		run, closeRun, err := c.factory(c.vm)
		if err != nil {
			return fmt.Errorf("start engine: %w", err)
		}
		c.run, c.closeRun = run, closeRun
	}
	return c.run(n)
}

func (c *cursor) close() {
	if c.closeRun != nil {
		c.closeRun()
	}
	c.run, c.closeRun = nil, nil
}
