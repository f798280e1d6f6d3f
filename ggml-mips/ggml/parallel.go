//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"runtime"
	"sync"
	"sync/atomic"
)

const parallel = true

func defaultThreads() int { return runtime.GOMAXPROCS(0) }

// minThreadWork is the least work (multiply-adds) per thread worth waking
// a pool worker for (see the pool below). On the shared 2-core machine of
// docs/benchmarks.md, BenchmarkMatMulThreads found 768×768 and 768×2048
// Q8_0 matmuls slower on 2 threads and a 768×32000 one 1.6× faster.
var minThreadWork = 1 << 22

// minChunkWork is about the least work of a chunk of rows.
var minChunkWork = 1 << 17

// forRows calls fn on contiguous chunks of rows [0, n) that together cover
// them once, on up to Threads() goroutines: the caller and pool workers
// (each with its own scratch). Chunks are claimed one at a time, so a
// worker that is slow to wake holds nothing up: the caller takes its
// share, and a worker that comes after the last chunk was claimed does
// nothing (one the OS preempts inside a chunk is still waited for).
// work is the total cost, for sizing the chunks.
func forRows(n, work int, sc *scratch, fn func(n0, n1 int, sc *scratch)) {
	t := min(Threads(), n, max(work/minThreadWork, 1))
	if t <= 1 {
		fn(0, n, sc)
		return
	}
	// Chunks of about minChunkWork, at least 4 per thread.
	chunks := min(n, max(work/minChunkWork, 4*t))
	j := &job{fn: fn, n: n, chunks: chunks}
	startWorkers(t - 1)
	publish(j, t-1)
	j.run(sc)
	j.finished.Store(true)
	// Workers still inside run are finishing a chunk each.
	for j.active.Load() != 0 {
		runtime.Gosched()
	}
}

// job is one forRows call as its threads share it.
type job struct {
	fn        func(n0, n1 int, sc *scratch)
	n, chunks int
	next      atomic.Int64 // the next chunk to claim
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
	j.active.Add(1)
	if !j.finished.Load() {
		j.run(sc)
	}
	j.active.Add(-1)
}

// The pool: workers block on tasks. Waking a parked worker (a futex and a
// thread switch) takes tens of µs, more on a busy machine; spinning
// workers would wake faster but, on a shared machine, stall the caller
// whenever the OS preempts one holding a chunk, and take CPU from the
// neighbours. Hence minThreadWork: only big matmuls are split.
var (
	tasks      = make(chan *job, 64)
	workersMu  sync.Mutex
	numWorkers int
)

// publish hands j to n workers.
func publish(j *job, n int) {
	for range n {
		tasks <- j
	}
}

// startWorkers makes sure at least n pool workers run. Workers live for
// the process, each with its own scratch memory.
func startWorkers(n int) {
	workersMu.Lock()
	defer workersMu.Unlock()
	for ; numWorkers < n; numWorkers++ {
		go func() {
			var sc scratch
			for j := range tasks {
				j.work(&sc)
			}
		}()
	}
}
