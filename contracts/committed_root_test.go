package contracts_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

// TestCommittedRoot: committed_root on chain, step by step against the Go
// VM: leaves, small and large blocks, the largest size (either half of the
// address space), a block of mapped committed data (before and after a
// write inside it), out inside the block, and every EINVAL case.
func TestCommittedRoot(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	cd := memory.NewCommittedBytes(data)
	key := mipsevm.CommittedKey(cd.Root(), cd.Len())
	o := &testOracle{committed: map[[32]byte]mipsevm.CommittedData{key: cd}}
	c := newChain(t)
	c.registerCommitted(t, cd.Root(), cd.Len())
	s, vmach := newVM(o, syscalls(64)...)
	s.Memory.SetBytes(0x20000000, data[:9000])
	const out = 0x30000000
	ok := func(addr, size, out uint32) {
		t.Helper()
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysCommittedRoot, addr, size, out
		_, gas := c.checkStep(t, vmach)
		if s.Registers[2] != 0 || s.Registers[7] != 0 {
			t.Fatalf("committed_root(%#x, %#x, %#x): v0 %d a3 %d", addr, size, out, s.Registers[2], s.Registers[7])
		}
		t.Logf("committed_root(%#x, %#x, %#x): %d gas", addr, size, out, gas)
	}
	ok(0x20000040, 32, out)              // a leaf
	ok(0x20000000, 64, out)              // h = 1
	ok(0x20000100, 256, out+32)          // h = 3
	ok(0x20000000, 16384, out)           // h = 9: data, then zeros
	ok(0x20000000, 1024, 0x20000000+992) // out inside the block
	ok(0x20000000, 1024, 0x20000000)     // out at the block's start
	ok(0, 1<<31, out)                    // the largest size, out inside
	ok(0x80000000, 1<<31, out)
	// Mapped committed data, before and after a write inside it.
	s.PreimageKey = key
	if sys(t, c, s, vmach, mipsevm.SysMapCommitted, 0x10000000, 1<<20, 0); s.Registers[7] != 0 {
		t.Fatal("map_committed failed")
	}
	size := uint32(32) << cd.Height()
	ok(0x10000000, size, out)
	if got := [32]byte(s.Memory.ReadBytes(out, 32)); got != cd.Root() {
		t.Fatalf("the mapped data's root: %x, want %x", got, cd.Root())
	}
	ok(0x10000000+4096, 4096, out)
	s.Memory.SetBytes(0x10000000+777, []byte{data[777] ^ 1})
	ok(0x10000000, size, out)
	// EINVAL: nothing written, no proof beyond the fetch.
	for _, a := range [][3]uint32{
		{0x20000000, 0, out},          // size 0
		{0x20000000, 16, out},         // size < 32
		{0x20000000, 48, out},         // not a power of two
		{0x20000000, 0x20000001, out}, // not a power of two
		{0, 0xffffffff, out},          // > 32 << 26
		{0, 0xc0000000, out},          // > 32 << 26
		{0x20000020, 64, out},         // addr misaligned
		{0x40000000, 1 << 31, out},    // addr misaligned for the largest size
		{0x20000000, 64, out + 4},     // out misaligned
		{0x20000000, 64, out + 16},    // out misaligned
		{0x20000000, 64, 0xffffffff},  // out misaligned
	} {
		before := s.Memory.Root()
		if v0 := sys(t, c, s, vmach, mipsevm.SysCommittedRoot, a[0], a[1], a[2]); v0 != 22 || s.Registers[7] != 1 {
			t.Fatalf("committed_root(%#x, %#x, %#x): v0 %d a3 %d, want EINVAL", a[0], a[1], a[2], v0, s.Registers[7])
		}
		if s.Memory.Root() != before {
			t.Fatal("a failed committed_root changed memory")
		}
	}
}

