package gethadapter

import "github.com/axonum/opml/gethadapter/spec"

// The schedule's internals under the names the tests here were written
// with (the code moved to package spec).
type fit = spec.Fit

var (
	shapeOf       = spec.ShapeOf
	newFit        = spec.NewFit
	newLlamaShape = spec.NewLlamaShape
	macCost       = spec.WorkPerMAC
	errOutputSize = spec.ErrOutputSize
)

const (
	blockGraphWork = spec.BlockGraphWork
	blockTokenWork = spec.BlockTokenWork
	softmaxWork    = spec.SoftmaxWork
)

func gasFor(c Call, work uint64) uint64 { return spec.GasFor(c.Spec(), work) }
