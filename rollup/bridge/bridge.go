// Package bridge is the rollup's ETH bridge, its withdrawal side: the L2
// contract L2Withdrawals at rollup.WithdrawalContract, where a user locks
// ETH and the contract records the withdrawal's hash in its storage, and
// the L1 contract Bridge, which pays a withdrawal against a Final output
// root of the OutputOracle on a Merkle-Patricia proof of that storage slot
// in the output's withdrawal-storage root. Here: the withdrawal encoding
// (Withdrawal, Hash, Slot), the L2 contract's code for a genesis
// (WithdrawalsCode), storage proofs from an L2 node's trie database
// (StorageProof) or by eth_getProof (ProofRPC) and the Bridge's client (Deploy, Connect,
// FinalizeWithdrawal, reads, Deposit with its inclusion deadline). See
// docs/rollup.md, "The bridge".
package bridge

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/ethereum/go-ethereum/triedb"
)

var (
	bridgeABI      = bindings.NewBridge()
	withdrawalsABI = bindings.NewL2Withdrawals()
)

// Withdrawal is one withdrawal recorded by L2Withdrawals.
type Withdrawal struct {
	Nonce     *big.Int       // L2Withdrawals' counter when it was made
	Sender    common.Address // on L2
	Recipient common.Address // on L1
	Value     *big.Int       // wei
}

// Hash is keccak256(abi.encode(nonce, sender, recipient, value)), the key
// of sentMessages.
func (w Withdrawal) Hash() common.Hash {
	var enc [128]byte
	w.Nonce.FillBytes(enc[0:32])
	copy(enc[44:64], w.Sender[:])
	copy(enc[76:96], w.Recipient[:])
	w.Value.FillBytes(enc[96:128])
	return crypto.Keccak256Hash(enc[:])
}

// Slot is the storage slot of sentMessages[withdrawalHash]
// (keccak256(withdrawalHash ‖ uint256(0)): the mapping is slot 0).
func Slot(withdrawalHash common.Hash) common.Hash {
	var enc [64]byte
	copy(enc[:32], withdrawalHash[:])
	return crypto.Keccak256Hash(enc[:])
}

// WithdrawalFromLog reads a withdrawal from L2Withdrawals' WithdrawalInitiated
// event and checks the hash the contract logged.
func WithdrawalFromLog(l *types.Log) (Withdrawal, error) {
	if l.Address != rollup.WithdrawalContract {
		return Withdrawal{}, fmt.Errorf("log of %s, not of the withdrawal contract", l.Address)
	}
	e, err := withdrawalsABI.UnpackWithdrawalInitiatedEvent(l)
	if err != nil {
		return Withdrawal{}, err
	}
	w := Withdrawal{Nonce: e.Nonce, Sender: e.Sender, Recipient: e.Recipient, Value: e.Value}
	if w.Hash() != e.WithdrawalHash {
		return Withdrawal{}, fmt.Errorf("withdrawal %d: logged hash %x, the fields hash to %x", e.Nonce, e.WithdrawalHash, w.Hash())
	}
	return w, nil
}

// InitiateCalldata is the L2 call that withdraws its value to recipient on
// L1 (send it to rollup.WithdrawalContract).
func InitiateCalldata(recipient common.Address) []byte {
	return withdrawalsABI.PackInitiateWithdrawal(recipient)
}

// WithdrawalsCode is L2Withdrawals' runtime code, for the L2 genesis at
// rollup.WithdrawalContract: its creation code run in an empty EVM (it
// has no constructor arguments or immutables).
func WithdrawalsCode() ([]byte, error) {
	code, _, _, err := runtime.Create(common.FromHex(bindings.L2WithdrawalsMetaData.Bin), &runtime.Config{})
	if err != nil {
		return nil, fmt.Errorf("L2Withdrawals' creation code: %w", err)
	}
	return code, nil
}

// StorageProof is the Merkle-Patricia proof of withdrawal h's slot in the
// withdrawal contract's storage trie (storageRoot, the output's
// withdrawal-storage root) of the state stateRoot, read from db: the trie
// nodes on the path of keccak256(slot), root first, as eth_getProof gives
// them. The slot must hold true (1).
func StorageProof(db *triedb.Database, stateRoot, storageRoot, h common.Hash) ([][]byte, error) {
	id := trie.StorageTrieID(stateRoot, crypto.Keccak256Hash(rollup.WithdrawalContract[:]), storageRoot)
	t, err := trie.NewStateTrie(id, db)
	if err != nil {
		return nil, fmt.Errorf("withdrawal storage %s: %w", storageRoot, err)
	}
	slot := Slot(h)
	v, err := t.GetStorage(rollup.WithdrawalContract, slot[:])
	if err != nil {
		return nil, fmt.Errorf("withdrawal storage %s: slot of %s: %w", storageRoot, h, err)
	}
	if len(v) != 1 || v[0] != 1 {
		return nil, fmt.Errorf("withdrawal %s is not in the withdrawal storage %s (slot holds %x)", h, storageRoot, v)
	}
	var proof nodeList
	if err := t.Prove(crypto.Keccak256(slot[:]), &proof); err != nil {
		return nil, fmt.Errorf("withdrawal storage %s: proof of %s: %w", storageRoot, h, err)
	}
	return proof, nil
}

