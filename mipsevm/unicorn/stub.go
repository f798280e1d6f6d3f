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
