package rollup

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// How an L2 block is built from its parent and its batch's attributes.
// The block program (rollup/blockprog) and derivation (rollup/batch) both
// build blocks with Build, so the block a verifier derives from L1 is the
// block the program re-executes, and every batch has exactly one.

// MaxTimestamp bounds the timestamp a batch may choose: a block's
// timestamp is at most max(MaxTimestamp, parent's + 1). The fallback block
// (parent's + 1) always satisfies it, so a chain can always go on: past
// MaxTimestamp (2^62, some 10^11 years) only fallback-like steps of one
// second are valid, and the 2^64 wrap is out of reach.
const MaxTimestamp = 1 << 62

// NewHeader is the header of the block that a builds on parent, before
// execution: what go-ethereum's chain maker and miner fill in, with the
// consensus rules on what the sequencer chose (timestamp after the
// parent's and within MaxTimestamp, extra data at most 32 bytes, gas limit
// within 1/1024 of the parent's and at most go-ethereum's
// params.MaxGasLimit, which its header check enforces).
func NewHeader(config *params.ChainConfig, parent *types.Header, a *Attributes) (*types.Header, error) {
	if a.Timestamp <= parent.Time {
		return nil, fmt.Errorf("timestamp %d not after the parent's %d", a.Timestamp, parent.Time)
	}
	if a.Timestamp > max(MaxTimestamp, parent.Time+1) {
		return nil, fmt.Errorf("timestamp %d beyond the bound %d", a.Timestamp, uint64(MaxTimestamp))
	}
	if a.GasLimit > params.MaxGasLimit {
		return nil, fmt.Errorf("gas limit %d above the maximum %d", a.GasLimit, params.MaxGasLimit)
	}
	if uint64(len(a.Extra)) > params.MaximumExtraDataSize {
		return nil, fmt.Errorf("extra data of %d bytes, at most %d", len(a.Extra), params.MaximumExtraDataSize)
	}
	if err := misc.VerifyGaslimit(parent.GasLimit, a.GasLimit); err != nil {
		return nil, err
	}
	number := new(big.Int).Add(parent.Number, common.Big1)
	h := &types.Header{
		ParentHash: parent.Hash(),
		Coinbase:   a.Coinbase,
		Difficulty: common.Big0,
		GasLimit:   a.GasLimit,
		Number:     number,
		Time:       a.Timestamp,
		Extra:      common.CopyBytes(a.Extra),
		MixDigest:  a.PrevRandao,
		BaseFee:    eip1559.CalcBaseFee(config, parent),
	}
	if config.IsCancun(number, a.Timestamp) {
		excess := eip4844.CalcExcessBlobGas(config, parent, a.Timestamp)
		beaconRoot := a.ParentBeaconRoot
		h.ExcessBlobGas = &excess
		h.BlobGasUsed = new(uint64) // no blob transactions on L2
		h.ParentBeaconRoot = &beaconRoot
	}
	return h, nil
}

// Built is a block the rule built (Build), with what the rule left out.
type Built struct {
	Block    *types.Block
	Receipts types.Receipts
	// Attributes are the attributes the block was built from: the batch's,
	// or Fallback's when the batch's are invalid (then Invalid says why).
	Attributes *Attributes
	Invalid    error
	// Dropped are the batch's transactions left out, in order.
	Dropped []Dropped
	// Requests (EIP-7685), logs and gas used, as go-ethereum's processor
	// reports them (core.ProcessResult).
	Requests [][]byte
	Logs     []*types.Log
	GasUsed  uint64
}

// Dropped is a transaction of the attributes that is not in the block.
type Dropped struct {
	Index  int // in the attributes' Transactions
	Reason error
}

