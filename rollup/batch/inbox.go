package batch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

var inboxABI = bindings.NewBatchInbox()

// postSelector is the 4-byte selector of BatchInbox.post(uint64,uint64,bytes).
var postSelector = crypto.Keccak256([]byte("post(uint64,uint64,bytes)"))[:4]

// batchPostedTopic is the BatchPosted event's topic 0.
var batchPostedTopic = crypto.Keccak256Hash([]byte("BatchPosted(uint64,bytes32)"))

// ErrDepositOverdue is a post refused because it leaves a bridge deposit
// unconsumed past its inclusion deadline (BatchInbox's DepositOverdue): the
// batch must consume every deposit up to and including that one.
var ErrDepositOverdue = errors.New("a deposit past its inclusion deadline is left out: the batch must consume it")

// ErrDepositList is a post refused because the batch's deposits are not
// the bridge's deposits from the inbox's consumed count to the posted count,
// in order (BatchInbox's DepositsMismatch), or its deposit hash is not the
// bridge's at the posted count (DepositHashMismatch).
var ErrDepositList = errors.New("the batch's deposits are not the bridge's deposits from the consumed count to the posted count")

// L1 is what the inbox needs from an L1 connection: contract calls, logs,
// receipts, and transactions by hash (to read the calldata).
// *ethclient.Client has it.
type L1 interface {
	onchain.Backend
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Deploy deploys a BatchInbox whose sequencer is sequencer, sent by s.
func Deploy(ctx context.Context, s *onchain.Sender, sequencer common.Address) (common.Address, *types.Receipt, error) {
	code := append(common.FromHex(bindings.BatchInboxMetaData.Bin), inboxABI.PackConstructor(sequencer)...)
	r, err := s.Send(ctx, "deploy BatchInbox", nil, code, nil)
	if err != nil {
		return common.Address{}, nil, err
	}
	return r.ContractAddress, r, nil
}

// Inbox is a BatchInbox deployment: it posts batches (with a Sender, as
// the sequencer) and reads them back.
type Inbox struct {
	l1   L1
	s    *onchain.Sender // nil: read-only
	addr common.Address
	// from is the L1 block the log search starts at: the deployment's.
	from uint64
	c    *bind.BoundContract
}

// Connect checks that a BatchInbox is at addr. from is the L1 block it
// was deployed in (where reading starts); s may be nil for a reader.
func Connect(ctx context.Context, l1 L1, addr common.Address, from uint64, s *onchain.Sender) (*Inbox, error) {
	code, err := l1.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("batch inbox %s: %w", addr, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("batch inbox: no contract at %s (wrong chain or address?)", addr)
	}
	in := &Inbox{l1: l1, s: s, addr: addr, from: from, c: inboxABI.Instance(l1, addr)}
	seq, err := bind.Call(in.c, &bind.CallOpts{Context: ctx}, inboxABI.PackSequencer(), inboxABI.UnpackSequencer)
	if err != nil {
		return nil, fmt.Errorf("batch inbox %s: sequencer(): %w (not a BatchInbox?)", addr, err)
	}
	if s != nil && s.Address() != seq {
		return nil, fmt.Errorf("batch inbox %s: its sequencer is %s, the sender is %s (ConnectForced posts as another account)", addr, seq, s.Address())
	}
	return in, nil
}

// ConnectForced is Connect for an account that is not the sequencer: the
// inbox accepts its posts only while a deposit is overdue (SequencerLate),
// and then only posts that consume the overdue deposits.
func ConnectForced(ctx context.Context, l1 L1, addr common.Address, from uint64, s *onchain.Sender) (*Inbox, error) {
	in, err := Connect(ctx, l1, addr, from, nil)
	if err != nil {
		return nil, err
	}
	in.s = s
	return in, nil
}

// Address is the inbox's address.
func (in *Inbox) Address() common.Address { return in.addr }

// Post posts b; it must be the next block (Next). depositCount is the
// number of bridge deposits consumed after the block: the inbox refuses the
// batch unless its attributes list the bridge's deposits from the count
// consumed so far (Consumed) to depositCount and end with the bridge's
// hash at that count (ErrDepositList). A batch the inbox would refuse as
// unreadable is refused here before sending (ErrMalformed).
func (in *Inbox) Post(ctx context.Context, b *Batch, depositCount uint64) (*types.Receipt, error) {
	enc, err := b.Encode()
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", b.Number, err)
	}
	if _, err := Decode(enc); err != nil {
		return nil, fmt.Errorf("batch %d: %w", b.Number, err)
	}
	return in.PostRaw(ctx, b.Number, depositCount, enc)
}

