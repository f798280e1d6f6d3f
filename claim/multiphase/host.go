package multiphase

import (
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/memory"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// Node is the question phase 2 decides: does work item Position of the
// claim's plan turn commitment Start into End?
type Node struct {
	Claim    claim.Claim
	Position uint64
	Start    [32]byte // the agreed commitment at Position − 1
	End      [32]byte // the disputed commitment at Position
}

// LocalData is the node program's local data, by local key index.
func (n Node) LocalData() map[uint64][]byte {
	var pos [8]byte
	binary.BigEndian.PutUint64(pos[:], n.Position)
	m, in, out := n.Claim.Model, n.Claim.InputHash(), n.Claim.OutputHash()
	return map[uint64][]byte{
		protocol.LocalModel:      m[:],
		protocol.LocalInputHash:  in[:],
		protocol.LocalOutputHash: out[:],
		protocol.LocalNode:       pos[:],
		protocol.LocalNodeStart:  n.Start[:],
		protocol.LocalNodeEnd:    n.End[:],
	}
}

// Identity names the node program's trace (for a trace cache).
func (n Node) Identity() string {
	var pos [8]byte
	binary.BigEndian.PutUint64(pos[:], n.Position)
	m, in, out := n.Claim.Model, n.Claim.InputHash(), n.Claim.OutputHash()
	return fmt.Sprintf("node %x", crypto.Keccak256(m[:], in[:], out[:], pos[:], n.Start[:], n.End[:]))
}

// Host is the node program's preimage oracle: its local data, the input,
// the model's tree above its blocks and the blocks themselves (found by
// key, so any block the program asks for is served), and the agreed
// state's slot table and buffers.
type Host struct {
	*oracle.Host
	model  *oracle.Model
	bh     int
	blocks map[[32]byte]uint64 // block committed key → block index

	mu     sync.Mutex
	served map[[32]byte]mipsevm.CommittedData
}

var _ mipsevm.PreimageOracle = (*Host)(nil)

// NewHost returns the oracle for n. model is the claim's model (its bytes
// must hash to n.Claim.Model), or nil when n.Claim.Model names no model
// (the program then reads no model data); state is the state at
// n.Position − 1 (nil for position 1, or for a claim the engine cannot
// run).
func NewHost(n Node, model *oracle.Model, state *State) (*Host, error) {
	if model == nil && n.Claim.Model.Valid() {
		return nil, fmt.Errorf("node host: no model given for the claim's %s", n.Claim.Model)
	}
	if model != nil && model.Address() != n.Claim.Model {
		return nil, fmt.Errorf("node host: model %s is not the claim's %s", model.Address(), n.Claim.Model)
	}
	h := &Host{Host: oracle.NewHost(nil), model: model, blocks: map[[32]byte]uint64{}, served: map[[32]byte]mipsevm.CommittedData{}}
	for i, v := range n.LocalData() {
		h.SetLocal(i, v)
	}
	h.AddKeccak(n.Claim.Input)
	// Zero subtrees' children (the tree of any committed data may hold them).
	for l := 1; l <= memory.TreeHeight; l++ {
		z := memory.ZeroHash(l - 1)
		h.AddKeccak(append(z[:], z[:]...))
	}
	if model == nil {
		return h, nil
	}
	root := model.Root()
	var rl [40]byte
	copy(rl[:], root[:])
	binary.BigEndian.PutUint64(rl[32:], model.Len())
	h.AddKeccak(rl[:])
	// The model's tree above its blocks.
	H := model.Height()
	h.bh = min(protocol.ModelBlockHeight, H)
	for l := h.bh + 1; l <= H; l++ {
		for k := uint64(0); k < 1<<(H-l); k++ {
			left, right := model.Node(l-1, 2*k), model.Node(l-1, 2*k+1)
			h.AddKeccak(append(left[:], right[:]...))
		}
	}
	for k := uint64(0); k < 1<<(H-h.bh); k++ {
		h.blocks[mipsevm.CommittedKey(model.Node(h.bh, k), 32<<h.bh)] = k
	}
	if state != nil && state.Position > 0 {
		h.AddModel(oracle.NewModel(state.Table.Bytes()))
		for _, b := range state.Buffers {
			h.AddModel(oracle.NewModel(b))
		}
	}
	return h, nil
}

// GetCommitted implements mipsevm.PreimageOracle: model blocks, then what
// the embedded oracle.Host holds.
func (h *Host) GetCommitted(key [32]byte) (mipsevm.CommittedData, error) {
	k, ok := h.blocks[key]
	if !ok {
		return h.Host.GetCommitted(key)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if d, ok := h.served[key]; ok {
		return d, nil
	}
	size := uint64(32) << h.bh
	block := make([]byte, size)
	if start := k * size; start < h.model.Len() {
		copy(block, h.model.Bytes()[start:min(start+size, h.model.Len())])
	}
	d := oracle.NewModel(block)
	if mipsevm.CommittedKey(d.Root(), d.Len()) != key {
		return nil, fmt.Errorf("node host: model block %d does not hash to its key", k)
	}
	h.served[key] = d
	return d, nil
}
