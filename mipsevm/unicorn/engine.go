//go:build cgo && !nounicorn

// Package unicorn fast-forwards the MIPS VM on the unicorn CPU emulator
// (qemu's TCG JIT), held in lockstep with the Go interpreter: after any
// number of steps the state, and so its hash, is exactly what
// mipsevm.VM.Run reaches. Unicorn runs only plain instructions whose
// semantics are known to match; syscalls, faults, thread switches, ll/sc and
// anything else are handed to the Go interpreter one step at a time, so there
// is one implementation of everything but the common instructions.
//
// See Engine for how steps are counted and memory is shared.
package unicorn

// #cgo LDFLAGS: -lunicorn
// #include "ucx.h"
import "C"

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
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
	minBudget  = 32
	chunkShift = 20 // unicorn maps guest memory in 1 MiB chunks
	chunkPages = 1 << (chunkShift - memory.PageShift)
)

// Engine runs a VM's state on unicorn.
//
// Steps are counted exactly by a C instruction hook (no cgo transition) that
// counts every instruction unicorn is about to execute and stops emulation
// before the first one past the budget. Unicorn cannot stop inside a delay
// slot, so a run never ends in one: the hook stops before a branch that would
// be the last budgeted instruction, and every instruction unicorn must not
// run is marked in a per-page bitmap together with any branch whose delay
// slot holds one. A run stops before:
//
//   - the instruction after its budget, which ends before the next
//     time-slice boundary (the preempting step is always a Go step) and
//     before the caller's step limit;
//   - a special instruction (syscall, break, ll, sc, anything not a canonical
//     MIPS32r1 encoding the Go VM accepts): Go executes it;
//   - an instruction that raises an exception in qemu (trap, overflow,
//     unaligned access, reserved instruction, a kseg2 access): Go executes it
//     and faults or, for an access it can do, continues. If it sat in a delay
//     slot, the branch's target is recomputed for nextPC.
//   - a fetch outside the code area: Go faults.
//
// Memory: unicorn maps guest memory on demand in 1 MiB chunks of C memory
// (uc_mem_map_ptr), filled from the Go pages. (Unicorn 2.0.1's cost of
// mapping or re-protecting memory grows steeply with the number of regions,
// so pages are neither mapped one by one nor write-protected.) The C hook
// knows from the per-page word kinds which instructions are stores; for those
// it computes the address and marks the page written (and the code words
// there special, so that modified code is re-examined). When a run ends, the
// written pages are compared with the Go pages and only changed 32-byte
// leaves are written back, so the Merkle root re-hashes only those. Go steps
// that store copy the stored-to page into unicorn; after a syscall, the pages
// on the Go memory's dirty list (flushed before the syscall when long) are
// compared with unicorn's, and when pages were dropped or regions changed
// (zero-filling, mapping committed data) every mapped page's identity is
// checked.
//
// ll/sc: threads switch only in Go steps, so within a run the reservation
// is the running thread's. The hook mirrors LLReserved: ll sets it (and
// records the address and loaded value, which is what qemu's sc checks); sc
// runs in unicorn only when the Go VM would succeed (reserved) and qemu will
// (same address as the last ll of this run, memory unchanged), else it is a
// Go step. ll/sc that would fault, or touch an unmapped chunk, are Go steps.
type Engine struct {
	vm  *mipsevm.VM
	s   *mipsevm.State
	mem *memory.Memory
	mu  uc.Unicorn
	h   *C.uc_engine
	st  *C.ucx_state

	clean     uc.Context                           // CPU context with no pending branch
	needReset bool                                 // an exception in a delay slot left a branch pending
	chunks    map[uint32]*[chunkPages]*memory.Page // mapped chunks: the Go pages they were filled from
	fetchAddr uint32
	regions   []*memory.Region // scratch
	buf       [memory.PageSize]byte
	err       error // from a hook

	// Stats
	UnicornSteps, GoSteps, Runs, Syscalls uint64
	KsegRollbacks                         uint64 // runs discarded for an access to kseg0/kseg1
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
// last call (unicorn's copy of memory is re-checked).
func (e *Engine) Run(maxSteps uint64) error {
	s := e.s
	if s.Exited {
		return nil
	}
	end := ^uint64(0)
	if maxSteps != 0 && s.Step+maxSteps > s.Step {
		end = s.Step + maxSteps
	}
	e.resyncAll()
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
		needGo, err := e.runUnicorn(budget)
		if err != nil {
			return err
		}
		if needGo && !s.Exited && s.Step < end {
			if err := e.goSteps(1); err != nil {
				return err
			}
		}
	}
	return nil
}

