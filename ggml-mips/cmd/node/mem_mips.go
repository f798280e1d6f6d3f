//go:build mips

package main

import "unsafe"

// mem is the n bytes of guest memory at addr (in the mapping window,
// outside Go's heap). Big-endian MIPS stores 4-byte elements in the
// committed encoding, so f32s and i32s view buffers in place.
func mem(addr, n uint32) []byte {
	if n == 0 {
		return []byte{}
	}
	p := uintptr(addr)
	return unsafe.Slice(*(**byte)(unsafe.Pointer(&p)), n)
}

func f32s(b []byte) []float32 {
	if len(b) == 0 {
		return []float32{}
	}
	return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), len(b)/4)
}

func i32s(b []byte) []int32 {
	if len(b) == 0 {
		return []int32{}
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&b[0])), len(b)/4)
}
