// Package blockprog is the rollup's Geth-side fault-proof program: it
// re-executes one L2 block with go-ethereum's own block processing,
// statelessly, reading its inputs, the parent state's trie nodes, contract
// code and ancestor headers as preimages from an Oracle, and checks a
// claimed output root. The same code runs natively (with an in-process
// oracle) and inside the MIPS VM (rollup/cmd/blockprog, with the VM's
// preimage oracle), so both give the same answer. See docs/rollup.md.
package blockprog

// Local data of a block claim: oracle local keys.
const (
	// LocalParentOutput is the agreed output root of the parent block (32
	// bytes): in a dispute, the parent proposal's root on L1 (the L2
	// genesis output for block 1). Its keccak256 preimage is the parent's
	// rollup.Output (Encode), whose block hash names the parent header,
	// whose keccak256 preimage is the header's RLP.
	LocalParentOutput   = 1
	LocalAttributesHash = 2 // keccak256 of the RLP of the block's rollup.Attributes (32 bytes)
	LocalClaimedOutput  = 3 // the claimed word: rollup.ClaimedWord of the output root after the block and the inference keys it reads (32 bytes)
	LocalChainID        = 4 // the L2 chain id (8 bytes, big-endian)
)

// Exit codes. A claimed output root is valid only if the program exits
// with ExitMatch; every other code, including the Go runtime's 2 on a
// panic, rejects it.
const (
	ExitMatch     = 0 // the computed word (output root and inference keys) is the claimed one
	ExitMismatch  = 1 // the block executed, and its word is another
	ExitBadInputs = 3 // a local datum, the parent output, the parent header or the attributes are missing or malformed, or the parent output and header disagree
	ExitNoState   = 4 // a trie node, code, header, model or inference result the execution needs could not be read
	// ExitBadBlock: the parent state cannot carry a block (its system
	// contracts fail). Never a batch's content: rollup.Build gives every
	// batch a block.
	ExitBadBlock = 5
)

// Hints the program sends before reading a keccak256 preimage, naming
// what it is and its full hash (the oracle key replaces the hash's first
// byte by the key type, so the hint is how a host that fetches on demand
// learns the whole hash).
const (
	HintOutput     = "l2-output"     // an L2 output (rollup.Output.Encode), by its output root
	HintHeader     = "l2-header"     // an L2 block header (RLP), by block hash
	HintAttributes = "l2-attributes" // a block's attributes (RLP), by their hash
	HintStateNode  = "l2-state-node" // a state or storage trie node, by its hash
	HintCode       = "l2-code"       // contract code, by its hash
	// HintInference precedes the read of an inference result; its
	// argument is the 72 bytes the key hashes (model ‖ keccak256(input) ‖
	// uint64be(output_size)), in hex.
	HintInference = "l2-inference"
)

// ExitMeaning describes an exit code for logs.
func ExitMeaning(code int) string {
	switch code {
	case ExitMatch:
		return "output root and inferences match the claim"
	case ExitMismatch:
		return "output root or inferences differ from the claim"
	case 2:
		return "Go runtime panic"
	case ExitBadInputs:
		return "block claim inputs missing or malformed"
	case ExitNoState:
		return "parent state, code or header unavailable"
	case ExitBadBlock:
		return "the parent state's system calls fail"
	}
	return "unknown exit code"
}
