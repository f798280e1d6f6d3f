// Package gethadapter is the Geth side of Axonum: the inference precompile
// that puts ML models into go-ethereum's EVM (a contract calls
// AILib.inference(model, input, outputSize) and the chain runs the model
// natively), its installation into a go-ethereum EVM or embedded node, and
// the adapter that hands every inference the chain executed to opML as a
// claim and reports which results opML finalized, still holds pending, or
// rejected.
package gethadapter

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Address is where the inference precompile lives on the AI EVM: far from
// Ethereum's own precompiles (0x01–0x11, 0x100), so no fork will take it.
var Address = common.HexToAddress("0x00000000000000000000000000000000000a1000")

// Call is one inference request: the precompile's input.
type Call struct {
	Model      oracle.Address
	Input      []byte
	OutputSize uint64
}

var callArgs = func() abi.Arguments {
	b32, _ := abi.NewType("bytes32", "", nil)
	bs, _ := abi.NewType("bytes", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	return abi.Arguments{{Name: "model_address", Type: b32}, {Name: "input_data", Type: bs}, {Name: "output_size", Type: u256}}
}()

// maxOutputSize bounds output_size; a model's output is far smaller.
const maxOutputSize = 1 << 24

// EncodeCall is the precompile's input for c: abi.encode(bytes32, bytes,
// uint256), what AILib.inference passes.
func EncodeCall(c Call) []byte {
	b, err := callArgs.Pack([32]byte(c.Model), c.Input, new(big.Int).SetUint64(c.OutputSize))
	if err != nil {
		panic(err) // the types are fixed
	}
	return b
}

// DecodeCall parses the precompile's input strictly: it must be exactly the
// canonical encoding EncodeCall makes.
func DecodeCall(data []byte) (Call, error) {
	c, err := unpackCall(data)
	if err != nil {
		return Call{}, err
	}
	if string(EncodeCall(c)) != string(data) {
		return Call{}, errors.New("malformed input: not the canonical abi.encode(bytes32, bytes, uint256) (extra or non-zero padding bytes)")
	}
	return c, nil
}

// unpackCall decodes what go-ethereum's ABI decoder accepts as
// abi.encode(bytes32, bytes, uint256), canonical or not, with output_size
// within maxOutputSize.
func unpackCall(data []byte) (Call, error) {
	vals, err := callArgs.Unpack(data)
	if err != nil {
		return Call{}, fmt.Errorf("malformed input: want abi.encode(bytes32 model_address, bytes input_data, uint256 output_size): %v", err)
	}
	size := vals[2].(*big.Int)
	if !size.IsUint64() || size.Uint64() > maxOutputSize {
		return Call{}, fmt.Errorf("output_size %v is too large", size)
	}
	return Call{Model: oracle.Address(vals[0].([32]byte)), Input: vals[1].([]byte), OutputSize: size.Uint64()}, nil
}
