// Package host is the host side of the rollup's block program
// (rollup/blockprog): from an L2 node it gathers what the program reads to
// re-execute one block — the block's attributes, the parent header, the
// execution witness go-ethereum makes for the block (debug_executionWitness's
// shape: trie nodes, code, ancestor headers) and proofs of the withdrawal
// contract's account — and serves them as keccak256 preimages, with the
// claim as local data, through the VM's preimage-oracle interface. It also
// runs the program natively and in the VM on either engine.
package host

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// Node is what the host needs from an L2 node. Every method has an
// equivalent in go-ethereum's JSON-RPC API (eth_getBlockByNumber,
// eth_getBlockByHash, debug_executionWitness, eth_getProof), so a remote
// node can stand behind it as well as the in-process chain of BlockChain.
type Node interface {
	BlockByNumber(number uint64) (*types.Block, error)
	HeaderByHash(hash common.Hash) (*types.Header, error)
	// ExecutionWitness is what executing block on its parent's state reads.
	ExecutionWitness(block *types.Block) (*stateless.ExtWitness, error)
	// AccountProof is the trie nodes on the path to addr's account in the
	// state with root stateRoot, and its storage root there (the empty
	// root if it has no account).
	AccountProof(stateRoot common.Hash, addr common.Address) (proof [][]byte, storageRoot common.Hash, err error)
	// StorageProof is the trie nodes on the path to slot in the storage
	// trie with root storageRoot of the account with address hash
	// keccak256(addr) in the state with root stateRoot.
	StorageProof(stateRoot common.Hash, addr common.Address, storageRoot, slot common.Hash) ([][]byte, error)
}

// BlockClaim is one block's claim for the block program: the inputs the
// program reads, the output root the node computed, and every preimage the
// program needs.
type BlockClaim struct {
	ChainID    uint64
	Number     uint64
	ParentHash common.Hash
	Attributes *rollup.Attributes
	Output     rollup.Output // as the node has it after the block
	Preimages  [][]byte      // keccak256 preimages: headers, attributes, trie nodes, code
	// Inferences are the results the block's inference calls read (under
	// their inference keys), and Models the models they name (mapped).
	// Prepare leaves them empty: the caller adds what opML finalized for
	// the block's calls (AddInferences); the node's own results are what
	// the sequencer claims, not what the program may use.
	Inferences []Inference
	Models     []*oracle.Model
}

// Inference is the result of one inference call: model on input gave
// output (len(output) is the call's output_size).
type Inference struct {
	Model  oracle.Address
	Input  []byte
	Output []byte
}

// AddInferences adds the results in infs and the models they name from
// models (by address); a model not there is left out (the program then
// fails to map it, and says which).
func (c *BlockClaim) AddInferences(infs []Inference, models map[oracle.Address]*oracle.Model) {
	have := map[oracle.Address]bool{}
	for _, m := range c.Models {
		have[m.Address()] = true
	}
	for _, inf := range infs {
		c.Inferences = append(c.Inferences, inf)
		if m, ok := models[inf.Model]; ok && !have[inf.Model] {
			c.Models = append(c.Models, m)
			have[inf.Model] = true
		}
	}
}

// Prepare gathers block number's claim from node, with the attributes
// rollup.AttributesOf recovers from the block (a block without deposits).
func Prepare(node Node, chainID, number uint64) (*BlockClaim, error) {
	return PrepareWith(node, chainID, number, nil)
}

