// Package claim is an opML claim — "this model, on this input, outputs
// these bytes" — and how the fraud-proof VM is set up to check one: the
// absolute prestate of the claim-checking program (ggml-mips/cmd/inference),
// and the preimage oracle that hands the program the claim's local data,
// its input and its model. Everything that plays a dispute (bisection, the
// CLIs, tests) starts a claim's VM run here, so all of them agree on it.
package claim

import (
	"fmt"
	"io"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// Claim is a claimed inference result.
type Claim struct {
	Model  oracle.Address // the model's address (see package oracle)
	Input  []byte         // the input bytes, in the model's encoding
	Output []byte         // the claimed output bytes
}

// InputHash is keccak256 of the input: the input's preimage key without the
// type byte, and the claim's local datum protocol.LocalInputHash.
func (c Claim) InputHash() [32]byte { return crypto.Keccak256Hash(c.Input) }

// OutputHash is keccak256 of the claimed output: local datum
// protocol.LocalOutputHash, which the program compares with its own result.
func (c Claim) OutputHash() [32]byte { return crypto.Keccak256Hash(c.Output) }

// LocalData is the claim's local data, by local key index: what the
// dispute game binds to the claim through the oracle's local context.
func (c Claim) LocalData() map[uint64][32]byte {
	return map[uint64][32]byte{
		protocol.LocalModel:      c.Model,
		protocol.LocalInputHash:  c.InputHash(),
		protocol.LocalOutputHash: c.OutputHash(),
	}
}

// Host returns the preimage oracle for checking the claim: its local data,
// its input as a keccak256 preimage, and committed data from models (added
// ahead of store) and store (which may be nil).
func (c Claim) Host(store *oracle.Store, models ...*oracle.Model) *oracle.Host {
	h := oracle.NewHost(store)
	for i, v := range c.LocalData() {
		h.SetLocal(i, v[:])
	}
	h.AddKeccak(c.Input)
	for _, m := range models {
		h.AddModel(m)
	}
	return h
}

// Prestate loads the claim-checking program's ELF image into its initial VM
// state: the absolute prestate, the same for every claim (the claim reaches
// the program only through the oracle).
func Prestate(elf []byte) (*mipsevm.State, error) {
	s, err := program.Load(elf)
	if err != nil {
		return nil, fmt.Errorf("claim-checking program: %w", err)
	}
	return s, nil
}

// Result is how a run of the claim-checking program ended.
type Result struct {
	Steps    uint64
	Status   mipsevm.Status
	ExitCode uint8
	Output   []byte // what the program wrote to stdout: its inference output
	Fault    *mipsevm.Fault
}

// Valid reports whether the run accepts the claim: a valid exit with
// protocol.ExitMatch.
func (r Result) Valid() bool {
	return r.Status == mipsevm.StatusValid && r.ExitCode == protocol.ExitMatch
}

// String describes the result for logs.
func (r Result) String() string {
	if r.Fault != nil {
		return fmt.Sprintf("%d steps, %v: %v", r.Steps, r.Status, r.Fault)
	}
	return fmt.Sprintf("%d steps, exit %d (%s)", r.Steps, r.ExitCode, protocol.ExitMeaning(int(r.ExitCode)))
}

// Runner advances a VM by up to n steps (0: to the end): the Go
// interpreter's (*mipsevm.VM).Run, or a faster engine with the same
// semantics.
type Runner func(n uint64) error

// Run runs the program from state s with oracle host until it exits or
// maxSteps steps have passed (0: no limit), with the interpreter unless
// newRunner gives another engine for the VM (it may return a close
// function, or nil). stderr receives the program's diagnostics (nil
// discards them).
func Run(s *mipsevm.State, host mipsevm.PreimageOracle, maxSteps uint64, stderr io.Writer,
	newRunner func(*mipsevm.VM) (Runner, func(), error)) (Result, error) {
	var out capture
	vm := mipsevm.NewVM(s, host, &out, stderr)
	run := Runner(vm.Run)
	if newRunner != nil {
		r, closeFn, err := newRunner(vm)
		if err != nil {
			return Result{}, err
		}
		if closeFn != nil {
			defer closeFn()
		}
		run = r
	}
	if err := run(maxSteps); err != nil {
		return Result{}, fmt.Errorf("run claim-checking program at step %d: %w", s.Step, err)
	}
	return Result{Steps: s.Step, Status: s.Status(), ExitCode: s.ExitCode, Output: out.b, Fault: vm.Fault()}, nil
}

// capture keeps what the program writes, up to a bound, so a runaway
// program cannot exhaust the host's memory.
type capture struct{ b []byte }

const maxOutput = 64 << 20

func (c *capture) Write(p []byte) (int, error) {
	if room := maxOutput - len(c.b); room > 0 {
		c.b = append(c.b, p[:min(len(p), room)]...)
	}
	return len(p), nil
}
