package ggml

// Test hooks for the external test package.

// SetGeneric forces the reference kernels (generic) or restores the
// architecture's, returning a function that undoes it.
func SetGeneric(generic bool) (undo func()) {
	old := useSIMD
	useSIMD = old && !generic
	return func() { useSIMD = old }
}

// SetMinChunkWork sets the least work per thread, returning a function
// that undoes it (tests split small matmuls to exercise the threads).
func SetMinChunkWork(w int) (undo func()) {
	old := minChunkWork
	minChunkWork = w
	return func() { minChunkWork = old }
}
