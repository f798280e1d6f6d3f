package mipsevm

import (
	"github.com/axonum/opml/mipsevm/memory"
)

// Witness is everything needed to replay one step without the VM: the packed
// pre-state, memory proofs in the order the step touches memory, and the
// preimage part it reads, if any.
type Witness struct {
	State     []byte   // packed pre-state
	StateHash [32]byte // hash of State
	// ProofData is the concatenated memory proofs: the instruction fetch's leaf
	// proof first, then one proof per distinct leaf the step reads or writes
	// (a node proof for the committed-data mapping syscall, a zero-filling
	// step and the node committed_root reads), each taken against memory as
	// it is at that point of the step.
	ProofData []byte

	// ThreadProof, on a step that resumes a waiting thread, is that thread's
	// packed context followed by the root of the stack below it.
	ThreadProof []byte

	HasPreimage    bool
	PreimageKey    [32]byte
	PreimageValue  []byte // the preimage without its length prefix
	PreimageOffset uint32

	// A store right after a load of the same word (sb, sh, swl, swr) reuses
	// the load's proof; every other access gets its own.
	lastLoad    uint32
	hasLastLoad bool
}

func (w *Witness) addMemProof(m *memory.Memory, addr uint32, height int) {
	w.hasLastLoad = false
	w.ProofData = append(w.ProofData, m.NodeProof(addr, height)...)
}

func (w *Witness) addLoadProof(m *memory.Memory, addr uint32) {
	w.addMemProof(m, addr, 0)
	w.lastLoad, w.hasLastLoad = addr, true
}

func (w *Witness) addStoreProof(m *memory.Memory, addr uint32) {
	if w.hasLastLoad && w.lastLoad == addr {
		w.hasLastLoad = false
		return
	}
	w.addMemProof(m, addr, 0)
}

func (w *Witness) addPreimage(key [32]byte, value []byte, offset uint32) {
	w.HasPreimage = true
	w.PreimageKey = key
	w.PreimageValue = value
	w.PreimageOffset = offset
}

// PreimagePart is the offset of the 32-byte part of a preimage that an
// on-chain oracle must hold for a step reading at offset (an offset into
// uint64be(len(value)) ‖ value, as PreimageOffset): offset itself, or 0 at
// or past the end, where only the length is read and any part gives it.
func PreimagePart(value []byte, offset uint32) uint64 {
	if uint64(offset) >= uint64(len(value))+8 {
		return 0
	}
	return uint64(offset)
}
