//go:build !mips

package main

// Outside the VM there is no mapping window; the program only compiles
// (every oracle call fails first).
func mem(addr, n uint32) []byte { panic("node: guest memory outside the MIPS VM") }
func f32s(b []byte) []float32   { panic("node: guest memory outside the MIPS VM") }
func i32s(b []byte) []int32     { panic("node: guest memory outside the MIPS VM") }
