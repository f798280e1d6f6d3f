package memory

import (
	"testing"
)

// BenchmarkRootAfterTouching256MiB writes every 32-byte leaf of 256 MiB of
// fresh memory, then computes the root from scratch.
func BenchmarkRootAfterTouching256MiB(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		m := New()
		for a := uint32(0x1000_0000); a < 0x1000_0000+256<<20; a += LeafSize {
			m.SetWord(a, a)
		}
		b.StartTimer()
		m.Root()
	}
}

// BenchmarkRootSparseWrites: the incremental root after 10k scattered writes.
func BenchmarkRootSparseWrites(b *testing.B) {
	m := New()
	for a := uint32(0x1000_0000); a < 0x1000_0000+64<<20; a += PageSize {
		m.SetWord(a, a)
	}
	m.Root()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := uint32(0); j < 10000; j++ {
			m.SetWord(0x1000_0000+(j*7919*4)%(64<<20), j+uint32(i))
		}
		m.Root()
	}
}

func BenchmarkHashPair(b *testing.B) {
	h := NewHasher()
	var l, r [32]byte
	for i := 0; i < b.N; i++ {
		l = h.Parent(&l, &r)
	}
}

// BenchmarkRootAfterTouchingPages256MiB writes one word in each page of
// 256 MiB of fresh memory (sparse pages, the common case for heaps and
// stacks), then computes the root from scratch.
func BenchmarkRootAfterTouchingPages256MiB(b *testing.B) {
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		m := New()
		for a := uint32(0x1000_0000); a < 0x1000_0000+256<<20; a += PageSize {
			m.SetWord(a, a)
		}
		b.StartTimer()
		m.Root()
	}
}
