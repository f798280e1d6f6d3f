package contracts_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

const codeAddr = 0x10000

// Hand-encoded instructions.
func rType(fn, rs, rt, rd, sa uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }
func iType(op, rs, rt uint32, imm uint16) uint32 {
	return op<<26 | rs<<21 | rt<<16 | uint32(imm)
}

const addiuT0 = 0x24080001 // addiu t0, zero, 1

// newVM places code at codeAddr.
func newVM(oracle mipsevm.PreimageOracle, code ...uint32) (*mipsevm.State, *mipsevm.VM) {
	s := mipsevm.NewState(codeAddr)
	for i, w := range code {
		s.Memory.SetWord(codeAddr+uint32(4*i), w)
	}
	return s, mipsevm.NewVM(s, oracle, nil, nil)
}

// syscalls returns n syscall instructions.
func syscalls(n int) []uint32 {
	code := make([]uint32, n)
	for i := range code {
		code[i] = syscallInsn
	}
	return code
}

type testOracle struct {
	preimages map[[32]byte][]byte
	committed map[[32]byte]mipsevm.CommittedData
}

func (o *testOracle) Hint([]byte) {}
func (o *testOracle) GetPreimage(k [32]byte) ([]byte, error) {
	if v, ok := o.preimages[k]; ok {
		return v, nil
	}
	return nil, errors.New("not found")
}
func (o *testOracle) GetCommitted(k [32]byte) (mipsevm.CommittedData, error) {
	if v, ok := o.committed[k]; ok {
		return v, nil
	}
	return nil, errors.New("not found")
}

// sys sets the syscall registers and checks one step on chain; it returns v0.
func sys(t *testing.T, c *chain, s *mipsevm.State, vmach *mipsevm.VM, num, a0, a1, a2 uint32) uint32 {
	t.Helper()
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = num, a0, a1, a2
	c.checkStep(t, vmach)
	return s.Registers[2]
}

// readKeyAndValue writes key to the preimage-key fd in unaligned pieces and
// reads the value back a few bytes at a time, every step checked on chain.
func readKeyAndValue(t *testing.T, c *chain, o *testOracle, key [32]byte) []byte {
	t.Helper()
	s, vmach := newVM(o, syscalls(200)...)
	s.Memory.SetBytes(0x5001, key[:])
	for off := uint32(0); off < 32; {
		off += sys(t, c, s, vmach, mipsevm.SysWrite, mipsevm.FdPreimageWrite, 0x5001+off, 32-off)
	}
	if s.PreimageKey != key {
		t.Fatalf("key %x, want %x", s.PreimageKey, key)
	}
	var got []byte
	for addr := uint32(0x6003); ; {
		n := sys(t, c, s, vmach, mipsevm.SysRead, mipsevm.FdPreimageRead, addr, 100)
		if n == 0 {
			break
		}
		got = append(got, s.Memory.ReadBytes(addr, n)...)
		addr += n + 1 // a new alignment every time
	}
	return got
}

func lengthPrefixed(v []byte) []byte {
	return append(binary.BigEndian.AppendUint64(nil, uint64(len(v))), v...)
}

// TestPreimageReadKeccak: writing a keccak256 key and reading its value.
func TestPreimageReadKeccak(t *testing.T) {
	value := []byte("the quick brown fox jumps over the lazy dog, twice: the quick brown fox")
	key := mipsevm.Keccak256Key(value)
	o := &testOracle{preimages: map[[32]byte][]byte{key: value}}
	c := newChain(t)
	if got := readKeyAndValue(t, c, o, key); !bytes.Equal(got, lengthPrefixed(value)) {
		t.Fatalf("read %x", got)
	}
	// The empty value.
	empty := mipsevm.Keccak256Key(nil)
	o.preimages[empty] = nil
	if got := readKeyAndValue(t, c, o, empty); !bytes.Equal(got, lengthPrefixed(nil)) {
		t.Fatalf("read %x", got)
	}
}