// PostRaw posts enc as the batch of block number, whatever it holds (tests
// post malformed batches with it). The contract's refusals that say what
// is wrong with the batch come back as ErrDepositOverdue, ErrDepositList
// and ErrMalformed (BadBatch), the contract's error in the message.
func (in *Inbox) PostRaw(ctx context.Context, number, depositCount uint64, enc []byte) (*types.Receipt, error) {
	if in.s == nil {
		return nil, errors.New("batch inbox: read-only (no sequencer key)")
	}
	r, err := in.s.Send(ctx, fmt.Sprintf("BatchInbox.post(%d)", number), &in.addr, inboxABI.PackPost(number, depositCount, enc), nil)
	if err != nil {
		switch reason := onchain.RevertReason(err); {
		case strings.HasPrefix(reason, "DepositOverdue("):
			return r, fmt.Errorf("block %d with %d deposits consumed: %w: %w", number, depositCount, ErrDepositOverdue, err)
		case strings.HasPrefix(reason, "DepositsMismatch("), strings.HasPrefix(reason, "DepositHashMismatch("):
			return r, fmt.Errorf("block %d with %d deposits consumed: %w: %w", number, depositCount, ErrDepositList, err)
		case strings.HasPrefix(reason, "BadBatch("):
			return r, fmt.Errorf("block %d: %w: %w", number, ErrMalformed, err)
		}
	}
	return r, err
}

// Consumed is the deposit count the last post consumed (posts never go
// back).
func (in *Inbox) Consumed(ctx context.Context) (uint64, error) {
	n, err := bind.Call(in.c, &bind.CallOpts{Context: ctx}, inboxABI.PackConsumed(), inboxABI.UnpackConsumed)
	if err != nil {
		return 0, fmt.Errorf("batch inbox consumed(): %w", err)
	}
	return n, nil
}

// SequencerLate reports whether a deposit the posts so far left out is
// past its deadline (at the latest L1 block): then anyone may post the
// next block, which must consume it.
func (in *Inbox) SequencerLate(ctx context.Context) (bool, error) {
	late, err := bind.Call(in.c, &bind.CallOpts{Context: ctx}, inboxABI.PackSequencerLate(), inboxABI.UnpackSequencerLate)
	if err != nil {
		return false, fmt.Errorf("batch inbox sequencerLate(): %w", onchain.AsRevert(err))
	}
	return late, nil
}

// SetBridge sets the bridge whose deposits batches consume; s must be the
// inbox's deployer (the sender of Deploy), and it works once.
func SetBridge(ctx context.Context, s *onchain.Sender, inbox, bridge common.Address) (*types.Receipt, error) {
	return s.Send(ctx, "BatchInbox.setBridge", &inbox, inboxABI.PackSetBridge(bridge), nil)
}

// Next is the number of the next L2 block to post: blocks 1 to Next - 1
// are on L1.
func (in *Inbox) Next(ctx context.Context) (uint64, error) {
	n, err := bind.Call(in.c, &bind.CallOpts{Context: ctx}, inboxABI.PackNext(), inboxABI.UnpackNext)
	if err != nil {
		return 0, fmt.Errorf("batch inbox next(): %w", err)
	}
	return n, nil
}

