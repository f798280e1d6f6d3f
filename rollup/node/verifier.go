package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/host"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
)

// Verifier derives the L2 chain from L1 alone (genesis and the inbox's
// batches), recomputes the output root of every proposed block, disputes
// the wrong ones within their window, plays its games as the challenger
// with the block program's trace, resolves them, claims its rewards,
// settles proposals whose window is over and withdraws its credit. A
// proposal is judged given its parent: one whose parent output is not the
// derived chain's is left alone (it is rejected with its parent). With
// ProposeHonest it also proposes the honest root of a block it disputes
// or whose proposal is on a wrong parent, on the canonical parent (a
// proposal of the block before with the honest word), so the block gets a
// final output. Its
// state file keeps the proposals it still watches and its rewards claimed;
// its disputes are read from L1 (never opened twice).
type Verifier struct {
	Chain         *batch.Chain // from the L2 genesis, applied only by Step
	Inbox         *batch.Inbox
	Outputs       *output.Client // with the verifier's key
	Games         *Games
	Inferences    *Inferences
	ProposeHonest bool
	// OwnClaims: an opML agent on the verifier's key defends the claims it
	// submits (agent.Config.Defend, as 'rollup verify --store' runs one).
	// Its honest proposals then list only Final claims and its own pending
	// ones, posting its own where needed, rather than rely on another's
	// pending claim, whose submitter may let a challenge of it win: a
	// proposal listing a claim opML rejects is rejected, its bond burned.
	OwnClaims bool
	StateFile string
	Log       *slog.Logger

	loaded  bool
	st      verifierState
	claims  map[uint64]*host.BlockClaim
	results map[uint64]blockprog.Result
}

type verifierState struct {
	Scanned  uint64          `json:"scanned"` // proposals 0 … Scanned−1 are watched or done
	Watch    []uint64        `json:"watch"`   // not settled, or a reward not claimed
	Rewarded map[uint64]bool `json:"rewarded,omitempty"`
	Proposed map[uint64]bool `json:"proposed,omitempty"` // blocks whose honest root this verifier proposed
	// Own are those proposals, by block: the parent the verifier names
	// for its honest proposal of the next block.
	Own map[uint64]uint64 `json:"own,omitempty"`
}

func (v *Verifier) log() *slog.Logger {
	if v.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return v.Log
}

func (v *Verifier) me() common.Address { return v.Games.Game.Sender().Address() }

// claimOwner is the submitter whose pending claims the verifier relies on
// (OwnClaims: its own; else anyone's, the zero address).
func (v *Verifier) claimOwner() common.Address {
	if v.OwnClaims {
		return v.me()
	}
	return common.Address{}
}

// claim is derived block n's claim with the honest inference results.
func (v *Verifier) claim(n uint64) (*host.BlockClaim, error) {
	if c, ok := v.claims[n]; ok {
		return c, nil
	}
	var c *host.BlockClaim
	if err := v.Inferences.executing(nil, func() (err error) {
		c, err = OutputOf(v.Chain, v.Outputs.ChainID, n)
		return err
	}); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	if err := v.Inferences.addTo(c, false); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	if v.claims == nil {
		v.claims = map[uint64]*host.BlockClaim{}
	}
	v.claims[n] = c
	return c, nil
}

// Claim is derived block n's claim (its output, the program's inputs and
// preimages).
func (v *Verifier) Claim(n uint64) (*host.BlockClaim, error) { return v.claim(n) }

// HonestRoot is the output root of derived block n.
func (v *Verifier) HonestRoot(n uint64) (common.Hash, error) {
	c, err := v.claim(n)
	if err != nil {
		return common.Hash{}, err
	}
	return c.Output.Root(), nil
}

// result is the block program's native run on derived block n: its root,
// the inference keys the block reads, and the honest word (Word) a
// proposal of the block must claim.
func (v *Verifier) result(n uint64) (blockprog.Result, error) {
	if r, ok := v.results[n]; ok {
		return r, nil
	}
	c, err := v.claim(n)
	if err != nil {
		return blockprog.Result{}, err
	}
	r, err := programResult(v.Inferences, c)
	if err != nil {
		return r, fmt.Errorf("verifier: %w", err)
	}
	if v.results == nil {
		v.results = map[uint64]blockprog.Result{}
	}
	v.results[n] = r
	return r, nil
}

