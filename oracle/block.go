package oracle

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/mipsevm/memory"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// A model's blocks are the nodes of its tree at BlockHeight: 64 KiB of its
// bytes each (the whole tree for a smaller model). The node program maps a
// model block by block, and a data-availability challenge on chain names
// one block, which the answer posts with the path from the block's subtree
// root to the model's root (docs/dispute.md, "Models").

// BlockHeight is the height of a model's blocks in its tree
// (protocol.ModelBlockHeight).
const BlockHeight = protocol.ModelBlockHeight

// BlockShape is the height and the size in bytes of the blocks of a
// length-byte model: BlockHeight and 64 KiB, or the whole tree if it is
// smaller.
func BlockShape(length uint64) (height int, size uint64) {
	height = min(memory.NaturalHeight(length), BlockHeight)
	return height, leafSize << height
}

// BlockCount is the number of blocks of a length-byte model.
func BlockCount(length uint64) uint64 {
	_, size := BlockShape(length)
	return (length + size - 1) / size
}

// Block is one block of a model with its proof.
type Block struct {
	Model  Address
	Length uint64 // the model's
	Index  uint64
	// Data is the model's bytes in the block: BlockShape's size, less for
	// the last block (the tree's zero padding is not part of it).
	Data []byte
	// Proof is the siblings of the block's subtree root from the bottom up
	// to the children of the model's root.
	Proof [][32]byte
}

// Block returns block index of the model with its proof.
func (m *Model) Block(index uint64) (Block, error) {
	height, size := BlockShape(m.Len())
	if index >= BlockCount(m.Len()) {
		return Block{}, fmt.Errorf("block %d of model %s: it has %d blocks", index, m.addr, BlockCount(m.Len()))
	}
	start := index * size
	b := Block{Model: m.addr, Length: m.Len(), Index: index, Data: m.data[start:min(start+size, m.Len())]}
	for h := height; h < m.height; h++ {
		b.Proof = append(b.Proof, m.Node(h, (index>>(h-height))^1))
	}
	return b, nil
}

// Verify checks that Data is block Index of the Length-byte model at Model:
// its length, and the root its subtree and Proof lead to. It fails with an
// error wrapping ErrBadProof when the proof leads elsewhere.
func (b Block) Verify() error {
	height, size := BlockShape(b.Length)
	if n := BlockCount(b.Length); b.Index >= n {
		return fmt.Errorf("block %d of model %s: a %d-byte model has %d blocks", b.Index, b.Model, b.Length, n)
	}
	if want := min(size, b.Length-b.Index*size); uint64(len(b.Data)) != want {
		return fmt.Errorf("block %d of model %s: %d bytes, want %d", b.Index, b.Model, len(b.Data), want)
	}
	if want := memory.NaturalHeight(b.Length) - height; len(b.Proof) != want {
		return fmt.Errorf("block %d of model %s: a proof of %d hashes, want %d", b.Index, b.Model, len(b.Proof), want)
	}
	h := memory.NewHasher()
	n := BlockRoot(b.Data, height)
	index := b.Index
	for i := range b.Proof {
		if index&1 == 0 {
			n = h.Parent(&n, &b.Proof[i])
		} else {
			n = h.Parent(&b.Proof[i], &n)
		}
		index >>= 1
	}
	if got := ModelAddress(n, b.Length); got != b.Model {
		return fmt.Errorf("block %d of model %s: %w (it leads to %s)", b.Index, b.Model, ErrBadProof, got)
	}
	return nil
}

// BlockRoot is the root of the subtree of the given height over data,
// zero-padded to 32 << height bytes: what ModelRegistry.respondDA computes.
func BlockRoot(data []byte, height int) [32]byte {
	if height <= pageHeight {
		return subtreeRoot(memory.NewHasher(), data, height)
	}
	levels := buildLevels(height, hashPages(data))
	return levels[len(levels)-1][0]
}

// blockJSON is a Block on the wire: hex, as go-ethereum writes bytes.
type blockJSON struct {
	Model  Address       `json:"model"`
	Length uint64        `json:"length"`
	Index  uint64        `json:"index"`
	Data   hexutil.Bytes `json:"data"`
	Proof  []common.Hash `json:"proof"`
}

// MarshalJSON writes the block as {"model", "length", "index", "data", "proof"}.
func (b Block) MarshalJSON() ([]byte, error) {
	w := blockJSON{Model: b.Model, Length: b.Length, Index: b.Index, Data: b.Data, Proof: make([]common.Hash, len(b.Proof))}
	for i, p := range b.Proof {
		w.Proof[i] = p
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (b *Block) UnmarshalJSON(data []byte) error {
	var w blockJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	if w.Data == nil {
		return errors.New("block: no data")
	}
	*b = Block{Model: w.Model, Length: w.Length, Index: w.Index, Data: w.Data, Proof: make([][32]byte, len(w.Proof))}
	for i, p := range w.Proof {
		b.Proof[i] = p
	}
	return nil
}
