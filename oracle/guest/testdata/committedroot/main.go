// Command committedroot is a guest program for oracle/guest's tests: it
// writes a tensor-like byte pattern into an aligned, otherwise zero region
// of its memory and prints guest.CommittedRoot of the region and of parts
// of it, then invalid calls' errors and how many allocations 100 calls
// make. The test runs it in the VM and
// compares the roots with the committed roots it computes itself.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"syscall"
	"unsafe"

	"github.com/axonum/opml/oracle/guest"
)

const region = 64 << 10 // the region's size (and alignment)

// arena is zero (bss) until written; the region is the aligned part of it.
var arena [2 * region]byte

func main() {
	base := uintptr(unsafe.Pointer(&arena[0]))
	skip := (region - base%region) % region
	buf := arena[skip : skip+region]
	addr := uint32(base + skip)

	// The "tensor": 40,000 bytes of a xorshift32 stream seeded with 1
	// (the test generates the same).
	x := uint32(1)
	for i := 0; i < 40_000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		buf[i] = byte(x)
	}
	show := func(name string, a, size uint32) {
		root, err := guest.CommittedRoot(a, size)
		if err != nil {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Printf("%s %x\n", name, root)
	}
	show("region", addr, region)
	show("first-page", addr, 4096)
	show("leaf-1", addr+32, 32)
	buf[12345] ^= 0xff
	show("region-after-write", addr, region)
	_, err := guest.CommittedRoot(addr+32, 64)
	fmt.Println("misaligned-is-einval", errors.Is(err, syscall.EINVAL))
	_, err = guest.CommittedRoot(addr, 48)
	fmt.Println("not-a-power-of-two-is-einval", errors.Is(err, syscall.EINVAL))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := uint32(0); i < 100; i++ {
		guest.CommittedRoot(addr+i*32, 32)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("allocations-in-100-calls", after.Mallocs-before.Mallocs)
}
