//go:build cgo && !nounicorn

package unicorn

import (
	"encoding/binary"
	"testing"

	"github.com/axonum/opml/mipsevm"
)

// Directed tests of the block-counting engine's edge cases: blocks that
// start in a delay slot (a branch on a page's last word), code that writes
// code it has already run, and exceptions in the middle of a block.

const (
	tZero, tT0, tT1, tT2, tT3, tS0 = 0, 8, 9, 10, 11, 16
	opBeq, opBne, opAddiu, opLui   = 4, 5, 9, 15
	opOri, opLw, opSw              = 13, 35, 43
	wBreak, wNop                   = 0x0000_000d, 0
)

func iw(op, rs, rt, imm uint32) uint32 { return op<<26 | rs<<21 | rt<<16 | imm&0xffff }

// rw is an R-type (SPECIAL) instruction word.
func rw(rs, rt, rd, sa, fn uint32) uint32 { return rs<<21 | rt<<16 | rd<<11 | sa<<6 | fn }

// off is the offset field of a branch at address at that goes to to.
func off(at, to uint32) uint32 { return uint32(int32(to-(at+4)) >> 2) }

// asmState places words at addresses (a map of address to word) and starts
// at pc.
func asmState(pc uint32, words map[uint32]uint32) *mipsevm.State {
	s := mipsevm.NewState(pc)
	var buf [4]byte
	for a, w := range words {
		binary.BigEndian.PutUint32(buf[:], w)
		s.Memory.SetBytes(a, buf[:])
	}
	return s
}

// lockstepStates runs two copies of a state, one on the interpreter and one
// on the engine, to each stop (and then to the end), comparing hashes.
func lockstepStates(t *testing.T, build func() *mipsevm.State, stops []uint64) *Engine {
	t.Helper()
	ref, s := build(), build()
	refVM, vm := mipsevm.NewVM(ref, nil, nil, nil), mipsevm.NewVM(s, nil, nil, nil)
	e, err := New(vm)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	for _, stop := range append(stops, 1<<40) {
		if err := refVM.RunTo(stop); err != nil {
			t.Fatal(err)
		}
		if stop > s.Step {
			if err := e.Run(stop - s.Step); err != nil {
				t.Fatal(err)
			}
		}
		if ref.Step != s.Step || ref.Hash() != s.Hash() {
			t.Fatalf("stop %d: interpreter step %d pc %#x npc %#x regs %x\nengine step %d pc %#x npc %#x regs %x",
				stop, ref.Step, ref.PC, ref.NextPC, ref.Registers, s.Step, s.PC, s.NextPC, s.Registers)
		}
		if ref.Exited {
			break
		}
	}
	if !ref.Exited {
		t.Fatal("the program did not end")
	}
	return e
}

// everyStride returns stops at multiples of each stride up to limit.
func everyStride(limit uint64, strides ...uint64) [][]uint64 {
	var out [][]uint64
	for _, d := range strides {
		var stops []uint64
		for k := d; k < limit; k += d {
			stops = append(stops, k)
		}
		out = append(out, stops)
	}
	return append(out, nil) // and one run to the end
}

// TestDelaySlotOnNextPage: a loop whose branch is the last word of a page,
// so that its delay slot starts the next block (qemu ends blocks at page
// ends). Stops before that block (its page not yet classified, the budget,
// a special word right after the slot) must hand over inside the slot, with
// nextPC at the branch target; for a taken and a not-taken branch.
func TestDelaySlotOnNextPage(t *testing.T) {
	const page = uint32(0x0040_0000)
	const last = page + 0xffc
	for _, tc := range []struct {
		name   string
		branch uint32 // at the page's last word; t1 counts down from 40
	}{
		{"taken", iw(opBne, tT1, tZero, off(last, page+0xf00))},
		{"not taken", iw(opBeq, tT1, tT3, off(last, page+0xf00))},
	} {
		for _, slotNext := range []uint32{iw(opAddiu, tT2, tT2, 1), wBreak} {
			build := func() *mipsevm.State {
				w := map[uint32]uint32{
					page:          iw(opAddiu, tZero, tT1, 40),
					page + 4:      iw(opAddiu, tZero, tT3, 7), // never equal to t1 after the first pass
					page + 8:      iw(opBeq, tZero, tZero, (0xf00-12)>>2),
					page + 12:     wNop,
					last + 4:      iw(opAddiu, tT0, tT0, 3), // the delay slot, on the next page
					last + 8:      slotNext,
					last + 12:     iw(opBne, tT1, tZero, off(last+12, page+0xf00)),
					last + 16:     wNop,
					last + 20:     wBreak,
					page + 0xf00:  iw(opAddiu, tT1, tT1, 0xffff), // t1--
					page + 0xf04:  iw(opLw, tS0, tT2, 0),
					page + 0xf08:  iw(opAddiu, tT2, tT2, 5),
					page + 0xf0c:  iw(opSw, tS0, tT2, 4),
					page + 0xf10:  iw(opBeq, tZero, tZero, (0xff8-0xf14)>>2),
					page + 0xf14:  wNop,
					page + 0xff8:  iw(opAddiu, tT0, tT0, 2),
					last:          tc.branch,
					page + 0x2000: wNop,
				}
				s := asmState(page, w)
				s.Registers[tS0] = 0x0100_0000
				return s
			}
			for _, stops := range everyStride(2000, 33, 34, 35, 41, 57, 100) {
				e := lockstepStates(t, build, stops)
				if e.UnicornSteps == 0 {
					t.Fatalf("%s: unicorn ran nothing", tc.name)
				}
			}
		}
	}
}

