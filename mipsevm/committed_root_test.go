package mipsevm_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

// committedRootCall runs committed_root(addr, size, out) as one proving
// step and checks its witness: the fetch proof, then (on success) a node
// proof of height log2(size/32) at addr and a leaf proof at out, both
// against the pre-state root, the node being the value written and the
// leaf proof giving the post-state root; on EINVAL the fetch proof only and
// an unchanged memory root. A second VM steps the same state in fast mode
// and must agree. It returns v0 and a3.
func committedRootCall(t *testing.T, s *mipsevm.State, vm *mipsevm.VM, o mipsevm.PreimageOracle, addr, size, out uint32) (v0, a3 uint32) {
	t.Helper()
	var snap bytes.Buffer
	if err := mipsevm.WriteSnapshot(&snap, s, mipsevm.FormatBinary); err != nil {
		t.Fatal(err)
	}
	fast, err := mipsevm.ReadSnapshot(&snap, o)
	if err != nil {
		t.Fatal(err)
	}
	fvm := mipsevm.NewVM(fast, o, nil, nil)
	pre := s.Memory.Root()
	for _, st := range []*mipsevm.State{s, fast} {
		st.Registers[2], st.Registers[4], st.Registers[5], st.Registers[6] = mipsevm.SysCommittedRoot, addr, size, out
	}
	w, err := vm.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	if err := fvm.Run(1); err != nil {
		t.Fatal(err)
	}
	if fast.Hash() != s.Hash() {
		t.Fatal("proving and fast steps differ")
	}
	v0, a3 = s.Registers[2], s.Registers[7]
	p := w.ProofData
	if len(p) < memory.ProofLen {
		t.Fatalf("witness has %d proof bytes", len(p))
	}
	p = p[memory.ProofLen:]
	if a3 != 0 {
		if len(p) != 0 || s.Memory.Root() != pre {
			t.Fatalf("a failed committed_root has %d proof bytes after the fetch, root changed %v", len(p), s.Memory.Root() != pre)
		}
		return v0, a3
	}
	h := 0
	for uint64(memory.LeafSize)<<h < uint64(size) {
		h++
	}
	nodeLen := (memory.TreeHeight - h + 1) * 32
	if len(p) != nodeLen+memory.ProofLen {
		t.Fatalf("witness has %d proof bytes after the fetch, want %d (node of height %d, then a leaf)", len(p), nodeLen+memory.ProofLen, h)
	}
	node, leaf := p[:nodeLen], p[nodeLen:]
	if err := memory.VerifyProof(pre, node, addr, h); err != nil {
		t.Fatalf("node proof: %v", err)
	}
	if err := memory.VerifyProof(pre, leaf, out, 0); err != nil {
		t.Fatalf("leaf proof: %v", err)
	}
	root := [32]byte(node[:32])
	if post, _ := memory.RootFromProof(leaf, out, 0, &root); post != s.Memory.Root() {
		t.Fatal("the leaf proof with the root written does not give the post-state root")
	}
	if got := s.Memory.ReadBytes(out, 32); !bytes.Equal(got, root[:]) {
		t.Fatalf("wrote %x, the node proof's node is %x", got, root)
	}
	return v0, a3
}

func randomBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

// rootAt is the 32 bytes committed_root wrote at out.
func rootAt(s *mipsevm.State, out uint32) [32]byte { return [32]byte(s.Memory.ReadBytes(out, 32)) }

