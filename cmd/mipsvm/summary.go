package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/axonum/opml/mipsevm"
)

// runResult is how a run ended, as mipsvm run --json prints it.
type runResult struct {
	Step     uint64 `json:"step"`     // the final step counter
	Hash     string `json:"hash"`     // the final state hash, 0x-hex
	Status   string `json:"status"`   // valid, invalid, panic or unfinished
	Exited   bool   `json:"exited"`   // whether the guest exited
	ExitCode uint8  `json:"exitCode"` // the guest's exit code (255 after a fault)
	Stopped  bool   `json:"stopped"`  // the run ended at --stop-at
	Fault    string `json:"fault,omitempty"`
}

func newRunResult(vm *mipsevm.VM, stopped bool) runResult {
	s := vm.State()
	h := s.Hash()
	r := runResult{
		Step: s.Step, Hash: hex0x(h[:]), Status: s.Status().String(),
		Exited: s.Exited, ExitCode: s.ExitCode, Stopped: stopped,
	}
	if f := vm.Fault(); f != nil {
		r.Fault = f.Error()
	}
	return r
}

// writeJSON prints the result as one line of JSON.
func (r runResult) writeJSON(w io.Writer) error {
	return json.NewEncoder(w).Encode(r)
}

// writeText prints the result for people.
func (r runResult) writeText(w io.Writer) {
	fmt.Fprintf(w, "step:      %d\n", r.Step)
	fmt.Fprintf(w, "hash:      %s\n", r.Hash)
	fmt.Fprintf(w, "status:    %s\n", r.Status)
	switch {
	case r.Exited:
		fmt.Fprintf(w, "exit code: %d\n", r.ExitCode)
	case r.Stopped:
		fmt.Fprintf(w, "exit code: none (stopped at --stop-at before the guest exited)\n")
	}
	if r.Fault != "" {
		fmt.Fprintf(w, "fault:     %s\n", r.Fault)
	}
}
