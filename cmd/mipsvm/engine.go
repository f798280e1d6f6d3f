package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/unicorn"
)

// executor runs the VM at full speed between the steps where run acts. Both
// engines leave exactly the same state after the same number of steps.
type executor interface {
	Run(maxSteps uint64) error
}

// newExecutor picks the engine named by --engine: "go" (the interpreter),
// "unicorn" (fast-forward on unicorn; hands syscalls, faults and thread
// switches to the interpreter), or "auto", which times both on stretches of
// the run and keeps the faster (unicorn.Auto; the interpreter in a build
// without unicorn): which one wins depends on the program (see
// docs/benchmarks.md).
func newExecutor(name string, vm *mipsevm.VM) (exec executor, used string, closeFn func(), err error) {
	noop := func() {}
	switch name {
	case "go":
		return vm, "go", noop, nil
	case "auto":
		if !unicorn.Available {
			return vm, "go", noop, nil
		}
		a, err := unicorn.NewAuto(vm)
		if err != nil {
			return nil, "", nil, fmt.Errorf("--engine auto: %w", err)
		}
		return a, "auto", a.Close, nil
	case "unicorn":
		e, err := unicorn.New(vm)
		if err != nil {
			return nil, "", nil, fmt.Errorf("--engine unicorn: %w", err)
		}
		return e, "unicorn", e.Close, nil
	}
	return nil, "", nil, fmt.Errorf("--engine %q: want go, unicorn or auto", name)
}
