package memory

import (
	"bytes"
	"math/rand/v2"
	"sort"
	"testing"
)

// refRoot computes the root of a sparse image naively: a reference that
// shares nothing with Memory but the hash.
func refRoot(image map[uint32]byte) [32]byte {
	leaves := map[uint64][32]byte{}
	for a, b := range image {
		l := leaves[uint64(a>>LeafShift)]
		l[a&31] = b
		leaves[uint64(a>>LeafShift)] = l
	}
	level := leaves
	for h := 0; h < TreeHeight; h++ {
		up := map[uint64][32]byte{}
		keys := make([]uint64, 0, len(level))
		for k := range level {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			if _, done := up[k>>1]; done {
				continue
			}
			l, ok := level[k&^1]
			if !ok {
				l = zeroHashes[h]
			}
			r, ok := level[k|1]
			if !ok {
				r = zeroHashes[h]
			}
			up[k>>1] = HashPair(l, r)
		}
		level = up
	}
	if r, ok := level[0]; ok {
		return r
	}
	return zeroHashes[TreeHeight]
}

func TestEmptyRoot(t *testing.T) {
	m := New()
	if m.Root() != zeroHashes[TreeHeight] {
		t.Fatal("empty memory root is not the zero root")
	}
	if m.GetWord(0x1234) != 0 || m.PageCount() != 0 {
		t.Fatal("reading empty memory allocated or returned data")
	}
}

func TestIncrementalRootMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	m := New()
	image := map[uint32]byte{}
	for round := 0; round < 20; round++ {
		for i := 0; i < 200; i++ {
			var addr uint32
			switch rng.IntN(3) {
			case 0:
				addr = rng.Uint32() &^ 3
			case 1:
				addr = 0x400000 + rng.Uint32N(1<<16)&^3
			default:
				addr = 0xfffff000 + rng.Uint32N(1<<12)&^3
			}
			v := rng.Uint32()
			m.SetWord(addr, v)
			for k := uint32(0); k < 4; k++ {
				image[addr+k] = byte(v >> (24 - 8*k))
			}
		}
		if got, want := m.Root(), refRoot(image); got != want {
			t.Fatalf("round %d: root %x, reference %x", round, got, want)
		}
	}
	for a, b := range image {
		if m.GetByte(a) != b {
			t.Fatalf("byte at %#x: %#x want %#x", a, m.GetByte(a), b)
		}
	}
}

func TestProofRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	m := New()
	for i := 0; i < 1000; i++ {
		m.SetWord(rng.Uint32()&^3, rng.Uint32())
	}
	root := m.Root()
	for i := 0; i < 200; i++ {
		addr := rng.Uint32()
		for _, h := range []int{0, 3, PageHeight, 15, TreeHeight} {
			p := m.NodeProof(addr, h)
			if err := VerifyProof(root, p, addr, h); err != nil {
				t.Fatalf("proof of %#x at height %d: %v", addr, h, err)
			}
			bad := bytes.Clone(p)
			bad[len(bad)-1] ^= 1
			if h < TreeHeight && VerifyProof(root, bad, addr, h) == nil {
				t.Fatalf("tampered proof of %#x accepted", addr)
			}
		}
		// A proof of one leaf is not a proof of its neighbour's.
		p := m.MerkleProof(addr)
		if !bytes.Equal(p[:32], p[32:64]) && VerifyProof(root, p[:], addr^32, 0) == nil {
			t.Fatalf("proof of %#x verifies for %#x", addr, addr^32)
		}
	}
	// Writing through a proof gives the new root.
	addr := uint32(0x10000020)
	p := m.MerkleProof(addr)
	var leaf [32]byte
	copy(leaf[:], p[:32])
	leaf[0] = 0xab
	want, _ := RootFromProof(p[:], addr, 0, &leaf)
	m.SetBytes(addr, []byte{0xab})
	if m.Root() != want {
		t.Fatal("root after write differs from root computed through the proof")
	}
}

