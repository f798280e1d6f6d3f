package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/axonum/opml/mipsevm"
)

// proofJSON is the witness of one step as the on-chain verifier takes it.
// Byte strings are 0x-prefixed hex.
type proofJSON struct {
	Step     uint64 `json:"step"`     // the step proven: the pre-state's step counter
	Pre      string `json:"pre"`      // packed pre-state
	PreHash  string `json:"preHash"`  // hash of the pre-state
	PostHash string `json:"postHash"` // hash of the state after the step
	// Proof is the concatenated memory proofs, instruction fetch first.
	Proof string `json:"proof"`
	// ThreadProof is present when the step resumes a waiting thread: that
	// thread's packed context and the root of the stack below it.
	ThreadProof string `json:"threadProof,omitempty"`
	// Preimage is present when the step reads from the preimage oracle.
	Preimage *preimageJSON `json:"preimage,omitempty"`
}

// preimageJSON is the part of a preimage a step reads.
type preimageJSON struct {
	Key    string `json:"key"`
	Value  string `json:"value"` // the whole preimage, without length prefix
	Offset uint32 `json:"offset"`
}

// proveStep executes the next step of the VM's state with witness
// generation and returns the witness.
func proveStep(vm *mipsevm.VM) (*proofJSON, error) {
	s := vm.State()
	if s.Exited {
		return nil, fmt.Errorf("the guest has already exited (step %d, exit code %d): there is no next step to prove", s.Step, s.ExitCode)
	}
	step := s.Step
	w, err := vm.Step(true)
	if err != nil {
		return nil, fmt.Errorf("step %d: %w", step, err)
	}
	post := s.Hash()
	p := &proofJSON{
		Step:     step,
		Pre:      hex0x(w.State),
		PreHash:  hex0x(w.StateHash[:]),
		PostHash: hex0x(post[:]),
		Proof:    hex0x(w.ProofData),
	}
	if len(w.ThreadProof) > 0 {
		p.ThreadProof = hex0x(w.ThreadProof)
	}
	if w.HasPreimage {
		p.Preimage = &preimageJSON{Key: hex0x(w.PreimageKey[:]), Value: hex0x(w.PreimageValue), Offset: w.PreimageOffset}
	}
	return p, nil
}

// encode renders the witness as indented JSON ending in a newline.
func (p *proofJSON) encode() []byte {
	b, _ := json.MarshalIndent(p, "", "  ") // plain strings and numbers: cannot fail
	return append(b, '\n')
}

// writeProof writes the witness to path, or to w when path is empty.
func writeProof(p *proofJSON, path string, w io.Writer) error {
	if path == "" {
		_, err := w.Write(p.encode())
		return err
	}
	if err := writeFile(path, p.encode()); err != nil {
		return fmt.Errorf("write proof: %w", err)
	}
	return nil
}
