package protocol

// The node program (ggml-mips/cmd/node) runs phase 2 of a multi-phase
// dispute: one work item of the claim's plan (ggml-mips/plan). Its local
// data are the claim's (1–3 above) and the phase-1 result the game
// recorded:
const (
	LocalNode      = 4 // the disputed position p ≥ 1 of the phase-1 trace, 8 bytes big-endian
	LocalNodeStart = 5 // the agreed commitment at position p − 1 (32 bytes)
	LocalNodeEnd   = 6 // the disputed commitment at position p (32 bytes)
)

// Phase-1 commitments (docs/dispute.md, "The multi-phase dispute").
//
// Position 0 is GraphStart. After item i (position i) the commitment is the
// committed key of the slot table: one 32-byte slot per buffer, each the
// committed key of the buffer's bytes (4-byte big-endian elements), or zero
// while the buffer has not been written. After the last item comes one
// more position, GraphFinal(keccak256(output)), and every later position
// repeats the one before. A claim whose model or input the engine rejects
// has no items: position 1 is GraphUnusable.
const (
	GraphFinalTag    = "opml.graph.final"
	GraphUnusableTag = "opml.graph.unusable"
)

// The model is read in blocks of 32 << ModelBlockHeight bytes (64 KiB), the
// nodes of its tree at that height (or the whole tree, for a smaller
// model): each block is mapped by the committed key keccak256(node ‖
// uint64be(32 << height)) after the program has checked, by reading the
// tree's nodes above it as keccak256 preimages, that the node belongs to
// the model address.
const ModelBlockHeight = 11

// Where the node program maps what one item reads and writes: the same
// window the claim-checking program maps its model into (see ModelBase),
// allocated upwards, each region aligned to its power-of-two size.
const (
	NodeWindowBase = ModelBase
	NodeWindowSize = ModelMaxSize
)

// Exit codes of the node program besides ExitMatch (the disputed
// commitment is the right one) and ExitMismatch (it is not), and
// ExitClaimData (a local datum missing or malformed).
const (
	ExitNodeUnavailable = 15 // a buffer, model block or tree node the item reads could not be read or mapped
	ExitNodeTooLarge    = 16 // the item needs more than the window
)