// ProofRPC reads the storage proof of withdrawal h with eth_getProof from
// an L2 node at block number (nil: the latest) and checks it: it returns
// the proof and the withdrawal contract's storage root at that block
// (which must be the output's withdrawal-storage root for the Bridge to
// accept the proof), or an error if the node's proof does not show the
// slot holding 1.
func ProofRPC(ctx context.Context, c *rpc.Client, h common.Hash, number *big.Int) (proof [][]byte, storageRoot common.Hash, err error) {
	slot := Slot(h)
	res, err := gethclient.New(c).GetProof(ctx, rollup.WithdrawalContract, []string{slot.Hex()}, number)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("eth_getProof of withdrawal %s: %w", h, err)
	}
	if len(res.StorageProof) != 1 {
		return nil, common.Hash{}, fmt.Errorf("eth_getProof of withdrawal %s: %d storage proofs for one key", h, len(res.StorageProof))
	}
	sp := res.StorageProof[0]
	if sp.Value == nil || sp.Value.Cmp(common.Big1) != 0 {
		return nil, common.Hash{}, fmt.Errorf("withdrawal %s is not in the withdrawal storage %s (slot holds %v)", h, res.StorageHash, sp.Value)
	}
	db := make(proofSet)
	for _, n := range sp.Proof {
		node, err := hexutil.Decode(n)
		if err != nil {
			return nil, common.Hash{}, fmt.Errorf("eth_getProof of withdrawal %s: node %q: %w", h, n, err)
		}
		proof = append(proof, node)
		db[crypto.Keccak256Hash(node)] = node
	}
	key := crypto.Keccak256(slot[:])
	v, err := trie.VerifyProof(res.StorageHash, key, db)
	if err != nil || len(v) != 1 || v[0] != 1 {
		return nil, common.Hash{}, fmt.Errorf("eth_getProof of withdrawal %s: the proof does not show the slot holding 1 in %s (%x, %v)", h, res.StorageHash, v, err)
	}
	return proof, res.StorageHash, nil
}

// proofSet is a proof's nodes by hash (an ethdb.KeyValueReader).
type proofSet map[common.Hash][]byte

func (p proofSet) Has(key []byte) (bool, error) {
	_, ok := p[common.BytesToHash(key)]
	return ok, nil
}

func (p proofSet) Get(key []byte) ([]byte, error) {
	if v, ok := p[common.BytesToHash(key)]; ok {
		return v, nil
	}
	return nil, errors.New("not in the proof")
}

// nodeList collects a proof's nodes in order (an ethdb.KeyValueWriter).
type nodeList [][]byte

func (l *nodeList) Put(_ []byte, value []byte) error {
	*l = append(*l, common.CopyBytes(value))
	return nil
}

func (l *nodeList) Delete([]byte) error { return nil }

// DefaultInclusionDelay is the inclusion delay Deploy gives a bridge, in
// seconds of L1 time: a deposit must be consumed by a batch posted within
// 12 hours of it. Long enough for a sequencer to ride out an outage or a
// stretch of expensive L1 blocks without being forced; short next to an
// output root's challenge window, so a deposit waits at most a fraction of
// what a withdrawal waits anyway.
const DefaultInclusionDelay = 12 * 60 * 60

// Deploy deploys a Bridge that pays withdrawals against the OutputOracle
// at outputs, funded with fund wei (nil: none), the L1 ETH that backs the
// L2 genesis's balances until deposits exist, with DefaultInclusionDelay.
func Deploy(ctx context.Context, s *onchain.Sender, outputs common.Address, fund *big.Int) (common.Address, *types.Receipt, error) {
	return DeployWithDelay(ctx, s, outputs, fund, DefaultInclusionDelay)
}

// DeployWithDelay is Deploy with the inclusion delay given: a deposit
// must be consumed by a batch posted at most delay seconds (L1 time)
// after the deposit's L1 block, or BatchInbox refuses every post that
// leaves it out and lets anyone post.
func DeployWithDelay(ctx context.Context, s *onchain.Sender, outputs common.Address, fund *big.Int, delay uint64) (common.Address, *types.Receipt, error) {
	code := append(common.FromHex(bindings.BridgeMetaData.Bin), bridgeABI.PackConstructor(outputs, delay)...)
	r, err := s.Send(ctx, "deploy Bridge", nil, code, fund)
	if err != nil {
		return common.Address{}, r, err
	}
	return r.ContractAddress, r, nil
}

// Client is a Bridge's client.
type Client struct {
	l1   onchain.Backend
	s    *onchain.Sender
	addr common.Address
	c    *bind.BoundContract
	// Outputs is the OutputOracle the bridge reads.
	Outputs common.Address
}

