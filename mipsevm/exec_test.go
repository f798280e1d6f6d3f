package mipsevm_test

import (
	"bytes"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

const codeAddr = 0x10000

// Hand-encoded instructions for unit tests.
func rType(fn, rs, rt, rd, sa uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }
func iType(op, rs, rt uint32, imm uint16) uint32 {
	return op<<26 | rs<<21 | rt<<16 | uint32(imm)
}

var syscallInsn = rType(0x0c, 0, 0, 0, 0)

// newVM places code at codeAddr followed by an endless loop.
func newVM(oracle mipsevm.PreimageOracle, code ...uint32) (*mipsevm.State, *mipsevm.VM, *bytes.Buffer) {
	s := mipsevm.NewState(codeAddr)
	for i, w := range code {
		s.Memory.SetWord(codeAddr+uint32(4*i), w)
	}
	out := new(bytes.Buffer)
	return s, mipsevm.NewVM(s, oracle, out, out), out
}

func TestDivisionEdgeCases(t *testing.T) {
	cases := []struct {
		fn     uint32
		a, b   uint32
		lo, hi uint32
	}{
		{0x1a, 7, 0, 7, 0}, // div by zero divides by 1
		{0x1a, 0x80000000, 0xffffffff, 0x80000000, 0}, // MinInt32 / -1
		{0x1a, 0xfffffff9, 2, 0xfffffffd, 0xffffffff}, // -7 / 2 = -3 rem -1
		{0x1b, 7, 0, 7, 0},                            // divu by zero
		{0x1b, 0xffffffff, 16, 0x0fffffff, 15},
	}
	for _, c := range cases {
		s, vm, _ := newVM(nil, rType(c.fn, 8, 9, 0, 0), 0x1000ffff)
		s.Registers[8], s.Registers[9] = c.a, c.b
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
		if s.LO != c.lo || s.HI != c.hi {
			t.Errorf("fn %#x %#x/%#x: lo %#x hi %#x, want %#x %#x", c.fn, c.a, c.b, s.LO, s.HI, c.lo, c.hi)
		}
	}
}

func TestFaults(t *testing.T) {
	cases := []struct {
		name  string
		setup func(s *mipsevm.State)
		code  []uint32
	}{
		{"add overflow", func(s *mipsevm.State) { s.Registers[8], s.Registers[9] = 0x7fffffff, 1 }, []uint32{rType(0x20, 8, 9, 10, 0)}},
		{"unaligned lw", func(s *mipsevm.State) { s.Registers[8] = 0x2002 }, []uint32{iType(35, 8, 9, 0)}},
		{"unaligned pc", func(s *mipsevm.State) { s.PC, s.NextPC = codeAddr+2, codeAddr+6 }, []uint32{1}},
		{"pc in the heap", func(s *mipsevm.State) { s.PC, s.NextPC = mipsevm.HeapStart, mipsevm.HeapStart+4 }, nil},
		{"null pc", func(s *mipsevm.State) { s.PC, s.NextPC = 0, 4 }, nil},
		{"cop1", nil, []uint32{0x46000000}},
		{"branch in delay slot", func(s *mipsevm.State) { s.NextPC = 0x4000 }, []uint32{iType(4, 0, 0, 1)}},
		{"teq", nil, []uint32{rType(0x34, 0, 0, 0, 0)}},
	}
	for _, c := range cases {
		s, vm, _ := newVM(nil, c.code...)
		if c.setup != nil {
			c.setup(s)
		}
		if _, err := vm.Step(true); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if s.Status() != mipsevm.StatusPanic || vm.Fault() == nil {
			t.Errorf("%s: status %s, fault %v", c.name, s.Status(), vm.Fault())
		}
	}
}

func TestUnknownSyscall(t *testing.T) {
	s, vm, _ := newVM(nil, syscallInsn, 0x1000ffff)
	s.Registers[2] = 4444
	vm.Step(false)
	if s.Registers[2] != 89 || s.Registers[7] != 1 || s.Exited {
		t.Fatalf("unknown syscall: v0 %d a3 %d; want ENOSYS (89) with a3 = 1", s.Registers[2], s.Registers[7])
	}
}

func TestMmapAndBrk(t *testing.T) {
	s, vm, _ := newVM(nil, syscallInsn, syscallInsn, syscallInsn, syscallInsn, syscallInsn)
	call := func(num, a0, a1 uint32) (uint32, uint32) {
		s.Registers[2], s.Registers[4], s.Registers[5] = num, a0, a1
		vm.Step(false)
		return s.Registers[2], s.Registers[7]
	}
	if v, e := call(mipsevm.SysMmap, 0, 5000); v != mipsevm.HeapStart || e != 0 {
		t.Fatalf("mmap: %#x %d", v, e)
	}
	if v, _ := call(mipsevm.SysMmap, 0, 1); v != mipsevm.HeapStart+8192 {
		t.Fatalf("mmap is not page-aligned: %#x", v)
	}
	if v, _ := call(mipsevm.SysMmap, 0x50000000, 1<<20); v != 0x50000000 {
		t.Fatalf("mmap with an address: %#x", v)
	}
	if v, e := call(mipsevm.SysMmap, 0, 0x7fff0000); e != 1 || v != 12 {
		t.Fatalf("mmap beyond the heap limit: v0 %d a3 %d, want ENOMEM", v, e)
	}
	if v, _ := call(mipsevm.SysBrk, 0, 0); v != mipsevm.ProgramBreak {
		t.Fatalf("brk: %#x", v)
	}
}

// TestBrk: the break grows (zeroing what it covers, over restarted steps),
// shrinks in one step, refuses requests out of range, and is kept in the
// kernel area (zero there means ProgramBreak, so a new process's memory
// holds no break).
func TestBrk(t *testing.T) {
	s, vm, _ := newVM(nil, syscallInsn, 0x24080001) // syscall; addiu t0, zero, 1
	const pb = mipsevm.ProgramBreak
	// brk(x) until the syscall completes; returns v0 and the steps taken.
	brk := func(x uint32) (uint32, int) {
		t.Helper()
		s.PC, s.NextPC = 0x10000, 0x10004
		s.Registers[2], s.Registers[4] = mipsevm.SysBrk, x
		steps := 0
		for s.PC == 0x10000 {
			if _, err := vm.Step(false); err != nil {
				t.Fatal(err)
			}
			steps++
			if s.Registers[4] != x {
				t.Fatalf("brk(%#x): a0 changed to %#x", x, s.Registers[4])
			}
		}
		if s.Registers[7] != 0 {
			t.Fatalf("brk(%#x): a3 = %d", x, s.Registers[7])
		}
		return s.Registers[2], steps
	}
	if s.Memory.GetWord(mipsevm.BrkWord) != 0 {
		t.Fatal("a new state holds a break")
	}
	garbage := bytes.Repeat([]byte{0xee}, 0x30_0000)
	s.Memory.SetBytes(pb, garbage)
	if v, n := brk(pb + 0x20_0003); v != pb+0x20_0003 || n < 2 {
		t.Fatalf("grow: %#x in %d steps", v, n)
	}
	if got := s.Memory.ReadBytes(pb, 0x20_0003); !bytes.Equal(got, make([]byte, len(got))) {
		t.Fatal("grown memory is not zero")
	}
	if s.Memory.GetWord(pb+0x20_0020) != 0xeeee_eeee {
		t.Fatal("zeroed past the break's leaf")
	}
	if v, n := brk(0); v != pb+0x20_0003 || n != 1 {
		t.Fatalf("brk(0): %#x in %d steps", v, n)
	}
	s.Memory.SetBytes(pb, garbage[:0x1000])
	if v, n := brk(pb + 5); v != pb+5 || n != 1 {
		t.Fatalf("shrink: %#x in %d steps", v, n)
	}
	if v, _ := brk(pb + 70); v != pb+70 {
		t.Fatalf("regrow: %#x", v)
	}
	if got := s.Memory.ReadBytes(pb, 70); !bytes.Equal(got[:5], garbage[:5]) || !bytes.Equal(got[5:], make([]byte, 65)) {
		t.Fatalf("after shrinking and regrowing: % x", got)
	}
	for _, x := range []uint32{pb - 1, mipsevm.BrkLimit + 1, 0xffff_ffff} {
		if v, n := brk(x); v != pb+70 || n != 1 {
			t.Fatalf("brk(%#x): %#x in %d steps, want the break unchanged", x, v, n)
		}
	}
	if v, _ := brk(mipsevm.BrkLimit); v != mipsevm.BrkLimit {
		t.Fatalf("brk(limit): %#x", v)
	}
	// A break the guest overwrote counts as ProgramBreak.
	s.Memory.SetWord(mipsevm.BrkWord, 0xc000_0000)
	if v, _ := brk(0); v != pb {
		t.Fatalf("overwritten break: %#x", v)
	}
}

func TestClockAndRandomAreFunctionsOfTheStep(t *testing.T) {
	run := func() (uint32, uint32, uint32) {
		s, vm, _ := newVM(nil, 0x24000001, syscallInsn, syscallInsn) // a nop-like first step
		vm.Step(false)
		s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysClockGettime, 1, 0x3000
		vm.Step(false)
		s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysGetrandom, 0x3010, 16
		vm.Step(false)
		if s.Registers[2] != 4 {
			t.Fatalf("getrandom returned %d, want 4 (one word at a time)", s.Registers[2])
		}
		return s.Memory.GetWord(0x3000), s.Memory.GetWord(0x3004), s.Memory.GetWord(0x3010)
	}
	sec, nsec, rnd := run()
	if sec != 0 || nsec != 1*mipsevm.NanosPerStep {
		t.Fatalf("clock at step 1: %d s %d ns", sec, nsec)
	}
	if _, _, rnd2 := run(); rnd2 != rnd || rnd == 0 {
		t.Fatalf("getrandom not deterministic: %#x %#x", rnd, rnd2)
	}
}

type testOracle struct {
	preimages map[[32]byte][]byte
	committed map[[32]byte]mipsevm.CommittedData
	hints     [][]byte
}

func (o *testOracle) Hint(h []byte) { o.hints = append(o.hints, bytes.Clone(h)) }
func (o *testOracle) GetPreimage(k [32]byte) ([]byte, error) {
	if v, ok := o.preimages[k]; ok {
		return v, nil
	}
	return nil, errNotFound
}
func (o *testOracle) GetCommitted(k [32]byte) (mipsevm.CommittedData, error) {
	if v, ok := o.committed[k]; ok {
		return v, nil
	}
	return nil, errNotFound
}

type notFound struct{}

func (notFound) Error() string { return "not found" }

var errNotFound = notFound{}

// TestPreimageOracle writes a key in two unaligned parts, reads the
// length-prefixed value back a few bytes at a time, and checks the witness.
func TestPreimageOracle(t *testing.T) {
	value := []byte("the quick brown fox")
	key := mipsevm.Keccak256Key(value)
	o := &testOracle{preimages: map[[32]byte][]byte{key: value}}
	code := make([]uint32, 64)
	for i := range code {
		code[i] = syscallInsn
	}
	s, vm, _ := newVM(o, code...)
	s.Memory.SetBytes(0x5001, key[:])
	sys := func(num, a0, a1, a2 uint32) uint32 {
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = num, a0, a1, a2
		if _, err := vm.Step(true); err != nil {
			t.Fatal(err)
		}
		return s.Registers[2]
	}
	for off := uint32(0); off < 32; {
		off += sys(mipsevm.SysWrite, mipsevm.FdPreimageWrite, 0x5001+off, 32-off)
	}
	if s.PreimageKey != key {
		t.Fatalf("key %x, want %x", s.PreimageKey, key)
	}
	var got []byte
	for {
		n := sys(mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6003, 100)
		if n == 0 {
			break
		}
		got = append(got, s.Memory.ReadBytes(0x6003, n)...)
	}
	want := binary.BigEndian.AppendUint64(nil, uint64(len(value)))
	want = append(want, value...)
	if !bytes.Equal(got, want) {
		t.Fatalf("read %x, want %x", got, want)
	}
	// A hint arrives whole, however it is split.
	hint := []byte{0, 0, 0, 5, 'h', 'e', 'l', 'l', 'o'}
	s.Memory.SetBytes(0x7000, hint)
	sys(mipsevm.SysWrite, mipsevm.FdHintWrite, 0x7000, 3)
	sys(mipsevm.SysWrite, mipsevm.FdHintWrite, 0x7003, 6)
	if len(o.hints) != 1 || string(o.hints[0]) != "hello" {
		t.Fatalf("hints %q", o.hints)
	}
	// A missing preimage is a host error and the state does not change.
	s.PreimageKey = mipsevm.Keccak256Key([]byte("missing"))
	before := s.Hash()
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	if _, err := vm.Step(false); err == nil {
		t.Fatal("missing preimage: no error")
	}
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	before = s.Hash()
	vm.Step(false)
	if s.Hash() != before {
		t.Fatal("a failed host lookup changed the state")
	}
}

// TestMapCommittedSyscall maps committed data through the syscall and
// checks the memory root equals writing the bytes, and the error cases.
func TestMapCommittedSyscall(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	c := memory.NewCommittedBytes(data)
	key := mipsevm.CommittedKey(c.Root(), c.Len())
	o := &testOracle{committed: map[[32]byte]mipsevm.CommittedData{key: c}}
	try := func(addr, max uint32) (*mipsevm.State, uint32, uint32, *mipsevm.Witness) {
		s, vm, _ := newVM(o, syscallInsn, syscallInsn)
		s.PreimageKey = key
		s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysMapCommitted, addr, max
		w, err := vm.Step(true)
		if err != nil {
			t.Fatal(err)
		}
		return s, s.Registers[2], s.Registers[7], w
	}
	s, v0, a3, w := try(0x80000000, 1<<20)
	if a3 != 0 || v0 != uint32(len(data)) {
		t.Fatalf("map: v0 %d a3 %d", v0, a3)
	}
	if len(w.ProofData) != memory.ProofLen+(memory.TreeHeight-c.Height()+1)*32 {
		t.Fatalf("witness has %d proof bytes", len(w.ProofData))
	}
	ref, _, _ := newVM(nil, syscallInsn, syscallInsn)
	ref.Memory.SetBytes(0x80000000, data)
	if s.Memory.Root() != ref.Memory.Root() {
		t.Fatal("mapped root differs from written root")
	}
	if s.Memory.GetWord(0x80000000+40000) != ref.Memory.GetWord(0x80000000+40000) {
		t.Fatal("mapped data reads differently")
	}
	if _, v0, a3, _ := try(0x80001000, 1<<20); a3 != 1 || v0 != 22 {
		t.Fatalf("misaligned map: v0 %d a3 %d, want EINVAL", v0, a3)
	}
	if _, v0, a3, _ := try(0x80000000, 4096); a3 != 1 || v0 != 27 {
		t.Fatalf("map into too small a region: v0 %d a3 %d, want EFBIG", v0, a3)
	}
}

// FuzzStep runs one random instruction on a random state with and without a
// witness: no host panic, and both give the same state.
func FuzzStep(f *testing.F) {
	f.Add(uint32(0x8d090004), uint64(1))
	f.Add(uint32(0x0000000c), uint64(2))
	f.Add(uint32(0x7c03e83b), uint64(3))
	f.Fuzz(func(t *testing.T, insn uint32, seed uint64) {
		mk := func() (*mipsevm.State, *mipsevm.VM) {
			rng := rand.New(rand.NewPCG(seed, 1))
			s, vm, _ := newVM(nil, insn, 0x24000001)
			for i := 1; i < 32; i++ {
				switch rng.IntN(3) {
				case 0:
					s.Registers[i] = rng.Uint32()
				case 1:
					s.Registers[i] = 0x2000 + rng.Uint32N(64)
				default:
					s.Registers[i] = uint32(rng.IntN(5))
				}
			}
			if rng.IntN(4) == 0 {
				s.Registers[2] = 4000 + rng.Uint32N(500)
			}
			return s, vm
		}
		a, avm := mk()
		b, bvm := mk()
		_, errA := avm.Step(true)
		_, errB := bvm.Step(false)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("errors differ: %v / %v", errA, errB)
		}
		if a.Hash() != b.Hash() {
			t.Fatalf("insn %#08x: proving and fast steps differ", insn)
		}
	})
}

