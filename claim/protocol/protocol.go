// Package protocol is the contract between the claim-checking program
// (ggml-mips/cmd/inference, running in the MIPS VM) and everything outside
// it: which oracle local keys hold the claim, where the model is mapped, and
// what the exit codes mean. It has no dependencies, so the guest program
// stays small.
package protocol

// Local data of a claim: oracle local keys, 32-byte values.
const (
	LocalModel      = 1 // the model address
	LocalInputHash  = 2 // keccak256 of the input bytes
	LocalOutputHash = 3 // keccak256 of the claimed output bytes
)

// Where the program maps the model, and the largest model that fits there
// (a model's tree must be aligned to its power-of-two size): the upper half
// of the code area, [0x1000_0000, 0x2000_0000), which nothing else uses (the
// ELF sits at its bottom; mmap and the Go heap live above 0x2000_0000). Not
// 0x8000_0000 and up: the unicorn engine runs the guest in kernel mode,
// where qemu maps kseg0/kseg1 onto low physical memory, so it hands every
// access there to the interpreter and model loads would run at interpreter
// speed (see docs/design.md). Larger models are for the multi-phase
// dispute.
const (
	ModelBase    = 0x1000_0000
	ModelMaxSize = 0x1000_0000
)

// Exit codes. A claim is valid only if the program exits with ExitMatch;
// every other code, including the Go runtime's 2 on a panic, rejects it.
const (
	ExitMatch            = 0  // the output's hash equals the claim
	ExitMismatch         = 1  // the output's hash differs from the claim
	ExitClaimData        = 10 // a local datum is missing or not 32 bytes
	ExitModelUnavailable = 11 // map_committed refused the model (too large for the window)
	ExitModelMalformed   = 12 // not a GGUF model this engine can run
	ExitInputUnavailable = 13 // the input preimage could not be read
	ExitInputMalformed   = 14 // the model rejected the input (size, token ids, ...)
	ExitNotModel         = 17 // the model address names no model: its byte 0 is not the committed key type (3)
)

// ExitMeaning describes an exit code for logs and the CLI.
func ExitMeaning(code int) string {
	switch code {
	case ExitMatch:
		return "output matches the claim"
	case ExitMismatch:
		return "output differs from the claim"
	case 2:
		return "Go runtime panic"
	case ExitClaimData:
		return "claim local data missing or malformed"
	case ExitModelUnavailable:
		return "model could not be mapped"
	case ExitModelMalformed:
		return "model malformed or unsupported"
	case ExitInputUnavailable:
		return "input preimage unavailable"
	case ExitInputMalformed:
		return "input rejected by the model"
	case ExitNotModel:
		return "the model address names no model (byte 0 is not 0x03)"
	}
	return "unknown exit code"
}
