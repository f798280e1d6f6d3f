package agent

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/ethereum/go-ethereum/crypto"
)

// Reposting the honest result after a won dispute.
//
// The rollup's block program reads an inference result only from an opML
// claim that is Final on exactly that call (model, input, output size).
// A rejected claim leaves the call without a result, and the L2 output
// that used the call cannot finalize until one is Final: so the agent,
// having won a dispute on a claim, posts the claim it checked natively
// (same model, input and output size, its own output), unless an honest
// claim on the call is already Final or pending. It then defends that
// claim like any of its own (Config.Defend) and settles it after its
// window.
//
// The decision is taken from the chain each time, not from memory: a
// restarted agent reads the registry and finds the claim it posted before
// its restart (Submit returns only once the claim is mined), so it does not
// post twice. One repost is decided at a time (repostMu), so two rejected
// claims on one call give one honest claim.

// maybeRepost posts the honest claim for a rejected claim cl on which the
// agent won a challenge (Config.Repost), once.
func (a *Agent) maybeRepost(ctx context.Context, cl onchain.Claim, chs []onchain.Challenge) error {
	if !a.cfg.Repost || cl.Status != onchain.ClaimRejected || cl.ModelUnavailable {
		return nil
	}
	won := false
	for _, ch := range chs {
		if ch.Challenger == a.me && ch.Resolved && ch.ChallengerWon {
			won = true
		}
	}
	if !won {
		return nil
	}
	a.mu.Lock()
	done := a.reposted[cl.ID]
	a.mu.Unlock()
	if done {
		return nil
	}
	a.repostMu.Lock()
	defer a.repostMu.Unlock()

	a.mu.Lock()
	v, ok := a.verdicts[cl.ID]
	a.mu.Unlock()
	if !ok || v.err != nil {
		// After a restart, or if the verdict was dropped: check again.
		if v = a.check(ctx, cl); v.err != nil {
			return fmt.Errorf("claim %d: honest result to repost: %w", cl.ID, v.err)
		}
		a.setVerdict(cl.ID, v)
	}
	if v.native == nil || len(v.native) != len(cl.Output) || v.honest {
		// No result of the claim's output size exists (the VM rejects
		// every claim on the call), or the check found the claim right
		// (a dispute won on the defender's timeout): nothing to post.
		a.log.Info("no honest claim to post for the rejected claim", "claim", cl.ID,
			"native", hex.EncodeToString(v.native), "output size", len(cl.Output))
		a.markReposted(cl.ID)
		return nil
	}
	existing, err := a.honestClaim(ctx, cl, v.native)
	if err != nil {
		return err
	}
	if existing != nil {
		a.log.Info("an honest claim on the rejected claim's call exists", "claim", cl.ID, "honest claim", existing.ID,
			"status", existing.Status)
		a.markReposted(cl.ID)
		return nil
	}
	input, err := a.claimInput(ctx, cl)
	if err != nil {
		return err
	}
	id, r, err := a.claimClient(cl.ID).Submit(ctx, cl.Model, input, v.native)
	if err != nil {
		return fmt.Errorf("claim %d: post the honest claim: %w", cl.ID, err)
	}
	a.m.sent("repost", r)
	a.markReposted(cl.ID)
	a.log.Info("honest claim posted after a won dispute", "rejected claim", cl.ID, "claim", id,
		"output", hex.EncodeToString(v.native), "gas", r.GasUsed)
	return nil
}

func (a *Agent) markReposted(id uint64) {
	a.mu.Lock()
	a.reposted[id] = true
	a.mu.Unlock()
}

// honestClaim finds a claim other than cl on cl's call with output honest
// that is Final or pending, reading the registry from the newest claim
// down (a repost comes after the claim it replaces), or returns nil.
func (a *Agent) honestClaim(ctx context.Context, cl onchain.Claim, honest []byte) (*onchain.Claim, error) {
	var n uint64
	if err := a.read(ctx, func() (err error) { n, err = a.c.ClaimCount(ctx); return err }); err != nil {
		return nil, err
	}
	want := crypto.Keccak256Hash(honest)
	for id := n; id > 0; id-- {
		if id-1 == cl.ID {
			continue
		}
		var o onchain.Claim
		if err := a.read(ctx, func() (err error) { o, err = a.c.Claim(ctx, id-1); return err }); err != nil {
			return nil, err
		}
		if o.Model == cl.Model && o.InputHash == cl.InputHash && o.OutputHash == want &&
			(o.Status == onchain.ClaimFinal || o.Status == onchain.ClaimPending) {
			return &o, nil
		}
	}
	return nil, nil
}
