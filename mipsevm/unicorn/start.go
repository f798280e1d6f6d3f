package unicorn

import "github.com/axonum/opml/mipsevm"

// Start creates an engine for vm and returns its Run and Close: the shape
// of the engine hooks that callers choosing an engine at run time take
// (claim.Engine, trace.Engine). Without unicorn in the build it returns
// ErrUnavailable.
func Start(vm *mipsevm.VM) (run func(n uint64) error, closeFn func(), err error) {
	e, err := New(vm)
	if err != nil {
		return nil, nil, err
	}
	return e.Run, e.Close, nil
}

// StartAuto is Start for an adaptive runner (NewAuto): the faster engine
// for the program, or the interpreter in a build without unicorn.
func StartAuto(vm *mipsevm.VM) (run func(n uint64) error, closeFn func(), err error) {
	a, err := NewAuto(vm)
	if err != nil {
		return nil, nil, err
	}
	return a.Run, a.Close, nil
}