// Step derives the new batches, then tends every watched proposal.
func (v *Verifier) Step(ctx context.Context) error {
	if !v.loaded {
		if err := loadState(v.StateFile, &v.st); err != nil {
			return err
		}
		if err := checkGenesis(v.Chain, v.Outputs); err != nil {
			return fmt.Errorf("verifier: %w", err)
		}
		if v.st.Rewarded == nil {
			v.st.Rewarded = map[uint64]bool{}
		}
		if v.st.Proposed == nil {
			v.st.Proposed = map[uint64]bool{}
		}
		if v.st.Own == nil {
			v.st.Own = map[uint64]uint64{}
		}
		v.loaded = true
	}
	if err := v.Inferences.executing(nil, func() error {
		n, err := v.Chain.Sync(ctx, v.Inbox)
		if n > 0 {
			v.log().Info("verifier: derived from L1", "blocks", n, "head", v.Chain.Head().Number)
		}
		return err
	}); err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	l1 := l1Of(v.Games)
	count, err := proposalCount(ctx, l1, v.Outputs.Address())
	if err != nil {
		return err
	}
	for ; v.st.Scanned < count; v.st.Scanned++ {
		v.st.Watch = append(v.st.Watch, v.st.Scanned)
	}
	now, err := l1Time(ctx, l1)
	if err != nil {
		return err
	}
	var watch []uint64
	for _, id := range v.st.Watch {
		done, err := v.tend(ctx, id, now)
		if err != nil {
			return err
		}
		if !done {
			watch = append(watch, id)
		}
	}
	v.st.Watch = watch
	if err := saveState(v.StateFile, &v.st); err != nil {
		return err
	}
	return withdrawCredit(ctx, v.Outputs, v.me(), v.log())
}

// myDispute is this verifier's dispute of proposal id, if any.
func (v *Verifier) myDispute(ctx context.Context, id uint64) (*output.Dispute, error) {
	ds, err := disputesOf(ctx, l1Of(v.Games), v.Outputs.Address(), id)
	if err != nil {
		return nil, err
	}
	for _, did := range ds {
		d, err := v.Outputs.ReadDispute(ctx, did)
		if err != nil {
			return nil, err
		}
		if d.Challenger == v.me() {
			return &d, nil
		}
	}
	return nil, nil
}

// tend judges, disputes, plays, resolves, settles and collects on
// proposal id; done once nothing is left to do for it.
func (v *Verifier) tend(ctx context.Context, id, now uint64) (bool, error) {
	pr, err := v.Outputs.Proposal(ctx, id)
	if err != nil {
		return false, err
	}
	if pr.L2Block > v.Chain.Head().Number.Uint64() {
		return false, nil // not derived yet
	}
	res, err := v.result(pr.L2Block)
	if err != nil {
		return false, err
	}
	honest := res.Root
	d, err := v.myDispute(ctx, id)
	if err != nil {
		return false, err
	}
	open := now < pr.ProposedAt+v.Outputs.ChallengeWindow
	c, err := v.claim(pr.L2Block)
	if err != nil {
		return false, err
	}
	// A proposal is judged given its parent. On a parent whose output is
	// not the derived chain's, it is rejected with that parent (which,
	// if no one else does, this verifier disputes: its own parent is
	// right, or its parent is rejected in turn, down to the genesis); it
	// need not be disputed, and a game on that parent is not one the
	// program on the derived chain can play.
	rightParent := pr.ParentOutput == c.ParentOutput.Root()
	if !rightParent && !pr.Settled && d == nil {
		v.log().Info("verifier: proposal on a parent output not the derived chain's: rejected with its parent", "proposal", id, "l2 block", pr.L2Block, "parent", pr.Parent, "parent output", pr.ParentOutput)
	}
	// A proposal is wrong if its word is not the program's: another root,
	// or OpML claims other than the ones of the results the block reads.
	if rightParent && pr.Word != res.Word && d == nil && open && !pr.Settled {
		raw, err := v.Inbox.Raw(ctx, pr.L2Block)
		if err != nil {
			return false, fmt.Errorf("verifier: %w", err)
		}
		nd, _, err := v.Outputs.Dispute(ctx, id, raw)
		if err != nil {
			return false, fmt.Errorf("verifier: %w", err)
		}
		d = &nd
		v.log().Info("verifier: wrong output root disputed", "proposal", id, "l2 block", pr.L2Block,
			"proposed", pr.OutputRoot, "derived", honest, "dispute", nd.ID, "game", nd.GameID)
	}
	// A block whose proposal is wrong, or on a wrong parent, needs an
	// honest one.
	if (d != nil || !rightParent) && !pr.Settled && v.ProposeHonest && !v.st.Proposed[pr.L2Block] {
		if err := v.proposeHonest(ctx, pr.L2Block); err != nil {
			return false, err
		}
	}
	if d != nil && !d.Resolved {
		// The honest results the block reads must have claims in OpML:
		// the game may come down to a read of one, and the honest
		// proposal lists them.
		if v.Games.OpML != nil {
			posted, err := postMissingClaims(ctx, v.Games.OpML, c, res.Inferences, v.Inferences.store(), v.claimOwner())
			for k, cid := range posted {
				v.log().Info("verifier: honest inference result posted to OpML", "l2 block", pr.L2Block, "key", k, "claim", cid)
			}
			if err != nil {
				v.log().Warn("verifier: cannot post an honest inference result", "l2 block", pr.L2Block, "err", err)
			}
		}
		g, _, err := v.Games.play(ctx, d.GameID, c, pr.Word, nil)
		if errors.Is(err, onchain.ErrNoFinalClaim) {
			// The step reads an inference result no opML claim has
			// finalized yet: wait for one (the opML agent posts the honest
			// claim after it wins against a lie) while the clock runs.
			v.log().Info("verifier: the step waits for a Final opML claim", "proposal", id, "game", d.GameID, "err", err)
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("verifier: proposal %d: %w", id, err)
		}
		if g.Status != onchain.GameInProgress {
			if _, err := v.Outputs.ResolveDispute(ctx, d.ID); err != nil {
				return false, fmt.Errorf("verifier: %w", err)
			}
			v.log().Info("verifier: dispute resolved", "proposal", id, "dispute", d.ID, "game", g.Status)
		}
		if pr, err = v.Outputs.Proposal(ctx, id); err != nil {
			return false, err
		}
	}
	if !pr.Settled && pr.Open == 0 && !open {
		if ok, err := parentSettled(ctx, v.Outputs, pr); err != nil || !ok {
			return false, err
		}
		if _, err := v.Outputs.Settle(ctx, id); err != nil {
			return false, fmt.Errorf("verifier: %w", err)
		}
		if pr, err = v.Outputs.Proposal(ctx, id); err != nil {
			return false, err
		}
		v.log().Info("verifier: proposal settled", "proposal", id, "l2 block", pr.L2Block, "status", pr.Status)
	}
	if !pr.Settled {
		return false, nil
	}
	if d != nil {
		if d, err = v.myDispute(ctx, id); err != nil {
			return false, err
		}
		if d.ChallengerWon && !v.st.Rewarded[d.ID] {
			if _, err := v.Outputs.ClaimReward(ctx, d.ID); err != nil {
				return false, fmt.Errorf("verifier: %w", err)
			}
			v.st.Rewarded[d.ID] = true
			v.log().Info("verifier: reward claimed", "proposal", id, "dispute", d.ID)
		}
	}
	return true, nil
}

