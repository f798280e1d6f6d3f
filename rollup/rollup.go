// Package rollup holds what the rollup's Geth side shares between the block
// program (the fault-proof program that re-executes one L2 block in the
// MIPS VM) and its host: the L2 chain configuration, the block attributes a
// block is built from, and the output root that is claimed and disputed.
// See docs/rollup.md.
package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
)

// ChainConfig is the L2's chain configuration for chain id: the AI EVM's
// (gethadapter.NewChain): every mainnet fork through Prague active from
// genesis, without Osaka, whose per-transaction gas cap (EIP-7825) would
// keep one inference call of a large model out of any transaction. The
// fork set is part of the block program, so of its absolute prestate; only
// the chain id is an input. gethadapter's TestAIChainIsTheRollupsChain
// checks that the AI EVM runs exactly this configuration.
func ChainConfig(chainID uint64) *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.ChainID = new(big.Int).SetUint64(chainID)
	c.BogotaTime = nil
	c.AmsterdamTime = nil
	c.OsakaTime = nil
	return &c
}

// WithdrawalContract is the L2 contract whose storage root is the output
// root's withdrawal-storage root: the address Optimism gives its
// L2ToL1MessagePasser. The bridge puts L2Withdrawals there, and the
// rollup keeps its consumed deposits in two of its slots (DepositCountSlot,
// DepositHashSlot); otherwise it is whatever the genesis puts there.
var WithdrawalContract = common.HexToAddress("0x4200000000000000000000000000000000000016")

// OutputVersion0 is the version of the output root's shape below.
const OutputVersion0 = 0

// Output is what an output root commits to after an L2 block.
type Output struct {
	StateRoot             common.Hash // the block's state root
	WithdrawalStorageRoot common.Hash // the storage root of WithdrawalContract (the empty root if it has no account)
	BlockHash             common.Hash // the block's hash
}

// Root is the output root v0: keccak256(bytes32(0) ‖ state root ‖
// withdrawal-storage root ‖ block hash), Optimism's output-root v0 shape.
func (o Output) Root() common.Hash { return crypto.Keccak256Hash(o.Encode()) }

// OutputBytes is the length of an encoded output (Encode).
const OutputBytes = 128

// Encode is the output root's preimage: bytes32(version 0) ‖ state root ‖
// withdrawal-storage root ‖ block hash. The block program reads its
// parent's output by the parent output root as this keccak256 preimage.
func (o Output) Encode() []byte {
	buf := make([]byte, OutputBytes)
	buf[31] = OutputVersion0
	copy(buf[32:], o.StateRoot[:])
	copy(buf[64:], o.WithdrawalStorageRoot[:])
	copy(buf[96:], o.BlockHash[:])
	return buf
}

// DecodeOutput decodes Encode's output, refusing another length or
// version.
func DecodeOutput(enc []byte) (Output, error) {
	if len(enc) != OutputBytes {
		return Output{}, fmt.Errorf("output: %d bytes, want %d", len(enc), OutputBytes)
	}
	if common.BytesToHash(enc[:32]) != (common.Hash{31: OutputVersion0}) {
		return Output{}, fmt.Errorf("output: version %x, want %d", enc[:32], OutputVersion0)
	}
	return Output{StateRoot: common.BytesToHash(enc[32:64]), WithdrawalStorageRoot: common.BytesToHash(enc[64:96]), BlockHash: common.BytesToHash(enc[96:])}, nil
}

// Attributes are what an L2 block is built from on top of its parent: the
// sequencer's choices (time, fee recipient, gas limit, randomness, extra
// data) and its transactions. Everything else in the header follows from
// the parent and the execution. These are what a batch on L1 will carry.
type Attributes struct {
	Timestamp        uint64
	Coinbase         common.Address
	GasLimit         uint64
	PrevRandao       common.Hash
	ParentBeaconRoot common.Hash
	Extra            []byte
	Transactions     [][]byte // each in its binary (EIP-2718) encoding
	// Deposits are the L1 bridge deposits the block credits, before its
	// transactions, in the bridge's order, continuing from the parent
	// state's consumed count (ApplyDeposits).
	Deposits []Deposit
	// DepositHash is the bridge's deposit running hash after Deposits. It
	// is the last field, so a batch's last 33 bytes are its RLP (0xa0 ‖
	// hash), which BatchInbox.post checks against the L1 bridge.
	DepositHash common.Hash
}

// Deposit is one L1 bridge deposit: its index in the bridge, its L2
// recipient and its value in wei.
type Deposit struct {
	Index     uint64
	Recipient common.Address
	Value     *big.Int
}

// DepositHash is the bridge's running hash after d given the hash before
// it: keccak256(prev ‖ recipient (20 bytes) ‖ value (32 bytes, big-endian)
// ‖ index (8 bytes, big-endian)), Bridge.deposit's abi.encodePacked.
func DepositHash(prev common.Hash, d Deposit) common.Hash {
	var buf [32 + 20 + 32 + 8]byte
	copy(buf[:32], prev[:])
	copy(buf[32:52], d.Recipient[:])
	d.Value.FillBytes(buf[52:84])
	binary.BigEndian.PutUint64(buf[84:], d.Index)
	return crypto.Keccak256Hash(buf[:])
}

