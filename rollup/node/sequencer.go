package node

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	bridgeABI    = bindings.NewBridge()
	depositTopic = crypto.Keccak256Hash([]byte("Deposit(uint64,address,uint256,bytes32)"))
)

// Sequencer builds the L2 chain: each Step makes a block of the queued
// transactions and the L1 bridge's deposits not yet included, and posts its
// batch to the BatchInbox. Its chain is rebuilt from L1 on a restart (Step
// first applies the inbox's batches it does not have); transactions queued
// but not in a posted block are lost with the process.
type Sequencer struct {
	Chain *batch.Chain
	Inbox *batch.Inbox // with the sequencer's key
	// Bridge is the L1 bridge deposits are read from (its Deposit logs
	// from block BridgeFrom on); zero: no deposits.
	Bridge     common.Address
	BridgeFrom uint64
	L1         onchain.Backend
	// Inferences is the process's precompile (nil: none installed). Lie,
	// if set, makes this a dishonest sequencer for demos and tests: its
	// blocks use lie(call, honest output) as each inference's result.
	Inferences *Inferences
	Lie        func(gethadapter.Call, []byte) []byte
	// Now is the L2 timestamp source (nil: the wall clock); a block's
	// timestamp is at least its parent's + 1.
	Now func() uint64
	// Empty makes Step build a block even with nothing to include.
	Empty bool
	Log   *slog.Logger

	mu       sync.Mutex
	queue    []*types.Transaction
	unposted []posting // built, not yet on L1 (a post failed)
}

type posting struct {
	b        *batch.Batch
	deposits uint64
}

// Submit queues tx for the next block. The transaction is checked only for
// its signature and chain id here; one that cannot be applied is dropped
// when the block is built.
func (s *Sequencer) Submit(tx *types.Transaction) error {
	signer := types.LatestSigner(s.Chain.BC.Config())
	if _, err := types.Sender(signer, tx); err != nil {
		return fmt.Errorf("transaction %s: %w", tx.Hash(), err)
	}
	if tx.Type() == types.BlobTxType {
		return fmt.Errorf("transaction %s: %w", tx.Hash(), rollup.ErrBlobTx)
	}
	s.mu.Lock()
	s.queue = append(s.queue, tx)
	s.mu.Unlock()
	return nil
}

func (s *Sequencer) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}

// Step catches up with L1, posts what is built but not posted, and builds
// and posts one block if there is anything to include (or Empty). It
// returns the block built, or nil.
func (s *Sequencer) Step(ctx context.Context) error {
	_, err := s.Build(ctx)
	return err
}

// Build is Step, returning the block built (nil: none).
func (s *Sequencer) Build(ctx context.Context) (*types.Block, error) {
	if len(s.unposted) == 0 {
		if err := s.Inferences.executing(s.Lie, func() error {
			n, err := s.Chain.Sync(ctx, s.Inbox)
			if n > 0 {
				s.log().Info("sequencer: chain rebuilt from L1", "blocks", n, "head", s.Chain.Head().Number)
			}
			return err
		}); err != nil {
			return nil, fmt.Errorf("sequencer: %w", err)
		}
	}
	if err := s.post(ctx); err != nil {
		return nil, err
	}
	head := s.Chain.Head()
	deposits, depHash, err := s.newDeposits(ctx, head)
	if err != nil {
		return nil, err
	}
	// A block takes the queue's transactions up to MaxQueuedTxBytes (its
	// batch must fit in one L1 transaction); the rest wait for the next.
	s.mu.Lock()
	queue, size := s.queue, 0
	for i, tx := range s.queue {
		if size += int(tx.Size()); size > MaxQueuedTxBytes && i > 0 {
			queue = s.queue[:i]
			break
		}
	}
	s.queue = s.queue[len(queue):]
	s.mu.Unlock()
	if len(queue) == 0 && len(deposits) == 0 && !s.Empty {
		return nil, nil
	}
	now := uint64(time.Now().Unix())
	if s.Now != nil {
		now = s.Now()
	}
	a := &rollup.Attributes{Timestamp: max(now, head.Time+1), GasLimit: head.GasLimit, Deposits: deposits, DepositHash: depHash}
	txs, err := s.applicable(head, a, queue)
	if err != nil {
		return nil, err
	}
	for _, tx := range txs {
		enc, err := tx.MarshalBinary()
		if err != nil {
			return nil, err
		}
		a.Transactions = append(a.Transactions, enc)
	}
	b, err := batch.FromAttributes(head.Number.Uint64()+1, head.Hash(), a)
	if err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	var block *types.Block
	if err := s.Inferences.executing(s.Lie, func() error {
		block, err = s.Chain.Apply(b)
		return err
	}); err != nil {
		return nil, fmt.Errorf("sequencer: %w", err)
	}
	count := uint64(0)
	if len(deposits) > 0 {
		count = deposits[len(deposits)-1].Index + 1
	} else if count, err = s.consumed(head); err != nil {
		return nil, err
	}
	s.unposted = append(s.unposted, posting{b: b, deposits: count})
	s.log().Info("sequencer: block built", "number", b.Number, "txs", len(txs), "deposits", len(deposits), "hash", block.Hash())
	return block, s.post(ctx)
}