// Build is the rule that gives every batch exactly one block on parent
// (docs/rollup.md, "What an invalid block means"). enc is the attributes'
// RLP as posted. If it does not decode (DecodeAttributes), if the header
// the attributes choose is invalid (NewHeader), or if their deposits do
// not continue the parent state's (ApplyDeposits), the block is
// Fallback's: the next second, the parent's gas limit, no transactions;
// it keeps the attributes' deposits when they continue the parent state's
// (whatever else is wrong), so a batch BatchInbox accepted, whose
// deposits the inbox checked against the bridge, credits them in any
// case. Otherwise the block has the attributes' header and deposits and
// those of their transactions that apply, in order (Execute). statedb is
// the parent's state; its own error (a failed read) is the caller's to
// check: it makes the result meaningless. An error is returned only for
// what no batch causes: a chain whose system contracts fail.
func Build(chain core.ChainContext, parent *types.Header, enc []byte, statedb *state.StateDB) (*Built, error) {
	config := chain.Config()
	a, invalid := DecodeAttributes(enc)
	var header *types.Header
	deposited := false
	if invalid == nil {
		header, invalid = NewHeader(config, parent, a)
		// Credited before the transactions, and in the fallback block too.
		err := ApplyDeposits(statedb, a) // changes nothing when it fails
		deposited = err == nil
		if invalid == nil {
			invalid = err
		}
	}
	if invalid != nil {
		// The deposit hash the state holds now: the attributes' when
		// their deposits were credited, the parent's otherwise.
		fb := Fallback(parent, statedb.GetState(WithdrawalContract, DepositHashSlot))
		if deposited {
			fb.Deposits = a.Deposits
		}
		a = fb
		var err error
		if header, err = NewHeader(config, parent, a); err != nil {
			return nil, fmt.Errorf("fallback header: %w", err) // cannot happen: the fallback is valid by construction
		}
	}
	b, err := Execute(chain, parent, header, a.Transactions, statedb)
	if err != nil {
		return nil, err
	}
	b.Attributes, b.Invalid = a, invalid
	return b, nil
}

// Fallback is the attributes of the block that replaces a batch whose
// attributes are invalid: timestamp the parent's + 1, the parent's gas
// limit, no transactions, no deposits and deposit hash depositHash (Build
// adds the batch's deposits when they chain, and then depositHash is the
// hash after them), every other field zero. It is valid on any parent, so
// the rule always gives a block.
func Fallback(parent *types.Header, depositHash common.Hash) *Attributes {
	return &Attributes{Timestamp: parent.Time + 1, GasLimit: parent.GasLimit, DepositHash: depositHash}
}

// Execute builds the block of header (from NewHeader) on parent from the
// transactions txs (binary encodings) and statedb (the parent's state with
// the block's deposits applied), as go-ethereum's state processor runs a
// block (the system calls of Cancun and Prague, every transaction, the
// requests of EIP-7685) except that a transaction that cannot be applied
// is dropped, as go-ethereum's miner drops it: one that does not decode,
// a blob transaction, one whose signature or chain id is wrong, whose
// nonce is not the sender's, whose sender cannot pay gas·price + value,
// whose gas is below its intrinsic gas or over the block's remaining gas,
// whose fee cap is below the base fee: anything core.ApplyMessage refuses.
// Its state changes are undone. The block is assembled as the chain maker
// does (state root, receipts root, bloom, gas used, requests hash), and
// go-ethereum's processor, run on it, gives the same state.
func Execute(chain core.ChainContext, parent, header *types.Header, txs [][]byte, statedb *state.StateDB) (*Built, error) {
	ctx := context.Background()
	config := chain.Config()
	evm := vm.NewEVM(core.NewEVMBlockContext(header, chain, nil), statedb, config, vm.Config{})
	defer evm.Release()
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, config, evm, header.Number, header.Time)

	var (
		gp       = core.NewGasPool(header.GasLimit)
		signer   = types.MakeSigner(config, header.Number, header.Time)
		hash     = header.Hash()
		included types.Transactions
		receipts types.Receipts
		logs     []*types.Log
		dropped  []Dropped
	)
	for i, enc := range txs {
		tx, err := decodeTransaction(enc)
		if err == nil {
			var msg *core.Message
			if msg, err = core.TransactionToMessage(tx, signer, header.BaseFee); err == nil {
				snap, gsnap := statedb.Snapshot(), gp.Snapshot()
				statedb.SetTxContext(tx.Hash(), len(included), uint32(len(included)+1))
				var r *types.Receipt
				if r, _, err = core.ApplyTransactionWithEVM(ctx, msg, gp, statedb, header.Number, hash, header.Time, tx, evm); err == nil {
					included = append(included, tx)
					receipts = append(receipts, r)
					logs = append(logs, r.Logs...)
					continue
				}
				statedb.RevertToSnapshot(snap)
				gp.Set(gsnap)
			}
		}
		dropped = append(dropped, Dropped{Index: i, Reason: err})
	}
	body := types.Body{Transactions: included, Withdrawals: []*types.Withdrawal{}}
	requests, _, err := core.PostExecution(ctx, config, header.Number, header.Time, logs, body.Withdrawals, evm, uint32(len(included)+1))
	if err != nil {
		return nil, err
	}
	chain.Engine().Finalize(chain, header, statedb, &body)
	header.GasUsed = gp.Used()
	if config.IsPrague(header.Number, header.Time) {
		h := types.CalcRequestsHash(requests)
		header.RequestsHash = &h
	}
	block := core.AssembleBlock(chain, header, statedb, &body, receipts, nil)
	return &Built{Block: block, Receipts: receipts, Dropped: dropped, Requests: requests, Logs: logs, GasUsed: header.GasUsed}, nil
}

