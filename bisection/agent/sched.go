package agent

import (
	"container/heap"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// How the agent's work is scheduled (docs/design.md, "An agent that
// scales"): every claim and every game is a task of its own, so one
// game's VM run or RPC failure holds up no other; a pass starts a task
// for each claim and game that has none running. What costs CPU (VM runs,
// native checks) runs in a few slots, granted by deadline — the chain
// time by which the work must be done, e.g. when the agent's clock in
// that game runs out — earliest first; sending and waiting for receipts
// happen outside the slots, for every game at once.

// never is the deadline of work that no clock hurries.
const never = ^uint64(0)

// slots is a counting semaphore whose waiters are served by deadline,
// earliest first, and in arrival order among equal deadlines.
type slots struct {
	mu      sync.Mutex
	free    int
	waiting waiters
	seq     uint64
}

func newSlots(n int) *slots { return &slots{free: n} }

type waiter struct {
	deadline, seq uint64
	ready         chan struct{}
	granted       bool
	index         int
}

// acquire waits for a slot; the caller must release it.
func (s *slots) acquire(ctx context.Context, deadline uint64) error {
	s.mu.Lock()
	if s.free > 0 && len(s.waiting) == 0 {
		s.free--
		s.mu.Unlock()
		return nil
	}
	w := &waiter{deadline: deadline, seq: s.seq, ready: make(chan struct{})}
	s.seq++
	heap.Push(&s.waiting, w)
	s.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
	}
	s.mu.Lock()
	if w.granted { // granted as ctx ended: pass it on
		s.mu.Unlock()
		s.release()
	} else {
		heap.Remove(&s.waiting, w.index)
		s.mu.Unlock()
	}
	return ctx.Err()
}

// release hands the slot to the most urgent waiter, or frees it.
func (s *slots) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.waiting) > 0 {
		w := heap.Pop(&s.waiting).(*waiter)
		w.granted = true
		close(w.ready)
		return
	}
	s.free++
}

// waiters is a heap of waiters by (deadline, seq).
type waiters []*waiter

func (h waiters) Len() int { return len(h) }
func (h waiters) Less(i, j int) bool {
	if h[i].deadline != h[j].deadline {
		return h[i].deadline < h[j].deadline
	}
	return h[i].seq < h[j].seq
}
func (h waiters) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *waiters) Push(x any) {
	w := x.(*waiter)
	w.index = len(*h)
	*h = append(*h, w)
}
func (h *waiters) Pop() any {
	old := *h
	w := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return w
}

// tasks are the tasks one pass started (Tick waits for them; Run does
// not, and has their failures logged instead).
type tasks struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	errs  []error
	onErr func(key string, err error) // nil: collect for wait
}

func (ts *tasks) fail(key string, err error) {
	if ts.onErr != nil {
		ts.onErr(key, err)
		return
	}
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.errs = append(ts.errs, fmt.Errorf("%s: %w", key, err))
}

// wait waits for the tasks and returns their failures.
func (ts *tasks) wait() error {
	ts.wg.Wait()
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return errors.Join(ts.errs...)
}

// spawn runs fn as a task of ts named key, unless a task of that name is
// still running (started by this pass or an earlier one).
func (a *Agent) spawn(ctx context.Context, ts *tasks, key string, fn func(context.Context) error) {
	a.mu.Lock()
	if a.busy[key] {
		a.mu.Unlock()
		return
	}
	a.busy[key] = true
	a.mu.Unlock()
	a.wg.Add(1)
	ts.wg.Add(1)
	go func() {
		defer a.wg.Done()
		defer ts.wg.Done()
		err := fn(ctx)
		a.mu.Lock()
		delete(a.busy, key)
		a.mu.Unlock()
		if err != nil && ctx.Err() == nil {
			a.m.failure(err)
			ts.fail(key, err)
		}
	}()
}

// computeError marks a failure of the agent's own computation (a VM run,
// a native check), as opposed to the chain's.
type computeError struct{ error }

func (e computeError) Unwrap() error { return e.error }

// timeoutError is a computation cut short by the agent's own bound.
type timeoutError struct{ error }

func (e timeoutError) Unwrap() error { return e.error }

// compute runs fn in a slot, the most urgent first by deadline (chain
// time), bounded by timeout.
func (a *Agent) compute(ctx context.Context, deadline uint64, timeout time.Duration, what string, fn func(context.Context) error) error {
	if err := a.slots.acquire(ctx, deadline); err != nil {
		return err
	}
	defer a.slots.release()
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	err := fn(cctx)
	switch {
	case err == nil:
		return nil
	case ctx.Err() == nil && errors.Is(cctx.Err(), context.DeadlineExceeded):
		return timeoutError{fmt.Errorf("%s: not done within %v: %w", what, timeout, err)}
	case ctx.Err() != nil:
		return err
	}
	return computeError{fmt.Errorf("%s: %w", what, err)}
}

// read bounds the chain reads in flight (an endpoint serves a few dozen
// at once well, not hundreds).
func (a *Agent) read(ctx context.Context, fn func() error) error {
	select {
	case a.reads <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-a.reads }()
	return fn()
}