// PrepareWith is Prepare with the block's attributes given (a block with
// deposits, which are not in a go-ethereum block: batch.Chain.Attributes
// keeps them), or nil for rollup.AttributesOf. The node's execution
// witness must cover the deposits (batch.Chain's blockchain does).
func PrepareWith(node Node, chainID, number uint64, given *rollup.Attributes) (*BlockClaim, error) {
	if number == 0 {
		return nil, errors.New("block 0 is the genesis: it has no parent to execute it on")
	}
	block, err := node.BlockByNumber(number)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	parent, err := node.HeaderByHash(block.ParentHash())
	if err != nil {
		return nil, fmt.Errorf("block %d: parent %s: %w", number, block.ParentHash(), err)
	}
	attrs := given
	if attrs == nil {
		if attrs, err = rollup.AttributesOf(block); err != nil {
			return nil, err
		}
	}
	attrEnc, err := attrs.Encode()
	if err != nil {
		return nil, fmt.Errorf("block %d: attributes: %w", number, err)
	}
	w, err := node.ExecutionWitness(block)
	if err != nil {
		return nil, fmt.Errorf("block %d: execution witness: %w", number, err)
	}
	c := &BlockClaim{ChainID: chainID, Number: number, ParentHash: parent.Hash(), Attributes: attrs}
	parentEnc, err := rlp.EncodeToBytes(parent)
	if err != nil {
		return nil, fmt.Errorf("block %d: parent header: %w", number, err)
	}
	c.Preimages = append(c.Preimages, parentEnc, attrEnc)
	for _, h := range w.Headers {
		enc, err := rlp.EncodeToBytes(h)
		if err != nil {
			return nil, fmt.Errorf("block %d: witness header %d: %w", number, h.Number, err)
		}
		c.Preimages = append(c.Preimages, enc)
	}
	for _, b := range w.Codes {
		c.Preimages = append(c.Preimages, b)
	}
	for _, b := range w.State {
		c.Preimages = append(c.Preimages, b)
	}
	// The withdrawal-storage root is read after execution, from an account
	// the block may not have touched (so not in the witness): its path in
	// the parent state and in the block's state covers both ways the
	// program's state may reach it.
	var wroot common.Hash // in block's state, the last one asked
	for _, root := range []common.Hash{parent.Root, block.Root()} {
		proof, storageRoot, err := node.AccountProof(root, rollup.WithdrawalContract)
		if err != nil {
			return nil, fmt.Errorf("block %d: withdrawal contract proof in state %s: %w", number, root, err)
		}
		c.Preimages = append(c.Preimages, proof...)
		wroot = storageRoot
	}
	// Every block reads the deposits the parent state consumed
	// (rollup.ApplyDeposits), in the same account's storage, which the
	// execution witness of a block without deposits does not cover.
	_, proot, err := node.AccountProof(parent.Root, rollup.WithdrawalContract)
	if err != nil {
		return nil, fmt.Errorf("block %d: withdrawal contract proof: %w", number, err)
	}
	if proot != types.EmptyRootHash {
		for _, slot := range []common.Hash{rollup.DepositCountSlot, rollup.DepositHashSlot} {
			proof, err := node.StorageProof(parent.Root, rollup.WithdrawalContract, proot, slot)
			if err != nil {
				return nil, fmt.Errorf("block %d: deposit slot proof: %w", number, err)
			}
			c.Preimages = append(c.Preimages, proof...)
		}
	}
	c.Output = rollup.Output{StateRoot: block.Root(), WithdrawalStorageRoot: wroot, BlockHash: block.Hash()}
	return c, nil
}

// Batches is where PrepareFromL1 reads a block's batch: batch.Inbox, which
// reads it from the posting transaction's calldata and checks it against
// the inbox's commitment.
type Batches interface {
	Read(ctx context.Context, number uint64) (*batch.Batch, error)
}

// ErrNodeMismatch is a node whose block is not the one the L1 batch makes.
var ErrNodeMismatch = errors.New("the node's block is not the L1 batch's")