// Connect checks that a Bridge is at addr; s may be nil for a read-only
// client.
func Connect(ctx context.Context, l1 onchain.Backend, addr common.Address, s *onchain.Sender) (*Client, error) {
	code, err := l1.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("bridge %s: %w", addr, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("bridge: no contract at %s (wrong chain or address?)", addr)
	}
	c := &Client{l1: l1, s: s, addr: addr, c: bridgeABI.Instance(l1, addr)}
	if c.Outputs, err = call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackOutputs(), bridgeABI.UnpackOutputs); err != nil {
		return nil, fmt.Errorf("bridge %s: outputs(): %w (not a Bridge?)", addr, err)
	}
	return c, nil
}

// Address is the contract's.
func (c *Client) Address() common.Address { return c.addr }

// FinalizeWithdrawal asks the bridge to pay w against proposal proposalID
// of the OutputOracle (which must be Final), whose output root is out's,
// with the storage proof of w's slot in out's withdrawal-storage root.
func (c *Client) FinalizeWithdrawal(ctx context.Context, w Withdrawal, proposalID uint64, out rollup.Output, proof [][]byte) (*types.Receipt, error) {
	if c.s == nil {
		return nil, errors.New("finalize withdrawal: this client has no key to send with")
	}
	what := fmt.Sprintf("finalize withdrawal %d of %s", w.Nonce, w.Sender)
	data := bridgeABI.PackFinalizeWithdrawal(
		bindings.BridgeWithdrawal{Nonce: w.Nonce, Sender: w.Sender, Recipient: w.Recipient, Value: w.Value},
		new(big.Int).SetUint64(proposalID),
		bindings.BridgeOutputPreimage{StateRoot: out.StateRoot, WithdrawalStorageRoot: out.WithdrawalStorageRoot, BlockHash: out.BlockHash},
		proof)
	r, err := c.s.Send(ctx, what, &c.addr, data, nil)
	if err != nil {
		return r, fmt.Errorf("%s: %w", what, err)
	}
	return r, nil
}

// Finalized says whether the withdrawal with hash h has been paid.
func (c *Client) Finalized(ctx context.Context, h common.Hash) (bool, error) {
	return call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackFinalized(h), bridgeABI.UnpackFinalized)
}

// ProveValue is the contract's reading of an inclusion proof: the value
// under key in the trie at root (an error with the contract's reason if
// the proof does not show it).
func (c *Client) ProveValue(ctx context.Context, root, key common.Hash, proof [][]byte) ([]byte, error) {
	return call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackProveValue(root, key, proof), bridgeABI.UnpackProveValue)
}

// call makes an eth_call, with a revert's reason decoded.
func call[T any](bc *bind.BoundContract, opts *bind.CallOpts, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(bc, opts, data, unpack)
	return v, onchain.AsRevert(err)
}

// Deposit deposits value wei on L1 to recipient on L2 (Bridge.deposit) and
// returns the deposit as the L2 attributes carry it, read from the
// Deposit log, with the bridge's running hash after it.
func (c *Client) Deposit(ctx context.Context, recipient common.Address, value *big.Int) (rollup.Deposit, common.Hash, error) {
	if c.s == nil {
		return rollup.Deposit{}, common.Hash{}, errors.New("bridge: read-only client (no sender)")
	}
	r, err := c.s.Send(ctx, "Bridge.deposit", &c.addr, bridgeABI.PackDeposit(recipient), value)
	if err != nil {
		return rollup.Deposit{}, common.Hash{}, err
	}
	for _, l := range r.Logs {
		if l.Address != c.addr {
			continue
		}
		ev, err := bridgeABI.UnpackDepositEvent(l)
		if err != nil {
			continue
		}
		return rollup.Deposit{Index: ev.Index, Recipient: ev.Recipient, Value: ev.Value}, ev.NewHash, nil
	}
	return rollup.Deposit{}, common.Hash{}, fmt.Errorf("bridge: deposit transaction %s has no Deposit log", r.TxHash)
}

// DepositHashAt is the bridge's running hash after its first count
// deposits.
func (c *Client) DepositHashAt(ctx context.Context, count uint64) (common.Hash, error) {
	h, err := call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackHashAt(count), bridgeABI.UnpackHashAt)
	if err != nil {
		return common.Hash{}, fmt.Errorf("bridge hashAt(%d): %w", count, err)
	}
	return common.Hash(h), nil
}

// Deadline is the L1 time (seconds) after which BatchInbox refuses a post
// that leaves deposit index unconsumed: its L1 block's timestamp plus the
// inclusion delay (zero for a deposit not made).
func (c *Client) Deadline(ctx context.Context, index uint64) (uint64, error) {
	d, err := call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackDeadline(index), bridgeABI.UnpackDeadline)
	if err != nil {
		return 0, fmt.Errorf("bridge deadline(%d): %w", index, err)
	}
	return d, nil
}

// InclusionDelay is the bridge's inclusion delay, in seconds.
func (c *Client) InclusionDelay(ctx context.Context) (uint64, error) {
	d, err := call(c.c, &bind.CallOpts{Context: ctx}, bridgeABI.PackInclusionDelay(), bridgeABI.UnpackInclusionDelay)
	if err != nil {
		return 0, fmt.Errorf("bridge inclusionDelay(): %w", err)
	}
	return d, nil
}