// proposeHonest proposes the derived chain's output of block n with the
// OpML claims of its inference results, on the canonical parent: a
// proposal of block n − 1 with the honest word that is not Rejected (a
// Final one first, then this verifier's own). With no such parent yet, or
// the claims not posted, it waits (the next Step tries again).
func (v *Verifier) proposeHonest(ctx context.Context, n uint64) error {
	c, err := v.claim(n)
	if err != nil {
		return err
	}
	res, err := v.result(n)
	if err != nil {
		return err
	}
	ids, ok, err := claimsFor(ctx, v.Games.OpML, c, res.Inferences, false, v.claimOwner())
	if err == nil && !ok && v.OwnClaims {
		posted, perr := postMissingClaims(ctx, v.Games.OpML, c, res.Inferences, v.Inferences.store(), v.me())
		for k, cid := range posted {
			v.log().Info("verifier: honest inference result posted to OpML", "l2 block", n, "key", k, "claim", cid)
		}
		if perr != nil {
			v.log().Warn("verifier: cannot post an honest inference result", "l2 block", n, "err", perr)
			return nil // the honest proposal waits; tried again next Step
		}
		ids, ok, err = claimsFor(ctx, v.Games.OpML, c, res.Inferences, false, v.me())
	}
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	if !ok {
		v.log().Info("verifier: the honest output waits for the OpML claims of the block's inference results", "l2 block", n)
		return nil
	}
	var parentWord common.Hash
	if n > 1 {
		pres, err := v.result(n - 1)
		if err != nil {
			return err
		}
		parentWord = pres.Word
	}
	own, haveOwn := v.st.Own[n-1]
	parent, ok, err := parentFor(ctx, l1Of(v.Games), v.Outputs, n, parentWord, own, haveOwn)
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	if !ok {
		v.log().Info("verifier: the honest output waits for an honest proposal of the block before", "l2 block", n)
		return nil
	}
	pid, _, err := v.Outputs.ProposeWithClaims(ctx, n, res.Root, ids, parent)
	if err != nil {
		return fmt.Errorf("verifier: %w", err)
	}
	v.st.Proposed[n] = true
	v.st.Own[n] = pid
	v.log().Info("verifier: honest output proposed", "l2 block", n, "root", res.Root, "claims", ids, "parent", parent, "proposal", pid)
	return nil
}
