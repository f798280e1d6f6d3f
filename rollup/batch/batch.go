// Package batch puts the rollup's L2 blocks on L1 and gets them back: the
// batch format (one L2 block's number, parent hash and attributes), the
// BatchInbox contract's client (post, read back checked against the
// recorded commitment), and derivation, which rebuilds the L2 chain from
// its genesis and L1 alone. See docs/rollup.md, "Batches on L1".
package batch

import (
	"errors"
	"fmt"

	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

// Batch is one L2 block as posted to L1: RLP [number, parent hash,
// attributes]. Attributes holds the attributes' RLP exactly as posted, so
// keccak256(Attributes) is the block program's local key 2 without a
// re-encoding in between. The parent hash is what the poster built on; it
// is not an input (nothing on L1 checks it): derivation builds the block
// on its head and the block program on the parent proposal's output
// (docs/rollup.md, "The parent output").
type Batch struct {
	Number     uint64
	ParentHash common.Hash
	Attributes rlp.RawValue
}

// MaxBytes bounds an encoded batch: the L1 calldata of one transaction
// cannot be much larger anyway (an L1 block's gas at 16 gas a byte), and a
// reader refuses anything larger before decoding it.
const MaxBytes = 8 << 20

// Errors a reader and derivation return, wrapped with the block number.
var (
	// ErrMalformed: the bytes are not a batch (bad RLP, trailing bytes,
	// attributes that do not decode as rollup.Attributes). BatchInbox
	// refuses such a batch at post, so none is on L1; a reader that meets
	// one anyway (another inbox, a bug) stops derivation there
	// (docs/rollup.md, "What an invalid block means").
	ErrMalformed = errors.New("malformed batch")
	// ErrCommitment: the batch's keccak256 is not what the inbox recorded.
	ErrCommitment = errors.New("batch does not match its commitment on L1")
	// ErrNotPosted: no batch for that L2 block number on L1 (yet).
	ErrNotPosted = errors.New("batch not posted")
	// ErrGap: a batch for another block than the next one.
	ErrGap = errors.New("batch out of order")
)

// New is the batch of block b.
func New(b *types.Block) (*Batch, error) {
	a, err := rollup.AttributesOf(b)
	if err != nil {
		return nil, err
	}
	enc, err := a.Encode()
	if err != nil {
		return nil, fmt.Errorf("block %d attributes: %w", b.NumberU64(), err)
	}
	return &Batch{Number: b.NumberU64(), ParentHash: b.ParentHash(), Attributes: enc}, nil
}

// FromAttributes is the batch of block number on parent built from a (a
// block with deposits: AttributesOf cannot recover them from the block).
func FromAttributes(number uint64, parent common.Hash, a *rollup.Attributes) (*Batch, error) {
	enc, err := a.Encode()
	if err != nil {
		return nil, fmt.Errorf("block %d attributes: %w", number, err)
	}
	return &Batch{Number: number, ParentHash: parent, Attributes: enc}, nil
}

// Encode is the batch's RLP: the calldata posted and committed to.
func (b *Batch) Encode() ([]byte, error) { return rlp.EncodeToBytes(b) }

// AttributesHash is keccak256 of the attributes' RLP: the block program's
// local key 2 for this block.
func (b *Batch) AttributesHash() common.Hash { return crypto.Keccak256Hash(b.Attributes) }

// Decode decodes Encode's output and refuses anything else with
// ErrMalformed: exactly what BatchInbox.post refuses as BadBatch (the list
// [number, 32-byte parent hash, attributes], OutputOracle.batchInputs'
// walk, and attributes that rollup.DecodeAttributes decodes), so a batch
// derivation reads is one a dispute can be opened on, and the inbox
// commits no batch derivation cannot read. What the attributes hold is not
// checked here: attributes that make no valid block still make a block
// (rollup.Build), and transactions that do not decode are dropped.
func Decode(enc []byte) (*Batch, error) {
	if len(enc) > MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(enc), MaxBytes)
	}
	var b Batch
	if err := rlp.DecodeBytes(enc, &b); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if k, _, _, err := rlp.Split(b.Attributes); err != nil || k != rlp.List {
		return nil, fmt.Errorf("%w: block %d: the attributes are not an RLP list", ErrMalformed, b.Number)
	}
	if _, err := rollup.DecodeAttributes(b.Attributes); err != nil {
		return nil, fmt.Errorf("%w: block %d: %v", ErrMalformed, b.Number, err)
	}
	return &b, nil
}
