//go:build cgo && !nounicorn

// Package unicorn fast-forwards the MIPS VM on the unicorn CPU emulator
// (qemu's TCG JIT), held in lockstep with the Go interpreter: after any
// number of steps the state, and so its hash, is exactly what
// mipsevm.VM.Run reaches. Unicorn runs only plain instructions whose
// semantics are known to match; syscalls, faults, thread switches, ll/sc and
// anything else are handed to the Go interpreter one step at a time, so there
// is one implementation of everything but the common instructions.
//
// See Engine for how steps are counted and memory is shared, and Auto for
// running whichever of the two engines is faster on the program at hand.
package unicorn

// #cgo LDFLAGS: -lunicorn
// #include "ucx.h"
import "C"

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"unsafe"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
	uc "github.com/unicorn-engine/unicorn/bindings/go/unicorn"
)

// Available reports whether this build has the unicorn engine.
const Available = true

const (
	codeStart = mipsevm.CodeStart
	codeLimit = mipsevm.CodeLimit
	// minBudget: below this, Go steps are cheaper than starting unicorn.
	minBudget    = 32
	chunkShift   = 20 // unicorn maps guest memory in 1 MiB chunks
	chunkPages   = 1 << (chunkShift - memory.PageShift)
	wordsPerPage = memory.PageSize / 4
)

// Engine runs a VM's state on unicorn.
//
// Steps are counted per translated block, by a C block hook (no cgo
// transition): before a block runs, the hook adds its length, or stops
// emulation before it (nothing of it runs) when the block would pass the
// budget, holds a word unicorn must not run, lies outside the code area or
// on a page whose words have not been classified yet. Unicorn cannot stop
// inside a delay slot, and a block always ends with a branch and its slot
// (or at a page end, in which case the next block starts with the slot and
// a stop before it hands over with nextPC set to the branch's target). A
// run stops before:
//
//   - a block that would pass its budget, which ends before the next
//     time-slice boundary (the preempting step is always a Go step) and
//     before the caller's step limit: Go runs the rest;
//   - a block with a special word (syscall, break, ll, sc, anything not a
//     canonical MIPS32r1 encoding the Go VM accepts, a branch whose delay
//     slot is special): Go runs the block;
//   - a block on a page not classified yet: the engine classifies it (words
//     are classified only where unicorn executes) and goes on.
//
// What cuts a block short is rolled back: an exception in qemu (trap,
// overflow, unaligned access, reserved instruction, a kseg2 access), an
// access to kseg0/kseg1 (which kernel-mode qemu maps onto the guest's low
// memory; the Go VM treats it as ordinary memory) and a store into a
// classified page (code that may be running). Unicorn's copy of every page
// the run wrote is restored from the Go memory, the run is repeated up to
// the start of that block (the last count known exact) and Go runs the
// block. A fetch outside the code area stops between blocks: Go faults.
//
// Memory: unicorn maps guest memory on demand in 1 MiB chunks of C memory
// (uc_mem_map_ptr), filled from the Go pages. (Unicorn 2.0.1's cost of
// mapping or re-protecting memory grows steeply with the number of regions,
// so pages are neither mapped one by one nor write-protected.) A C memory
// hook sees every store and marks its page written. When a run ends, the
// written pages are compared with the Go pages and only changed 32-byte
// leaves are written back, so the Merkle root re-hashes only those. Go steps
// that store copy the stored-to page into unicorn; after a syscall, the
// pages it wrote (memory.WrittenPages) are compared with unicorn's, and when
// pages were dropped or regions changed (zero-filling, mapping committed
// data) every mapped page's identity is checked.
//
// ll/sc are Go steps, and threads switch only in Go steps, so the Go VM's
// reservation is never touched by unicorn.
type Engine struct {
	vm  *mipsevm.VM
	s   *mipsevm.State
	mem *memory.Memory
	mu  uc.Unicorn
	h   *C.uc_engine
	st  *C.ucx_state

	clean     uc.Context                           // CPU context with no pending branch
	needReset bool                                 // the CPU may hold a pending branch
	chunks    map[uint32]*[chunkPages]*memory.Page // mapped chunks: the Go pages they were filled from
	fetchAddr uint32
	through   bool                                       // Go must run past the special code ahead
	since     *memoryMark                                // memory mark taken when Run last returned (nil: none)
	stale     [codeLimit >> memory.PageShift / 64]uint64 // code-area pages Go changed while not classified
	err       error                                      // from a hook

	// Stats
	UnicornSteps, GoSteps, Runs, Syscalls uint64
	Rollbacks                             uint64 // runs discarded back to a block's start
}

