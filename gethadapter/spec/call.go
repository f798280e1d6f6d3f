// Package spec is the inference precompile's specification, the part of
// it that is consensus: the call's encoding, which calls are accepted, what
// a refusal says, and the gas schedule. The AI EVM node (gethadapter) and
// the rollup's block program (rollup/blockprog, which must charge the same
// gas and revert with the same data, or the state roots differ) both use
// it. It runs no model and imports nothing a guest program cannot hold.
package spec

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Address is where the inference precompile lives on the AI EVM: far from
// Ethereum's own precompiles (0x01–0x11, 0x100), so no fork will take it.
var Address = common.HexToAddress("0x00000000000000000000000000000000000a1000")

// Call is one inference request: the precompile's input. Model is a model
// address (package oracle's Address).
type Call struct {
	Model      [32]byte
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
	b, err := callArgs.Pack(c.Model, c.Input, new(big.Int).SetUint64(c.OutputSize))
	if err != nil {
		panic(err) // the types are fixed
	}
	return b
}

// DecodeCall parses the precompile's input strictly: it must be exactly the
// canonical encoding EncodeCall makes.
func DecodeCall(data []byte) (Call, error) {
	c, err := UnpackCall(data)
	if err != nil {
		return Call{}, err
	}
	if string(EncodeCall(c)) != string(data) {
		return Call{}, errors.New("malformed input: not the canonical abi.encode(bytes32, bytes, uint256) (extra or non-zero padding bytes)")
	}
	return c, nil
}

// UnpackCall decodes what go-ethereum's ABI decoder accepts as
// abi.encode(bytes32, bytes, uint256), canonical or not, with output_size
// within maxOutputSize.
func UnpackCall(data []byte) (Call, error) {
	vals, err := callArgs.Unpack(data)
	if err != nil {
		return Call{}, fmt.Errorf("malformed input: want abi.encode(bytes32 model_address, bytes input_data, uint256 output_size): %v", err)
	}
	size := vals[2].(*big.Int)
	if !size.IsUint64() || size.Uint64() > maxOutputSize {
		return Call{}, fmt.Errorf("output_size %v is too large", size)
	}
	return Call{Model: vals[0].([32]byte), Input: vals[1].([]byte), OutputSize: size.Uint64()}, nil
}

// ModelString is how refusals name a model: 0x and 64 hex digits (what
// oracle.Address.String gives).
func ModelString(m [32]byte) string { return "0x" + hex.EncodeToString(m[:]) }

// KeyTypeCommitted is byte 0 of every model address (the VM's committed
// key type).
const KeyTypeCommitted = 3

// ErrNotModelAddress is wrapped by CheckModel's errors; its text is
// oracle.ErrNotModelAddress's.
var ErrNotModelAddress = errors.New("not a model address")

// CheckModel is nil if m can name a model, else the refusal: what
// oracle.Address.Check says (a test compares them), since the VM maps a
// model by exactly its address.
func CheckModel(m [32]byte) error {
	if m[0] == KeyTypeCommitted {
		return nil
	}
	return fmt.Errorf("%s: %w: byte 0 is 0x%02x, a model address starts with 0x%02x (the VM's committed key type)",
		ModelString(m), ErrNotModelAddress, m[0], byte(KeyTypeCommitted))
}

// errorArgs is the argument list of Solidity's Error(string).
var errorArgs = func() abi.Arguments {
	s, _ := abi.NewType("string", "", nil)
	return abi.Arguments{{Type: s}}
}()

// errorSelector is the selector of Error(string), 0x08c379a0.
var errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0}

// RevertData is the revert data for reason: the ABI encoding of
// Error("inference: " + reason), as Solidity's revert(string) makes it.
func RevertData(reason string) []byte {
	b, err := errorArgs.Pack("inference: " + reason)
	if err != nil {
		panic(err) // a string always packs
	}
	return append(append([]byte{}, errorSelector...), b...)
}
