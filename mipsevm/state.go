package mipsevm

import (
	"encoding/binary"
	"fmt"

	"github.com/axonum/opml/mipsevm/memory"
	"github.com/ethereum/go-ethereum/crypto"
)

// StateSize is the length of a packed state.
const StateSize = 32 + 32 + 4*6 + 1 + 1 + 8 + 32*4 + 4 + 4 + 32 + 32 + 1

// Offsets of the fields in a packed state.
const (
	offMemRoot        = 0
	offPreimageKey    = 32
	offPreimageOffset = 64
	offPC             = 68
	offNextPC         = 72
	offLO             = 76
	offHI             = 80
	offHeap           = 84
	offExitCode       = 88
	offExited         = 89
	offStep           = 90
	offRegisters      = 98
	offThreadID       = 226
	offNextThreadID   = 230
	offTodoRoot       = 234
	offDoneRoot       = 266
	offLLReserved     = 298
)

// Status is how a run ended, as encoded in the first byte of a state hash.
type Status uint8

const (
	StatusValid      Status = 0 // exited with code 0
	StatusInvalid    Status = 1 // exited with code 1
	StatusPanic      Status = 2 // exited with any other code, or faulted
	StatusUnfinished Status = 3 // still running
)

func (s Status) String() string {
	switch s {
	case StatusValid:
		return "valid"
	case StatusInvalid:
		return "invalid"
	case StatusPanic:
		return "panic"
	case StatusUnfinished:
		return "unfinished"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// FaultExitCode is the exit code the VM sets when the guest faults
// (invalid instruction, unaligned access, trap, jump outside memory).
const FaultExitCode = 0xff

// State is the whole machine state. Its hash commits to everything the
// next step can depend on.
type State struct {
	Memory         *memory.Memory
	PreimageKey    [32]byte
	PreimageOffset uint32
	PC, NextPC     uint32
	LO, HI         uint32
	Heap           uint32 // next address handed out by anonymous mmap
	ExitCode       uint8
	Exited         bool
	Step           uint64
	Registers      [32]uint32
	// The running thread's id, the id the next clone gets, and the waiting
	// threads (see threads.go).
	ThreadID     uint32
	NextThreadID uint32
	Todo, Done   ThreadStack
	// LLReserved: the running thread executed ll and has not been switched
	// out since; sc succeeds only then.
	LLReserved bool
}

// NewState returns a state with empty memory, about to execute at pc.
func NewState(pc uint32) *State {
	return &State{Memory: memory.New(), PC: pc, NextPC: pc + 4, Heap: HeapStart, ThreadID: 1, NextThreadID: 2}
}

// Status reports how the run ended, or that it has not.
func (s *State) Status() Status { return statusOf(s.Exited, s.ExitCode) }

func statusOf(exited bool, code uint8) Status {
	if !exited {
		return StatusUnfinished
	}
	switch code {
	case 0:
		return StatusValid
	case 1:
		return StatusInvalid
	}
	return StatusPanic
}

// Encode packs the state; this computes the memory root.
func (s *State) Encode() []byte {
	out := make([]byte, StateSize)
	root := s.Memory.Root()
	copy(out[offMemRoot:], root[:])
	copy(out[offPreimageKey:], s.PreimageKey[:])
	be := binary.BigEndian
	be.PutUint32(out[offPreimageOffset:], s.PreimageOffset)
	be.PutUint32(out[offPC:], s.PC)
	be.PutUint32(out[offNextPC:], s.NextPC)
	be.PutUint32(out[offLO:], s.LO)
	be.PutUint32(out[offHI:], s.HI)
	be.PutUint32(out[offHeap:], s.Heap)
	out[offExitCode] = s.ExitCode
	if s.Exited {
		out[offExited] = 1
	}
	be.PutUint64(out[offStep:], s.Step)
	for i, r := range s.Registers {
		be.PutUint32(out[offRegisters+4*i:], r)
	}
	be.PutUint32(out[offThreadID:], s.ThreadID)
	be.PutUint32(out[offNextThreadID:], s.NextThreadID)
	todo, done := s.Todo.Root(), s.Done.Root()
	copy(out[offTodoRoot:], todo[:])
	copy(out[offDoneRoot:], done[:])
	if s.LLReserved {
		out[offLLReserved] = 1
	}
	return out
}

// HashPacked is the state hash of a packed state: keccak256 with the first
// byte replaced by the status, so a contract reads the outcome from the hash.
func HashPacked(packed []byte) ([32]byte, error) {
	if len(packed) != StateSize {
		return [32]byte{}, fmt.Errorf("packed state must be %d bytes, got %d", StateSize, len(packed))
	}
	exited := packed[offExited]
	if exited > 1 || packed[offLLReserved] > 1 {
		return [32]byte{}, fmt.Errorf("packed state: a flag byte (exited %d, llReserved %d) is not 0 or 1", exited, packed[offLLReserved])
	}
	h := crypto.Keccak256Hash(packed)
	h[0] = byte(statusOf(exited == 1, packed[offExitCode]))
	return h, nil
}

// Hash returns the state hash.
func (s *State) Hash() [32]byte {
	h, _ := HashPacked(s.Encode()) // Encode always yields a well-formed state
	return h
}

// Roots are the commitments a packed state holds instead of memory and
// waiting threads.
type Roots struct {
	Memory, Todo, Done [32]byte
}

// DecodeState unpacks a packed state. Memory and the thread stacks are only
// roots, so the result is for inspection, not for running.
func DecodeState(packed []byte) (roots Roots, s *State, err error) {
	if _, err := HashPacked(packed); err != nil {
		return roots, nil, err
	}
	be := binary.BigEndian
	s = &State{
		PreimageOffset: be.Uint32(packed[offPreimageOffset:]),
		PC:             be.Uint32(packed[offPC:]),
		NextPC:         be.Uint32(packed[offNextPC:]),
		LO:             be.Uint32(packed[offLO:]),
		HI:             be.Uint32(packed[offHI:]),
		Heap:           be.Uint32(packed[offHeap:]),
		ExitCode:       packed[offExitCode],
		Exited:         packed[offExited] == 1,
		Step:           be.Uint64(packed[offStep:]),
	}
	copy(roots.Memory[:], packed[offMemRoot:])
	copy(roots.Todo[:], packed[offTodoRoot:])
	copy(roots.Done[:], packed[offDoneRoot:])
	copy(s.PreimageKey[:], packed[offPreimageKey:])
	for i := range s.Registers {
		s.Registers[i] = be.Uint32(packed[offRegisters+4*i:])
	}
	s.ThreadID = be.Uint32(packed[offThreadID:])
	s.NextThreadID = be.Uint32(packed[offNextThreadID:])
	s.LLReserved = packed[offLLReserved] == 1
	return roots, s, nil
}