func TestMapCommittedEqualsWriting(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 31, 33, 4096, 5000, 1 << 16, 300000} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		c := NewCommittedBytes(data)
		if c.Root() != refCommit(data, c.Height()) {
			t.Fatalf("len %d: committed root differs from reference", n)
		}
		addr := uint32(0x80000000)
		mapped, written := New(), New()
		// existing content inside and outside the region
		for _, m := range []*Memory{mapped, written} {
			m.SetWord(addr+8, 0xdeadbeef)
			m.SetWord(addr-4, 0x01020304)
			m.SetWord(addr+uint32(LeafSize<<c.Height()), 0x05060708)
		}
		if err := mapped.MapCommitted(addr, [32]byte{1}, c); err != nil {
			t.Fatal(err)
		}
		full := make([]byte, LeafSize<<c.Height())
		copy(full, data)
		written.SetBytes(addr, full)
		if mapped.Root() != written.Root() {
			t.Fatalf("len %d: mapped root differs from written root", n)
		}
		// reads, writes and proofs inside the region behave like plain memory
		for i := 0; i < 50 && n > 0; i++ {
			a := addr + uint32(rng.IntN(n))&^3
			if mapped.GetWord(a) != written.GetWord(a) {
				t.Fatalf("len %d: word at %#x differs", n, a)
			}
			v := rng.Uint32()
			mapped.SetWord(a, v)
			written.SetWord(a, v)
		}
		root := written.Root()
		if mapped.Root() != root {
			t.Fatalf("len %d: roots differ after writes", n)
		}
		for i := 0; i < 20; i++ {
			a := addr + uint32(rng.IntN(max(n, 1)))
			if !bytes.Equal(mapped.NodeProof(a, 0), written.NodeProof(a, 0)) {
				t.Fatalf("len %d: proofs differ at %#x", n, a)
			}
		}
	}
}

func TestMapCommittedNestedAndMisaligned(t *testing.T) {
	outer := NewCommittedBytes(bytes.Repeat([]byte{7}, 1<<20))
	inner := NewCommittedBytes(bytes.Repeat([]byte{9}, 8192))
	m, ref := New(), New()
	if err := m.MapCommitted(0x40000000+4096, [32]byte{}, outer); err == nil {
		t.Fatal("misaligned mapping accepted")
	}
	m.MapCommitted(0x40000000, [32]byte{1}, outer)
	m.SetWord(0x40000100, 42)
	m.MapCommitted(0x40010000, [32]byte{2}, inner)
	ref.SetBytes(0x40000000, bytes.Repeat([]byte{7}, 1<<20))
	ref.SetWord(0x40000100, 42)
	ref.SetBytes(0x40010000, bytes.Repeat([]byte{9}, 8192))
	if m.Root() != ref.Root() {
		t.Fatal("nested mapping root differs")
	}
	m.MapCommitted(0x40000000, [32]byte{3}, outer) // remaps over the inner one
	ref.SetBytes(0x40000000, bytes.Repeat([]byte{7}, 1<<20))
	if m.Root() != ref.Root() || len(m.Regions()) != 1 {
		t.Fatal("remapping did not replace the inner region")
	}
}

func refCommit(data []byte, height int) [32]byte {
	level := make([][32]byte, 1<<height)
	for i := range level {
		if i*32 < len(data) {
			copy(level[i][:], data[i*32:])
		}
	}
	for len(level) > 1 {
		up := make([][32]byte, len(level)/2)
		for i := range up {
			up[i] = HashPair(level[2*i], level[2*i+1])
		}
		level = up
	}
	return level[0]
}

func FuzzMemoryOps(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Fuzz(func(t *testing.T, ops []byte) {
		m := New()
		image := map[uint32]byte{}
		for len(ops) >= 6 {
			addr := uint32(ops[0])<<24 | uint32(ops[1])<<12 | uint32(ops[2])<<2
			switch ops[3] % 3 {
			case 0:
				v := uint32(ops[4])<<8 | uint32(ops[5])
				m.SetWord(addr, v)
				for k := uint32(0); k < 4; k++ {
					image[addr+k] = byte(v >> (24 - 8*k))
				}
			case 1:
				m.SetBytes(addr+uint32(ops[4]&3), ops[5:6])
				image[addr+uint32(ops[4]&3)] = ops[5]
			case 2:
				root := m.Root()
				if err := VerifyProof(root, m.NodeProof(addr, int(ops[4])%(TreeHeight+1)), addr, int(ops[4])%(TreeHeight+1)); err != nil {
					t.Fatal(err)
				}
			}
			ops = ops[6:]
		}
		if m.Root() != refRoot(image) {
			t.Fatal("incremental root differs from reference")
		}
	})
}