// New prepares an engine for vm. Close it when done.
func New(vm *mipsevm.VM) (*Engine, error) {
	mu, err := uc.NewUnicorn(uc.ARCH_MIPS, uc.MODE_MIPS32|uc.MODE_BIG_ENDIAN)
	if err != nil {
		return nil, fmt.Errorf("unicorn: %w", err)
	}
	// The 4Kc is a MIPS32r1 core without MIPS16/microMIPS (a jump to an odd
	// address must fault, not switch ISA) and without an FPU.
	if err := mu.SetCPUModel(uc.CPU_MIPS32_4KC); err != nil {
		mu.Close()
		return nil, fmt.Errorf("unicorn: %w", err)
	}
	e := &Engine{vm: vm, s: vm.State(), mem: vm.State().Memory, mu: mu, chunks: make(map[uint32]*[chunkPages]*memory.Page)}
	e.h = C.ucx_handle(unsafe.Pointer(mu.Handle()))
	e.st = C.ucx_new(e.h)
	if e.st == nil {
		mu.Close()
		return nil, errors.New("unicorn: cannot install hooks")
	}
	if e.clean, err = mu.ContextSave(nil); err != nil {
		e.Close()
		return nil, err
	}
	hooks := []struct {
		typ int
		cb  func(uc.Unicorn, int, uint64, int, int64) bool
	}{
		{uc.HOOK_MEM_UNMAPPED, e.onUnmapped},
		{uc.HOOK_MEM_FETCH_PROT, e.onFetchProt},
	}
	for _, hk := range hooks {
		if _, err := mu.HookAdd(hk.typ, hk.cb, 1, 0); err != nil {
			e.Close()
			return nil, fmt.Errorf("unicorn: %w", err)
		}
	}
	return e, nil
}

// Close releases unicorn's resources.
func (e *Engine) Close() {
	if e.mu != nil {
		e.mu.Close()
		e.mu = nil
	}
	if e.st != nil {
		C.ucx_free(e.st)
		e.st = nil
	}
}

// Run runs vm for up to maxSteps steps (0: no limit) or until the guest
// exits, on a fresh engine; the result is exactly vm.Run(maxSteps)'s.
func Run(vm *mipsevm.VM, maxSteps uint64) error {
	e, err := New(vm)
	if err != nil {
		return err
	}
	defer e.Close()
	return e.Run(maxSteps)
}

// Run executes up to maxSteps steps (0: no limit) or until the guest exits,
// like mipsevm.VM.Run. The state may have been changed by anyone since the
// last call: registers are read afresh, and the memory's pages written since
// then (its watch list, started when the last call returned) are compared
// with unicorn's copy.
func (e *Engine) Run(maxSteps uint64) error {
	s := e.s
	if s.Exited {
		return nil
	}
	end := ^uint64(0)
	if maxSteps != 0 && s.Step+maxSteps > s.Step {
		end = s.Step + maxSteps
	}
	if e.since != nil && e.s.Memory == e.mem {
		// Only what was written since the last Run can differ (all writes
		// go through the memory's methods, which record them).
		e.catchUp(*e.since)
	} else {
		e.mem = e.s.Memory
		e.resyncAll()
	}
	err := e.runTo(end)
	mark := e.markMemory()
	e.since = &mark
	return err
}