// post posts the batches built and not posted, in order.
func (s *Sequencer) post(ctx context.Context) error {
	for len(s.unposted) > 0 {
		p := s.unposted[0]
		// A post whose answer was lost may be on L1 already: then it is
		// done (if the commitment is this batch's) or the chain has
		// diverged from L1 (another batch holds the number: restart, the
		// sequencer rebuilds from L1).
		next, err := s.Inbox.Next(ctx)
		if err != nil {
			return fmt.Errorf("sequencer: post block %d: %w", p.b.Number, err)
		}
		if p.b.Number < next {
			enc, err := p.b.Encode()
			if err != nil {
				return err
			}
			have, err := s.Inbox.Commitment(ctx, p.b.Number)
			if err != nil {
				return fmt.Errorf("sequencer: post block %d: %w", p.b.Number, err)
			}
			if have != crypto.Keccak256Hash(enc) {
				return fmt.Errorf("sequencer: block %d is on L1 with another batch (commitment %s): this sequencer's chain is not L1's; restart it to rebuild from L1", p.b.Number, have)
			}
			s.log().Info("sequencer: batch already on L1 (a post whose answer was lost)", "number", p.b.Number)
			s.unposted = s.unposted[1:]
			continue
		}
		r, err := s.Inbox.Post(ctx, p.b, p.deposits)
		if err != nil {
			return fmt.Errorf("sequencer: post block %d: %w", p.b.Number, err)
		}
		s.log().Info("sequencer: batch posted", "number", p.b.Number, "l1 block", r.BlockNumber, "gas", r.GasUsed)
		s.unposted = s.unposted[1:]
	}
	return nil
}

// consumed is the number of deposits the state after head has credited.
func (s *Sequencer) consumed(head *types.Header) (uint64, error) {
	st, err := s.Chain.BC.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return 0, fmt.Errorf("sequencer: state of block %d: %w", head.Number, err)
	}
	c := st.GetState(rollup.WithdrawalContract, rollup.DepositCountSlot).Big()
	if !c.IsUint64() {
		return 0, fmt.Errorf("sequencer: deposit count %s out of range", c)
	}
	return c.Uint64(), nil
}

// newDeposits are the bridge's deposits after those head's state has
// credited, and the bridge's hash after them (head's hash if none).
func (s *Sequencer) newDeposits(ctx context.Context, head *types.Header) ([]rollup.Deposit, common.Hash, error) {
	st, err := s.Chain.BC.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("sequencer: state of block %d: %w", head.Number, err)
	}
	hash := st.GetState(rollup.WithdrawalContract, rollup.DepositHashSlot)
	count := st.GetState(rollup.WithdrawalContract, rollup.DepositCountSlot).Big().Uint64()
	if s.Bridge == (common.Address{}) {
		return nil, hash, nil
	}
	logs, err := s.L1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.BridgeFrom),
		Addresses: []common.Address{s.Bridge},
		Topics:    [][]common.Hash{{depositTopic}},
	})
	if err != nil {
		return nil, common.Hash{}, fmt.Errorf("sequencer: bridge Deposit logs: %w", err)
	}
	var deps []rollup.Deposit
	after := map[uint64]common.Hash{} // the bridge's hash after each deposit
	for i := range logs {
		ev, err := bridgeABI.UnpackDepositEvent(&logs[i])
		if err != nil {
			return nil, common.Hash{}, fmt.Errorf("sequencer: bridge Deposit log: %w", err)
		}
		if ev.Index < count {
			continue
		}
		deps = append(deps, rollup.Deposit{Index: ev.Index, Recipient: ev.Recipient, Value: ev.Value})
		after[ev.Index] = ev.NewHash
	}
	sort.Slice(deps, func(i, j int) bool { return deps[i].Index < deps[j].Index })
	for i, d := range deps {
		if d.Index != count+uint64(i) {
			return nil, common.Hash{}, fmt.Errorf("sequencer: bridge deposit %d missing from the logs", count+uint64(i))
		}
		hash = rollup.DepositHash(hash, d)
		// The chain computed here must be the bridge's (BatchInbox checks it).
		if hash != after[d.Index] {
			return nil, common.Hash{}, fmt.Errorf("sequencer: deposit %d: running hash %s, the bridge logged %s", d.Index, hash, after[d.Index])
		}
	}
	return deps, hash, nil
}

// applicable are the transactions of queue that the rule (rollup.Build)
// keeps on head with a's deposits, in order: the ones it drops are logged
// and left out of the batch, so the batch holds only the block's
// transactions.
func (s *Sequencer) applicable(head *types.Header, a *rollup.Attributes, queue []*types.Transaction) (types.Transactions, error) {
	trial := *a
	trial.Transactions = nil
	for _, tx := range queue {
		enc, err := tx.MarshalBinary()
		if err != nil {
			return nil, err
		}
		trial.Transactions = append(trial.Transactions, enc)
	}
	enc, err := trial.Encode()
	if err != nil {
		return nil, err
	}
	st, err := s.Chain.BC.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, err
	}
	var built *rollup.Built
	if err := s.Inferences.executing(s.Lie, func() error {
		built, err = rollup.Build(s.Chain.BC, head, enc, st)
		return err
	}); err != nil {
		return nil, fmt.Errorf("sequencer: block %d: %w", head.Number.Uint64()+1, err)
	}
	if built.Invalid != nil {
		return nil, fmt.Errorf("sequencer: block %d: its attributes make no block: %w", head.Number.Uint64()+1, built.Invalid)
	}
	dropped := map[int]bool{}
	for _, d := range built.Dropped {
		dropped[d.Index] = true
		s.log().Warn("sequencer: transaction dropped", "tx", queue[d.Index].Hash(), "err", d.Reason)
	}
	var kept types.Transactions
	for i, tx := range queue {
		if !dropped[i] {
			kept = append(kept, tx)
		}
	}
	return kept, nil
}
