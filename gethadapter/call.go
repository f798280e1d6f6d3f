// Package gethadapter is the Geth side of Axonum: the inference precompile
// that puts ML models into go-ethereum's EVM (a contract calls
// AILib.inference(model, input, outputSize) and the chain runs the model
// natively), its installation into a go-ethereum EVM or embedded node, and
// the adapter that hands every inference the chain executed to opML as a
// claim and reports which results opML finalized, still holds pending, or
// rejected. The precompile's consensus rules (call encoding, acceptance,
// gas) are in package spec, which the rollup's block program shares.
package gethadapter

import (
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/oracle"
)

// Address is where the inference precompile lives on the AI EVM
// (spec.Address).
var Address = spec.Address

// Call is one inference request: the precompile's input.
type Call struct {
	Model      oracle.Address
	Input      []byte
	OutputSize uint64
}

// Spec is c as package spec has it.
func (c Call) Spec() spec.Call {
	return spec.Call{Model: c.Model, Input: c.Input, OutputSize: c.OutputSize}
}

func fromSpec(c spec.Call) Call {
	return Call{Model: oracle.Address(c.Model), Input: c.Input, OutputSize: c.OutputSize}
}

// EncodeCall is the precompile's input for c: abi.encode(bytes32, bytes,
// uint256), what AILib.inference passes.
func EncodeCall(c Call) []byte { return spec.EncodeCall(c.Spec()) }

// DecodeCall parses the precompile's input strictly: it must be exactly the
// canonical encoding EncodeCall makes.
func DecodeCall(data []byte) (Call, error) {
	c, err := spec.DecodeCall(data)
	return fromSpec(c), err
}

// unpackCall decodes what go-ethereum's ABI decoder accepts as
// abi.encode(bytes32, bytes, uint256), canonical or not.
func unpackCall(data []byte) (Call, error) {
	c, err := spec.UnpackCall(data)
	return fromSpec(c), err
}