// runTo runs until step end or the guest's exit.
func (e *Engine) runTo(end uint64) error {
	s := e.s
	for !s.Exited && s.Step < end {
		if s.NextPC != s.PC+4 || s.PC < codeStart || s.PC >= codeLimit || s.PC&3 != 0 {
			if err := e.goSteps(1); err != nil {
				return err
			}
			continue
		}
		boundary := (s.Step | (mipsevm.TimeSlice - 1)) + 1
		budget := min(boundary-1-s.Step, end-s.Step)
		if budget < minBudget {
			if err := e.goSteps(min(budget+1, end-s.Step)); err != nil {
				return err
			}
			continue
		}
		goN, err := e.runUnicorn(budget)
		if err != nil {
			return err
		}
		if goN > 0 && !s.Exited && s.Step < end {
			if err := e.goSteps(min(goN, end-s.Step)); err != nil {
				return err
			}
		}
		if e.through {
			// Go goes on until the straight-line code ahead has nothing
			// special: a spin loop around ll stays in Go, which is cheaper
			// than a unicorn run per iteration.
			e.through = false
			for !s.Exited && s.Step < end && !e.plainAhead() {
				if err := e.goSteps(1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// runUnicorn runs at most budget instructions on unicorn and updates the
// state; goN: how many steps the Go interpreter must take next.
func (e *Engine) runUnicorn(budget uint64) (goN uint64, err error) {
	s, st := e.s, e.st
	if e.needReset {
		if err := e.mu.ContextRestore(e.clean); err != nil {
			return 0, err
		}
		e.needReset = false
	}
	for i, r := range s.Registers {
		st.regs[i] = C.uint32_t(r)
	}
	st.regs[32], st.regs[33], st.regs[34] = C.uint32_t(s.HI), C.uint32_t(s.LO), C.uint32_t(s.PC)
	e.err = nil
	ucerr := C.ucx_run(e.h, st, C.uint64_t(budget))
	e.Runs++
	if e.err != nil {
		return 0, e.err
	}
	if st.reason == C.UCX_ROLLBACK {
		return e.rollBack(uint64(st.rb_count), uint64(st.rb_n))
	}
	e.syncBack()
	var regs [32]uint32
	for i := range regs {
		regs[i] = uint32(st.regs[i])
	}
	n := uint64(st.count)
	// By default a stop is before the block entered last.
	pc, npc := uint32(st.baddr), uint32(st.baddr)+4
	switch st.reason {
	case C.UCX_BUDGET:
		goN = budget - n + 1
	case C.UCX_SPECIAL:
		// Go runs at least the block (plainAhead's idea of a block can be
		// shorter than qemu's, which runs on past branches it knows are
		// never taken), then on to plain code.
		goN, e.through = max(uint64(st.bn), 1), true
	case C.UCX_OUTSIDE:
		goN = 1
	case C.UCX_UNCLASSIFIED:
		e.classifyPage(pc >> memory.PageShift)
	case C.UCX_FETCH:
		pc, npc, goN = e.fetchAddr, e.fetchAddr+4, 1
	default:
		return 0, fmt.Errorf("unicorn: run from %#x stopped for no known reason after %d instructions (pc %#x): %v", s.PC, n, uint32(st.regs[34]), ucerrString(ucerr))
	}
	if n > budget {
		return 0, fmt.Errorf("unicorn: ran %d instructions, budget %d", n, budget)
	}
	if st.reason != C.UCX_FETCH && n > 0 && uint32(st.pend) == pc {
		// The block before ended with a branch whose delay slot starts this
		// block (a block ends at a page end): hand over inside the slot.
		if w := e.word(pc - 4); isBranch(w) {
			npc = branchTarget(pc-4, w, &regs)
			e.needReset = true
		}
	}
	s.Registers = regs
	s.Registers[0] = 0
	s.HI, s.LO = uint32(st.regs[32]), uint32(st.regs[33])
	if n > 0 || pc != s.PC {
		s.PC, s.NextPC = pc, npc
	}
	s.Step += n
	e.UnicornSteps += n
	return goN, nil
}

// plainAhead reports whether unicorn could run the straight-line code from
// pc to the next branch and its delay slot: not in a delay slot, and no
// special word up to there (the block unicorn would translate next).
func (e *Engine) plainAhead() bool {
	s := e.s
	pc := s.PC
	if s.NextPC != pc+4 || pc < codeStart || pc >= codeLimit || pc&3 != 0 {
		return false
	}
	for a, n := pc, 0; n < wordsPerPage; a, n = a+4, n+1 {
		w := e.word(a)
		if special(a, w, e.word(a+4)) {
			return false
		}
		if isBranch(w) || (a+4)&(memory.PageSize-1) == 0 {
			return true
		}
	}
	return true
}

// rollBack discards a run that something cut short inside a block that
// started after rb instructions and is bn long: unicorn's copy of every page
// the run wrote is restored from the Go memory (which the run has not
// touched), the run is repeated up to the start of that block, and Go runs
// the block.
func (e *Engine) rollBack(rb, bn uint64) (goN uint64, err error) {
	st := e.st
	if st.overflow != 0 {
		e.resyncAll()
	} else {
		for _, idx := range unsafe.Slice(&st.dirty[0], st.ndirty) {
			e.syncFromGo(uint32(idx))
		}
	}
	C.ucx_clear_dirty(st)
	if e.err != nil {
		return 0, e.err
	}
	e.needReset = true // the CPU may have stopped with a branch pending
	e.Rollbacks++
	start := e.s.Step
	if rb > 0 {
		if _, err := e.runUnicorn(rb); err != nil {
			return 0, err
		}
	}
	ran := e.s.Step - start
	if ran > rb {
		return 0, fmt.Errorf("unicorn: re-run of %d instructions ran %d", rb, ran)
	}
	return rb - ran + max(bn, 1), nil
}

func ucerrString(e C.uc_err) string { return C.GoString(C.uc_strerror(e)) }

// goSteps executes up to n steps with the Go interpreter, keeping unicorn's
// copy of the pages they write up to date.
func (e *Engine) goSteps(n uint64) error {
	s, mem := e.s, e.mem
	for ; n > 0 && !s.Exited; n-- {
		w := mem.GetWord(s.PC &^ 3)
		op := w >> 26
		sys := op == 0 && w&63 == 0x0c
		store := op == 40 || op == 41 || op == 42 || op == 43 || op == 46 || op == 56
		addr := s.Registers[(w>>21)&31] + uint32(int32(int16(w)))
		var before memoryMark
		if sys {
			e.Syscalls++
			before = e.markMemory()
		}
		if _, err := e.vm.Step(false); err != nil {
			return err
		}
		e.GoSteps++
		if sys {
			e.catchUp(before)
		} else if store {
			e.syncWordFromGo(addr &^ 3)
		}
		if e.err != nil {
			return e.err
		}
	}
	return nil
}

// A memoryMark is taken before Go changes memory behind unicorn's back (a
// syscall, which may write any page, zero ranges or map committed data; or
// the caller, between two Runs): the pages written after it are on the
// memory's watch list, and a change of the memory's layout says that pages
// may have been dropped or replaced.
type memoryMark struct{ layout uint64 }

// markMemory starts a new watch and records the layout.
func (e *Engine) markMemory() memoryMark {
	e.mem.WatchWrites()
	return memoryMark{layout: e.mem.Layout()}
}

// --- memory ---

func isCodePage(idx uint32) bool {
	return idx >= codeStart>>memory.PageShift && idx < codeLimit>>memory.PageShift
}

var zeroPage [memory.PageSize]byte

func goData(p *memory.Page) []byte {
	if p == nil {
		return zeroPage[:]
	}
	return p.Data[:]
}

// ucPage is unicorn's copy of page idx, or nil if its chunk is not mapped.
func (e *Engine) ucPage(idx uint32) []byte {
	c := e.st.chunk[idx>>(chunkShift-memory.PageShift)]
	if c == nil {
		return nil
	}
	off := uintptr(idx&(chunkPages-1)) << memory.PageShift
	return unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(c), off)), memory.PageSize)
}

// mapChunk fills chunk ci from the Go memory and maps it into unicorn.
func (e *Engine) mapChunk(ci uint32) error {
	ptr := C.ucx_alloc_chunk(e.st, C.uint32_t(ci))
	if ptr == nil {
		return errors.New("unicorn: out of memory")
	}
	pages := new([chunkPages]*memory.Page)
	first := ci << (chunkShift - memory.PageShift)
	for j := range uint32(chunkPages) {
		if p := e.mem.PageFor((first + j) << memory.PageShift); p != nil {
			copy(e.ucPage(first+j), p.Data[:])
			pages[j] = p
		}
	}
	e.chunks[ci] = pages
	base := uint64(ci) << chunkShift
	size := uint64(1) << chunkShift
	rw := uc.PROT_READ | uc.PROT_WRITE
	var err error
	switch {
	case base < uint64(codeStart): // below the code area: data only
		if err = e.mu.MemMapPtr(base, uint64(codeStart)-base, rw, unsafe.Pointer(ptr)); err == nil {
			err = e.mu.MemMapPtr(uint64(codeStart), size-uint64(codeStart), rw|uc.PROT_EXEC, unsafe.Add(unsafe.Pointer(ptr), codeStart))
		}
	case base < uint64(codeLimit):
		err = e.mu.MemMapPtr(base, size, rw|uc.PROT_EXEC, unsafe.Pointer(ptr))
	default:
		err = e.mu.MemMapPtr(base, size, rw, unsafe.Pointer(ptr))
	}
	return err
}

// word reads the current content of a word: unicorn's copy where mapped,
// which equals the Go memory between runs.
func (e *Engine) word(a uint32) uint32 {
	if d := e.ucPage(a >> memory.PageShift); d != nil {
		return binary.BigEndian.Uint32(d[a&(memory.PageSize-4):])
	}
	return e.mem.GetWord(a &^ 3)
}

// classifyPage computes which words of code page idx unicorn must not run
// (special, given the word after each), as the table the block hook reads:
// for each word, the index of the first special word at or after it.
func (e *Engine) classifyPage(idx uint32) {
	if !isCodePage(idx) {
		return
	}
	if e.st.next[idx] == nil && e.stale[idx/64]>>(idx%64)&1 != 0 {
		// First classification of a page Go wrote since unicorn may have
		// translated from it (a block that stopped for the budget, say):
		// that code may be older than the content.
		e.invalidate(idx)
		e.stale[idx/64] &^= 1 << (idx % 64)
	}
	next := unsafe.Slice((*uint16)(unsafe.Pointer(C.ucx_next(e.st, C.uint32_t(idx)))), wordsPerPage)
	base := idx << memory.PageShift
	first := uint16(wordsPerPage)
	for i := wordsPerPage - 1; i >= 0; i-- {
		a := base + 4*uint32(i)
		if special(a, e.word(a), e.word(a+4)) {
			first = uint16(i)
		}
		next[i] = first
	}
}

// markStale records that Go changed code-area page idx, not classified, in
// unicorn's copy (straight into the chunk, which unicorn does not notice).
func (e *Engine) markStale(idx uint32) {
	if isCodePage(idx) {
		e.stale[idx/64] |= 1 << (idx % 64)
	}
}

// invalidate drops the code unicorn translated from page idx.
func (e *Engine) invalidate(idx uint32) {
	if err := C.ucx_invalidate(e.h, C.uint32_t(idx)); err != C.UC_ERR_OK && e.err == nil {
		e.err = fmt.Errorf("unicorn: drop translated code at %#x: %s", idx<<memory.PageShift, ucerrString(err))
	}
}

// classified reports whether code page idx has been classified.
func (e *Engine) classified(idx uint32) bool {
	return isCodePage(idx) && e.st.next[idx] != nil
}

func (e *Engine) onUnmapped(mu uc.Unicorn, access int, addr uint64, size int, value int64) bool {
	a := uint32(addr)
	if access == uc.MEM_FETCH_UNMAPPED && (a < codeStart || a >= codeLimit) {
		e.stopForFetch(a)
		return false
	}
	// Data is mapped anywhere, kseg2 included: an access there raises a
	// (precise) TLB exception, handed to Go. (A hook that refused an access
	// would not stop the instruction.)
	if err := e.mapChunk(a >> chunkShift); err != nil {
		e.err = err
		mu.Stop()
		return false
	}
	return true
}

func (e *Engine) onFetchProt(mu uc.Unicorn, access int, addr uint64, size int, value int64) bool {
	e.stopForFetch(uint32(addr))
	return false
}

// stopForFetch records a fetch outside the code area, unless the run is
// already stopping for another reason (a rollback asked for before).
func (e *Engine) stopForFetch(a uint32) {
	if e.st.reason == C.UCX_NONE {
		e.fetchAddr = a
		e.st.reason = C.UCX_FETCH
	}
}

// syncBack copies the leaves unicorn changed into the Go memory: every page
// a store hit is compared with its Go page, and only 32-byte leaves that
// differ are written (so only those are re-hashed).
func (e *Engine) syncBack() {
	st := e.st
	if st.overflow != 0 {
		all := [2]uint64{^uint64(0), ^uint64(0)}
		for ci := range e.chunks {
			first := ci << (chunkShift - memory.PageShift)
			for j := range uint32(chunkPages) {
				e.syncPageBack(first+j, all)
			}
		}
	} else {
		for _, idx := range unsafe.Slice(&st.dirty[0], st.ndirty) {
			l := &st.leaves[idx]
			e.syncPageBack(uint32(idx), [2]uint64{uint64(l[0]), uint64(l[1])})
		}
	}
	C.ucx_clear_dirty(st)
}

// syncPageBack writes into the Go memory the leaves of page idx in mask
// that unicorn changed.
func (e *Engine) syncPageBack(idx uint32, mask [2]uint64) {
	cur := e.ucPage(idx)
	if cur == nil {
		return // a store that faulted before its chunk was mapped
	}
	gp := e.mem.PageFor(idx << memory.PageShift)
	old := goData(gp)
	base := idx << memory.PageShift
	changed := false
	for half, m := range mask {
		for m != 0 {
			l := half*64 + bits.TrailingZeros64(m)
			m &= m - 1
			off := l * memory.LeafSize
			if !bytes.Equal(old[off:off+memory.LeafSize], cur[off:off+memory.LeafSize]) {
				e.mem.SetBytes(base+uint32(off), cur[off:off+memory.LeafSize])
				if !changed {
					changed = true
					gp = e.mem.PageAt(idx)
					old = gp.Data[:]
				}
			}
		}
	}
	if changed {
		e.chunks[idx>>(chunkShift-memory.PageShift)][idx&(chunkPages-1)] = gp
	}
}

// syncWordFromGo copies the word at a (aligned) from the Go memory into
// unicorn after a Go step stored there: straight into the chunk, unless
// unicorn may have translated code from the page (classified pages).
func (e *Engine) syncWordFromGo(a uint32) {
	idx := a >> memory.PageShift
	pages := e.chunks[idx>>(chunkShift-memory.PageShift)]
	if pages == nil {
		return
	}
	if e.classified(idx) {
		e.syncFromGo(idx)
		return
	}
	gp := e.mem.PageAt(idx)
	pages[idx&(chunkPages-1)] = gp
	if gp != nil {
		off := a & (memory.PageSize - 4)
		copy(e.ucPage(idx)[off:off+4], gp.Data[off:off+4])
		e.markStale(idx)
	}
	if idx > 0 && e.classified(idx-1) && a&(memory.PageSize-1) == 0 {
		e.classifyPage(idx - 1) // its last word's delay slot is here
	}
}

// syncFromGo copies page idx from the Go memory into unicorn, if mapped,
// and re-examines the code words that changed.
func (e *Engine) syncFromGo(idx uint32) {
	pages := e.chunks[idx>>(chunkShift-memory.PageShift)]
	if pages == nil {
		return
	}
	gp := e.mem.PageFor(idx << memory.PageShift)
	pages[idx&(chunkPages-1)] = gp
	src, dst := goData(gp), e.ucPage(idx)
	if bytes.Equal(src, dst) {
		return
	}
	copy(dst, src)
	if e.classified(idx) {
		e.invalidate(idx)
		e.classifyPage(idx)
	} else {
		e.markStale(idx)
	}
	if idx > 0 && e.classified(idx-1) {
		e.classifyPage(idx - 1) // its last word's delay slot is here
	}
}

// catchUp brings unicorn up to date with what was written since the mark
// (the pages on the watch list are compared), zeroed or mapped (the layout
// changed: every mapped page's identity is checked).
func (e *Engine) catchUp(before memoryMark) {
	for _, gp := range e.mem.WrittenPages() {
		e.syncFromGo(gp.Index())
	}
	if e.mem.Layout() == before.layout {
		return
	}
	for ci, pages := range e.chunks {
		first := ci << (chunkShift - memory.PageShift)
		for j, old := range pages {
			idx := first + uint32(j)
			cur := e.mem.PageAt(idx)
			if cur == nil {
				cur = e.mem.PageFor(idx << memory.PageShift) // a region mapped over it
			}
			if cur != old {
				e.syncFromGo(idx)
			}
		}
	}
}

// resyncAll makes unicorn's copy of memory equal to the Go memory, which
// anyone may have changed since the last Run.
func (e *Engine) resyncAll() {
	for ci := range e.chunks {
		first := ci << (chunkShift - memory.PageShift)
		for j := range uint32(chunkPages) {
			e.syncFromGo(first + j)
		}
	}
}
