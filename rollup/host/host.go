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

	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/stateless"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
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
	// ParentOutput is the parent block's output: local datum 1 is its
	// root, and its encoding is served as a keccak256 preimage.
	ParentOutput rollup.Output
	Attributes   *rollup.Attributes
	// AttributesRLP are the attributes as posted in the block's batch,
	// when they are not Attributes' encoding (invalid attributes, dropped
	// transactions: PrepareBatch); nil otherwise. Local datum 2 is their
	// hash.
	AttributesRLP []byte
	Output        rollup.Output // as the node has it after the block
	Preimages     [][]byte      // keccak256 preimages: headers, attributes, trie nodes, code
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
	return prepare(node, chainID, number, given, nil)
}

// PrepareBatch is Prepare with the attributes exactly as the block's batch
// posted them (batch.Batch.Attributes), whatever the rule made of them: a
// batch whose attributes are invalid or hold transactions the rule
// dropped names the block the node derived with rollup.Build (batch.Chain
// has it), which rollup.AttributesOf would not give back.
func PrepareBatch(node Node, chainID, number uint64, attributes []byte) (*BlockClaim, error) {
	return prepare(node, chainID, number, nil, attributes)
}

func prepare(node Node, chainID, number uint64, given *rollup.Attributes, raw []byte) (*BlockClaim, error) {
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
	var attrEnc []byte
	switch {
	case raw != nil:
		attrEnc = raw
		attrs, _ = rollup.DecodeAttributes(raw) // nil if they do not decode
	case attrs == nil:
		if attrs, err = rollup.AttributesOf(block); err != nil {
			return nil, err
		}
	}
	if attrEnc == nil {
		if attrEnc, err = attrs.Encode(); err != nil {
			return nil, fmt.Errorf("block %d: attributes: %w", number, err)
		}
	}
	w, err := node.ExecutionWitness(block)
	if err != nil {
		return nil, fmt.Errorf("block %d: execution witness: %w", number, err)
	}
	c := &BlockClaim{ChainID: chainID, Number: number, ParentHash: parent.Hash(), Attributes: attrs, AttributesRLP: raw}
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
	c.ParentOutput = rollup.Output{StateRoot: parent.Root, WithdrawalStorageRoot: proot, BlockHash: parent.Hash()}
	c.Preimages = append(c.Preimages, c.ParentOutput.Encode())
	return c, nil
}

// OutputAt is the node's output of block number (the genesis for 0): its
// state root, the withdrawal contract's storage root in that state, its
// hash. A proposal of block number + 1 names a parent proposal of this
// root.
func OutputAt(node Node, number uint64) (rollup.Output, error) {
	block, err := node.BlockByNumber(number)
	if err != nil {
		return rollup.Output{}, fmt.Errorf("block %d: %w", number, err)
	}
	_, wroot, err := node.AccountProof(block.Root(), rollup.WithdrawalContract)
	if err != nil {
		return rollup.Output{}, fmt.Errorf("block %d: withdrawal contract: %w", number, err)
	}
	return rollup.Output{StateRoot: block.Root(), WithdrawalStorageRoot: wroot, BlockHash: block.Hash()}, nil
}

// Batches is where PrepareFromL1 reads a block's batch: batch.Inbox, which
// reads it from the posting transaction's calldata and checks it against
// the inbox's commitment.
type Batches interface {
	Read(ctx context.Context, number uint64) (*batch.Batch, error)
}

// ErrNodeMismatch is a node whose block is not the one the L1 batch makes.
var ErrNodeMismatch = errors.New("the node's block is not the L1 batch's")

// PrepareFromL1 gathers block number's claim with the block's attributes
// as posted on L1 (deposits included), byte for byte (PrepareBatch), so
// local key 2 is the one a dispute of the block uses; local key 1, the
// parent output, is the node's block number − 1's (a dispute links the
// proposal to a parent proposal, whose root the caller compares). The
// batch's parent-hash field is not an input: the block is built on the
// agreed parent whatever the batch names (docs/rollup.md, "The parent
// output"). The node serves only what L1 does not hold: the parent
// header, the execution witness and the proofs. A node whose block is
// not one rollup.Build can make of the batch on the node's parent is
// refused (ErrNodeMismatch: its witness would be for another block):
// header fields other than the attributes' (or,
// where the attributes make no block, the fallback block's), a
// transaction the batch does not hold or out of its order. Which of the
// batch's transactions the rule drops only execution tells: a node that
// left out one the rule keeps passes here and fails in the program.
func PrepareFromL1(ctx context.Context, inbox Batches, node Node, chainID, number uint64) (*BlockClaim, error) {
	if number == 0 {
		return nil, errors.New("block 0 is the genesis: it is not posted")
	}
	b, err := inbox.Read(ctx, number)
	if err != nil {
		return nil, fmt.Errorf("block %d from L1: %w", number, err)
	}
	block, err := node.BlockByNumber(number)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	parent, err := node.HeaderByHash(block.ParentHash())
	if err != nil {
		return nil, fmt.Errorf("block %d: parent %s: %w", number, block.ParentHash(), err)
	}
	if err := sameBlock(rollup.ChainConfig(chainID), parent, block, b.Attributes); err != nil {
		return nil, fmt.Errorf("block %d: %w: %v", number, ErrNodeMismatch, err)
	}
	return PrepareBatch(node, chainID, number, b.Attributes)
}

