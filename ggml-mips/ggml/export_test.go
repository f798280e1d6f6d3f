package ggml

// Test hooks for the external test package.

// SetGeneric forces the reference kernels (generic) or restores the
// architecture's, returning a function that undoes it.
func SetGeneric(generic bool) (undo func()) {
	old := useSIMD
	useSIMD = old && !generic
	return func() { useSIMD = old }
}

// SetMinWork sets the least work per thread and per chunk, returning a
// function that undoes it (tests split small matmuls to exercise the
// threads).
func SetMinWork(w int) (undo func()) {
	oldT, oldC := minThreadWork, minChunkWork
	minThreadWork, minChunkWork = w, w
	return func() { minThreadWork, minChunkWork = oldT, oldC }
}