// The L2 state keeps the deposits consumed so far in two storage slots of
// WithdrawalContract: their count and the running hash after them (both
// zero before the first deposit), so each block continues from its
// parent's state and the output root commits to them.
var (
	DepositCountSlot = crypto.Keccak256Hash([]byte("opml.rollup.deposits.count"))
	DepositHashSlot  = crypto.Keccak256Hash([]byte("opml.rollup.deposits.hash"))
)

// ErrDeposits: the attributes' deposits do not continue the parent
// state's consumed deposits up to the attributes' DepositHash.
var ErrDeposits = errors.New("deposits do not chain")

// AttributesOf returns the attributes that build b.
func AttributesOf(b *types.Block) (*Attributes, error) {
	a := &Attributes{
		Timestamp:  b.Time(),
		Coinbase:   b.Coinbase(),
		GasLimit:   b.GasLimit(),
		PrevRandao: b.MixDigest(),
		Extra:      common.CopyBytes(b.Extra()),
	}
	if r := b.BeaconRoot(); r != nil {
		a.ParentBeaconRoot = *r
	}
	for i, tx := range b.Transactions() {
		enc, err := tx.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("block %d transaction %d: %w", b.NumberU64(), i, err)
		}
		a.Transactions = append(a.Transactions, enc)
	}
	return a, nil
}

// Encode is the attributes' RLP encoding: the preimage the block program
// reads by its keccak256.
func (a *Attributes) Encode() ([]byte, error) { return rlp.EncodeToBytes(a) }

// Hash is keccak256 of Encode.
func (a *Attributes) Hash() (common.Hash, error) {
	enc, err := a.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(enc), nil
}

// MaxTransactions bounds the transactions of one block's attributes.
const MaxTransactions = 1 << 16

// DecodeAttributes decodes Encode's output. It does not decode the
// transactions: one that does not decode is dropped from the block
// (Execute), not a reason to refuse the attributes.
func DecodeAttributes(enc []byte) (*Attributes, error) {
	var a Attributes
	if err := rlp.DecodeBytes(enc, &a); err != nil {
		return nil, fmt.Errorf("block attributes: %w", err)
	}
	if len(a.Deposits) > MaxTransactions {
		return nil, fmt.Errorf("block attributes: %d deposits, at most %d", len(a.Deposits), MaxTransactions)
	}
	for i, d := range a.Deposits {
		if d.Value == nil || d.Value.BitLen() > 256 {
			return nil, fmt.Errorf("block attributes: deposit %d: value out of range", i)
		}
	}
	if len(a.Transactions) > MaxTransactions {
		return nil, fmt.Errorf("block attributes: %d transactions, at most %d", len(a.Transactions), MaxTransactions)
	}
	return &a, nil
}

// DecodeTransactions decodes a's transactions, refusing any that does not
// decode or is a blob transaction: what a sequencer's own batches
// satisfy (Build drops such a transaction instead).
func (a *Attributes) DecodeTransactions() (types.Transactions, error) {
	txs := make(types.Transactions, len(a.Transactions))
	for i, enc := range a.Transactions {
		tx, err := decodeTransaction(enc)
		if err != nil {
			return nil, fmt.Errorf("block attributes: transaction %d: %w", i, err)
		}
		txs[i] = tx
	}
	return txs, nil
}

// ErrBlobTx: the L2 has no blob data, so no blob transactions.
var ErrBlobTx = errors.New("blob transactions are not allowed on L2")

// InferencesHash is keccak256 of the inference keys (each 32 bytes, byte 0
// the key type 4: blockprog.InferenceKey) in the order given: what
// OutputOracle.propose computes from the OpML claims a proposal lists.
func InferencesHash(keys []common.Hash) common.Hash {
	buf := make([]byte, 0, len(keys)*common.HashLength)
	for _, k := range keys {
		buf = append(buf, k[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// ClaimedWord is what a proposal of output root root, listing the OpML
// claims whose inference keys are keys, asks the block program to check
// (its local datum 3, the word its game disputes): keccak256(root ‖
// InferencesHash(keys)), for an empty list too (InferencesHash of none is
// keccak256 of nothing). Always folding keeps the word of (root, keys)
// from being the bare root of another proposal: a proposal whose "root"
// is an honest folded word and lists no claim disputes another word than
// the honest proposal. The program accepts it iff its root is root and
// keys are the distinct inference keys it read, in first-read order
// (docs/rollup.md, "The inference rule").
func ClaimedWord(root common.Hash, keys []common.Hash) common.Hash {
	ih := InferencesHash(keys)
	return crypto.Keccak256Hash(root[:], ih[:])
}
