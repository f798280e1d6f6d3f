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
// ahead of store; nil ones are skipped, as for a claim whose address names
// no model) and store (which may be nil).
func (c Claim) Host(store *oracle.Store, models ...*oracle.Model) *oracle.Host {
	h := oracle.NewHost(store)
	for i, v := range c.LocalData() {
		h.SetLocal(i, v[:])
	}
	h.AddKeccak(c.Input)
	for _, m := range models {
		if m != nil {
			h.AddModel(m)
		}
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

// Engine makes a runner for a VM, and a function that releases it (or
// nil); unicorn.Start is one.
type Engine func(vm *mipsevm.VM) (run func(n uint64) error, closeFn func(), err error)

// RunOptions are the optional settings of Run.
type RunOptions struct {
	MaxSteps uint64    // stop after this many steps (0: no limit)
	Stderr   io.Writer // the program's diagnostics (nil: discarded)
	Engine   Engine    // nil: the Go interpreter
	// Progress, when set, is called every ProgressEvery steps (default
	// 1<<26) with the step counter; returning an error (a cancelled
	// context, say) stops the run with that error.
	Progress      func(step uint64) error
	ProgressEvery uint64
}

// Run runs the program from state s with oracle host until it exits or
// opts.MaxSteps steps have passed.
func Run(s *mipsevm.State, host mipsevm.PreimageOracle, opts RunOptions) (Result, error) {
	var out capture
	vm := mipsevm.NewVM(s, host, &out, opts.Stderr)
	run := Runner(vm.Run)
	if opts.Engine != nil {
		r, closeFn, err := opts.Engine(vm)
		if err != nil {
			return Result{}, err
		}
		if closeFn != nil {
			defer closeFn()
		}
		run = r
	}
	end := ^uint64(0)
	if opts.MaxSteps != 0 {
		end = s.Step + opts.MaxSteps
	}
	every := opts.ProgressEvery
	if every == 0 {
		every = 1 << 26
	}
	for !s.Exited && s.Step < end {
		var n uint64 // 0: to the end
		if opts.MaxSteps != 0 {
			n = end - s.Step
		}
		if opts.Progress != nil && (n == 0 || n > every) {
			n = every
		}
		if err := run(n); err != nil {
			return Result{}, fmt.Errorf("run claim-checking program at step %d: %w", s.Step, err)
		}
		if opts.Progress != nil && !s.Exited {
			if err := opts.Progress(s.Step); err != nil {
				return Result{}, err
			}
		}
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