// runUnicorn runs at most budget instructions on unicorn and updates the
// state; needGo: the instruction at pc must be executed by Go.
func (e *Engine) runUnicorn(budget uint64) (needGo bool, err error) {
	s, st := e.s, e.st
	if e.needReset {
		if err := e.mu.ContextRestore(e.clean); err != nil {
			return false, err
		}
		e.needReset = false
	}
	for i, r := range s.Registers {
		st.regs[i] = C.uint32_t(r)
	}
	st.regs[32], st.regs[33], st.regs[34] = C.uint32_t(s.HI), C.uint32_t(s.LO), C.uint32_t(s.PC)
	st.llres = 0
	if s.LLReserved {
		st.llres = 1
	}
	e.err = nil
	ucerr := C.ucx_run(e.h, st, C.uint64_t(budget))
	e.Runs++
	if e.err != nil {
		return false, e.err
	}
	if st.kseg != 0 {
		return e.rollBack(uint64(st.kseg))
	}
	e.syncBack()
	var regs [32]uint32
	for i := range regs {
		regs[i] = uint32(st.regs[i])
	}
	count, x := uint64(st.count), uint32(st.last)
	var n uint64
	var pc, npc uint32
	switch st.reason {
	case C.UCX_BUDGET:
		n, pc, npc = budget, x, x+4
	case C.UCX_BRANCH_AT_BUDGET:
		n, pc, npc, needGo = count-1, x, x+4, false
	case C.UCX_SPECIAL, C.UCX_INTR:
		// An instruction stopped for by address (a load or store reaching
		// kseg0/kseg1) or an exception may sit in a delay slot: then the
		// branch before it has run, and nextPC is its target.
		n, pc, npc, needGo = count-1, x, x+4, true
		if prev := uint32(st.prev); st.prev != ^C.uint64_t(0) && prev == x-4 {
			if w := e.mem.GetWord(prev); isBranch(w) {
				npc = branchTarget(prev, w, &regs)
				e.needReset = true
			}
		}
	case C.UCX_FETCH:
		n, pc, npc, needGo = count, e.fetchAddr, e.fetchAddr+4, true
	default:
		return false, fmt.Errorf("unicorn: run from %#x stopped for no known reason after %d instructions (pc %#x): %v", s.PC, count, uint32(st.regs[34]), ucerrString(ucerr))
	}
	if n > budget {
		return false, fmt.Errorf("unicorn: ran %d instructions, budget %d", n, budget)
	}
	s.Registers = regs
	s.Registers[0] = 0
	s.LLReserved = st.llres != 0
	s.HI, s.LO = uint32(st.regs[32]), uint32(st.regs[33])
	if n > 0 || pc != s.PC {
		s.PC, s.NextPC = pc, npc
	}
	s.Step += n
	e.UnicornSteps += n
	return needGo, nil
}

// rollBack discards a run in which instruction number c (counting from 1)
// touched kseg0/kseg1, which unicorn maps onto the wrong memory: unicorn's
// copy of every page the run wrote is restored from the Go memory (which
// the run has not touched), the run is repeated up to just before that
// instruction, and Go executes what comes next (the instruction, or the
// branch whose delay slot it is).
func (e *Engine) rollBack(c uint64) (needGo bool, err error) {
	st := e.st
	if st.overflow != 0 {
		e.resyncAll()
	} else {
		for _, idx := range unsafe.Slice(&st.dirty[0], st.ndirty) {
			e.syncFromGo(uint32(idx))
		}
	}
	C.ucx_clear_dirty(st)
	e.needReset = true // the CPU may have stopped with a branch pending
	e.KsegRollbacks++
	if c > 1 {
		if _, err := e.runUnicorn(c - 1); err != nil {
			return false, err
		}
	}
	return true, nil
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
		var before syscallMark
		if sys {
			e.Syscalls++
			before = e.markSyscall()
		}
		if _, err := e.vm.Step(false); err != nil {
			return err
		}
		e.GoSteps++
		if sys {
			e.afterSyscall(before)
		} else if store {
			e.syncFromGo(addr >> memory.PageShift)
		}
		if e.err != nil {
			return e.err
		}
	}
	return nil
}

// A syscall may write any page, zero ranges or map committed data. Every page
// it writes is on the Go memory's dirty list afterwards; to keep that list
// short it is flushed (its pages re-hashed) when long.
type syscallMark struct {
	pages   int
	regions []*memory.Region
}

const maxDirtyCompare = 128

func (e *Engine) markSyscall() syscallMark {
	if len(e.mem.DirtyPages()) > maxDirtyCompare {
		e.mem.FlushPages()
	}
	return syscallMark{pages: e.mem.PageCount(), regions: append(e.regions[:0], e.mem.Regions()...)}
}

// --- memory ---

func pageAddr(idx uint32) uint64 { return uint64(idx) << memory.PageShift }

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
	if err != nil {
		return err
	}
	for j := range uint32(chunkPages) {
		e.classifyPage(first + j)
	}
	return nil
}

// word reads the current content of a word: unicorn's copy where mapped,
// which equals the Go memory between runs.
func (e *Engine) word(a uint32) uint32 {
	if d := e.ucPage(a >> memory.PageShift); d != nil {
		return binary.BigEndian.Uint32(d[a&(memory.PageSize-4):])
	}
	return e.mem.GetWord(a &^ 3)
}

