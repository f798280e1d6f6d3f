//go:build !cgo || nounicorn

// Package unicorn would fast-forward the MIPS VM on unicorn; this build has
// no cgo (or was built with the nounicorn tag), so it only reports that.
package unicorn

import (
	"errors"

	"github.com/axonum/opml/mipsevm"
)

// Available reports whether this build has the unicorn engine.
const Available = false

// ErrUnavailable is returned by everything in a build without unicorn.
var ErrUnavailable = errors.New("unicorn engine not available (built without cgo or with the nounicorn tag)")

// Engine is not available in this build.
type Engine struct{}

// New reports that the engine is not available.
func New(vm *mipsevm.VM) (*Engine, error) { return nil, ErrUnavailable }

// Run reports that the engine is not available.
func (e *Engine) Run(maxSteps uint64) error { return ErrUnavailable }

// Close does nothing.
func (e *Engine) Close() {}

// Run reports that the engine is not available.
func Run(vm *mipsevm.VM, maxSteps uint64) error { return ErrUnavailable }

// Auto runs the interpreter in this build.
type Auto struct {
	vm *mipsevm.VM
	// Steps counts the steps each engine ran: [0] the interpreter, [1] unicorn.
	Steps [2]uint64
}

// NewAuto returns a runner that uses the interpreter.
func NewAuto(vm *mipsevm.VM) (*Auto, error) { return &Auto{vm: vm}, nil }

// Run runs the interpreter.
func (a *Auto) Run(maxSteps uint64) error {
	start := a.vm.State().Step
	err := a.vm.Run(maxSteps)
	a.Steps[0] += a.vm.State().Step - start
	return err
}

// Close does nothing.
func (a *Auto) Close() {}
