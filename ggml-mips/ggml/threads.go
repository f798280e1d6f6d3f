package ggml

import "sync/atomic"

// threads is the number of threads SetThreads asked for (0: the default).
var threads atomic.Int32

// SetThreads sets how many threads a matmul splits its rows over; n < 1
// restores the default (see Threads). The result does not depend on it:
// each output is one dot product, computed the same way in any thread.
func SetThreads(n int) {
	if n < 1 {
		n = 0
	}
	threads.Store(int32(n))
}

// Threads returns the number of threads a matmul uses: natively the value
// given to SetThreads, by default GOMAXPROCS; always 1 in the MIPS build
// (the fraud-proof VM runs one thread).
func Threads() int {
	if !parallel {
		return 1
	}
	if n := threads.Load(); n > 0 {
		return int(n)
	}
	return defaultThreads()
}
