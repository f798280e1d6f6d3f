//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"runtime"
	"sync"
	"sync/atomic"
)

const parallel = true

func defaultThreads() int { return runtime.GOMAXPROCS(0) }

// minChunkWork is the least work (multiply-adds) worth handing to another
// thread: below it, waking a worker costs more than it saves.
var minChunkWork = 1 << 17

// forRows calls fn on contiguous chunks of rows [0, n) that together cover
// them once, on up to Threads() goroutines: the caller and pool workers
// (each with its own scratch). Chunks are claimed one at a time, so a
// thread the OS does not run holds nothing up: the others take its share,
// and a worker that wakes after the last chunk was claimed does nothing.
// work is the total cost, for sizing the chunks.
func forRows(n, work int, sc *scratch, fn func(n0, n1 int, sc *scratch)) {
	t := min(Threads(), n, max(work/minChunkWork, 1))
	if t <= 1 {
		fn(0, n, sc)
		return
	}
	// Chunks of about minChunkWork, at least 4 per thread.
	chunks := min(n, max(work/minChunkWork, 4*t))
	j := &job{fn: fn, n: n, chunks: chunks, done: make(chan struct{}, t)}
	startWorkers(t - 1)
	for i := 1; i < t; i++ {
		tasks <- j
	}
	j.run(sc)
	j.mu.Lock()
	j.finished = true
	active := j.active
	j.mu.Unlock()
	for ; active > 0; active-- {
		<-j.done
	}
}

// job is one forRows call as its threads share it.
type job struct {
	fn        func(n0, n1 int, sc *scratch)
	n, chunks int
	next      atomic.Int64

	mu       sync.Mutex
	active   int  // workers inside run
	finished bool // the caller has run out of chunks
	done     chan struct{}
}

// run computes chunks until none is left.
func (j *job) run(sc *scratch) {
	for {
		c := int(j.next.Add(1) - 1)
		if c >= j.chunks {
			return
		}
		j.fn(j.n*c/j.chunks, j.n*(c+1)/j.chunks, sc)
	}
}

// work is a pool worker's part of j.
func (j *job) work(sc *scratch) {
	j.mu.Lock()
	if j.finished {
		j.mu.Unlock()
		return
	}
	j.active++
	j.mu.Unlock()
	j.run(sc)
	j.mu.Lock()
	j.active--
	notify := j.finished
	j.mu.Unlock()
	if notify {
		j.done <- struct{}{}
	}
}

var (
	tasks      = make(chan *job, 64)
	workersMu  sync.Mutex
	numWorkers int
)

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
