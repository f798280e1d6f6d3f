package contracts_test

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/axonum/opml/internal/testprograms"

	"github.com/axonum/opml/mipsevm"
)

// gasStats collects the gas MIPS.step used per instruction class.
type gasStats map[string][]uint64

func (g gasStats) add(class string, gas uint64) { g[class] = append(g[class], gas) }

func (g gasStats) table() string {
	classes := make([]string, 0, len(g))
	for c := range g {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-16s %8s %8s %8s %8s %8s\n", "class", "steps", "min", "median", "mean", "max")
	for _, c := range classes {
		v := g[c]
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		var sum uint64
		for _, x := range v {
			sum += x
		}
		fmt.Fprintf(&b, "%-16s %8d %8d %8d %8.0f %8d\n", c, len(v), v[0], v[len(v)/2], float64(sum)/float64(len(v)), v[len(v)-1])
	}
	return b.String()
}

// classOf names the instruction class of a witness's step.
func classOf(w *mipsevm.Witness) string {
	insn := insnOf(w)
	op := insn >> 26
	switch {
	case len(w.ThreadProof) > 0:
		return "thread switch"
	case w.HasPreimage:
		return "preimage read"
	case op == 0 && insn&63 == 0x0c:
		if len(w.ProofData) > 28*32 {
			return "syscall+memory"
		}
		return "syscall"
	case op == 0 && (insn&63 == 0x08 || insn&63 == 0x09), op == 1 && (insn>>16)&31 < 8, op == 1 && (insn>>16)&31 >= 16, op >= 2 && op <= 7, op >= 20 && op <= 23:
		return "branch/jump"
	case op >= 32 && op <= 38 || op == 48:
		return "load"
	case op >= 40 && op <= 46 || op == 56:
		return "store"
	}
	return "alu"
}

// TestGasPerClass measures MIPS.step's execution gas (no intrinsic or
// calldata cost) per instruction class over every step of the assembly
// programs and the C hello program, preimage reads, and the thread switches
// of the Go hello program. It fails if an ALU step costs more than 60,000.
//
//	go test ./contracts -run TestGasPerClass -v
func TestGasPerClass(t *testing.T) {
	c := newChain(t)
	stats := gasStats{}
	run := func(path string, every uint64) {
		s, vmach := load(t, path)
		for !s.Exited {
			if every > 1 && !isSyscall(s) && (s.Step+1)%mipsevm.TimeSlice != 0 && s.Step%every != 0 {
				vmach.Step(false)
				continue
			}
			w, gas := c.checkStep(t, vmach)
			stats.add(classOf(w), gas)
		}
	}
	for _, p := range testprograms.All(t, "asm") {
		run(p, 1)
	}
	run(testprograms.Find(t, "c", "hello"), 1)
	run(testprograms.Find(t, "go", "hello"), 97)
	// Preimage reads (each a first, cold, read of the oracle's storage).
	value := make([]byte, 200)
	for i := range value {
		value[i] = byte(i)
	}
	key := mipsevm.Keccak256Key(value)
	o := &testOracle{preimages: map[[32]byte][]byte{key: value}}
	s, vmach := newVM(o, syscalls(100)...)
	s.PreimageKey = key
	for i := 0; i < 50; i++ {
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, mipsevm.FdPreimageRead, 0x6000, 4
		w, gas := c.checkStep(t, vmach)
		stats.add(classOf(w), gas)
	}
	t.Log(stats.table())
	if alu := stats["alu"]; len(alu) == 0 || alu[len(alu)-1] > 60_000 {
		max := uint64(math.MaxUint64)
		if len(alu) > 0 {
			max = alu[len(alu)-1]
		}
		t.Errorf("an ALU step costs up to %d gas, the target is 60,000", max)
	}
}

// TestGasKernelArea measures MIPS.step's execution gas and proof size for
// the steps of the syscalls that keep their state in the kernel area: pipes
// and epoll (each call's first step, the further steps of a copy), brk
// (a query, a shrink, the rest of a leaf, zeroing blocks of every height
// while growing by 1 MiB + 100 bytes) and stdin reads (first and continued
// steps, at every alignment).
//
//	go test ./contracts -run TestGasKernelArea -v
func TestGasKernelArea(t *testing.T) {
	c := newChain(t)
	stats := gasStats{}
	proofs := map[string]int{}
	step := func(class string, s *mipsevm.State, vmach *mipsevm.VM) {
		w, gas := c.checkStep(t, vmach)
		stats.add(class, gas)
		proofs[class] = max(proofs[class], len(w.EncodeProof()))
	}
	const pb = mipsevm.ProgramBreak
	s, vmach := newVM(nil, syscallInsn, addiuT0)
	brk := func(x uint32, first, rest string) {
		s.PC, s.NextPC = codeAddr, codeAddr+4
		s.Registers[2], s.Registers[4] = mipsevm.SysBrk, x
		class := first
		for s.PC == codeAddr {
			step(class, s, vmach)
			class = rest
		}
	}
	brk(0, "brk query", "")
	brk(pb+5, "brk grow, first", "")
	brk(pb+(1<<20)+100, "brk grow, first", "brk grow, more")
	brk(pb+3, "brk shrink", "")

	in := make([]byte, 4000)
	s, vmach = newVM(nil, syscallInsn, addiuT0)
	s.Memory.SetBytes(mipsevm.StdinBase, in)
	s.Memory.SetWord(mipsevm.StdinLenWord, uint32(len(in)))
	for a := uint32(0); a < 4; a++ {
		s.PC, s.NextPC = codeAddr, codeAddr+4
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6] = mipsevm.SysRead, 0, 0x7000+a, 403
		for s.PC == codeAddr {
			class := "stdin read"
			if s.Registers[2] == mipsevm.SysReadMore {
				class = "stdin read, more"
			}
			step(class, s, vmach)
		}
	}
	// Pipes and epoll: each call's first step, and further steps of copies.
	s, vmach = newVM(nil, syscallInsn, addiuT0)
	s.Memory.SetBytes(0x5000, make([]byte, 512))
	call := func(name string, num, a0, a1, a2, a3 uint32) uint32 {
		s.PC, s.NextPC = codeAddr, codeAddr+4
		s.Registers[2], s.Registers[4], s.Registers[5], s.Registers[6], s.Registers[7] = num, a0, a1, a2, a3
		class := name
		for s.PC == codeAddr {
			step(class, s, vmach)
			class = name + ", more"
		}
		return s.Registers[2]
	}
	call("pipe2", mipsevm.SysPipe2, 0x6000, oNonblock, 0, 0)
	r, w := s.Memory.GetWord(0x6000), s.Memory.GetWord(0x6004)
	s.Memory.SetWord(0x6100, 1|1<<31)
	call("epoll_ctl add", mipsevm.SysEpollCtl, mipsevm.FdEpoll, epollCtlAdd, r, 0x6100)
	for a := uint32(0); a < 4; a++ {
		call("pipe write", mipsevm.SysWrite, w, 0x5000+a, 101, 0)
		call("epoll_pwait, an event", mipsevm.SysEpollPwait, mipsevm.FdEpoll, 0x6200, 8, 0)
		call("pipe read", mipsevm.SysRead, r, 0x7000+a, 101, 0)
	}
	call("epoll_pwait, none", mipsevm.SysEpollPwait, mipsevm.FdEpoll, 0x6200, 8, 0)
	call("fcntl F_SETFL", mipsevm.SysFcntl, w, 4, 0, 0)
	d := call("dup", mipsevm.SysDup, w, 0, 0, 0)
	call("close", mipsevm.SysClose, d, 0, 0, 0)
	call("close, last writer", mipsevm.SysClose, w, 0, 0, 0)
	t.Log(stats.table())
	for class, n := range proofs {
		t.Logf("%-18s largest proof %d bytes", class, n)
	}
}
