package mipsevm

import (
	"encoding/binary"
	"fmt"
	"io"

	"github.com/axonum/opml/mipsevm/memory"
)

// Fault describes why the guest stopped with status panic.
type Fault struct {
	PC     uint32
	Insn   uint32
	Step   uint64 // the step that faulted
	Reason string
}

func (f *Fault) Error() string {
	return fmt.Sprintf("guest fault at step %d, pc %#08x, instruction %#08x (%s): %s", f.Step, f.PC, f.Insn, Disassemble(f.Insn), f.Reason)
}

// VM runs a State. It owns the host side of the guest's I/O: standard output,
// the preimage oracle, and (when proving) the witness being built.
type VM struct {
	state  *State
	mem    *memory.Memory
	oracle PreimageOracle
	stdout io.Writer
	stderr io.Writer

	// the page instructions were last fetched from
	codeIdx  uint32
	codePage *memory.Page

	proving  bool
	witness  *Witness
	switched bool // this step has switched threads

	lastFault *Fault
	// preimage cache for the current key: the value with its length prefix
	preimageKey [32]byte
	preimage    []byte
	hint        []byte // partial hint being received
}

// NewVM prepares a state for running. oracle may be nil for programs that do
// not use the preimage oracle; stdout and stderr may be nil to discard output.
func NewVM(state *State, oracle PreimageOracle, stdout, stderr io.Writer) *VM {
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	if oracle == nil {
		oracle = noOracle{}
	}
	return &VM{state: state, mem: state.Memory, oracle: oracle, stdout: stdout, stderr: stderr, codeIdx: ^uint32(0)}
}

// State is the state being run; it changes as the VM steps.
func (vm *VM) State() *State { return vm.state }

// Fault returns why the guest faulted, or nil.
func (vm *VM) Fault() *Fault { return vm.lastFault }

func (vm *VM) fetch(pc uint32) uint32 {
	if vm.proving {
		vm.witness.addMemProof(vm.mem, pc&^3, 0)
	}
	idx := pc >> memory.PageShift
	if idx != vm.codeIdx {
		p := vm.mem.PageFor(pc)
		if p == nil {
			return 0
		}
		vm.codeIdx, vm.codePage = idx, p
	}
	off := pc & (memory.PageSize - 4)
	return binary.BigEndian.Uint32(vm.codePage.Data[off : off+4])
}

func (vm *VM) load(addr uint32) uint32 {
	if vm.proving {
		vm.witness.addLoadProof(vm.mem, addr)
	}
	return vm.mem.GetWord(addr)
}

func (vm *VM) store(addr uint32, v uint32) {
	if vm.proving {
		vm.witness.addStoreProof(vm.mem, addr)
	}
	vm.mem.SetWord(addr, v)
}

// readNode reads the node of height h covering addr: the root of the
// aligned block of 32 << h bytes there (witness: its node proof).
func (vm *VM) readNode(addr uint32, h int) [32]byte {
	if vm.proving {
		vm.witness.addMemProof(vm.mem, addr, h)
	}
	return vm.mem.Node(addr, h)
}

// storeLeaf writes the 32-byte leaf at addr, which must be 32-byte aligned
// (witness: its leaf proof, never shared with a load).
func (vm *VM) storeLeaf(addr uint32, leaf [32]byte) {
	if vm.proving {
		vm.witness.addMemProof(vm.mem, addr, 0)
	}
	vm.mem.SetBytes(addr, leaf[:])
}

// fault stops the guest with status panic, keeping pc at the instruction.
func (vm *VM) fault(pc, insn uint32, format string, args ...any) {
	s := vm.state
	s.Exited = true
	s.ExitCode = FaultExitCode
	s.Step++
	vm.lastFault = &Fault{PC: pc, Insn: insn, Step: s.Step - 1, Reason: fmt.Sprintf(format, args...)}
}

func (vm *VM) invalid(pc, insn uint32) {
	vm.fault(pc, insn, "invalid or unsupported instruction")
}

// Run executes up to maxSteps steps (0: no limit) or until the guest exits,
// without witnesses. It returns a host error only (a missing preimage);
// how the guest ended is in the state.
func (vm *VM) Run(maxSteps uint64) error {
	s := vm.state
	if maxSteps == 0 {
		for !s.Exited {
			if err := vm.step(); err != nil {
				return err
			}
		}
		return nil
	}
	for end := s.Step + maxSteps; s.Step < end && !s.Exited; {
		if err := vm.step(); err != nil {
			return err
		}
	}
	return nil
}

// RunTo runs until the step counter reaches step or the guest exits.
func (vm *VM) RunTo(step uint64) error {
	if step <= vm.state.Step {
		return nil
	}
	return vm.Run(step - vm.state.Step)
}

// Step executes one instruction. With proof, it returns the witness that
// the on-chain verifier needs to replay it.
func (vm *VM) Step(proof bool) (*Witness, error) {
	if !proof {
		return nil, vm.step()
	}
	pre := vm.state.Encode()
	w := &Witness{State: pre}
	vm.proving, vm.witness = true, w
	err := vm.step()
	vm.proving, vm.witness = false, nil
	if err != nil {
		return nil, err
	}
	w.StateHash, _ = HashPacked(pre)
	return w, nil
}

type noOracle struct{}

func (noOracle) Hint([]byte) {}
func (noOracle) GetPreimage(key [32]byte) ([]byte, error) {
	return nil, fmt.Errorf("no preimage oracle: cannot supply key %x", key)
}
func (noOracle) GetCommitted(key [32]byte) (CommittedData, error) {
	return nil, fmt.Errorf("no preimage oracle: cannot supply committed data %x", key)
}