// sameBlock checks that block is one rollup.Build can make of the posted
// attributes enc on parent: the header fields the attributes set are
// theirs (or, for attributes that make no block on parent, the fallback
// block's), and its transactions are among the batch's, in the batch's
// order (the rule drops the ones that cannot be applied, which only
// execution tells). Deposits that do not chain also give the fallback;
// that needs the parent's state, so either header is accepted here and
// the program, which has the state, decides. The fields execution fills
// in (state, receipts, gas used, bloom) are the program's to check.
func sameBlock(config *params.ChainConfig, parent *types.Header, block *types.Block, enc []byte) error {
	attrs, invalid := rollup.DecodeAttributes(enc)
	var want *types.Header
	if invalid == nil {
		want, invalid = rollup.NewHeader(config, parent, attrs)
	}
	if invalid == nil && headerDiff(block.Header(), want) == nil {
		next := 0
		for i, tx := range block.Transactions() {
			b, err := tx.MarshalBinary()
			if err != nil {
				return fmt.Errorf("transaction %d: %v", i, err)
			}
			for next < len(attrs.Transactions) && !bytes.Equal(attrs.Transactions[next], b) {
				next++
			}
			if next == len(attrs.Transactions) {
				return fmt.Errorf("transaction %d (%s) is not among the batch's, in its order", i, tx.Hash())
			}
			next++
		}
		return nil
	}
	// Not the attributes' block: it must be the fallback.
	fallback, err := rollup.NewHeader(config, parent, rollup.Fallback(parent, common.Hash{}))
	if err != nil {
		return fmt.Errorf("fallback header: %v", err)
	}
	if diff := headerDiff(block.Header(), fallback); diff != nil {
		if invalid == nil {
			return headerDiff(block.Header(), want)
		}
		return fmt.Errorf("%v: the batch's attributes make no block (%v), so the block is the fallback", diff, invalid)
	}
	if n := block.Transactions().Len(); n != 0 {
		return fmt.Errorf("the fallback block has no transactions, the node's has %d", n)
	}
	return nil
}

// headerDiff names the first header field the attributes set in which h
// differs from want.
func headerDiff(h, want *types.Header) error {
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"number", h.Number.Uint64(), want.Number.Uint64()},
		{"timestamp", h.Time, want.Time},
		{"fee recipient", h.Coinbase, want.Coinbase},
		{"gas limit", h.GasLimit, want.GasLimit},
		{"prevRandao", h.MixDigest, want.MixDigest},
		{"extra data", string(h.Extra), string(want.Extra)},
		{"base fee", fmt.Sprint(h.BaseFee), fmt.Sprint(want.BaseFee)},
		{"difficulty", fmt.Sprint(h.Difficulty), fmt.Sprint(want.Difficulty)},
		{"parent beacon root", deref(h.ParentBeaconRoot), deref(want.ParentBeaconRoot)},
		{"excess blob gas", deref(h.ExcessBlobGas), deref(want.ExcessBlobGas)},
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

// InferenceKeys are the inference keys of c.Inferences in their order:
// the keys the block reads, in first-read order, when c.Inferences are
// the node's records of its calls in execution order (as AddInferences
// keeps them). A native run (blockprog.Result.Inferences) gives them from
// the block itself.
func (c *BlockClaim) InferenceKeys() []common.Hash {
	var keys []common.Hash
	seen := map[common.Hash]bool{}
	for _, inf := range c.Inferences {
		k := blockprog.InferenceKey(spec.Call{Model: inf.Model, Input: inf.Input, OutputSize: uint64(len(inf.Output))})
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	return keys
}

// Word is what an honest proposal of the node's output claims
// (rollup.ClaimedWord of the node's output root and InferenceKeys): the
// claimed value LocalData and Host take.
func (c *BlockClaim) Word() common.Hash {
	return rollup.ClaimedWord(c.Output.Root(), c.InferenceKeys())
}

// LocalData is the claim's local data with claimed as the claimed word
// (local datum 3: rollup.ClaimedWord of an output root and the inference
// keys a proposal lists), by local key index. Local datum 1 is the root
// of the parent's output, as the node has it: the root of the parent
// proposal a dispute links the block's proposal to.
func (c *BlockClaim) LocalData(claimed common.Hash) map[uint64][]byte {
	ah := crypto.Keccak256Hash(c.AttributesRLP)
	if c.AttributesRLP == nil {
		ah, _ = c.Attributes.Hash() // encoded once already in Prepare
	}
	id := make([]byte, 8)
	binary.BigEndian.PutUint64(id, c.ChainID)
	return map[uint64][]byte{
		blockprog.LocalParentOutput:   c.ParentOutput.Root().Bytes(),
		blockprog.LocalAttributesHash: ah.Bytes(),
		blockprog.LocalClaimedOutput:  claimed.Bytes(),
		blockprog.LocalChainID:        id,
	}
}

// Host is the preimage server for a run of the block program on the claim
// of the word claimed (LocalData).
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
