//go:build linux && !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"sync"
	"syscall"
	"unsafe"
)

// A token's matmuls stream every weight from memory. In 4 KB pages that is
// a TLB miss, and a stop of the hardware prefetcher, every 4 KB; in 2 MB
// huge pages it is neither (at `110m`, 117 MB a token, 25–40 % more tokens
// per second here). Go's heap does not ask for huge pages, so natively on
// Linux FromGGUF copies each large weight into an arena of 2 MB-aligned
// chunks advised for transparent huge pages (madvise MADV_HUGEPAGE before
// the copy, MADV_COLLAPSE after it for pages the allocator had already
// touched). The chunks are ordinary Go memory: a chunk is freed when no
// weight in it is referenced (the arena keeps its current chunk). Where the
// kernel has no transparent huge pages the advice fails and the copy is
// merely a copy. Values and results are unaffected.

const (
	hugePage      = 2 << 20
	arenaChunk    = 64 << 20
	minArenaBytes = 256 << 10 // smaller weights stay where they are
	madvHugePage  = 14        // MADV_HUGEPAGE
	madvCollapse  = 25        // MADV_COLLAPSE (Linux 6.1)
)

var weightArena struct {
	mu   sync.Mutex
	free []byte // the current chunk's unused, 64-byte-aligned tail
}

// weightMemory returns b's bytes in huge-page-backed memory (a copy), or b
// itself when it is small.
func weightMemory(b []byte) []byte {
	n := len(b)
	if n < minArenaBytes {
		return b
	}
	weightArena.mu.Lock()
	defer weightArena.mu.Unlock()
	if len(weightArena.free) < n {
		size := (max(arenaChunk, n) + hugePage - 1) &^ (hugePage - 1)
		raw := make([]byte, size+hugePage)
		off := (hugePage - int(uintptr(unsafe.Pointer(&raw[0])))&(hugePage-1)) & (hugePage - 1)
		chunk := raw[off : off+size : off+size]
		_ = madvise(chunk, madvHugePage) // best effort
		weightArena.free = chunk
	}
	dst := weightArena.free[:n:n]
	copy(dst, b)
	// Collapse the huge pages dst covers whole (the chunk's start is
	// aligned, so its pages are dst's aligned sub-ranges).
	start := (hugePage - int(uintptr(unsafe.Pointer(&dst[0])))&(hugePage-1)) & (hugePage - 1)
	if end := start + (n-start)&^(hugePage-1); end > start && n > start {
		_ = madvise(dst[start:end], madvCollapse)
	}
	next := min((n+63)&^63, len(weightArena.free))
	weightArena.free = weightArena.free[next:]
	return dst
}

func madvise(b []byte, advice int) error {
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), uintptr(advice))
	if errno != 0 {
		return errno
	}
	return nil
}
