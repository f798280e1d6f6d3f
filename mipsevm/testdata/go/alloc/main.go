// Command alloc stresses the allocator and the garbage collector: it
// allocates more than 5 GiB in total, in small, medium and large
// objects, while keeping only a few MiB live (a ring of recent buffers and
// some linked lists of pointer-bearing nodes).  This forces well over a
// hundred GC cycles and a lot of memory reuse.
//
// The output is deterministic: it prints a checksum over the data read
// back from live objects, and facts about runtime.MemStats as booleans
// (never raw numbers, which vary).  Exit status 0 if all checks pass.
package main

import (
	"fmt"
	"os"
	"runtime"
)

const (
	target   = 5<<30 + 256<<20 // bytes requested in total: 5.25 GiB
	ringSize = 256             // live buffers (about 4.7 MiB on average)
	nLists   = 16
)

type node struct {
	next *node
	val  uint32
	pad  [5]uint32
}

var (
	ring  [ringSize][]byte
	lists [nLists]*node
	lens  [nLists]int
)

var sizes = []int{16, 48, 200, 1000, 4096, 10000, 33000, 100000}

func main() {
	var requested uint64
	var sum uint64
	var listSum uint64
	listsDropped := 0
	i := 0
	for requested < target {
		sz := sizes[i%len(sizes)] + i%13
		b := make([]byte, sz)
		b[0] = byte(i)
		b[sz/2] = byte(i >> 8)
		b[sz-1] = byte(i >> 16)
		// read back an older live buffer; its contents must be intact
		if old := ring[(i*7+3)%ringSize]; old != nil {
			sum = sum*31 + uint64(old[0]) + uint64(old[len(old)/2])<<8 +
				uint64(old[len(old)-1])<<16 + uint64(len(old))
		}
		ring[i%ringSize] = b
		requested += uint64(sz)

		// pointer-bearing garbage: grow a list, drop it when it is long
		if i%4 == 0 {
			l := (i / 4) % nLists
			lists[l] = &node{next: lists[l], val: uint32(i)}
			lens[l]++
			if lens[l] == 4096 {
				n, s := 0, uint64(0)
				for p := lists[l]; p != nil; p = p.next {
					n++
					s += uint64(p.val)
				}
				if n != 4096 {
					fmt.Println("FAIL list length", n)
					os.Exit(1)
				}
				listSum += s
				lists[l] = nil
				lens[l] = 0
				listsDropped++
			}
		}
		i++
	}

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("iterations %d, requested %d MiB, lists dropped %d\n", i, requested>>20, listsDropped)
	fmt.Printf("checksum %016x list-sum %d\n", sum, listSum)
	checks := []struct {
		name string
		ok   bool
	}{
		{"TotalAlloc > 4 GiB", ms.TotalAlloc > 4<<30},
		{"TotalAlloc >= requested", ms.TotalAlloc >= requested},
		{"NumGC >= 100", ms.NumGC >= 100},
		{"HeapAlloc < 64 MiB", ms.HeapAlloc < 64<<20},
		{"HeapSys < 256 MiB", ms.HeapSys < 256<<20},
	}
	failed := 0
	for _, c := range checks {
		fmt.Printf("%s: %v\n", c.name, c.ok)
		if !c.ok {
			failed++
		}
	}
	if failed != 0 {
		fmt.Println("alloc: FAILED")
		os.Exit(1)
	}
	fmt.Println("alloc: ok")
}