// TestMadviseZeroesInSteps: MADV_DONTNEED zero-fills its range one aligned
// block per step, restarting the syscall until done, with one node proof per
// step; the result equals writing zeros.
func TestMadviseZeroesInSteps(t *testing.T) {
	s, vm, _ := newVM(nil, syscallInsn, 0x24000001)
	ref := mipsevm.NewState(codeAddr)
	fill := bytes.Repeat([]byte{0xab}, 0x90000)
	for _, st := range []*mipsevm.State{s, ref} {
		st.Memory.SetWord(codeAddr, syscallInsn)
		st.Memory.SetWord(codeAddr+4, 0x24000001)
		st.Memory.SetBytes(0x20000000, fill)
	}
	ref.Memory.SetBytes(0x20003000, make([]byte, 0x85000)) // [0x20003000, 0x20088000)
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysMadvise, 0x20003000, 0x84001, 4
	steps := 0
	for s.PC == codeAddr {
		w, err := vm.Step(true)
		if err != nil {
			t.Fatal(err)
		}
		if len(w.ProofData) <= memory.ProofLen {
			t.Fatal("a zeroing step has no node proof")
		}
		steps++
	}
	if s.Registers[7] != 0 || steps < 2 || steps > 40 {
		t.Fatalf("madvise: a3 %d after %d steps", s.Registers[7], steps)
	}
	if s.Memory.Root() != ref.Memory.Root() {
		t.Fatal("zeroed memory differs from writing zeros")
	}
	if s.Memory.GetWord(0x20002ffc) != 0xabababab || s.Memory.GetWord(0x20088000) != 0xabababab || s.Memory.GetWord(0x20050000) != 0 {
		t.Fatal("madvise zeroed the wrong range")
	}
}