// TestPreimageReadLocal: a local key is read from the data the calling game
// loaded for its local context, and from nowhere else.
func TestPreimageReadLocal(t *testing.T) {
	value := []byte("local input of this dispute")
	key := mipsevm.LocalKey(7)
	o := &testOracle{preimages: map[[32]byte][]byte{key: value}}
	c := newChain(t)
	if got := readKeyAndValue(t, c, o, key); !bytes.Equal(got, lengthPrefixed(value)) {
		t.Fatalf("read %x", got)
	}
	// Another local context sees nothing.
	s, vmach := newVM(o, syscalls(2)...)
	s.PreimageKey = key
	s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
	w, err := vmach.Step(true)
	if err != nil {
		t.Fatal(err)
	}
	c.localContext[0] ^= 1
	_, _, err = c.step(w.State, proofOf(w))
	expectRevert(t, err, "preimage not loaded")
}

// TestMapCommitted: the mapping syscall, and its errors, on chain.
func TestMapCommitted(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	cd := memory.NewCommittedBytes(data)
	key := mipsevm.CommittedKey(cd.Root(), cd.Len())
	small := memory.NewCommittedBytes([]byte("tiny"))
	smallKey := mipsevm.CommittedKey(small.Root(), small.Len())
	o := &testOracle{committed: map[[32]byte]mipsevm.CommittedData{key: cd, smallKey: small}}
	c := newChain(t)
	c.registerCommitted(t, cd.Root(), cd.Len())
	c.registerCommitted(t, small.Root(), small.Len())
	try := func(k [32]byte, addr, max, wantV0, wantA3 uint32) {
		t.Helper()
		s, vmach := newVM(o, syscalls(2)...)
		s.PreimageKey = k
		if v0 := sys(t, c, s, vmach, mipsevm.SysMapCommitted, addr, max, 0); v0 != wantV0 || s.Registers[7] != wantA3 {
			t.Fatalf("map %#x %#x: v0 %d a3 %d", addr, max, v0, s.Registers[7])
		}
		if wantA3 == 0 { // the mapped data reads back, and can be stepped over
			if got := s.Memory.ReadBytes(addr, 4); !bytes.Equal(got, []byte(string(data[:4]))) && k == key {
				t.Fatalf("mapped data reads %x", got)
			}
			c.checkStep(t, vmach)
		}
	}
	try(key, 0x80000000, 1<<20, uint32(len(data)), 0)
	try(smallKey, 0x80000020, 32, 4, 0)
	try(key, 0x80001000, 1<<20, 22, 1)                       // misaligned: EINVAL
	try(key, 0x80000000, 4096, 27, 1)                        // too small a region: EFBIG
	try(mipsevm.Keccak256Key(nil), 0x80000000, 1<<20, 22, 1) // not a committed key: EINVAL
}

// TestZeroFilling: madvise(MADV_DONTNEED) and a hinted mmap zero their
// range one aligned block per step, every step checked on chain.
func TestZeroFilling(t *testing.T) {
	for _, num := range []uint32{mipsevm.SysMadvise, mipsevm.SysMmap, mipsevm.SysMmap2} {
		s, vmach := newVM(nil, syscallInsn, addiuT0)
		s.Memory.SetBytes(0x20000000, bytes.Repeat([]byte{0xab}, 0x90000))
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = num, 0x20003000, 0x84001, 4
		c := newChain(t)
		steps := 0
		for s.PC == codeAddr {
			c.checkStep(t, vmach)
			steps++
		}
		if s.Registers[7] != 0 || steps < 2 || s.Memory.GetWord(0x20050000) != 0 {
			t.Fatalf("syscall %d: a3 %d after %d steps", num, s.Registers[7], steps)
		}
		// Errors: unaligned address, too long a range.
		for _, args := range [][2]uint32{{0x20003001, 10}, {0x20003000, 0xfffff001}, {0xfffff000, 0x2000}} {
			s, vmach := newVM(nil, syscallInsn, addiuT0)
			sys(t, c, s, vmach, num, args[0], args[1], 4)
		}
	}
}