// decodeTransaction decodes one of the attributes' transactions; the L2
// has no blob data, so a blob transaction is refused (ErrBlobTx).
func decodeTransaction(enc []byte) (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(enc); err != nil {
		return nil, err
	}
	if tx.Type() == types.BlobTxType {
		return nil, ErrBlobTx
	}
	return tx, nil
}

// ApplyDeposits checks that a's deposits continue the deposits statedb has
// consumed (consecutive indices from its count, the running hash from its
// hash to a.DepositHash) and credits each value to its recipient (a balance
// addition: go-ethereum has no deposit transaction), then records the new
// count and hash in WithdrawalContract's deposit slots. With no deposits
// it only checks that a.DepositHash is the consumed hash.
func ApplyDeposits(statedb *state.StateDB, a *Attributes) error {
	count := new(big.Int).SetBytes(statedb.GetState(WithdrawalContract, DepositCountSlot).Bytes())
	h := statedb.GetState(WithdrawalContract, DepositHashSlot)
	if !count.IsUint64() {
		return fmt.Errorf("%w: the state's deposit count %s is out of range", ErrDeposits, count)
	}
	n := count.Uint64()
	for i, d := range a.Deposits {
		if d.Index != n+uint64(i) {
			return fmt.Errorf("%w: deposit %d has index %d, want %d", ErrDeposits, i, d.Index, n+uint64(i))
		}
		if d.Value == nil || d.Value.Sign() < 0 || d.Value.BitLen() > 256 {
			return fmt.Errorf("%w: deposit %d: value out of range", ErrDeposits, d.Index)
		}
		h = DepositHash(h, d)
	}
	if h != a.DepositHash {
		return fmt.Errorf("%w: the deposits end at hash %s, the attributes claim %s", ErrDeposits, h, a.DepositHash)
	}
	if len(a.Deposits) == 0 {
		return nil
	}
	for _, d := range a.Deposits {
		v, _ := uint256.FromBig(d.Value)
		statedb.AddBalance(d.Recipient, v, tracing.BalanceChangeUnspecified)
	}
	// An account with storage only would be empty (EIP-161) and deleted.
	if statedb.GetNonce(WithdrawalContract) == 0 && statedb.GetCodeSize(WithdrawalContract) == 0 {
		statedb.SetNonce(WithdrawalContract, 1, tracing.NonceChangeUnspecified)
	}
	statedb.SetState(WithdrawalContract, DepositCountSlot, common.BigToHash(new(big.Int).SetUint64(n+uint64(len(a.Deposits)))))
	statedb.SetState(WithdrawalContract, DepositHashSlot, h)
	return nil
}
