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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
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
func Execute(chain core.ChainContext, header *types.Header, txs types.Transactions, statedb *state.StateDB) (*types.Block, types.Receipts, error) {
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