// TestSelfModifyingCode: the program overwrites an instruction it has
// already run (so unicorn has translated and classified its page) and runs
// it again; the new instruction must take effect, in either engine's step.
func TestSelfModifyingCode(t *testing.T) {
	const page = uint32(0x0040_0000)
	const target = page + 0x40
	newWord := iw(opAddiu, tT0, tT0, 100) // replaces addiu t0, t0, 1
	build := func() *mipsevm.State {
		w := map[uint32]uint32{
			page:      iw(opLui, tZero, tS0, page>>16),
			page + 4:  iw(opLui, tZero, tT3, newWord>>16),
			page + 8:  iw(opOri, tT3, tT3, newWord&0xffff),
			page + 12: iw(opAddiu, tZero, tT1, 60),
			page + 16: iw(opBeq, tZero, tZero, (0x40-20)>>2),
			page + 20: wNop,
			target:    iw(opAddiu, tT0, tT0, 1),
			// after 30 passes, store the new word over the one at target
			target + 4:  iw(opAddiu, tT1, tT1, 0xffff),
			target + 8:  iw(opAddiu, tZero, tT2, 30),
			target + 12: iw(opBne, tT1, tT2, 2),
			target + 16: wNop,
			target + 20: iw(opSw, tS0, tT3, 0x40),
			target + 24: iw(opBne, tT1, tZero, off(target+24, target)),
			target + 28: wNop,
			target + 32: wBreak,
		}
		return asmState(page, w)
	}
	for _, stops := range everyStride(800, 33, 40, 64, 150) {
		e := lockstepStates(t, build, stops)
		if e.UnicornSteps == 0 {
			t.Fatal("unicorn ran nothing")
		}
	}
	s := build()
	if err := Run(mipsevm.NewVM(s, nil, nil, nil), 0); err != nil {
		t.Fatal(err)
	}
	if want := uint32(30 + 30*100); s.Registers[tT0] != want {
		t.Fatalf("t0 = %d, want %d: the new instruction did not take effect", s.Registers[tT0], want)
	}
}

// TestExceptionMidBlock: an unaligned load in the middle of a long block,
// after stores in the same block, faults in the Go VM; the run unicorn
// started must be discarded back to the block's start (stores undone) and
// the interpreter must run the block to the fault.
func TestExceptionMidBlock(t *testing.T) {
	const page = 0x0040_0000
	build := func() *mipsevm.State {
		w := map[uint32]uint32{}
		a := uint32(page)
		emit := func(x uint32) { w[a] = x; a += 4 }
		emit(iw(opLui, tZero, tS0, 0x0100))
		emit(iw(opAddiu, tZero, tT1, 50))
		loop := a
		for k := uint32(0); k < 20; k++ {
			emit(iw(opAddiu, tT0, tT0, 1))
			emit(iw(opSw, tS0, tT0, 4*k))
		}
		emit(iw(opAddiu, tT1, tT1, 0xffff))
		emit(iw(opBne, tT1, tZero, off(a, loop)))
		emit(wNop)
		for k := uint32(0); k < 10; k++ {
			emit(iw(opSw, tS0, tT0, 0x100+4*k))
		}
		emit(iw(opLw, tS0, tT2, 2)) // unaligned: the Go VM faults here
		for k := uint32(0); k < 10; k++ {
			emit(iw(opAddiu, tT0, tT0, 1))
		}
		emit(iw(opBeq, tZero, tZero, 0)) // ends the block before the break
		emit(wNop)
		emit(wBreak)
		return asmState(page, w)
	}
	var rollbacks uint64
	for _, stops := range everyStride(1200, 33, 77, 500) {
		e := lockstepStates(t, build, stops)
		rollbacks += e.Rollbacks
	}
	if rollbacks == 0 {
		t.Fatal("no run was rolled back: the fault did not reach unicorn")
	}
}