func (e *Engine) kindMap(idx uint32) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(C.ucx_kindmap(e.st, C.uint32_t(idx)))), 1024)
}

func (e *Engine) kindOf(a uint32) byte {
	w := e.word(a)
	switch w >> 26 {
	case 48:
		return C.UCX_LL
	case 56:
		return C.UCX_SC
	}
	switch {
	case special(a, w, e.word(a+4)):
		return C.UCX_STOP
	case w>>26 == 0 && (w&63 == 8 || w&63 == 9):
		return C.UCX_JREG
	}
	switch w >> 26 {
	case 40, 41, 42, 43, 46:
		return C.UCX_STORE
	}
	return C.UCX_PLAIN
}

// classifyPage computes the word kinds of a code page, and of the last word
// of the page before (a branch whose delay slot is here).
func (e *Engine) classifyPage(idx uint32) {
	e.classifyWords(idx, 0, memory.PageSize/4-1)
}

// classifyWords recomputes the kinds of words i0..i1 of code page idx and of
// the word before i0.
func (e *Engine) classifyWords(idx, i0, i1 uint32) {
	if !isCodePage(idx) {
		return
	}
	km := e.kindMap(idx)
	base := idx << memory.PageShift
	for i := i0; i <= i1; i++ {
		km[i] = e.kindOf(base + 4*i)
	}
	if i0 > 0 {
		km[i0-1] = e.kindOf(base + 4*(i0-1))
	} else if isCodePage(idx-1) && e.st.kind[idx-1] != nil {
		e.kindMap(idx - 1)[1023] = e.kindOf(base - 4)
	}
}

func (e *Engine) onUnmapped(mu uc.Unicorn, access int, addr uint64, size int, value int64) bool {
	a := uint32(addr)
	if access == uc.MEM_FETCH_UNMAPPED && (a < codeStart || a >= codeLimit) {
		e.fetchAddr = a
		e.st.reason = C.UCX_FETCH
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
	e.fetchAddr = uint32(addr)
	e.st.reason = C.UCX_FETCH
	return false
}

// syncBack copies the leaves unicorn changed into the Go memory: every page
// a store hit is compared with its Go page, and only 32-byte leaves that
// differ are written (so only those are re-hashed).
func (e *Engine) syncBack() {
	st := e.st
	if st.overflow != 0 {
		for ci := range e.chunks {
			first := ci << (chunkShift - memory.PageShift)
			for j := range uint32(chunkPages) {
				e.syncPageBack(first + j)
			}
		}
	} else {
		for _, idx := range unsafe.Slice(&st.dirty[0], st.ndirty) {
			e.syncPageBack(uint32(idx))
		}
	}
	C.ucx_clear_dirty(st)
}

func (e *Engine) syncPageBack(idx uint32) {
	cur := e.ucPage(idx)
	if cur == nil {
		return // a store that faulted before its chunk was mapped
	}
	old := goData(e.mem.PageFor(idx << memory.PageShift))
	if bytes.Equal(old, cur) {
		return
	}
	base := idx << memory.PageShift
	for off := 0; off < memory.PageSize; off += memory.LeafSize {
		if !bytes.Equal(old[off:off+memory.LeafSize], cur[off:off+memory.LeafSize]) {
			e.mem.SetBytes(base+uint32(off), cur[off:off+memory.LeafSize])
			old = goData(e.mem.PageAt(idx))
			// Code words here were marked special by the store that changed
			// them; they stay so (correct, and data is not executed).
		}
	}
	e.chunks[idx>>(chunkShift-memory.PageShift)][idx&(chunkPages-1)] = e.mem.PageAt(idx)
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
	var changed [2]uint64
	for l := range memory.PageSize / memory.LeafSize {
		if !bytes.Equal(src[l*memory.LeafSize:(l+1)*memory.LeafSize], dst[l*memory.LeafSize:(l+1)*memory.LeafSize]) {
			changed[l/64] |= 1 << (l % 64)
		}
	}
	// through unicorn, so that code translated from the page is dropped
	if err := e.mu.MemWrite(pageAddr(idx), src); err != nil {
		e.err = err
		return
	}
	if isCodePage(idx) {
		for l := range uint32(memory.PageSize / memory.LeafSize) {
			if changed[l/64]>>(l%64)&1 != 0 {
				e.classifyWords(idx, 8*l, 8*l+7)
			}
		}
	}
}

// afterSyscall brings unicorn up to date with what a syscall wrote (pages on
// the dirty list are compared), zeroed or mapped (pages dropped or regions
// changed: every mapped page's identity is checked).
func (e *Engine) afterSyscall(before syscallMark) {
	for _, gp := range e.mem.DirtyPages() {
		e.syncFromGo(gp.Index())
	}
	e.regions = before.regions
	if e.mem.PageCount() >= before.pages && slices.Equal(before.regions, e.mem.Regions()) {
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
