//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"runtime"
	"sync"
)

const parallel = true

func defaultThreads() int { return runtime.GOMAXPROCS(0) }

// minChunkWork is the least work (multiply-adds) worth a thread of its
// own: below it, waking a worker costs more than it saves.
var minChunkWork = 1 << 17

// forRows splits rows [0, n) into up to Threads() contiguous chunks and
// calls fn once per chunk, the first on the calling goroutine with sc and
// the others on pool workers with their own scratch; it returns when all
// are done. work is the chunk's total cost, for deciding how many chunks.
func forRows(n, work int, sc *scratch, fn func(n0, n1 int, sc *scratch)) {
	t := min(Threads(), n, max(work/minChunkWork, 1))
	if t <= 1 {
		fn(0, n, sc)
		return
	}
	startWorkers(t - 1)
	var wg sync.WaitGroup
	wg.Add(t - 1)
	for i := 1; i < t; i++ {
		tasks <- task{fn: fn, n0: n * i / t, n1: n * (i + 1) / t, wg: &wg}
	}
	fn(0, n/t, sc)
	wg.Wait()
}

type task struct {
	fn     func(n0, n1 int, sc *scratch)
	n0, n1 int
	wg     *sync.WaitGroup
}

var (
	tasks      = make(chan task, 64)
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
			for t := range tasks {
				t.fn(t.n0, t.n1, &sc)
				t.wg.Done()
			}
		}()
	}
}
