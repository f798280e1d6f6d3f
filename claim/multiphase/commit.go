// Package multiphase is the host side of the multi-phase dispute
// (docs/dispute.md): the phase-1 trace of a claim (the commitment after
// every work item of its plan, computed natively), the state behind any of
// its positions, and the preimage oracle of the phase-2 node program.
package multiphase

import (
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
	"github.com/ethereum/go-ethereum/crypto"
)

// GraphStart is the commitment at position 0, agreed by construction.
var GraphStart = [32]byte{}

// GraphFinal is the commitment after the last item of a plan whose output
// has keccak256 outputHash; the defender's final commitment must equal it
// for the claimed output.
func GraphFinal(outputHash [32]byte) [32]byte {
	return crypto.Keccak256Hash([]byte(protocol.GraphFinalTag), outputHash[:])
}

// GraphUnusable is position 1 of a claim the engine cannot run (model or
// input rejected).
func GraphUnusable() [32]byte { return crypto.Keccak256Hash([]byte(protocol.GraphUnusableTag)) }

// BufferKey is the committed key of a buffer's bytes.
func BufferKey(data []byte) [32]byte {
	return mipsevm.CommittedKey(memory.NewCommittedBytes(data).Root(), uint64(len(data)))
}

// Table is the slot table with its Merkle tree kept up to date per write:
// its leaves are the slots (32 bytes each), so its root is the committed
// root of the table's bytes.
type Table struct {
	levels [][][32]byte // levels[0]: the slots padded to a power of two
	n      int
	length uint64 // the committed bytes: 32 per slot (or a buffer's own length)
}

// NewTable returns a table of n empty slots.
func NewTable(n int) *Table {
	h := memory.NaturalHeight(uint64(32 * max(n, 1)))
	t := &Table{n: n, length: uint64(32 * n)}
	width := 1 << h
	for l := 0; l <= h; l++ {
		lv := make([][32]byte, width>>l)
		z := memory.ZeroHash(l)
		for i := range lv {
			lv[i] = z
		}
		t.levels = append(t.levels, lv)
	}
	return t
}

// Set writes slot i and updates the path above it.
func (t *Table) Set(i int, v [32]byte) {
	t.levels[0][i] = v
	for l := 1; l < len(t.levels); l++ {
		i >>= 1
		t.levels[l][i] = memory.HashPair(t.levels[l-1][2*i], t.levels[l-1][2*i+1])
	}
}

// Get returns slot i.
func (t *Table) Get(i int) [32]byte { return t.levels[0][i] }

// Key is the table's committed key: the commitment of its position.
func (t *Table) Key() [32]byte {
	return mipsevm.CommittedKey(t.levels[len(t.levels)-1][0], t.length)
}

// Bytes returns the table's bytes (32 per slot).
func (t *Table) Bytes() []byte {
	out := make([]byte, 0, 32*t.n)
	for i := 0; i < t.n; i++ {
		out = append(out, t.levels[0][i][:]...)
	}
	return out
}

// newDataTree is the tree of data's committed bytes (32-byte leaves, the
// last one zero-padded) with every level kept, so that refresh can rehash
// a changed range alone; its Key is BufferKey(data).
func newDataTree(data []byte) *Table {
	n := (len(data) + 31) / 32
	t := NewTable(n)
	t.length = uint64(len(data))
	t.refresh(data, 0, len(data))
	return t
}

// refresh rehashes the tree after bytes [lo, hi) of data changed: the
// leaves holding them and their ancestors, each once.
func (t *Table) refresh(data []byte, lo, hi int) {
	if hi <= lo {
		return
	}
	first, last := lo/32, (hi-1)/32
	for i := first; i <= last; i++ {
		var leaf [32]byte
		copy(leaf[:], data[32*i:min(len(data), 32*i+32)])
		t.levels[0][i] = leaf
	}
	for l := 1; l < len(t.levels); l++ {
		first, last = first>>1, last>>1
		for i := first; i <= last; i++ {
			t.levels[l][i] = memory.HashPair(t.levels[l-1][2*i], t.levels[l-1][2*i+1])
		}
	}
}
