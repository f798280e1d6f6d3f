package contracts_test

import (
	"errors"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/axonum/opml/contracts/evm"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
)

// The instruction encodings the Go VM implements (mipsevm/exec.go).
var (
	fuzzOps        = []uint32{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 28, 32, 33, 34, 35, 36, 37, 38, 40, 41, 42, 43, 46, 48, 51, 56}
	fuzzSpecialFns = []uint32{0x00, 0x02, 0x03, 0x04, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x18, 0x19, 0x1a, 0x1b, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2a, 0x2b, 0x30, 0x31, 0x32, 0x33, 0x34, 0x36}
	fuzzSpecial2   = []uint32{0x00, 0x01, 0x02, 0x04, 0x05, 0x20, 0x21}
	fuzzRegimmRts  = []uint32{0x00, 0x01, 0x02, 0x03, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0e, 0x10, 0x11, 0x12, 0x13}
	fuzzMemOps     = []uint32{32, 33, 34, 35, 36, 37, 38, 48, 40, 41, 42, 43, 46, 56}
	fuzzSyscalls   = []uint32{
		mipsevm.SysExit, mipsevm.SysRead, mipsevm.SysWrite, mipsevm.SysOpen, mipsevm.SysClose, mipsevm.SysGetpid,
		mipsevm.SysBrk, mipsevm.SysFcntl, mipsevm.SysMmap, mipsevm.SysMmap2, mipsevm.SysMunmap, mipsevm.SysClone, mipsevm.SysUname,
		mipsevm.SysMprotect, mipsevm.SysSchedYield, mipsevm.SysNanosleep, mipsevm.SysPrctl, mipsevm.SysRtSigreturn,
		mipsevm.SysRtSigaction, mipsevm.SysRtSigprocmask, mipsevm.SysPread64, mipsevm.SysSigaltstack, mipsevm.SysMadvise,
		mipsevm.SysGettid, mipsevm.SysFutex, mipsevm.SysSchedGetaffin, mipsevm.SysExitGroup, mipsevm.SysSetTidAddress,
		mipsevm.SysClockGettime, mipsevm.SysTgkill, mipsevm.SysOpenat, mipsevm.SysSetRobustList, mipsevm.SysPrlimit64,
		mipsevm.SysGetrandom, mipsevm.SysClockGettime64, mipsevm.SysFutexTime64, mipsevm.SysEpollCtl, mipsevm.SysEpollWait,
		mipsevm.SysEpollPwait, mipsevm.SysEventfd2, mipsevm.SysEpollCreate1, mipsevm.SysMapCommitted,
		mipsevm.SysCommittedRoot, mipsevm.SysReadMore, mipsevm.SysWriteMore, mipsevm.SysPipe, mipsevm.SysPipe2,
		mipsevm.SysDup,
	}
)

// fuzzWorld is what every fuzz input shares: the preimages and committed
// data the guest may ask for, and two chains. On full, everything the Go
// VM's oracle has is loadable (each step loads what it reads) and the
// committed data is registered. On empty nothing is ever loaded or
// registered: a step whose data the host lacks must revert there.
type fuzzWorld struct {
	mu          sync.Mutex
	full, empty *evm.Verifier
	host        *testOracle // what the Go VM's host has
	all         anyOracle   // host plus the data it lacks, and a value for any other key
	keys        [][32]byte  // candidate preimage keys, available or not
	ctx         [32]byte    // the local context
}

var (
	fuzzOnce sync.Once
	fuzzW    *fuzzWorld
	fuzzErr  error
)