// TestNode: Node gives the root of the aligned block (the committed root of
// its bytes), re-hashing only the pages inside it; writes elsewhere stay
// queued and the memory root stays right, with Node calls between writes.
func TestNode(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	m := New()
	image := map[uint32]byte{}
	write := func(addr, v uint32) {
		m.SetWord(addr, v)
		for k := uint32(0); k < 4; k++ {
			image[addr+k] = byte(v >> (24 - 8*k))
		}
	}
	base := uint32(0x20000000)
	for round := 0; round < 30; round++ {
		for i := 0; i < 100; i++ {
			switch rng.IntN(3) {
			case 0:
				write(base+rng.Uint32N(1<<16)&^3, rng.Uint32())
			case 1:
				write(base+(1<<20)+rng.Uint32N(1<<14)&^3, rng.Uint32())
			default:
				write(rng.Uint32()&^3, rng.Uint32())
			}
		}
		h := rng.IntN(18)
		addr := base + rng.Uint32N(1<<16)
		if round%5 == 0 {
			h = TreeHeight
		}
		size := uint64(LeafSize) << h
		start := uint64(addr) &^ (size - 1)
		got := m.Node(addr, h)
		// the reference: the committed root of the block's bytes
		if h <= 17 {
			if want := refCommit(m.ReadBytes(uint32(start), uint32(size)), h); got != want {
				t.Fatalf("round %d: node of height %d at %#x is %x, want %x", round, h, addr, got, want)
			}
		} else if got != refRoot(image) {
			t.Fatalf("round %d: node of height %d is not the root", round, h)
		}
		// pages outside the block are still queued
		for _, p := range m.DirtyPages() {
			if a := uint64(p.index) << PageShift; a >= start && a < start+size {
				t.Fatalf("round %d: page %#x inside the block is still queued", round, a)
			}
		}
		if round%3 == 2 {
			if m.Root() != refRoot(image) {
				t.Fatalf("round %d: root differs from the reference after Node calls", round)
			}
		}
	}
	// A write outside a block leaves it queued; one inside is seen by Node.
	m.Root()
	write(0x30000000, 1)
	before := m.Node(base, 10)
	if len(m.DirtyPages()) != 1 {
		t.Fatalf("%d queued pages after Node, want 1 (the page written outside its block)", len(m.DirtyPages()))
	}
	write(base+100, 0x12345678)
	if after := m.Node(base, 10); after == before || after != refCommit(m.ReadBytes(base, 32<<10), 10) {
		t.Fatal("Node does not see a write inside its block")
	}
	if m.Root() != refRoot(image) {
		t.Fatal("root differs from the reference")
	}
	// Leaves and an empty block.
	if m.Node(base+100, 0) != [32]byte(m.ReadBytes(base+96, 32)) {
		t.Fatal("a node of height 0 is not the leaf")
	}
	if m.Node(0x70000000, 12) != zeroHashes[12] {
		t.Fatal("an untouched block is not the zero hash")
	}
}

// TestNodeInCommittedRegion: a block inside or equal to a mapped region is
// the data's tree (its committed root for the whole region).
func TestNodeInCommittedRegion(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	c := NewCommittedBytes(data)
	addr := uint32(0x10000000)
	m := New()
	if err := m.MapCommitted(addr, [32]byte{1}, c); err != nil {
		t.Fatal(err)
	}
	if m.Node(addr, c.Height()) != c.Root() {
		t.Fatal("the region's node is not the data's root")
	}
	for _, h := range []int{0, 3, PageHeight, PageHeight + 2} {
		a := addr + uint32(rng.IntN(len(data)))
		size := uint32(LeafSize) << h
		if got, want := m.Node(a, h), refCommit(data[(a&^(size-1))-addr:][:size], h); got != want {
			t.Fatalf("height %d at %#x: %x, want %x", h, a, got, want)
		}
	}
	m.SetBytes(addr+5000, []byte{data[5000] ^ 0xff})
	data[5000] ^= 0xff
	if m.Node(addr, c.Height()) != refCommit(data, c.Height()) {
		t.Fatal("after a write inside the region, its node is not the new data's root")
	}
}

// TestHeldBytes: the estimate counts each page with its cached subtree
// (twice its data), so it grows with the pages written.
func TestHeldBytes(t *testing.T) {
	m := New()
	empty := m.HeldBytes()
	for i := range uint32(100) {
		m.SetWord(0x1000_0000+i*PageSize, i+1)
	}
	m.Root()
	if got := m.HeldBytes() - empty; got < 100*2*PageSize || got > 100*3*PageSize+1<<20 {
		t.Fatalf("100 pages hold %d bytes more, want about %d", got, 100*2*PageSize)
	}
}
