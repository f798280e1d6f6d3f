//go:build linux && !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// TestWeightMemory: large weights are copied byte for byte into the arena
// (64-byte aligned, not aliasing the input, capacity capped at their length
// so an append cannot run into the next weight), chunks past the arena's
// size too; small ones are returned as they are.
func TestWeightMemory(t *testing.T) {
	r := rand.New(rand.NewPCG(97, 98))
	for _, n := range []int{minArenaBytes - 1, minArenaBytes, 3 << 20, 5<<20 + 17, arenaChunk + 12345} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		got := weightMemory(b)
		if !bytes.Equal(got, b) {
			t.Fatalf("%d bytes: copy differs", n)
		}
		same := &got[0] == &b[0]
		if n < minArenaBytes {
			if !same {
				t.Fatalf("%d bytes: small weight copied", n)
			}
			continue
		}
		if same || cap(got) != n {
			t.Fatalf("%d bytes: aliases the input %v, capacity %d", n, same, cap(got))
		}
		if uintptr(unsafe.Pointer(&got[0]))%64 != 0 {
			t.Fatalf("%d bytes: not 64-byte aligned", n)
		}
	}
}
