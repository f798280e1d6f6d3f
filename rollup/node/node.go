// Package node holds the rollup's long-running players: the Sequencer
// (builds L2 blocks from queued transactions and L1 deposits and posts each
// block's batch to the BatchInbox), the Proposer (proposes each block's
// output root and defends it) and the Verifier (derives the L2 chain from
// L1 alone, disputes wrong output roots with the block program and plays
// their games). Each is a Step loop that can be stopped and restarted from
// L1 and a small state file, as bisection/agent is for opML claims. See
// docs/rollup.md, "Players and CLI".
package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/host"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

var oracleABI = bindings.NewOutputOracle()

// proposalCount is the OutputOracle's number of proposals (ids 0 … n−1).
func proposalCount(ctx context.Context, l1 onchain.Backend, oracle common.Address) (uint64, error) {
	n, err := bind.Call(oracleABI.Instance(l1, oracle), &bind.CallOpts{Context: ctx}, oracleABI.PackProposalCount(), oracleABI.UnpackProposalCount)
	if err != nil {
		return 0, fmt.Errorf("output oracle proposalCount(): %w", onchain.AsRevert(err))
	}
	if !n.IsUint64() {
		return 0, fmt.Errorf("output oracle proposalCount() = %s", n)
	}
	return n.Uint64(), nil
}

// disputesOf are the ids of proposal id's disputes, in the order opened.
func disputesOf(ctx context.Context, l1 onchain.Backend, oracle common.Address, id uint64) ([]uint64, error) {
	ids, err := bind.Call(oracleABI.Instance(l1, oracle), &bind.CallOpts{Context: ctx},
		oracleABI.PackDisputesOf(new(big.Int).SetUint64(id)), oracleABI.UnpackDisputesOf)
	if err != nil {
		return nil, fmt.Errorf("output oracle disputesOf(%d): %w", id, onchain.AsRevert(err))
	}
	out := make([]uint64, len(ids))
	for i, d := range ids {
		out[i] = d.Uint64()
	}
	return out, nil
}

// l1Time is the latest L1 block's timestamp: what the contracts compare
// windows and clocks with.
func l1Time(ctx context.Context, l1 onchain.Backend) (uint64, error) {
	h, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("L1 head: %w", err)
	}
	return h.Time, nil
}

// OutputOf is the output of L2 block n of chain (which must hold the
// block's state and its parent's), as the block program computes it.
func OutputOf(chain *batch.Chain, chainID, n uint64) (*host.BlockClaim, error) {
	b := chain.BC.GetBlockByNumber(n)
	if b == nil {
		return nil, fmt.Errorf("L2 block %d: not in the chain (head %d)", n, chain.Head().Number)
	}
	claim, err := host.PrepareWith(host.BlockChain{Chain: chain.BC}, chainID, n, chain.Attributes(b.Hash()))
	if err != nil {
		return nil, fmt.Errorf("L2 block %d: %w", n, err)
	}
	return claim, nil
}

// loadState reads a player's JSON state file into v; a missing file leaves
// v as it is (a fresh start).
func loadState(path string, v any) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("state %s: %w", path, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("state %s: %w (delete it to start over from L1)", path, err)
	}
	return nil
}

// saveState writes v to path atomically (a crash leaves the old file or
// the new one).
func saveState(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("state %s: %w", path, err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("state %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("state %s: %w", path, err)
	}
	return nil
}

// Stepper is one player: Step does what is due now and returns.
type Stepper interface {
	Step(ctx context.Context) error
}

// Run calls each player's Step every poll until ctx ends, and returns the
// first error (a player's Step errors are not retried: a restart continues
// from L1 and the state files).
func Run(ctx context.Context, poll time.Duration, players ...Stepper) error {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		for _, p := range players {
			if err := p.Step(ctx); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Proposals reads every proposal of the OutputOracle.
func Proposals(ctx context.Context, l1 onchain.Backend, o *output.Client) ([]output.Proposal, error) {
	n, err := proposalCount(ctx, l1, o.Address())
	if err != nil {
		return nil, err
	}
	out := make([]output.Proposal, 0, n)
	for id := range n {
		p, err := o.Proposal(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
