//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

const parallel = true

func defaultThreads() int { return runtime.GOMAXPROCS(0) }

// minThreadWork is the least work (multiply-adds) per thread worth
// splitting a matmul for. Between the matmuls of a token the pool worker
// is spinning (see the pool below), and handing it a job costs a cache
// line or two; a parked one is woken (the first matmul after a pause pays
// the wake-up, the caller meanwhile takes chunks itself).
var minThreadWork = 1 << 17

// minChunkWork is about the least work of a chunk of rows.
var minChunkWork = 1 << 17

// forRows calls fn on contiguous chunks of rows [0, n) that together cover
// them once, on up to Threads() goroutines: the caller and pool workers
// (each with its own scratch). Chunks are claimed one at a time, so a
// worker that is slow to come holds nothing up: the caller takes its
// share, and a worker that comes after the last chunk was claimed does
// nothing (one the OS preempts inside a chunk is still waited for).
// work is the total cost, for sizing the chunks.
func forRows(n, work int, sc *scratch, fn func(n0, n1 int, sc *scratch)) {
	t := min(Threads(), n, max(work/minThreadWork, 1))
	if t > 1 && time.Now().UnixNano() < contendedUntil.Load() {
		t = 1
	}
	if t <= 1 {
		fn(0, n, sc)
		return
	}
	// Chunks of about minChunkWork, at least 4 per thread.
	chunks := min(n, max(work/minChunkWork, 4*t))
	j := &job{fn: fn, n: n, chunks: chunks}
	j.seats.Store(int32(t - 1))
	startWorkers(t - 1)
	publish(j)
	start := time.Now()
	j.run(sc)
	j.finished.Store(true)
	// Workers still inside run are finishing a chunk each.
	stalled := false
	if j.active.Load() != 0 {
		ran := time.Since(start)
		waitStart := time.Now()
		for j.active.Load() != 0 {
			runtime.Gosched()
		}
		wait := time.Since(waitStart)
		stalled = wait > maxWait && wait > ran
	}
	noteStall(stalled)
}

// A worker the OS has descheduled while holding a chunk (the machine has
// more runnable threads than cores) makes its caller wait, up to a time
// slice, for a chunk the caller could have done in µs. A split matmul
// stalled when its caller waited longer than maxWait and longer than it
// worked itself. stallScore follows how often that happens (each split
// matmul: score·7/8, plus 8 if it stalled); past stallLimit, about half
// of the recent ones, matmuls run on the caller alone for contendedFor,
// after which splitting is tried again. Occasional stalls are cheaper
// than giving up the second core.
var (
	maxWait        = 100 * time.Microsecond
	stallLimit     = int32(32)
	contendedFor   = 20 * time.Millisecond
	stallScore     atomic.Int32
	contendedUntil atomic.Int64 // Unix ns
)

// noteStall updates stallScore after a split matmul (concurrent callers
// may lose an update: it is a heuristic, results do not depend on it).
func noteStall(stalled bool) {
	score := stallScore.Load() * 7 / 8
	if stalled {
		score += 8
	}
	if score > stallLimit {
		contendedUntil.Store(time.Now().Add(contendedFor).UnixNano())
		score = 0
	}
	stallScore.Store(score)
}

// job is one forRows call as its threads share it.
type job struct {
	fn        func(n0, n1 int, sc *scratch)
	n, chunks int
	next      atomic.Int64 // the next chunk to claim
	seats     atomic.Int32 // workers that may still join (t − 1 at first)
	active    atomic.Int32 // workers inside run
	finished  atomic.Bool  // the caller has run out of chunks
}

// run computes chunks until none is left.
func (j *job) run(sc *scratch) {
	for {
		c := int(j.next.Add(1) - 1)
		if c >= j.chunks {
			return
		}
		j.fn(j.bound(c), j.bound(c+1), sc)
	}
}

// bound is where chunk c starts: a multiple of 8 rows (the row kernels
// may take rows 8 at a time), or n.
func (j *job) bound(c int) int {
	if c >= j.chunks {
		return j.n
	}
	return j.n * c / j.chunks &^ 7
}

// work is a pool worker's part of j. The caller sets finished before it
// reads active, a worker raises active before it reads finished: either
// the caller waits for the worker or the worker sees finished and leaves.
func (j *job) work(sc *scratch) {
	if j.seats.Add(-1) < 0 {
		return // enough workers joined (more run than this job's threads)
	}
	j.active.Add(1)
	if !j.finished.Load() {
		j.run(sc)
	}
	j.active.Add(-1)
}

// The pool. The latest job is published in one slot with a generation
// number; the first t − 1 workers to see a job take part in it (a job
// finished before a worker comes costs that worker nothing). After a job a worker
// spins, watching the slot, for a while (see spinMax), then parks on a
// condition variable. A parked worker takes tens of µs to wake (a futex
// and a thread switch), more on a busy machine; a spinning one starts at once,
// as it does between the matmuls of one token. Spinning is bounded so an
// idle process gives its cores back; a worker the OS preempts while
// holding a chunk stalls its caller until it runs again, the price of
// splitting.
var (
	current    atomic.Pointer[job]
	generation atomic.Uint64
	parked     atomic.Int32
	poolMu     sync.Mutex
	poolCond   = sync.NewCond(&poolMu)
	workersMu  sync.Mutex
	numWorkers int
)

// A worker watches for the next job for up to its spin budget before
// parking: spinMax at first, halved after each spin that ends without a
// job (down to spinMin), doubled after each that catches one. So the
// worker keeps spinning through the short gaps between the matmuls of a
// token but not through long pauses without work (between the tokens of
// a small model, whose only big matmul is the output), where spinning
// would only take CPU from the caller on a busy machine.
var spinMin, spinMax = 5 * time.Microsecond, 200 * time.Microsecond

// publish hands j to the workers.
func publish(j *job) {
	current.Store(j)
	generation.Add(1)
	if parked.Load() > 0 {
		poolMu.Lock()
		poolCond.Broadcast()
		poolMu.Unlock()
	}
}

// startWorkers makes sure at least n pool workers run. Workers live for
// the process, each with its own scratch memory.
func startWorkers(n int) {
	workersMu.Lock()
	defer workersMu.Unlock()
	for ; numWorkers < n; numWorkers++ {
		go worker(generation.Load())
	}
}

// worker runs every job published after generation seen.
func worker(seen uint64) {
	var sc scratch
	budget := spinMax
	for {
		if g := generation.Load(); g != seen {
			seen = g
			if j := current.Load(); j != nil {
				j.work(&sc)
			}
			continue
		}
		// Spin, then park. parked is raised under poolMu before the last
		// look at generation, and publish reads parked after raising
		// generation: either this worker sees the new job or publish
		// sees it parked and wakes it.
		deadline := time.Now().Add(budget)
		for generation.Load() == seen && time.Now().Before(deadline) {
			for range 50 {
				if generation.Load() != seen {
					break
				}
			}
		}
		if generation.Load() != seen {
			budget = min(2*budget, spinMax)
			continue
		}
		budget = max(budget/2, spinMin)
		poolMu.Lock()
		parked.Add(1)
		for generation.Load() == seen {
			poolCond.Wait()
		}
		parked.Add(-1)
		poolMu.Unlock()
	}
}
