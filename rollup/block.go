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

// How an L2 block is built from its parent and its attributes. The block
// program (rollup/blockprog) and derivation (rollup/batch) both build
// blocks with these two functions, so the block a verifier derives from L1
// is the block the program re-executes.

// NewHeader is the header of the block that a builds on parent, before
// execution: what go-ethereum's chain maker and miner fill in, with the
// consensus rules on what the sequencer chose (timestamp after the
// parent's, extra data at most 32 bytes, gas limit within 1/1024 of the
// parent's).
func NewHeader(config *params.ChainConfig, parent *types.Header, a *Attributes) (*types.Header, error) {
	if a.Timestamp <= parent.Time {
		return nil, fmt.Errorf("timestamp %d not after the parent's %d", a.Timestamp, parent.Time)
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

// Execute runs txs on statedb (the parent's state) under header (from
// NewHeader) with go-ethereum's state processor (the system calls of
// Cancun and Prague, every transaction, the requests of EIP-7685) and
// assembles the block as the chain maker does: state root, receipts root,
// bloom, gas used, requests hash. A transaction that cannot be applied is
// an error. statedb's own error (a failed read) is the caller's to check:
// it makes the result meaningless.
//
// Before the transactions, the attributes' deposits are credited
// (ApplyDeposits); deposits that do not chain are an error (ErrDeposits).
func Execute(chain core.ChainContext, header *types.Header, a *Attributes, txs types.Transactions, statedb *state.StateDB) (*types.Block, types.Receipts, error) {
	if err := ApplyDeposits(statedb, a); err != nil {
		return nil, nil, err
	}
	body := types.Body{Transactions: txs, Withdrawals: []*types.Withdrawal{}}
	block := types.NewBlockWithHeader(header).WithBody(body)
	res, err := core.NewStateProcessor(chain).Process(context.Background(), block, statedb, nil, nil, vm.Config{}, nil)
	if err != nil {
		return nil, nil, err
	}
	header.GasUsed = res.GasUsed
	if chain.Config().IsPrague(header.Number, header.Time) {
		h := types.CalcRequestsHash(res.Requests)
		header.RequestsHash = &h
	}
	return core.AssembleBlock(chain, header, statedb, &body, res.Receipts, nil), res.Receipts, nil
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
