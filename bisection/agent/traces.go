package agent

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
)

// playerTrace is a claim's trace as the agent plays it.
type playerTrace struct {
	provider *trace.Provider // the true VM trace (witnesses come from it); nil in a graph phase
	graph    *trace.Graph    // the phase-1 trace, in a graph phase
	truth    game.Trace      // the true trace: provider, or the phase-1 trace
	played   game.Trace      // what the agent posts and compares: truth or a Lie, remembered
	model    *oracle.Model
	host     mipsevm.PreimageOracle // the VM's oracle (committed data to register for a mapping step)
	held     int64                  // bytes held besides the provider's state (the node phase's agreed state)
}

// size estimates the memory the trace holds.
func (t *playerTrace) size() int64 {
	n := t.held
	if t.provider != nil {
		n += t.provider.MemoryBytes()
	}
	if m, ok := t.played.(*memo); ok {
		n += m.bytes()
	}
	if t.graph != nil {
		n += int64(t.graph.Len()) * 32
	}
	return n
}

// close drops what the trace holds in memory; its files stay.
func (t *playerTrace) close() {
	if t.provider != nil {
		t.provider.Close()
	}
}

// memo remembers the hashes a VM trace has given: the games of one claim
// ask for the same positions (their challengers' lies alike, or not yet
// apart), and each answer may cost a snapshot load and a replay.
type memo struct {
	inner  game.Trace
	mu     sync.Mutex
	hashes map[uint64][32]byte
}

// memoEntries bounds a memo (about 3.5 MiB); a full one starts over.
const memoEntries = 1 << 16

func newMemo(t game.Trace) *memo { return &memo{inner: t, hashes: map[uint64][32]byte{}} }

func (m *memo) StateHash(ctx context.Context, pos uint64) ([32]byte, error) {
	m.mu.Lock()
	h, ok := m.hashes[pos]
	m.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := m.inner.StateHash(ctx, pos)
	if err != nil {
		return h, err
	}
	m.mu.Lock()
	if len(m.hashes) >= memoEntries {
		clear(m.hashes)
	}
	m.hashes[pos] = h
	m.mu.Unlock()
	return h, nil
}

func (m *memo) bytes() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return int64(len(m.hashes)) * 56
}

// traceCache holds the traces the agent plays, by key (a game's local
// context, or a claim's phase-1 trace), within a memory budget: past it,
// the least recently used traces nobody is using are dropped, to be made
// again from the cache directory (a VM trace from its snapshots, a
// phase-1 trace from its file) when a move needs them. A claim's traces
// are dropped when it is settled.
type traceCache struct {
	budget  int64
	mu      sync.Mutex
	entries map[[32]byte]*traceEntry
	tick    uint64
	// statistics, for metrics and tests
	evicted int
	peak    int64 // the most the traces held at once, as measured between moves
}

type traceEntry struct {
	key     [32]byte
	claims  map[uint64]bool // the claims whose games use it
	ready   chan struct{}   // closed once t or err is set
	t       *playerTrace
	err     error
	refs    int    // callers using it
	used    uint64 // when last used (cache ticks)
	size    int64  // measured when last released
	dropped bool   // removed while in use: close on the last release
}

func newTraceCache(budget int64) *traceCache {
	return &traceCache{budget: budget, entries: map[[32]byte]*traceEntry{}}
}

// get returns the trace under key, making it with create on first use
// (concurrent callers wait for that), and a function to call when done
// with it.
func (c *traceCache) get(ctx context.Context, key [32]byte, claim uint64, create func(context.Context) (*playerTrace, error)) (*playerTrace, func(), error) {
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &traceEntry{key: key, claims: map[uint64]bool{}, ready: make(chan struct{})}
		c.entries[key] = e
	}
	e.refs++
	e.claims[claim] = true
	c.tick++
	e.used = c.tick
	c.mu.Unlock()
	if !ok {
		t, err := create(ctx)
		c.mu.Lock()
		e.t, e.err = t, err
		if err != nil && c.entries[key] == e {
			delete(c.entries, key) // the next caller tries again
		}
		close(e.ready)
		c.mu.Unlock()
	} else {
		select {
		case <-e.ready:
		case <-ctx.Done():
			c.release(e)
			return nil, nil, ctx.Err()
		}
	}
	if e.err != nil {
		c.release(e)
		return nil, nil, e.err
	}
	return e.t, func() { c.release(e) }, nil
}

// release ends a use of e and keeps the cache within its budget.
func (c *traceCache) release(e *traceEntry) {
	c.mu.Lock()
	e.refs--
	var closing []*playerTrace
	if e.refs == 0 && e.t != nil {
		if e.dropped {
			closing = append(closing, e.t)
		} else {
			e.size = e.t.size() // the trace is idle: measuring it waits for nothing
		}
	}
	closing = append(closing, c.trim()...)
	c.mu.Unlock()
	for _, t := range closing {
		t.close()
	}
}

// trim drops the least recently used idle traces until the cache is within
// its budget, and returns them to be closed. c.mu must be held.
func (c *traceCache) trim() []*playerTrace {
	total := c.total()
	c.peak = max(c.peak, total)
	if total <= c.budget {
		return nil
	}
	var idle []*traceEntry
	for _, e := range c.entries {
		if e.refs == 0 && e.t != nil {
			idle = append(idle, e)
		}
	}
	slices.SortFunc(idle, func(x, y *traceEntry) int { return cmp.Compare(x.used, y.used) })
	var out []*playerTrace
	for _, e := range idle {
		if total <= c.budget {
			break
		}
		delete(c.entries, e.key)
		total -= e.size
		out = append(out, e.t)
		c.evicted++
	}
	return out
}

// total is the memory the cached traces held when last measured. c.mu
// must be held.
func (c *traceCache) total() int64 {
	var n int64
	for _, e := range c.entries {
		n += e.size
	}
	return n
}

// dropClaim forgets that claim's games use their traces, and drops the
// traces no other claim uses.
func (c *traceCache) dropClaim(claim uint64) {
	c.mu.Lock()
	var closing []*playerTrace
	for k, e := range c.entries {
		if !e.claims[claim] {
			continue
		}
		delete(e.claims, claim)
		if len(e.claims) > 0 {
			continue
		}
		delete(c.entries, k)
		if e.refs > 0 {
			e.dropped = true
		} else if e.t != nil {
			closing = append(closing, e.t)
		}
	}
	c.mu.Unlock()
	for _, t := range closing {
		t.close()
	}
}

// closeAll drops every idle trace's memory (the cache stays usable).
func (c *traceCache) closeAll() {
	c.mu.Lock()
	var closing []*playerTrace
	for k, e := range c.entries {
		if e.refs == 0 && e.t != nil {
			closing = append(closing, e.t)
			delete(c.entries, k)
		}
	}
	c.mu.Unlock()
	for _, t := range closing {
		t.close()
	}
}

// cacheStats are the cache's figures for metrics and tests.
type cacheStats struct {
	entries int
	bytes   int64
	peak    int64
	evicted int
	budget  int64
}

func (c *traceCache) stats() cacheStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return cacheStats{entries: len(c.entries), bytes: c.total(), peak: c.peak, evicted: c.evicted, budget: c.budget}
}
