//go:build !linux || mips || mipsle || mips64 || mips64le

package ggml

// weightMemory returns b: huge-page-backed weights are a Linux-native
// matter (weightmem_linux.go); the MIPS guest reads its weights in place.
func weightMemory(b []byte) []byte { return b }