// Commitment is the keccak256 the inbox recorded for block number (zero
// if not posted).
func (in *Inbox) Commitment(ctx context.Context, number uint64) (common.Hash, error) {
	c, err := bind.Call(in.c, &bind.CallOpts{Context: ctx}, inboxABI.PackCommitments(number), inboxABI.UnpackCommitments)
	if err != nil {
		return common.Hash{}, fmt.Errorf("batch inbox commitments(%d): %w", number, err)
	}
	return c, nil
}

// Raw returns the bytes posted as block number's batch, read from the
// calldata of the transaction that posted them and checked against the
// recorded commitment (ErrNotPosted, ErrCommitment), undecoded.
func (in *Inbox) Raw(ctx context.Context, number uint64) ([]byte, error) {
	commit, err := in.Commitment(ctx, number)
	if err != nil {
		return nil, err
	}
	if commit == (common.Hash{}) {
		return nil, fmt.Errorf("block %d: %w", number, ErrNotPosted)
	}
	var topic common.Hash
	new(big.Int).SetUint64(number).FillBytes(topic[:])
	logs, err := in.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(in.from),
		Addresses: []common.Address{in.addr},
		Topics:    [][]common.Hash{{batchPostedTopic}, {topic}},
	})
	if err != nil {
		return nil, fmt.Errorf("block %d: BatchPosted logs: %w", number, err)
	}
	if len(logs) != 1 {
		return nil, fmt.Errorf("block %d: %d BatchPosted logs, want 1 (the inbox records a block once)", number, len(logs))
	}
	tx, _, err := in.l1.TransactionByHash(ctx, logs[0].TxHash)
	if err != nil {
		return nil, fmt.Errorf("block %d: posting transaction %s: %w", number, logs[0].TxHash, err)
	}
	enc, err := postCalldata(tx, in.addr, number)
	if err != nil {
		return nil, fmt.Errorf("block %d: transaction %s: %w", number, tx.Hash(), err)
	}
	if got := crypto.Keccak256Hash(enc); got != commit {
		return nil, fmt.Errorf("block %d: %w: keccak256 %s, recorded %s", number, ErrCommitment, got, commit)
	}
	return enc, nil
}

// Read returns block number's batch from L1 (Raw), decoded; a batch that
// does not decode (attributes and transactions included), or that names
// another block, is ErrMalformed.
func (in *Inbox) Read(ctx context.Context, number uint64) (*Batch, error) {
	enc, err := in.Raw(ctx, number)
	if err != nil {
		return nil, err
	}
	b, err := Decode(enc)
	if err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	if b.Number != number {
		return nil, fmt.Errorf("block %d: %w: the batch names block %d", number, ErrMalformed, b.Number)
	}
	return b, nil
}

// postCalldata is the batch argument of tx, which must be a direct call of
// the inbox's post(number, batch). The sequencer posts from its own
// account, so the batch is in the transaction's calldata; a post from a
// contract would leave it in an internal call's, which a reader of
// transactions cannot see (and is not supported).
func postCalldata(tx *types.Transaction, inbox common.Address, number uint64) ([]byte, error) {
	if tx.To() == nil || *tx.To() != inbox {
		return nil, errors.New("not a call of the batch inbox (the sequencer must post from its own account)")
	}
	data := tx.Data()
	if len(data) < 4 || string(data[:4]) != string(postSelector) {
		return nil, errors.New("not a call of BatchInbox.post")
	}
	args, err := inboxABI.GetABI().Methods["post"].Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("post calldata: %w", err)
	}
	n, ok1 := args[0].(uint64)
	enc, ok2 := args[2].([]byte)
	if !ok1 || !ok2 {
		return nil, errors.New("post calldata: unexpected argument types")
	}
	if n != number {
		return nil, fmt.Errorf("post(%d, ...), not post(%d, ...)", n, number)
	}
	return enc, nil
}