func newFuzzWorld() (*fuzzWorld, error) {
	w := &fuzzWorld{
		host: &testOracle{preimages: map[[32]byte][]byte{}, committed: map[[32]byte]mipsevm.CommittedData{}},
		all:  anyOracle{&testOracle{preimages: map[[32]byte][]byte{}, committed: map[[32]byte]mipsevm.CommittedData{}}},
	}
	w.ctx[31] = 0x42
	var err error
	if w.full, err = evm.NewVerifier(); err != nil {
		return nil, err
	}
	if w.empty, err = evm.NewVerifier(); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(77, 77))
	bytesN := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	add := func(key [32]byte, value []byte, available bool) {
		w.all.preimages[key] = value
		if available {
			w.host.preimages[key] = value
		}
		w.keys = append(w.keys, key)
	}
	for _, n := range []int{0, 5, 24, 100} {
		v := bytesN(n)
		add(mipsevm.Keccak256Key(v), v, true)
	}
	add(mipsevm.LocalKey(1), bytesN(40), true)
	add(mipsevm.LocalKey(2), nil, true)
	missing := bytesN(33)
	add(mipsevm.Keccak256Key(missing), missing, false)
	add(mipsevm.LocalKey(9), bytesN(7), false)
	for i, n := range []int{4, 100, 5000, 70_000} {
		cd := memory.NewCommittedBytes(bytesN(n))
		key := mipsevm.CommittedKey(cd.Root(), cd.Len())
		w.all.committed[key] = cd
		w.keys = append(w.keys, key)
		if i == 2 {
			continue // the host lacks this one
		}
		w.host.committed[key] = cd
		if _, err := w.full.RegisterCommitted(cd.Root(), cd.Len()); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// anyOracle has a preimage for every key: what it lacks reads as "unknown".
type anyOracle struct{ *testOracle }

func (o anyOracle) GetPreimage(k [32]byte) ([]byte, error) {
	if v, err := o.testOracle.GetPreimage(k); err == nil {
		return v, nil
	}
	return []byte("unknown"), nil
}

// fuzzState builds the pre-state of a fuzz input: code at codeAddr (a
// clone first, already executed when twoThreads), random registers, a data
// page, the preimage key and offset, flags and the step counter.
func fuzzState(w *fuzzWorld, oracle mipsevm.PreimageOracle, insn uint32, seed uint64, mode uint8) (*mipsevm.State, *mipsevm.VM, error) {
	rng := rand.New(rand.NewPCG(seed, 3))
	pick := func(l []uint32) uint32 { return l[rng.IntN(len(l))] }
	word := insn
	syscall := false
	switch mode % 6 {
	case 0: // the word as it is
	case 1, 2: // a supported opcode with random fields
		op := pick(fuzzOps)
		word = insn&0x03ffffff | op<<26
		switch op {
		case 0:
			word = word&^63 | pick(fuzzSpecialFns)
		case 28:
			word = word&^63 | pick(fuzzSpecial2)
		case 1:
			word = word&^(31<<16) | pick(fuzzRegimmRts)<<16
		}
	case 3: // a load or store
		word = insn&0x03ffffff | pick(fuzzMemOps)<<26
	default: // a syscall
		word = insn&0x03ffffc0 | 0x0c
		syscall = true
	}
	twoThreads := rng.IntN(3) == 0
	code := []uint32{word, addiuT0}
	if twoThreads {
		code = []uint32{syscallInsn, word, addiuT0}
	}
	s := mipsevm.NewState(codeAddr)
	for i, c := range code {
		s.Memory.SetWord(codeAddr+uint32(4*i), c)
	}
	data := make([]byte, 256)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	s.Memory.SetBytes(0x2000, data)
	vmach := mipsevm.NewVM(s, oracle, nil, nil)
	if twoThreads {
		s.Registers[2], s.Registers[4], s.Registers[5] = mipsevm.SysClone, 0, 0x7000
		if _, err := vmach.Step(false); err != nil {
			return nil, nil, err
		}
		s.PC, s.NextPC = codeAddr+4, codeAddr+8
	}
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
	if syscall || rng.IntN(8) == 0 {
		if rng.IntN(4) == 0 {
			s.Registers[2] = 4000 + rng.Uint32N(1000)
		} else {
			s.Registers[2] = pick(fuzzSyscalls)
		}
		switch rng.IntN(4) {
		case 0:
			s.Registers[4] = uint32(rng.IntN(9)) // a file descriptor
		case 1:
			s.Registers[4] = []uint32{0x80000000, 0x40000000, 0x2000, 0x20000 * rng.Uint32N(8)}[rng.IntN(4)]
		}
		if rng.IntN(3) == 0 {
			s.Registers[5] = []uint32{1 << 20, 1 << 12, 128, 0xffffffff}[rng.IntN(4)]
		}
		switch rng.IntN(9) { // the oracle's and the kernel area's syscalls, more often
		case 0, 1:
			s.Registers[2], s.Registers[4] = mipsevm.SysRead, mipsevm.FdPreimageRead
			s.Registers[5], s.Registers[6] = 0x2000+rng.Uint32N(64), rng.Uint32N(40)
		case 2:
			s.Registers[2], s.Registers[4] = mipsevm.SysWrite, []uint32{mipsevm.FdPreimageWrite, mipsevm.FdHintWrite}[rng.IntN(2)]
			s.Registers[5], s.Registers[6] = 0x2000+rng.Uint32N(64), rng.Uint32N(40)
		case 3:
			s.Registers[2] = mipsevm.SysMapCommitted
			s.Registers[4] = []uint32{0x80000000, 0x40000000, 0x80020000, 0x2000, 0x80000080}[rng.IntN(5)]
			s.Registers[5] = []uint32{1 << 20, 1 << 12, 128, 0xffffffff}[rng.IntN(4)]
		case 4:
			s.Registers[2] = mipsevm.SysCommittedRoot
			s.Registers[4] = []uint32{0x2000, 0x2020, 0x2040, 0, 0x80000000, 0x2001}[rng.IntN(6)]
			s.Registers[5] = []uint32{32, 64, 256, 4096, 1 << 31, 48, 16, 0}[rng.IntN(8)]
			s.Registers[6] = []uint32{0x2000, 0x2060, 0x3000, codeAddr, 0x2004, 0x2010}[rng.IntN(6)]
		case 5: // the kernel area's syscalls: brk, a stdin read (first or continued step)
			s.Registers[2] = []uint32{mipsevm.SysBrk, mipsevm.SysRead, mipsevm.SysReadMore}[rng.IntN(3)]
			if s.Registers[2] == mipsevm.SysBrk {
				s.Registers[4] = mipsevm.ProgramBreak + []uint32{0, 1, 31, 32, 33, 4096, 0x12345, 0x2000_0000, 0x2000_0001}[rng.IntN(9)]
			} else {
				s.Registers[4] = uint32(rng.IntN(2)) // mostly stdin
				s.Registers[5], s.Registers[6] = 0x2000+rng.Uint32N(64), rng.Uint32N(40)
			}
		}
	}
	if rng.IntN(2) == 0 { // a kernel area in use, or overwritten by the guest
		s.Memory.SetWord(mipsevm.BrkWord, []uint32{rng.Uint32N(0x10000), rng.Uint32(), 0x1fff_ffe1}[rng.IntN(3)])
		n := rng.Uint32N(100)
		s.Memory.SetBytes(mipsevm.StdinBase, data[:n])
		s.Memory.SetWord(mipsevm.StdinLenWord, []uint32{n, rng.Uint32()}[rng.IntN(2)])
		s.Memory.SetWord(mipsevm.StdinOffWord, rng.Uint32N(n+5))
	}
	if rng.IntN(2) == 0 { // pipes: fds 9 and 10 the ends of pipe 0, with data, maybe overwritten
		s.Memory.SetBytes(mipsevm.FdBitmap, []byte{0x00, 0x60})
		s.Memory.SetBytes(mipsevm.PipeBitmap, []byte{0x80})
		slot := func(fd, flags uint32) {
			s.Memory.SetWord(mipsevm.FdSlots+32*fd, flags)
			s.Memory.SetWord(mipsevm.FdSlots+32*fd+8, []uint32{0, 1, 4, 0x8000_0005}[rng.IntN(4)])
			s.Memory.SetWord(mipsevm.FdSlots+32*fd+12, rng.Uint32N(32))
		}
		slot(9, 1|[]uint32{0, 0x80, 0x200, 0x280}[rng.IntN(4)])
		slot(10, 2|[]uint32{0, 0x80, 0x200, 0x380}[rng.IntN(4)])
		rc := []uint32{0, 65530, 0xffff_fffe, rng.Uint32()}[rng.IntN(4)]
		rec := mipsevm.PipeSlots
		s.Memory.SetWord(rec, rc)
		s.Memory.SetWord(rec+4, rc+[]uint32{0, 5, 65536, rng.Uint32N(70000)}[rng.IntN(4)])
		s.Memory.SetWord(rec+8, rng.Uint32N(3))
		s.Memory.SetWord(rec+12, rng.Uint32N(3))
		s.Memory.SetWord(rec+16, []uint32{0, 10, 11, 300}[rng.IntN(4)])
		s.Memory.SetWord(rec+20, []uint32{0, 10, 11}[rng.IntN(3)])
		if rng.IntN(3) == 0 {
			s.Memory.SetBytes(mipsevm.ReadyBitmap, []byte{0, 0x60})
		}
		if rng.IntN(2) == 0 {
			s.Registers[4] = 9 + uint32(rng.IntN(3))
			s.Registers[2] = []uint32{mipsevm.SysRead, mipsevm.SysWrite, mipsevm.SysReadMore, mipsevm.SysWriteMore,
				mipsevm.SysClose, mipsevm.SysDup, mipsevm.SysFcntl, mipsevm.SysEpollCtl, mipsevm.SysEpollPwait,
				mipsevm.SysPipe2, mipsevm.SysPipe}[rng.IntN(11)]
			s.Registers[5], s.Registers[6] = 0x2000+rng.Uint32N(64), rng.Uint32N(40)
			if s.Registers[2] == mipsevm.SysEpollCtl || s.Registers[2] == mipsevm.SysFcntl {
				s.Registers[5], s.Registers[6] = rng.Uint32N(5), 9+uint32(rng.IntN(3))
				s.Registers[7] = 0x2000 + rng.Uint32N(64)
			}
			if s.Registers[2] == mipsevm.SysPipe2 {
				s.Registers[4], s.Registers[5] = 0x2000+rng.Uint32N(64), []uint32{0, 0x80, 0x80080, 1}[rng.IntN(4)]
			}
		}
	}
	if rng.IntN(4) != 0 {
		s.PreimageKey = w.keys[rng.IntN(len(w.keys))]
		s.PreimageOffset = rng.Uint32N(120)
	}
	s.LLReserved = rng.IntN(4) == 0
	s.Step = rng.Uint64N(1 << 40)
	if rng.IntN(4) == 0 {
		s.Step = s.Step&^(mipsevm.TimeSlice-1) | (mipsevm.TimeSlice - 1) // preempted after this step
	}
	if rng.IntN(64) == 0 {
		s.Exited, s.ExitCode = true, uint8(rng.IntN(4))
	}
	return s, vmach, nil
}

// FuzzStepEVM steps random states and instructions in the Go VM with a
// witness and in MIPS.step (go-ethereum's EVM): the post-state hashes must
// be equal. When the Go VM's host lacks a preimage or committed data (a host
// error), the witness that a host having them would give must revert on a
// chain where they were never loaded.
//
//	go test ./contracts -run XX -fuzz FuzzStepEVM -fuzztime 60s
func FuzzStepEVM(f *testing.F) {
	f.Add(uint32(0x8d090004), uint64(1), uint8(0))
	f.Add(uint32(0x0000000c), uint64(2), uint8(4))
	f.Add(uint32(0x7c03e83b), uint64(3), uint8(0))
	f.Add(uint32(0x12345678), uint64(4), uint8(1))
	f.Add(uint32(0xffffffff), uint64(5), uint8(3))
	for i := uint64(0); i < 40; i++ {
		f.Add(uint32(i*0x9e3779b9), 100+i, uint8(i))
	}
	f.Fuzz(func(t *testing.T, insn uint32, seed uint64, mode uint8) {
		fuzzOnce.Do(func() { fuzzW, fuzzErr = newFuzzWorld() })
		if fuzzErr != nil {
			t.Fatal(fuzzErr)
		}
		w := fuzzW
		w.mu.Lock()
		defer w.mu.Unlock()

		s, vmach, err := fuzzState(w, w.host, insn, seed, mode)
		if err != nil {
			t.Fatal(err)
		}
		pc, word := s.PC, s.Memory.GetWord(s.PC)
		wit, goErr := vmach.Step(true)
		if goErr == nil {
			want := s.Hash()
			got, _, err := w.full.StepWitness(wit, w.ctx)
			if err != nil {
				t.Fatalf("pc %#x insn %#08x (%s) v0 %d: Go VM %x, MIPS.step: %v", pc, word, mipsevm.Disassemble(word), regOf(wit.State, 2), want, err)
			}
			if got != want {
				t.Fatalf("pc %#x insn %#08x (%s) v0 %d: Go VM %x, MIPS.step %x", pc, word, mipsevm.Disassemble(word), regOf(wit.State, 2), want, got)
			}
			return
		}
		// A host error: with everything available the step has a witness,
		// which must not verify without the missing data.
		s2, vm2, err := fuzzState(w, w.all, insn, seed, mode)
		if err != nil {
			t.Fatal(err)
		}
		wit2, err := vm2.Step(true)
		if err != nil {
			t.Fatalf("pc %#x insn %#08x: a host error (%v) with all data: %v", pc, word, goErr, err)
		}
		_, _, err = w.empty.Step(wit2.State, wit2.EncodeProof(), w.ctx)
		var re *evm.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("pc %#x insn %#08x: the Go VM's host failed (%v) but MIPS.step without the data gave %v (post %x)", pc, word, goErr, err, s2.Hash())
		}
	})
}

// regOf reads register r of a packed state.
func regOf(packed []byte, r int) uint32 {
	_, s, err := mipsevm.DecodeState(packed)
	if err != nil {
		return 0
	}
	return s.Registers[r]
}