// PrepareFromL1 gathers block number's claim with the block's inputs as
// posted on L1: the parent hash and the attributes (deposits included)
// are the batch's, byte for byte, so local keys 1 and 2 are the ones a
// dispute of the block uses. The node serves only what L1 does not hold:
// the parent header, the execution witness and the proofs. A node whose
// block has another parent, or a header or transactions other than the
// ones the batch's attributes make on that parent (rollup.NewHeader), is
// refused (ErrNodeMismatch): its witness would be for another block. A
// batch that makes no block (rollup.NewHeader refuses it) is an error too.
func PrepareFromL1(ctx context.Context, inbox Batches, node Node, chainID, number uint64) (*BlockClaim, error) {
	if number == 0 {
		return nil, errors.New("block 0 is the genesis: it is not posted")
	}
	b, err := inbox.Read(ctx, number)
	if err != nil {
		return nil, fmt.Errorf("block %d from L1: %w", number, err)
	}
	attrs, txs, err := b.Decode()
	if err != nil {
		return nil, fmt.Errorf("block %d from L1: %w", number, err)
	}
	if enc, err := attrs.Encode(); err != nil || !bytes.Equal(enc, b.Attributes) {
		return nil, fmt.Errorf("block %d from L1: the attributes do not re-encode to the posted bytes (%v)", number, err)
	}
	block, err := node.BlockByNumber(number)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	if block.ParentHash() != b.ParentHash {
		return nil, fmt.Errorf("block %d: %w: its parent is %s, the batch's %s", number, ErrNodeMismatch, block.ParentHash(), b.ParentHash)
	}
	parent, err := node.HeaderByHash(b.ParentHash)
	if err != nil {
		return nil, fmt.Errorf("block %d: parent %s: %w", number, b.ParentHash, err)
	}
	want, err := rollup.NewHeader(rollup.ChainConfig(chainID), parent, attrs)
	if err != nil {
		return nil, fmt.Errorf("block %d: the L1 batch makes no block: %w", number, err)
	}
	if err := sameBlock(block, want, txs); err != nil {
		return nil, fmt.Errorf("block %d: %w: %v", number, ErrNodeMismatch, err)
	}
	return PrepareWith(node, chainID, number, attrs)
}

// sameBlock checks that block has the fields of header (the one the
// attributes make on the parent) and the transactions txs. The fields
// execution fills in (state, receipts, gas used, bloom) are the program's
// to check.
func sameBlock(block *types.Block, header *types.Header, txs types.Transactions) error {
	h := block.Header()
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"number", h.Number.Uint64(), header.Number.Uint64()},
		{"timestamp", h.Time, header.Time},
		{"fee recipient", h.Coinbase, header.Coinbase},
		{"gas limit", h.GasLimit, header.GasLimit},
		{"prevRandao", h.MixDigest, header.MixDigest},
		{"extra data", string(h.Extra), string(header.Extra)},
		{"base fee", fmt.Sprint(h.BaseFee), fmt.Sprint(header.BaseFee)},
		{"difficulty", fmt.Sprint(h.Difficulty), fmt.Sprint(header.Difficulty)},
		{"parent beacon root", deref(h.ParentBeaconRoot), deref(header.ParentBeaconRoot)},
		{"excess blob gas", deref(h.ExcessBlobGas), deref(header.ExcessBlobGas)},
		{"transactions root", h.TxHash, types.DeriveSha(txs, trie.NewStackTrie(nil))},
	} {
		if f.got != f.want {
			return fmt.Errorf("%s %v, the batch's %v", f.name, f.got, f.want)
		}
	}
	return nil
}

// deref is *p as a string, or "none" for nil, for comparing optional
// header fields.
func deref[T any](p *T) string {
	if p == nil {
		return "none"
	}
	return fmt.Sprint(*p)
}

// LocalData is the claim's local data with claimed as the claimed output
// root, by local key index.
func (c *BlockClaim) LocalData(claimed common.Hash) map[uint64][]byte {
	ah, _ := c.Attributes.Hash() // encoded once already in Prepare
	id := make([]byte, 8)
	binary.BigEndian.PutUint64(id, c.ChainID)
	return map[uint64][]byte{
		blockprog.LocalParentHash:     c.ParentHash.Bytes(),
		blockprog.LocalAttributesHash: ah.Bytes(),
		blockprog.LocalClaimedOutput:  claimed.Bytes(),
		blockprog.LocalChainID:        id,
	}
}