// committedRootWitness is the witness of committed_root(addr, size, out)
// over some data, and the Go post-state hash.
func committedRootWitness(t *testing.T, addr, size, out uint32) (*mipsevm.Witness, [32]byte) {
	t.Helper()
	s, vmach := newVM(nil, syscalls(2)...)
	s.Memory.SetBytes(0x20000000, bytes.Repeat([]byte{1, 2, 3, 4, 5}, 300))
	s.Memory.SetBytes(0x30000000, bytes.Repeat([]byte{9}, 100))
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysCommittedRoot, addr, size, out
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	return w, s.Hash()
}

// TestCommittedRootRejectsForgedProofs: MIPS.step checks committed_root's
// node proof and leaf proof, and takes none on EINVAL.
func TestCommittedRootRejectsForgedProofs(t *testing.T) {
	c := newChain(t)
	const addr, size, out = 0x20000000, 1024, 0x30000000
	w, post := committedRootWitness(t, addr, size, out)
	proof := w.EncodeProof()
	const leaf = memory.ProofLen
	const node = (memory.TreeHeight - 5 + 1) * 32 // height 5
	if len(proof) != leaf+node+leaf {
		t.Fatalf("proof is %d bytes, want fetch %d + node %d + leaf %d", len(proof), leaf, node, leaf)
	}
	if got, _, err := c.step(w.State, proof); err != nil || got != post {
		t.Fatalf("the untampered witness: %x, %v (Go %x)", got, err, post)
	}
	// Valid proofs of other nodes, against the same pre-state root.
	s, _ := newVM(nil, syscalls(2)...)
	s.Memory.SetBytes(0x20000000, bytes.Repeat([]byte{1, 2, 3, 4, 5}, 300))
	s.Memory.SetBytes(0x30000000, bytes.Repeat([]byte{9}, 100))
	if s.Memory.Root() != [32]byte(w.State[:32]) {
		t.Fatal("the rebuilt memory differs from the witness's pre-state")
	}
	neighbour := s.Memory.NodeProof(addr+size, 5)
	lower := s.Memory.NodeProof(addr, 4)
	otherLeaf := s.Memory.NodeProof(out+4096, 0)
	with := func(at int, part []byte, cut int) []byte {
		b := append(bytes.Clone(proof[:at]), part...)
		return append(b, proof[at+cut:]...)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(proof)
		b[i] ^= 1
		return b
	}
	cases := []struct {
		name   string
		proof  []byte
		reason string
	}{
		{"forged root (node value)", flip(leaf + 5), "bad memory proof"},
		{"forged node sibling", flip(leaf + 32*3 + 1), "bad memory proof"},
		{"node proof of the neighbouring block", with(leaf, neighbour, node), "bad memory proof"},
		{"node proof of the lower half", with(leaf, lower, node), "bad memory proof"},
		{"node proof of height 4 cut to height 5's length", with(leaf, lower[:node], node), "bad memory proof"},
		{"tampered leaf", flip(leaf + node + 7), "bad memory proof"},
		{"tampered leaf sibling", flip(leaf + node + 32*20), "bad memory proof"},
		{"leaf proof of another leaf", with(leaf+node, otherLeaf, leaf), "bad memory proof"},
		{"no leaf proof", proof[:leaf+node], "memory proof too short"},
		{"truncated leaf proof", proof[:len(proof)-1], "memory proof too short"},
		{"no node proof", proof[:leaf], "memory proof too short"},
		{"trailing bytes", append(bytes.Clone(proof), 0), "unused proof data"},
	}
	for _, tc := range cases {
		_, _, err := c.step(w.State, tc.proof)
		t.Run(tc.name, func(t *testing.T) { expectRevert(t, err, tc.reason) })
	}
	// EINVAL takes no proof beyond the fetch: a node proof given anyway is
	// unused.
	w, post = committedRootWitness(t, addr+32, size, out)
	if len(w.ProofData) != leaf {
		t.Fatalf("EINVAL witness has %d proof bytes", len(w.ProofData))
	}
	if got, _, err := c.step(w.State, w.EncodeProof()); err != nil || got != post {
		t.Fatalf("EINVAL: %x, %v (Go %x)", got, err, post)
	}
	_, _, err := c.step(w.State, append(w.EncodeProof(), neighbour...))
	expectRevert(t, err, "unused proof data")
}
