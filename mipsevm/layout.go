package mipsevm

// The guest address space. Everything here is part of the VM's semantics:
// MIPS.sol uses the same numbers.
const (
	// HeapStart is where anonymous mmap(NULL, ...) starts handing out pages.
	HeapStart uint32 = 0x2000_0000
	// HeapLimit bounds the anonymous-mmap zone; past it mmap fails with ENOMEM.
	HeapLimit uint32 = 0x4000_0000
	// ProgramBreak is the initial program break (brk(0) of a new process).
	// Go's runtime places its arena hint just above it and never moves it.
	ProgramBreak uint32 = 0x4000_0000
	// BrkLimit bounds the break: brk(x) with x above it (or below
	// ProgramBreak) fails, returning the break unchanged, as Linux does
	// past RLIMIT_DATA. 512 MiB. The zone is not checked against mappings
	// (Go's heap arena starts 4 MiB above ProgramBreak): a program that
	// grows the break into memory it mapped gets overlapping memory where
	// Linux would refuse.
	BrkLimit uint32 = 0x6000_0000
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

// The kernel area, [KernelBase, 2^32): what Linux keeps in the kernel for a
// process and the VM keeps in guest memory, so that the memory root, and so
// the state hash, commits to it and MIPS.sol reads it with ordinary memory
// proofs. Every field reads zero in a new process (a zero field means its
// initial value), so a program loaded without stdin has the same initial
// state as before the area existed. Only syscalls use it; a guest that
// writes there corrupts its own kernel state, deterministically.
const (
	KernelBase uint32 = 0xf000_0000
	// BrkWord holds the program break's distance above ProgramBreak.
	BrkWord = KernelBase + 0x0
	// StdinLenWord holds the length of the process's standard input, which
	// the loader places at StdinBase; StdinOffWord how much of it has been
	// read. Both zero: an empty stdin, at end of file at once.
	StdinLenWord = KernelBase + 0x4
	StdinOffWord = KernelBase + 0x8
	StdinBase    = KernelBase + 0x0100_0000
	// StdinMaxSize bounds stdin (224 MiB, up to the end of the address
	// space). A length word above it reads as an empty stdin.
	StdinMaxSize = 0x1_0000_0000 - uint64(StdinBase)

	// The fd table and pipes (pipes.go). Fds below FdFirst are the VM's
	// fixed ones; FdFirst..MaxFds-1 are handed out lowest first (bit fd of
	// the FdBitmap leaf: in use) and described by a 32-byte slot each.
	// ReadyBitmap marks the fds with epoll events pending. A pipe is a
	// 32-byte record and a PipeSize ring at PipeBufs; PipeBitmap marks the
	// pipe ids in use.
	FdFirst     = 9
	MaxFds      = 256
	MaxPipes    = 128
	FdBitmap    = KernelBase + 0x20
	ReadyBitmap = KernelBase + 0x40
	PipeBitmap  = KernelBase + 0x60
	FdSlots     = KernelBase + 0x1000 // 256 × 32 bytes
	PipeSlots   = KernelBase + 0x3000 // 128 × 32 bytes
	PipeBufs    = KernelBase + 0x0080_0000
	PipeSize    = 0x1_0000 // Linux's default pipe capacity; 128 rings end at StdinBase
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