// TestSyscallsWithStores: clocks and getrandom at every alignment.
func TestSyscallsWithStores(t *testing.T) {
	c := newChain(t)
	s, vmach := newVM(nil, syscalls(64)...)
	s.Step = 123_456_789_012
	sys(t, c, s, vmach, mipsevm.SysClockGettime, 1, 0x3000, 0)
	sys(t, c, s, vmach, mipsevm.SysClockGettime64, 1, 0x301c, 0) // crosses a leaf
	sys(t, c, s, vmach, mipsevm.SysClockGettime, 1, 0x3002, 0)   // EFAULT
	for a := uint32(0); a < 4; a++ {
		for n := uint32(0); n < 6; n++ {
			sys(t, c, s, vmach, mipsevm.SysGetrandom, 0x4000+a, n, 0)
		}
	}
	for _, num := range []uint32{mipsevm.SysBrk, mipsevm.SysGetpid, mipsevm.SysGettid, mipsevm.SysFcntl, mipsevm.SysOpen, mipsevm.SysClose, 4444, mipsevm.SysEpollCreate1, mipsevm.SysEventfd2} {
		sys(t, c, s, vmach, num, 1, 3, 0)
	}
}

// TestThreads: clone, yields, futex, thread exit, preemption and ll/sc
// across a switch, every step checked on chain.
func TestThreads(t *testing.T) {
	c := newChain(t)
	code := syscalls(16)
	code[8] = iType(48, 0, 8, 0x100) // ll t0, 0x100(zero)
	code[9] = iType(56, 0, 8, 0x100) // sc t0, 0x100(zero)
	s, vmach := newVM(nil, code...)
	sys(t, c, s, vmach, mipsevm.SysSchedYield, 0, 0, 0) // alone: no switch
	sys(t, c, s, vmach, mipsevm.SysClone, 0, 0x7000, 0)
	sys(t, c, s, vmach, mipsevm.SysClone, 0, 0x8000, 0)
	if s.ThreadCount() != 3 {
		t.Fatalf("%d threads", s.ThreadCount())
	}
	sys(t, c, s, vmach, mipsevm.SysSchedYield, 0, 0, 0) // to the second child
	sys(t, c, s, vmach, mipsevm.SysFutex, 0, 0x80, 0)   // FUTEX_WAIT|PRIVATE: to the first child
	sys(t, c, s, vmach, mipsevm.SysFutex, 0, 0x81, 0)   // FUTEX_WAKE: no switch
	sys(t, c, s, vmach, mipsevm.SysEpollPwait, 7, 0, 0) // no timeout: no switch
	s.Registers[7] = 1                                  // a timeout
	sys(t, c, s, vmach, mipsevm.SysEpollPwait, 7, 0, 0) // todo empty: stacks trade places
	sys(t, c, s, vmach, mipsevm.SysExit, 0, 0, 0)       // a thread ends
	if s.ThreadCount() != 2 {
		t.Fatalf("%d threads", s.ThreadCount())
	}
	// Preemption: the step count reaching a multiple of TimeSlice.
	s.PC, s.NextPC = codeAddr+8*4, codeAddr+9*4
	s.Step = 3*mipsevm.TimeSlice - 1
	w, _ := c.checkStep(t, vmach) // ll, then preempted
	if len(w.ThreadProof) == 0 {
		t.Fatal("no preemption")
	}
	// The other thread runs an sc at the ll's successor: it fails, no store.
	s.PC, s.NextPC = codeAddr+9*4, codeAddr+10*4
	c.checkStep(t, vmach)
	if s.Registers[8] != 0 {
		t.Fatal("sc succeeded after a switch")
	}
	s.PC, s.NextPC = codeAddr, codeAddr+4
	sys(t, c, s, vmach, mipsevm.SysExitGroup, 3, 0, 0)
	if !s.Exited || s.ExitCode != 3 {
		t.Fatal("exit_group")
	}
	// The last thread's exit ends the process.
	s2, vmach2 := newVM(nil, syscalls(2)...)
	sys(t, c, s2, vmach2, mipsevm.SysExit, 5, 0, 0)
	if !s2.Exited || s2.ExitCode != 5 {
		t.Fatal("exit")
	}
}

