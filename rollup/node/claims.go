package node

import (
	"context"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/host"
	"github.com/ethereum/go-ethereum/common"
)

// programResult runs the block program natively on c (with a zero claimed
// word, so a block that executes exits ExitMismatch) and returns what it
// computed: the output root, and the inference keys the block reads in
// first-read order, which a proposal's OpML claims must give
// (rollup.ClaimedWord). It runs under inf's lock: the program installs its
// own precompile in the process's fork sets.
func programResult(inf *Inferences, c *host.BlockClaim) (blockprog.Result, error) {
	var res blockprog.Result
	_ = inf.executing(nil, func() error {
		res = host.RunNative(c.Host(common.Hash{}), nil)
		return nil
	})
	if res.Code != blockprog.ExitMatch && res.Code != blockprog.ExitMismatch {
		return res, fmt.Errorf("block %d: the block program natively: exit %d: %v", c.Number, res.Code, res.Err)
	}
	if res.Root != c.Output.Root() {
		return res, fmt.Errorf("block %d: the block program computes root %s, the chain's is %s", c.Number, res.Root, c.Output.Root())
	}
	return res, nil
}

// claimsFor picks, for each inference key (in order), the OpML claim a
// proposal lists for it: one on that call whose output is the result c's
// chain used, Final or Pending (a proposal's settle waits for a pending
// claim); with anyFinal (a lying proposer, whose chain's result no claim
// that opML keeps gives), a Final claim on the call with another output
// when none matches. ok is false when some key has no such claim yet: the
// proposal waits. A Rejected claim is never picked (the contract refuses
// it). With a non-zero mine, a Pending claim is picked only if mine
// submitted it: a proposal listing a claim opML rejects is rejected, and
// only a claim's submitter can defend it, so a player whose opML agent
// defends its own claims (Proposer.PostClaims) must not rely on someone
// else's, which its submitter may let a challenge win.
func claimsFor(ctx context.Context, opml *onchain.Client, c *host.BlockClaim, keys []common.Hash, anyFinal bool, mine common.Address) (ids []uint64, ok bool, err error) {
	ids, missing, err := pickClaims(ctx, opml, c, keys, anyFinal, mine)
	return ids, err == nil && len(missing) == 0, err
}

// pickClaims is claimsFor's search: the claims picked for the keys that
// have one, and the keys that have none.
func pickClaims(ctx context.Context, opml *onchain.Client, c *host.BlockClaim, keys []common.Hash, anyFinal bool, mine common.Address) (ids []uint64, missing []common.Hash, err error) {
	if len(keys) == 0 {
		return nil, nil, nil
	}
	if opml == nil {
		return nil, nil, fmt.Errorf("block %d reads %d inference results: listing their OpML claims needs an OpML client (Games.OpML)", c.Number, len(keys))
	}
	used := map[common.Hash][]byte{}
	for _, inf := range c.Inferences {
		used[blockprog.InferenceKey(spec.Call{Model: inf.Model, Input: inf.Input, OutputSize: uint64(len(inf.Output))})] = inf.Output
	}
	n, err := opml.ClaimCount(ctx)
	if err != nil {
		return nil, nil, err
	}
	matching := map[common.Hash]uint64{}   // a Final (else the newest Pending) claim with the used output
	otherFinal := map[common.Hash]uint64{} // a Final claim with another output
	finalMatch := map[common.Hash]bool{}
	for id := uint64(0); id < n; id++ {
		cl, err := opml.Claim(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		k := common.Hash(cl.InferenceKey())
		out, want := used[k]
		switch {
		case !want || cl.Status == onchain.ClaimRejected:
		case string(cl.Output) == string(out) && cl.Status == onchain.ClaimFinal:
			matching[k], finalMatch[k] = id, true
		case string(cl.Output) == string(out) && !finalMatch[k] && (mine == common.Address{} || cl.Submitter == mine):
			matching[k] = id
		case cl.Status == onchain.ClaimFinal:
			otherFinal[k] = id
		}
	}
	for _, k := range keys {
		id, found := matching[k]
		if !found && anyFinal {
			id, found = otherFinal[k]
		}
		if !found {
			missing = append(missing, k)
			continue
		}
		ids = append(ids, id)
	}
	return ids, missing, nil
}

// postMissingClaims submits to OpML, with the claim bond, the result c's
// chain used for each inference block c reads (keys) that no Final or
// Pending claim gives with that output: a step that reads such a result
// cannot be executed until a claim is Final, and a proposal of the block
// lists one. The verifier posts its honest results (a lying sequencer's
// adapter would not; the opML agent reposts only after it rejected a
// lie), a sequencer's proposer those of its chain (Proposer.PostClaims).
// A model OpML's registry does not know is registered first from store
// (nil: Submit refuses the claim). With a non-zero mine (the sender's
// address), a Pending claim of another submitter does not count (see
// claimsFor). What it posted, by key. Restart-safe: the search reads the
// chain, so a result posted before a restart is not posted again.
func postMissingClaims(ctx context.Context, opml *onchain.Client, c *host.BlockClaim, keys []common.Hash, store *oracle.Store, mine common.Address) (map[common.Hash]uint64, error) {
	_, missing, err := pickClaims(ctx, opml, c, keys, false, mine)
	if err != nil || len(missing) == 0 {
		return nil, err
	}
	posted := map[common.Hash]uint64{}
	for _, k := range missing {
		var found bool
		for _, inf := range c.Inferences {
			if blockprog.InferenceKey(spec.Call{Model: inf.Model, Input: inf.Input, OutputSize: uint64(len(inf.Output))}) != k {
				continue
			}
			if store != nil {
				if err := register(ctx, opml, store, inf.Model); err != nil {
					return posted, fmt.Errorf("block %d: inference key %s: %w", c.Number, k, err)
				}
			}
			id, _, err := opml.Submit(ctx, inf.Model, inf.Input, inf.Output)
			if err != nil {
				return posted, fmt.Errorf("block %d: post the honest result of inference key %s to OpML: %w", c.Number, k, err)
			}
			posted[k], found = id, true
			break
		}
		if !found {
			return posted, fmt.Errorf("block %d: no result for inference key %s", c.Number, k)
		}
	}
	return posted, nil
}

// register registers model in opml's registry from store unless it is
// registered already, with the deployment's limits for it.
func register(ctx context.Context, opml *onchain.Client, store *oracle.Store, model [32]byte) error {
	m, err := store.Open(oracle.Address(model))
	if err != nil {
		return fmt.Errorf("register model %x in OpML: %w", model, err)
	}
	if _, _, err := gethadapter.RegisterModel(ctx, opml, m); err != nil {
		return fmt.Errorf("register model %x in OpML: %w", model, err)
	}
	return nil
}