// TestCommittedRootSyscall: committed_root gives the committed-data root of
// an aligned block (of a leaf, of small blocks, of a tensor in an otherwise
// zero region, of mapped committed data before and after a write inside it,
// of the block holding out itself), every step's witness checked.
func TestCommittedRootSyscall(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	const out = 0x30000000
	code := make([]uint32, 16)
	for i := range code {
		code[i] = syscallInsn
	}
	s, vm, _ := newVM(nil, code...)
	call := func(addr, size uint32) [32]byte {
		t.Helper()
		if v0, a3 := committedRootCall(t, s, vm, nil, addr, size, out); v0 != 0 || a3 != 0 {
			t.Fatalf("committed_root(%#x, %#x): v0 %d a3 %d", addr, size, v0, a3)
		}
		return rootAt(s, out)
	}
	// h = 0: the leaf itself.
	leaf := randomBytes(rng, 32)
	s.Memory.SetBytes(0x20000040, leaf)
	if got := call(0x20000040, 32); !bytes.Equal(got[:], leaf) {
		t.Fatalf("height 0: %x, want the leaf %x", got, leaf)
	}
	// Small heights: the committed root of the bytes.
	for _, h := range []int{1, 3, 5} {
		size := uint32(32) << h
		addr := 0x20010000 + size*uint32(1+rng.IntN(4))
		data := randomBytes(rng, int(size))
		s.Memory.SetBytes(addr, data)
		if got, want := call(addr, size), memory.NewCommittedBytes(data).Root(); got != want {
			t.Fatalf("height %d: %x, want %x", h, got, want)
		}
	}
	// A tensor in an aligned, otherwise zero region: the committed root of
	// its bytes (the zero padding is the same), so its committed key.
	tensor := randomBytes(rng, 5000) // 8 KiB tree
	s.Memory.SetBytes(0x20020000, tensor)
	c := memory.NewCommittedBytes(tensor)
	if got := call(0x20020000, 8192); got != c.Root() || mipsevm.CommittedKey(got, c.Len()) != mipsevm.CommittedKey(c.Root(), c.Len()) {
		t.Fatalf("tensor region: %x, want %x", got, c.Root())
	}
	// The largest size: either half of the address space (out lies in the
	// lower one, so its root is the one before the write).
	for _, addr := range []uint32{0, 0x80000000} {
		want := [32]byte(s.Memory.NodeProof(addr, 26)[:32])
		if got := call(addr, 32<<26); got != want {
			t.Fatalf("half at %#x: %x, want %x", addr, got, want)
		}
	}
	// out inside the block: the root is the one before the write.
	inner := randomBytes(rng, 1024)
	s.Memory.SetBytes(0x20030000, inner)
	pre := memory.NewCommittedBytes(inner).Root()
	v0, a3 := committedRootCall(t, s, vm, nil, 0x20030000, 1024, 0x20030000+64)
	if v0 != 0 || a3 != 0 {
		t.Fatalf("out inside the block: v0 %d a3 %d", v0, a3)
	}
	if rootAt(s, 0x20030000+64) != pre {
		t.Fatal("out inside the block: not the root before the write")
	}
	copy(inner[64:96], pre[:])
	if got := call(0x20030000, 1024); got != memory.NewCommittedBytes(inner).Root() {
		t.Fatal("out inside the block: the block afterwards is not the data with the root written in")
	}
}

// TestCommittedRootOfMappedData: map_committed, then committed_root over
// the same region gives the data's root, over a part of it that part's
// root; a byte written inside changes it accordingly.
func TestCommittedRootOfMappedData(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	data := randomBytes(rng, 100_000) // a 128 KiB tree
	c := memory.NewCommittedBytes(data)
	key := mipsevm.CommittedKey(c.Root(), c.Len())
	o := &testOracle{committed: map[[32]byte]mipsevm.CommittedData{key: c}}
	code := make([]uint32, 8)
	for i := range code {
		code[i] = syscallInsn
	}
	s, vm, _ := newVM(o, code...)
	const region, out = 0x10000000, 0x30000000
	s.PreimageKey = key
	s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysMapCommitted, region, 1<<20
	if _, err := vm.Step(true); err != nil || s.Registers[7] != 0 {
		t.Fatalf("map_committed: %v, a3 %d", err, s.Registers[7])
	}
	size := uint32(32) << c.Height()
	if v0, a3 := committedRootCall(t, s, vm, o, region, size, out); v0 != 0 || a3 != 0 {
		t.Fatalf("committed_root: v0 %d a3 %d", v0, a3)
	}
	if rootAt(s, out) != c.Root() {
		t.Fatal("the mapped region's root is not the data's committed root")
	}
	// A page-sized part.
	committedRootCall(t, s, vm, o, region+8192, 4096, out)
	if rootAt(s, out) != memory.NewCommittedBytes(data[8192:12288]).Root() {
		t.Fatal("a part of the mapped region: not that part's root")
	}
	// One byte written inside.
	s.Memory.SetBytes(region+40_001, []byte{data[40_001] ^ 0x5a})
	changed := bytes.Clone(data)
	changed[40_001] ^= 0x5a
	committedRootCall(t, s, vm, o, region, size, out)
	if got := rootAt(s, out); got == c.Root() || got != memory.NewCommittedBytes(changed).Root() {
		t.Fatalf("after a write inside the region: %x, want %x", got, memory.NewCommittedBytes(changed).Root())
	}
}