// TestRandomInstructions: random instruction words on random registers,
// including faults, every one checked on chain (as mipsevm's FuzzStep).
func TestRandomInstructions(t *testing.T) {
	c := newChain(t)
	gen := func(seed uint64) (*mipsevm.State, *mipsevm.VM) {
		rng := rand.New(rand.NewPCG(seed, 2))
		insn := rng.Uint32()
		if seed%2 == 0 { // favour the opcodes that exist
			insn = insn&0x03ffffff | uint32(rng.IntN(64))<<26
		}
		s, vmach := newVM(nil, insn, addiuT0)
		for r := 1; r < 32; r++ {
			switch rng.IntN(3) {
			case 0:
				s.Registers[r] = rng.Uint32()
			case 1:
				s.Registers[r] = 0x2000 + rng.Uint32N(64)
			default:
				s.Registers[r] = uint32(rng.IntN(5))
			}
		}
		s.HI, s.LO = rng.Uint32(), rng.Uint32()
		if rng.IntN(4) == 0 {
			s.Registers[2] = 4000 + rng.Uint32N(500)
		}
		return s, vmach
	}
	checked := 0
	for seed := uint64(0); seed < 4000; seed++ {
		if _, vmach := gen(seed); func() error { _, err := vmach.Step(false); return err }() != nil {
			continue // a host error (no preimage oracle here): nothing to prove
		}
		_, vmach := gen(seed)
		c.checkStep(t, vmach)
		checked++
	}
	t.Logf("%d random instructions checked on chain", checked)
}

func expectRevert(t *testing.T, err error, reason string) {
	t.Helper()
	var re *revertError
	if !errors.As(err, &re) {
		t.Fatalf("want a revert with %q, got %v", reason, err)
	}
	if !strings.Contains(re.Reason, reason) {
		t.Fatalf("want a revert with %q, got %q", reason, re.Reason)
	}
}

