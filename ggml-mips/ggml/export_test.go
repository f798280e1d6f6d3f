package ggml

// Test hooks for the external test package.

// kernelSet is one choice of row kernels.
type kernelSet struct {
	name       string
	simd, vnni bool
}

// kernelSets lists the row kernels this machine can run: the reference
// (generic) always, then the architecture's.
func kernelSets() []kernelSet {
	sets := []kernelSet{{name: "generic"}}
	if defaultSIMD {
		sets = append(sets, kernelSet{name: "avx2", simd: true})
	}
	if hasVNNI {
		sets = append(sets, kernelSet{name: "avx512vnni", simd: true, vnni: true})
	}
	return sets
}

// use selects k's kernels, returning a function that undoes it.
func (k kernelSet) use() (undo func()) {
	oldS, oldV := useSIMD, useVNNI
	useSIMD, useVNNI = k.simd, k.vnni
	return func() { useSIMD, useVNNI = oldS, oldV }
}

// Kernels names the row kernels this machine can run, for SetKernels.
func Kernels() []string {
	var names []string
	for _, k := range kernelSets() {
		names = append(names, k.name)
	}
	return names
}

// SetKernels forces the named row kernels (one of Kernels()), returning a
// function that undoes it.
func SetKernels(name string) (undo func()) {
	for _, k := range kernelSets() {
		if k.name == name {
			return k.use()
		}
	}
	panic("ggml: no kernels named " + name)
}

// SetMinWork sets the least work per thread and per chunk, and turns off
// the busy-machine fallback to one thread, returning a function that
// undoes it (tests split small matmuls to exercise the threads).
func SetMinWork(w int) (undo func()) {
	oldT, oldC := minThreadWork, minChunkWork
	minThreadWork, minChunkWork = w, w
	restore := alwaysSplit()
	return func() { minThreadWork, minChunkWork = oldT, oldC; restore() }
}
