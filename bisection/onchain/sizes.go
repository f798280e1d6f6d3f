package onchain

import (
	"fmt"

	"github.com/ethereum/go-ethereum/params"
)

// Input and output sizes (docs/dispute.md, "Input and output sizes").
// OpML.submit refuses an input longer than the deployment's maxInputBytes
// and an output longer than its maxOutputBytes. The input bound is what
// makes every accepted claim adjudicable: the step that reads a part of
// the input needs that part loaded with
// PreimageOracle.loadKeccak256PreimagePart, a transaction whose calldata
// holds the whole input (PreimageLoadGas), while a contract can submit an
// input of any length without paying for calldata.
const (
	// MaxInputBytesLimit is OpML.MAX_INPUT_BYTES, the largest maxInputBytes
	// a deployment may have: loading a part of such an input costs at most
	// PreimageLoadGas(64 KiB) = 2,646,440 gas, a sixth of EIP-7825's
	// per-transaction cap, in a transaction half the size go-ethereum's
	// pool accepts (128 KiB).
	MaxInputBytesLimit = 64 << 10
	// DefaultMaxInputBytes is the maxInputBytes of a deployment that does
	// not say (DeployParams, challenger deploy) and the input bound of the
	// AI EVM's precompile: 32 KiB, a llama prompt of 8,191 tokens; loading a
	// part costs at most 1,335,720 gas.
	DefaultMaxInputBytes = 32 << 10
	// MaxOutputBytesLimit is OpML.MAX_OUTPUT_BYTES: the output is stored
	// and emitted, and a submit of a MaxInputBytesLimit input with a
	// MaxOutputBytesLimit output costs under half the cap
	// (TestSubmitSizes).
	MaxOutputBytesLimit = 8 << 10
	// DefaultMaxOutputBytes is the maxOutputBytes of a deployment that does
	// not say and the output bound of the AI EVM's precompile: 4 KiB, 1,024
	// llama tokens.
	DefaultMaxOutputBytes = 4 << 10
)

// preimageLoadCalldata is the calldata of loadKeccak256PreimagePart besides
// the preimage's own (zero-padded) words: the selector, partOffset, and the
// bytes argument's offset and length.
const preimageLoadCalldata = 4 + 3*32

// PreimageLoadGas bounds the gas of a transaction that loads one part of a
// keccak256 preimage of n bytes (PreimageOracle.loadKeccak256PreimagePart,
// the whole preimage in its calldata), as the project's chains price it
// (Osaka: EIP-7623's calldata floor of 10 gas a token, a non-zero byte 4
// tokens), counting every calldata byte as non-zero. Above a few KiB the
// floor exceeds the transaction's standard price (16 gas a calldata byte
// plus copying, hashing and three storage writes), so the floor is what the
// transaction pays: TestInputLoadGas measures it on the EVM.
func PreimageLoadGas(n uint64) uint64 {
	words := (n + 31) / 32
	return params.TxGas + params.TxCostFloorPerToken*params.TxTokenPerNonZeroByte*(preimageLoadCalldata+32*words)
}

// checkSizes checks a deployment's size bounds as OpML's constructor does.
func checkSizes(maxInput, maxOutput uint64) error {
	if maxInput == 0 || maxInput > MaxInputBytesLimit {
		return fmt.Errorf("max input bytes %d: want 1 to %d (OpML.MAX_INPUT_BYTES: the step that reads a part of the input loads the whole input in one transaction)",
			maxInput, MaxInputBytesLimit)
	}
	if maxOutput == 0 || maxOutput > MaxOutputBytesLimit {
		return fmt.Errorf("max output bytes %d: want 1 to %d (OpML.MAX_OUTPUT_BYTES)", maxOutput, MaxOutputBytesLimit)
	}
	return nil
}

// CheckSizes says whether OpML.submit of this deployment accepts an input
// and an output of these lengths, and if not why.
func (cfg Config) CheckSizes(input, output int) error {
	if uint64(input) > cfg.MaxInputBytes {
		return fmt.Errorf("the input has %d bytes, the deployment accepts at most %d (maxInputBytes)", input, cfg.MaxInputBytes)
	}
	if uint64(output) > cfg.MaxOutputBytes {
		return fmt.Errorf("the output has %d bytes, the deployment accepts at most %d (maxOutputBytes)", output, cfg.MaxOutputBytes)
	}
	return nil
}
