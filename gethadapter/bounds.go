package gethadapter

import (
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/ggml-mips/plan"
)

// The CLI's default two-phase deployment (spec.DefaultArity, ...).
const (
	DefaultArity      = spec.DefaultArity
	DefaultGraphDepth = spec.DefaultGraphDepth
	DefaultItemMACs   = spec.DefaultItemMACs
)

// DefaultBounds are the bounds of the CLI's default two-phase deployment
// (spec.DefaultBounds); the AI EVM chain (NewChain) uses them unless told
// otherwise.
func DefaultBounds() *plan.Bounds { return spec.DefaultBounds() }

// BoundsFor are the bounds of a two-phase deployment whose phase-1 trace
// has graphLength positions (spec.BoundsFor).
func BoundsFor(graphLength uint64) plan.Bounds { return spec.BoundsFor(graphLength) }

// CheckBounds says whether a claim of model (its GGUF bytes) on input could
// be adjudicated by a two-phase deployment with bounds b, and if not, why.
// A submitter calls it before posting a claim to OpML directly: OpML cannot
// compute a plan on chain, and a claim that does not fit is lost by its
// defender when challenged, however true. b.HeaderBytes and b.BlockBytes
// are ignored: the model's own header size and the node program's block
// size are used. It builds the plan's graphs (the cost grows with the
// prompt), and decides as the precompile does.
func CheckBounds(model, input []byte, b plan.Bounds) error {
	return spec.NewFit(model, b).Check(nil, input)
}