// TestCorruptSnapshots: a truncated binary snapshot and a JSON snapshot whose
// contents no longer match its hash are refused with a clear error.
func TestCorruptSnapshots(t *testing.T) {
	s, _, _ := newVM(nil, syscallInsn, 0x24000001)
	s.Memory.SetBytes(0x20000000, bytes.Repeat([]byte{7}, 10000))
	var bin, js bytes.Buffer
	if err := mipsevm.WriteSnapshot(&bin, s, mipsevm.FormatBinary); err != nil {
		t.Fatal(err)
	}
	if err := mipsevm.WriteSnapshot(&js, s, mipsevm.FormatJSON); err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{10, bin.Len() / 2, bin.Len() - 4} {
		if _, err := mipsevm.ReadSnapshot(bytes.NewReader(bin.Bytes()[:cut]), nil); err == nil {
			t.Errorf("binary snapshot cut at %d of %d bytes was accepted", cut, bin.Len())
		}
	}
	tampered := bytes.Replace(js.Bytes(), []byte(`"pc": 65536`), []byte(`"pc": 65540`), 1)
	if bytes.Equal(tampered, js.Bytes()) {
		t.Fatal("test did not find the pc field to tamper with")
	}
	_, err := mipsevm.ReadSnapshot(bytes.NewReader(tampered), nil)
	if err == nil || !strings.Contains(err.Error(), "state hash") {
		t.Errorf("tampered JSON snapshot: %v, want a state hash mismatch", err)
	}
	if back, err := mipsevm.ReadSnapshot(bytes.NewReader(js.Bytes()), nil); err != nil || back.Hash() != s.Hash() {
		t.Errorf("intact JSON snapshot: %v", err)
	}
}
