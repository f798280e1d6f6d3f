package gethadapter

import (
	"fmt"

	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/ggml-mips/plan"
)

// The gas schedule of the inference precompile is package spec's
// (docs/design.md, "The inference precompile"):
//
//	gas = GasBase + GasPerByte·(len(input) + output_size) + ⌈work / WorkPerGas⌉
const (
	GasBase    = spec.GasBase
	GasPerByte = spec.GasPerByte
	WorkPerGas = spec.WorkPerGas
)

// BlockGasLimit is the AI EVM's default block gas limit (spec.BlockGasLimit).
const BlockGasLimit = spec.BlockGasLimit

// Gas is what a call of the precompile costs for the model file model, as
// the AI EVM chain's RequiredGas charges it (NewChain: DefaultBounds), or
// why Run would refuse the call (in which case the precompile charges
// GasBase). It loads the model but does not run it.
func Gas(model []byte, c Call) (uint64, error) {
	return GasWithin(model, c, DefaultBounds())
}

// GasWithin is Gas for a precompile with Options.Bounds = bounds (nil: no
// bounds) and the default size bounds.
func GasWithin(model []byte, c Call, bounds *plan.Bounds) (uint64, error) {
	if err := sizesOf(Options{}).Check(c.Spec()); err != nil {
		return GasBase, err
	}
	_, m, err := spec.Load(c.Model, model, bounds)
	if err != nil {
		return GasBase, fmt.Errorf("load model: %w", err)
	}
	work, err := m.Accept(c.Spec())
	if err != nil {
		return GasBase, err
	}
	return spec.GasFor(c.Spec(), work), nil
}
