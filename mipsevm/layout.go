package mipsevm

// The guest address space. Everything here is part of the VM's semantics:
// MIPS.sol uses the same numbers.
const (
	// HeapStart is where anonymous mmap(NULL, ...) starts handing out pages.
	HeapStart uint32 = 0x2000_0000
	// HeapLimit bounds the anonymous-mmap zone; past it mmap fails with ENOMEM.
	HeapLimit uint32 = 0x4000_0000
	// ProgramBreak is what brk always returns: the break never moves, and
	// Go's runtime places its arena hint just above it.
	ProgramBreak uint32 = 0x4000_0000
	// StackTop is the initial stack pointer's upper bound.
	StackTop uint32 = 0x7fff_0000
	// CodeStart and CodeLimit bound where instructions may be fetched: the
	// area ELF segments are loaded into. Below CodeStart Linux never maps
	// anything (mmap_min_addr), so a call through a null pointer faults;
	// heap, stack and mapped data are never executed.
	CodeStart uint32 = 0x0001_0000
	CodeLimit uint32 = HeapStart
	// PageSize of mmap rounding.
	PageSize = 4096
)

// Deterministic stand-ins for time, randomness and preemption.
const (
	// TimeSlice: a thread is preempted when the step counter reaches a
	// multiple of it (about 1.3 ms of guest time). A power of two.
	TimeSlice = 1 << 17
	// NanosPerStep: guest clocks read step × NanosPerStep nanoseconds.
	NanosPerStep = 10
	// RandomSeed seeds getrandom: the bytes are a function of the step.
	RandomSeed uint64 = 0x6f704d4c_41786f6e // "opMLAxon"
)

// File descriptors the guest uses to talk to the host.
const (
	FdStdin         = 0
	FdStdout        = 1
	FdStderr        = 2
	FdHintRead      = 3
	FdHintWrite     = 4
	FdPreimageRead  = 5
	FdPreimageWrite = 6
	FdEpoll         = 7 // what epoll_create1 returns
	FdEventfd       = 8 // what eventfd2 returns
)