// TestOracleCommittedLeaf: a leaf of registered committed data loads with its
// O(log n) Merkle proof, and a wrong proof reverts.
func TestOracleCommittedLeaf(t *testing.T) {
	data := make([]byte, 100_000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	cd := memory.NewCommittedBytes(data)
	key := mipsevm.CommittedKey(cd.Root(), cd.Len())
	c := newChain(t)
	c.registerCommitted(t, cd.Root(), cd.Len())
	for _, index := range []uint64{0, 1, 1234, 3124} {
		leaf := cd.Node(0, index)
		var sibs []byte
		for h := 0; h < cd.Height(); h++ {
			n := cd.Node(h, (index>>h)^1)
			sibs = append(sibs, n[:]...)
		}
		if _, _, err := c.call(c.oracle, oracleABI.PackLoadCommittedLeaf(key, new(big.Int).SetUint64(index), leaf, sibs)); err != nil {
			t.Fatalf("leaf %d: %v", index, err)
		}
		ret, _, err := c.call(c.oracle, oracleABI.PackCommittedLeaves(key, new(big.Int).SetUint64(index)))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := oracleABI.UnpackCommittedLeaves(ret); got != leaf {
			t.Fatalf("leaf %d: stored %x, want %x", index, got, leaf)
		}
		leaf[0] ^= 1
		_, _, err = c.call(c.oracle, oracleABI.PackLoadCommittedLeaf(key, new(big.Int).SetUint64(index), leaf, sibs))
		expectRevert(t, err, "bad committed-data proof")
	}
}

// TestBrk: growing the break (the rest of a leaf, aligned blocks of every
// size, restarted steps), shrinking, refused requests and an overwritten
// break word, from breaks at every alignment within a leaf, every step
// checked on chain.
func TestBrk(t *testing.T) {
	c := newChain(t)
	const pb = mipsevm.ProgramBreak
	s, vmach := newVM(nil, syscallInsn, addiuT0)
	s.Memory.SetBytes(pb, bytes.Repeat([]byte{0xab}, 0x2_1000))
	brk := func(x uint32) uint32 {
		t.Helper()
		s.PC, s.NextPC = codeAddr, codeAddr+4
		s.Registers[2], s.Registers[4] = mipsevm.SysBrk, x
		for s.PC == codeAddr {
			c.checkStep(t, vmach)
		}
		return s.Registers[2]
	}
	for a := uint32(0); a < 32; a++ {
		start := pb + 0x40*a + a
		brk(start)
		if got := brk(start + 0x1_0000 + 7*a); got != start+0x1_0000+7*a {
			t.Fatalf("grow from %#x: %#x", start, got)
		}
		brk(start + 3) // shrink
	}
	for _, x := range []uint32{0, pb - 1, mipsevm.BrkLimit + 1} {
		brk(x)
	}
	brk(mipsevm.BrkLimit) // the largest grow: 512 MiB in blocks
	s.Memory.SetWord(mipsevm.BrkWord, 0xc000_0000)
	if got := brk(pb + 100); got != pb+100 {
		t.Fatalf("from an overwritten break: %#x", got)
	}
}

// TestStdinRead: read(0, ...) of every length from 0 to 9 into every
// destination alignment, from every source alignment, its restarted steps,
// end of file, SysReadMore on another fd, and a length word the guest
// overwrote; every step checked on chain.
func TestStdinRead(t *testing.T) {
	c := newChain(t)
	in := []byte("0123456789abcdefghijklmnopqrstuvwxyz")
	s, vmach := newVM(nil, syscallInsn, addiuT0)
	s.Memory.SetBytes(mipsevm.StdinBase, bytes.Repeat(in, 40))
	s.Memory.SetWord(mipsevm.StdinLenWord, uint32(40*len(in)))
	read := func(num, fd, buf, n uint32) uint32 {
		t.Helper()
		s.PC, s.NextPC = codeAddr, codeAddr+4
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = num, fd, buf, n
		for s.PC == codeAddr {
			c.checkStep(t, vmach)
		}
		return s.Registers[2]
	}
	for srcAlign := uint32(0); srcAlign < 4; srcAlign++ {
		for dst := uint32(0x7000); dst < 0x7004; dst++ {
			for n := uint32(0); n < 10; n++ {
				off := s.Memory.GetWord(mipsevm.StdinOffWord)
				s.Memory.SetWord(mipsevm.StdinOffWord, off+(srcAlign-off)&3)
				if got := read(mipsevm.SysRead, 0, dst, n); got != n {
					t.Fatalf("read(%d at %#x) = %d (src align %d, off %d, a3 %d)", n, dst, got, srcAlign, s.Memory.GetWord(mipsevm.StdinOffWord), s.Registers[7])
				}
			}
		}
	}
	read(mipsevm.SysRead, 0, 0x7001, 1000) // the rest, then end of file
	if got := read(mipsevm.SysRead, 0, 0x7001, 1000); got != 0 {
		t.Fatalf("read at end of file = %d", got)
	}
	read(mipsevm.SysReadMore, 5, 0x7000, 4) // EBADF
	s.Memory.SetWord(mipsevm.StdinLenWord, 0xffff_fff0)
	s.Memory.SetWord(mipsevm.StdinOffWord, 0)
	read(mipsevm.SysRead, 0, 0x7000, 8) // overwritten length: end of file
	s.Memory.SetWord(mipsevm.StdinLenWord, 100)
	s.Registers[3] = 0xffff_fffe // a SysReadMore with a made-up count done
	read(mipsevm.SysReadMore, 0, 0x7000, 8)
}
