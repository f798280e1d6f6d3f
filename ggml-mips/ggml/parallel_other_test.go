//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

// alwaysSplit turns off the busy-machine fallback to one thread (tests
// must exercise the threads however loaded the machine is), returning a
// function that restores it.
func alwaysSplit() (undo func()) {
	old := maxWait
	maxWait = 1 << 62
	contendedUntil.Store(0)
	return func() { maxWait = old }
}
