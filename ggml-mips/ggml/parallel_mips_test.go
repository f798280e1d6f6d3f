//go:build mips || mipsle || mips64 || mips64le

package ggml

// alwaysSplit does nothing: the MIPS build runs on one thread.
func alwaysSplit() (undo func()) { return func() {} }