// TestWritesBetweenRuns: memory written by someone else between two Run
// calls (data the program reads, an instruction it has already run) is
// picked up: unicorn's copy and its translated code follow the Go memory.
func TestWritesBetweenRuns(t *testing.T) {
	const page = uint32(0x0040_0000)
	const data = uint32(0x0100_0000)
	build := func() *mipsevm.State {
		w := map[uint32]uint32{
			page:      iw(opLui, tZero, tS0, data>>16),
			page + 4:  iw(opAddiu, tZero, tT1, 400),
			page + 8:  iw(opLw, tS0, tT2, 0), // loop: t0 += mem[data] + 1
			page + 12: iw(opAddiu, tT2, tT2, 1),
			page + 16: iw(opAddiu, tT1, tT1, 0xffff),
			page + 20: iw(opBne, tT1, tZero, off(page+20, page+8)),
			page + 24: rw(tT0, tT2, tT0, 0, 0x21), // addu t0, t0, t2 (delay slot)
			page + 28: iw(opBeq, tZero, tZero, 0),
			page + 32: wNop,
			page + 36: wBreak,
		}
		s := asmState(page, w)
		s.Memory.SetWord(data, 5)
		return s
	}
	ref, s := build(), build()
	refVM, vm := mipsevm.NewVM(ref, nil, nil, nil), mipsevm.NewVM(s, nil, nil, nil)
	e, err := New(vm)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, stop := range []uint64{700, 1300, 1 << 40} {
		if err := refVM.RunTo(stop); err != nil {
			t.Fatal(err)
		}
		if err := e.Run(stop - s.Step); err != nil {
			t.Fatal(err)
		}
		if ref.Step != s.Step || ref.Hash() != s.Hash() {
			t.Fatalf("stop %d: states differ: interpreter t0 %d, engine t0 %d", stop, ref.Registers[tT0], s.Registers[tT0])
		}
		for _, st := range []*mipsevm.State{ref, s} {
			st.Memory.SetWord(data, st.Memory.GetWord(data)+1000)
			st.Memory.SetWord(page+12, iw(opAddiu, tT2, tT2, uint32(stop))) // the loop's increment
		}
	}
	if !s.Exited || e.UnicornSteps == 0 {
		t.Fatalf("exited %v, unicorn steps %d", s.Exited, e.UnicornSteps)
	}
}

// TestStopReasonKept: a kseg0 load asks for a rollback in the middle of a
// block; unicorn lets that block finish, and the block chained to it would
// stop for a reason of its own (an ll, for Go). The rollback must win, or
// the wrongly loaded value would stand.
func TestStopReasonKept(t *testing.T) {
	const page = uint32(0x0040_0000)
	const data = uint32(0x0100_0000)
	const tT4, tT5, tT7 = 12, 13, 15
	build := func() *mipsevm.State {
		w := map[uint32]uint32{
			page:      iw(opLui, tZero, tS0, data>>16),
			page + 4:  iw(opAddiu, tZero, tT5, 10),
			page + 8:  wNop,
			page + 12: iw(10, tT5, tT7, 5),        // A: slti t7, t5, 5
			page + 16: rw(0, tT7, tT7, 31, 0),     // sll t7, t7, 31: 0x8000_0000 when t5 < 5
			page + 20: rw(tS0, tT7, tT0, 0, 0x25), // or t0, s0, t7: kseg0 then
			page + 24: iw(opLw, tT0, tT1, 0),      // lw t1, 0(t0)
			page + 28: rw(tT2, tT1, tT2, 0, 0x21), // addu t2, t2, t1
			page + 32: iw(opBeq, tZero, tZero, off(page+32, page+48)),
			page + 36: wNop,
			page + 48: iw(48, tS0, tT4, 0), // B: ll t4, 0(s0)
			page + 52: iw(opAddiu, tT5, tT5, 0xffff),
			page + 56: iw(opBne, tT5, tZero, off(page+56, page+12)),
			page + 60: wNop,
			page + 64: iw(opBeq, tZero, tZero, 0),
			page + 68: wNop,
			page + 72: wBreak,
		}
		s := asmState(page, w)
		s.Memory.SetWord(data, 0x1234) // what an aliased kseg0 load would read
		return s
	}
	for _, stops := range everyStride(200, 33, 50) {
		e := lockstepStates(t, build, stops)
		if e.Rollbacks == 0 {
			t.Fatal("no rollback: the kseg0 load did not reach unicorn")
		}
	}
}