// TestCommittedRootInvalid: every invalid argument gives EINVAL (v0 22,
// a3 1) and writes nothing.
func TestCommittedRootInvalid(t *testing.T) {
	cases := []struct {
		name            string
		addr, size, out uint32
	}{
		{"size 0", 0x20000000, 0, 0x30000000},
		{"size 16 < 32", 0x20000000, 16, 0x30000000},
		{"size 1", 0x20000000, 1, 0x30000000},
		{"size 48 not a power of two", 0x20000000, 48, 0x30000000},
		{"size 96 not a power of two", 0x20000000, 96, 0x30000000},
		{"size 0xc0000000 > 32<<26", 0, 0xc0000000, 0x30000000},
		{"size 0xffffffff > 32<<26", 0, 0xffffffff, 0x30000000},
		{"size 0x80000020 > 32<<26", 0, 0x80000020, 0x30000000},
		{"addr not a multiple of size", 0x20000020, 64, 0x30000000},
		{"addr off by one", 0x20000001, 32, 0x30000000},
		{"addr of the upper half misaligned", 0x40000000, 0x80000000, 0x30000000},
		{"out misaligned by 4", 0x20000000, 64, 0x30000004},
		{"out misaligned by 16", 0x20000000, 64, 0x30000010},
		{"out misaligned by 1", 0x20000000, 64, 0x30000001},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, vm, _ := newVM(nil, syscallInsn, syscallInsn)
			s.Memory.SetBytes(0x20000000, bytes.Repeat([]byte{0xab}, 256))
			s.Memory.SetBytes(0x30000000, bytes.Repeat([]byte{0xcd}, 64))
			before := s.Memory.Root()
			v0, a3 := committedRootCall(t, s, vm, nil, tc.addr, tc.size, tc.out)
			if v0 != 22 || a3 != 1 {
				t.Fatalf("v0 %d a3 %d, want EINVAL (22) and a3 = 1", v0, a3)
			}
			if s.Memory.Root() != before || s.PC != codeAddr+4 {
				t.Fatal("a failed committed_root changed memory or did not advance")
			}
		})
	}
}

// TestCommittedRootProgram: the block root that the assembly program
// committed_root prints is the committed root, computed here, of the block
// it fills (512 bytes of a xorshift32 stream, then 512 zero bytes); its own
// checks (zero hashes, leaves, changes, EINVAL) pass (TestAsmSelfChecksPass).
func TestCommittedRootProgram(t *testing.T) {
	r := runVM(t, testprograms.Find(t, "asm", "committed_root"))
	if r.exitCode != 0 || strings.Contains(r.stdout, "FAIL") {
		t.Fatalf("exit %d\n%s", r.exitCode, r.stdout)
	}
	block := make([]byte, 1024)
	x := uint32(1)
	for i := 0; i < 128; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		binary.BigEndian.PutUint32(block[4*i:], x)
	}
	root := memory.NewCommittedBytes(block).Root()
	for _, w := range []int{0, 7} {
		line := fmt.Sprintf("info block-root-word%d 0x%08x\n", w, binary.BigEndian.Uint32(root[4*w:]))
		if !strings.Contains(r.stdout, line) {
			t.Errorf("the program did not print %q\n%s", line, r.stdout)
		}
	}
}
