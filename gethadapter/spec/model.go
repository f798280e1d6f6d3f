package spec

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/plan"
)

// Sizes are the input and output bounds of the opML deployment a chain's
// results go to (its maxInputBytes and maxOutputBytes): a call whose claim
// OpML.submit would not take is refused, since no dispute could settle it.
type Sizes struct{ Input, Output uint64 }

// Check refuses a call whose claim OpML would not take.
func (s Sizes) Check(c Call) error {
	if uint64(len(c.Input)) > s.Input {
		return fmt.Errorf("model %s: opML could not adjudicate this call: input_data is %d bytes, an opML claim's input at most %d",
			ModelString(c.Model), len(c.Input), s.Input)
	}
	if c.OutputSize > s.Output {
		return fmt.Errorf("model %s: opML could not adjudicate this call: output_size is %d, an opML claim's output at most %d bytes",
			ModelString(c.Model), c.OutputSize, s.Output)
	}
	return nil
}

// Model is what the precompile knows of one model before running it: its
// shape and, under bounds, which plans fit them. It is safe for concurrent
// use.
type Model struct {
	Shape Shape
	Fit   *Fit // nil: no bounds
}

// Load parses file, the bytes of the model at address addr (which the
// caller has verified), and reads its shape; with bounds, it prepares the
// fit. It returns the engine's model too, for a caller that runs it. Its
// errors are refusals, the same on every node: they name the model, never
// the host.
func Load(addr [32]byte, file []byte, bounds *plan.Bounds) (models.Model, *Model, error) {
	m, arch, err := models.Load(file)
	if err != nil {
		return nil, nil, fmt.Errorf("model %s cannot be loaded: %w", ModelString(addr), err)
	}
	sh, err := ShapeOf(file, m, arch)
	if err != nil {
		return nil, nil, fmt.Errorf("model %s: %w", ModelString(addr), err)
	}
	l := &Model{Shape: sh}
	if bounds != nil {
		l.Fit = NewFit(file, *bounds)
	}
	return m, l, nil
}

// Accept is what the precompile refuses of a call on this model: an input
// that does not fit the model's shape, an output_size it does not produce,
// or, with bounds, a plan that does not fit them. It returns the call's
// work, for GasFor.
func (m *Model) Accept(c Call) (uint64, error) {
	work, err := CheckCall(m.Shape, c)
	if err != nil {
		return 0, err
	}
	if m.Fit != nil {
		if err := m.Fit.Check(m.Shape, c.Input); err != nil {
			return 0, fmt.Errorf("model %s: opML could not adjudicate this call: %w", ModelString(c.Model), err)
		}
	}
	return work, nil
}