// Host is the preimage server for a run of the block program on the claim
// that the output root after the block is claimed.
func (c *BlockClaim) Host(claimed common.Hash) *oracle.Host {
	h := oracle.NewHost(nil)
	for i, v := range c.LocalData(claimed) {
		h.SetLocal(i, v)
	}
	for _, p := range c.Preimages {
		h.AddKeccak(p)
	}
	for _, inf := range c.Inferences {
		h.AddInference(inf.Model, inf.Input, inf.Output)
	}
	for _, m := range c.Models {
		h.AddModel(m)
	}
	return h
}

// BlockChain is a Node over go-ethereum's in-process blockchain. Its state
// must be kept for the parent of every block asked about (an archive
// chain, or recent blocks).
type BlockChain struct{ Chain *core.BlockChain }

var _ Node = BlockChain{}

// BlockByNumber implements Node.
func (b BlockChain) BlockByNumber(number uint64) (*types.Block, error) {
	block := b.Chain.GetBlockByNumber(number)
	if block == nil {
		return nil, fmt.Errorf("no block %d (head is %d)", number, b.Chain.CurrentBlock().Number)
	}
	return block, nil
}

// HeaderByHash implements Node.
func (b BlockChain) HeaderByHash(hash common.Hash) (*types.Header, error) {
	h := b.Chain.GetHeaderByHash(hash)
	if h == nil {
		return nil, fmt.Errorf("no header %s", hash)
	}
	return h, nil
}

// ExecutionWitness implements Node the way debug_executionWitness does.
func (b BlockChain) ExecutionWitness(block *types.Block) (*stateless.ExtWitness, error) {
	parent := b.Chain.GetHeader(block.ParentHash(), block.NumberU64()-1)
	if parent == nil {
		return nil, fmt.Errorf("block %d: parent %s missing", block.NumberU64(), block.ParentHash())
	}
	res, err := b.Chain.ProcessBlock(context.Background(), parent.Root, block, core.ExecuteConfig{MakeWitness: true})
	if err != nil {
		return nil, err
	}
	return res.Witness().ToExtWitness(), nil
}

// AccountProof implements Node.
func (b BlockChain) AccountProof(stateRoot common.Hash, addr common.Address) ([][]byte, common.Hash, error) {
	t, err := trie.NewStateTrie(trie.StateTrieID(stateRoot), b.Chain.TrieDB())
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("state %s: %w", stateRoot, err)
	}
	var proof nodeList
	if err := t.Prove(crypto.Keccak256(addr.Bytes()), &proof); err != nil {
		return nil, common.Hash{}, fmt.Errorf("state %s: proof of %s: %w", stateRoot, addr, err)
	}
	acc, err := t.GetAccount(addr)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("state %s: account %s: %w", stateRoot, addr, err)
	}
	root := types.EmptyRootHash
	if acc != nil {
		root = acc.Root
	}
	return proof, root, nil
}

// StorageProof implements Node.
func (b BlockChain) StorageProof(stateRoot common.Hash, addr common.Address, storageRoot, slot common.Hash) ([][]byte, error) {
	t, err := trie.NewStateTrie(trie.StorageTrieID(stateRoot, crypto.Keccak256Hash(addr.Bytes()), storageRoot), b.Chain.TrieDB())
	if err != nil {
		return nil, fmt.Errorf("storage %s of %s: %w", storageRoot, addr, err)
	}
	var proof nodeList
	if err := t.Prove(crypto.Keccak256(slot.Bytes()), &proof); err != nil {
		return nil, fmt.Errorf("storage %s of %s: proof of slot %s: %w", storageRoot, addr, slot, err)
	}
	return proof, nil
}

// nodeList collects a proof's nodes (an ethdb.KeyValueWriter).
type nodeList [][]byte

func (l *nodeList) Put(_ []byte, value []byte) error {
	*l = append(*l, common.CopyBytes(value))
	return nil
}

func (l *nodeList) Delete([]byte) error { return nil }
