package mipsevm

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/crypto"
)

// Threads are emulated deterministically. The running thread's registers
// are the state's own fields; the others wait in two stacks committed to by
// hash chains. A thread gives up the CPU at a syscall that blocks or yields
// (futex wait, sched_yield, nanosleep, thread exit), and is preempted when
// the step counter reaches a multiple of TimeSlice (Go's runtime needs that:
// its sysmon thread is what preempts long-running goroutines so that the
// garbage collector's workers get scheduled). Futex waits return at the next turn (a spurious wake-up, which every
// futex user must handle), so the scheduler never reads memory and a switch
// needs only the context of the thread it resumes as its witness.
//
// Scheduling: the running thread is pushed on Done, the next one popped from
// Todo; when Todo is empty the stacks trade places.

// ThreadContextSize is the length of a packed thread context.
const ThreadContextSize = 4 * (5 + 32)

// Thread is the context of a thread that is not running.
type Thread struct {
	ID         uint32
	PC, NextPC uint32
	LO, HI     uint32
	Registers  [32]uint32
}

// Encode packs the context: id, pc, nextPC, lo, hi, registers.
func (t *Thread) Encode() []byte {
	out := make([]byte, ThreadContextSize)
	be := binary.BigEndian
	be.PutUint32(out[0:], t.ID)
	be.PutUint32(out[4:], t.PC)
	be.PutUint32(out[8:], t.NextPC)
	be.PutUint32(out[12:], t.LO)
	be.PutUint32(out[16:], t.HI)
	for i, r := range t.Registers {
		be.PutUint32(out[20+4*i:], r)
	}
	return out
}

// DecodeThread unpacks a context.
func DecodeThread(b []byte) (Thread, bool) {
	var t Thread
	if len(b) != ThreadContextSize {
		return t, false
	}
	be := binary.BigEndian
	t.ID, t.PC, t.NextPC, t.LO, t.HI = be.Uint32(b[0:]), be.Uint32(b[4:]), be.Uint32(b[8:]), be.Uint32(b[12:]), be.Uint32(b[16:])
	for i := range t.Registers {
		t.Registers[i] = be.Uint32(b[20+4*i:])
	}
	return t, true
}

// ThreadStack is a stack of waiting threads. Its root is
// keccak256(keccak256(top context) ‖ root of the rest); empty is zero.
type ThreadStack struct {
	threads []Thread
	roots   [][32]byte // roots[i]: root of threads[:i+1]
}

// Root commits to the stack.
func (ts *ThreadStack) Root() [32]byte {
	if len(ts.threads) == 0 {
		return [32]byte{}
	}
	return ts.roots[len(ts.roots)-1]
}

// Len is the number of threads on the stack.
func (ts *ThreadStack) Len() int { return len(ts.threads) }

// Threads lists the stack bottom first.
func (ts *ThreadStack) Threads() []Thread { return ts.threads }

// StackRoot is the root of a stack with ctx pushed on one whose root is below.
func StackRoot(below [32]byte, ctx []byte) [32]byte {
	h := crypto.Keccak256Hash(ctx)
	return crypto.Keccak256Hash(h[:], below[:])
}

// Push puts a thread on top.
func (ts *ThreadStack) Push(t Thread) {
	ts.roots = append(ts.roots, StackRoot(ts.Root(), t.Encode()))
	ts.threads = append(ts.threads, t)
}

// pop removes the top thread, returning it and the root below it.
func (ts *ThreadStack) pop() (Thread, [32]byte) {
	n := len(ts.threads) - 1
	t := ts.threads[n]
	ts.threads, ts.roots = ts.threads[:n], ts.roots[:n]
	return t, ts.Root()
}

// Clone returns an independent copy.
func (ts *ThreadStack) Clone() ThreadStack {
	return ThreadStack{threads: append([]Thread(nil), ts.threads...), roots: append([][32]byte(nil), ts.roots...)}
}

// current returns the running thread's context.
func (s *State) current() Thread {
	return Thread{ID: s.ThreadID, PC: s.PC, NextPC: s.NextPC, LO: s.LO, HI: s.HI, Registers: s.Registers}
}

func (s *State) resume(t Thread) {
	s.ThreadID, s.PC, s.NextPC, s.LO, s.HI, s.Registers = t.ID, t.PC, t.NextPC, t.LO, t.HI, t.Registers
}

// ThreadCount is the number of live threads, the running one included.
func (s *State) ThreadCount() int { return 1 + s.Todo.Len() + s.Done.Len() }

// switchThread parks the running thread (already advanced past its syscall)
// and resumes the next one. With no other thread it does nothing.
func (vm *VM) switchThread() {
	s := vm.state
	if s.Todo.Len() == 0 && s.Done.Len() == 0 {
		return
	}
	s.Done.Push(s.current())
	vm.resumeNext()
}

// resumeNext pops the next thread into the running slot, trading the stacks
// when Todo is empty. The caller guarantees a thread is waiting.
func (vm *VM) resumeNext() {
	s := vm.state
	vm.switched = true
	if s.Todo.Len() == 0 {
		s.Todo, s.Done = s.Done, ThreadStack{}
	}
	if vm.proving {
		vm.witness.ThreadProof = append(s.Todo.threads[s.Todo.Len()-1].Encode(), rootBelowTop(&s.Todo)...)
	}
	t, _ := s.Todo.pop()
	s.resume(t)
	s.LLReserved = false
}

func rootBelowTop(ts *ThreadStack) []byte {
	if len(ts.roots) < 2 {
		return make([]byte, 32)
	}
	r := ts.roots[len(ts.roots)-2]
	return r[:]
}
