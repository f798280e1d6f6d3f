package node

import (
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/host"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
)

// Proposer proposes the output root of every posted block of its chain
// (the sequencer's, or one derived from L1), defends its proposals' games,
// resolves them and settles its proposals after the window. Its state file
// keeps the next block to propose and its proposals not yet settled; a
// restart reads the rest from L1.
type Proposer struct {
	Chain   *batch.Chain
	Inbox   *batch.Inbox
	Outputs *output.Client // with the proposer's key
	Games   *Games
	// Inferences serves the block program the results the chain used:
	// with InferenceLie (the chain's lying Sequencer's Lie), those it
	// served, and its blocks are re-executed with it.
	Inferences   *Inferences
	InferenceLie func(gethadapter.Call, []byte) []byte
	// PostClaims makes the proposer post to OpML, with the claim bond,
	// the results a block reads that no claim gives yet (registering
	// their models from Inferences.Store first) rather than wait for
	// someone else to: a sequencer's own proposer, whose chain's results
	// nobody else has claimed. An opML agent on the same key
	// (agent.Config.Defend) defends those claims and settles them Final,
	// which the proposal's settlement waits for.
	PostClaims bool
	// Lie, if set, makes this a dishonest proposer (demos and tests): it
	// proposes Lie(block, honest output) and defends it with a trace made
	// up from step LieFrom(exit step) on (nil: half way).
	Lie       func(l2Block uint64, honest rollup.Output) rollup.Output
	LieFrom   func(exit uint64) uint64
	StateFile string
	Log       *slog.Logger

	loaded  bool
	st      proposerState
	claims  map[uint64]*host.BlockClaim
	results map[uint64]blockprog.Result
}

type proposerState struct {
	Next    uint64   `json:"next_block"`     // the next L2 block to propose
	Scanned uint64   `json:"scanned"`        // proposals read for this proposer's own
	Mine    []uint64 `json:"open_proposals"` // not yet settled
	// Proposed is my latest proposal of each block: the parent I name for
	// the next block's proposal, unless a Final one of the same word is
	// there.
	Proposed map[uint64]uint64 `json:"proposed,omitempty"`
}

func (p *Proposer) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

func (p *Proposer) me() common.Address { return p.Games.Game.Sender().Address() }

// claim is block n's claim with the inference results the chain used.
func (p *Proposer) claim(n uint64) (*host.BlockClaim, error) {
	if c, ok := p.claims[n]; ok {
		return c, nil
	}
	var c *host.BlockClaim
	if err := p.Inferences.executing(p.InferenceLie, func() (err error) {
		c, err = OutputOf(p.Chain, p.Outputs.ChainID, n)
		return err
	}); err != nil {
		return nil, fmt.Errorf("proposer: %w", err)
	}
	if err := p.Inferences.addTo(c, p.InferenceLie != nil); err != nil {
		return nil, fmt.Errorf("proposer: %w", err)
	}
	if p.claims == nil {
		p.claims = map[uint64]*host.BlockClaim{}
	}
	p.claims[n] = c
	return c, nil
}

// result is the block program's native run on block n's claim: its root
// and the inference keys the block reads.
func (p *Proposer) result(n uint64) (blockprog.Result, error) {
	if r, ok := p.results[n]; ok {
		return r, nil
	}
	c, err := p.claim(n)
	if err != nil {
		return blockprog.Result{}, err
	}
	r, err := programResult(p.Inferences, c)
	if err != nil {
		return r, fmt.Errorf("proposer: %w", err)
	}
	if p.results == nil {
		p.results = map[uint64]blockprog.Result{}
	}
	p.results[n] = r
	return r, nil
}

// word is the word I claim for block n: my output root of it (a lie's,
// with Lie) folded with the inference keys the block reads.
func (p *Proposer) word(n uint64) (common.Hash, error) {
	c, err := p.claim(n)
	if err != nil {
		return common.Hash{}, err
	}
	res, err := p.result(n)
	if err != nil {
		return common.Hash{}, err
	}
	out := c.Output
	if p.Lie != nil {
		out = p.Lie(n, out)
	}
	return rollup.ClaimedWord(out.Root(), res.Inferences), nil
}

// Step proposes the blocks posted since the last Step, moves in its
// games, resolves decided games, settles its proposals after the window
// and withdraws its credit.
func (p *Proposer) Step(ctx context.Context) error {
	if !p.loaded {
		if err := loadState(p.StateFile, &p.st); err != nil {
			return err
		}
		if err := checkGenesis(p.Chain, p.Outputs); err != nil {
			return fmt.Errorf("proposer: %w", err)
		}
		if p.st.Proposed == nil {
			p.st.Proposed = map[uint64]uint64{}
		}
		p.loaded = true
	}
	l1 := p.Games.Game.Sender().Backend()
	// Own proposals on L1 the state file missed (a crash right after a
	// proposal): never propose a block twice.
	count, err := proposalCount(ctx, l1, p.Outputs.Address())
	if err != nil {
		return err
	}
	for ; p.st.Scanned < count; p.st.Scanned++ {
		pr, err := p.Outputs.Proposal(ctx, p.st.Scanned)
		if err != nil {
			return err
		}
		if pr.Proposer == p.me() && !slices.Contains(p.st.Mine, pr.ID) && pr.L2Block >= p.st.Next {
			p.st.Mine = append(p.st.Mine, pr.ID)
			p.st.Next = pr.L2Block + 1
			p.st.Proposed[pr.L2Block] = pr.ID
		}
	}
	next, err := p.Inbox.Next(ctx)
	if err != nil {
		return err
	}
	head := p.Chain.Head().Number.Uint64()
	for n := max(p.st.Next, 1); n < next && n <= head; n++ {
		c, err := p.claim(n)
		if err != nil {
			return err
		}
		res, err := p.result(n)
		if err != nil {
			return err
		}
		// The OpML claims of the results the block reads (none: no
		// inference call); a block whose claims are not posted yet waits,
		// and the blocks after it with it.
		// A proposer that posts its claims lists only Final ones and its
		// own, which its opML agent defends (claimsFor).
		var own common.Address
		if p.PostClaims {
			own = p.me()
		}
		ids, ok, err := claimsFor(ctx, p.Games.OpML, c, res.Inferences, p.InferenceLie != nil, own)
		if err == nil && !ok && p.PostClaims {
			posted, perr := postMissingClaims(ctx, p.Games.OpML, c, res.Inferences, p.Inferences.store(), own)
			for k, id := range posted {
				p.log().Info("proposer: inference result posted to OpML", "l2 block", n, "key", k, "claim", id)
			}
			switch {
			case perr != nil && ctx.Err() != nil:
				err = perr
			case perr != nil:
				// The block waits (tried again next Step), but the Step
				// goes on: its earlier proposals still need tending, and
				// a refusal that lasts (a model registered with limits
				// below a call the L2 accepted) must not stop the node.
				p.log().Warn("proposer: cannot post the OpML claims of the block's inference results", "l2 block", n, "err", perr)
			default:
				ids, ok, err = claimsFor(ctx, p.Games.OpML, c, res.Inferences, p.InferenceLie != nil, own)
			}
		}
		if err != nil {
			return fmt.Errorf("proposer: %w", err)
		}
		if !ok {
			p.log().Info("proposer: waiting for the OpML claims of the block's inference results", "l2 block", n, "results", len(res.Inferences))
			break
		}
		// The parent: my proposal of block n − 1, or a Final one of the
		// same word; with none yet (mine was not made), the block waits.
		var parentWord common.Hash
		if n > 1 {
			if parentWord, err = p.word(n - 1); err != nil {
				return err
			}
		}
		mine, haveMine := p.st.Proposed[n-1]
		parent, ok, err := parentFor(ctx, l1, p.Outputs, n, parentWord, mine, haveMine)
		if err != nil {
			return fmt.Errorf("proposer: %w", err)
		}
		if !ok {
			p.log().Info("proposer: waiting for a proposal of the block before to build on", "l2 block", n)
			break
		}
		out := c.Output
		if p.Lie != nil {
			out = p.Lie(n, out)
		}
		id, _, err := p.Outputs.ProposeWithClaims(ctx, n, out.Root(), ids, parent)
		if err != nil {
			return fmt.Errorf("proposer: %w", err)
		}
		p.st.Mine = append(p.st.Mine, id)
		p.st.Proposed[n] = id
		p.st.Next, p.st.Scanned = n+1, max(p.st.Scanned, id+1)
		if err := saveState(p.StateFile, &p.st); err != nil {
			return err
		}
		p.log().Info("proposer: output proposed", "l2 block", n, "root", out.Root(), "proposal", id, "parent", parent)
	}
	now, err := l1Time(ctx, l1)
	if err != nil {
		return err
	}
	var open []uint64
	for _, id := range p.st.Mine {
		done, err := p.tend(ctx, id, now)
		if err != nil {
			return err
		}
		if !done {
			open = append(open, id)
		}
	}
	p.st.Mine = open
	if err := saveState(p.StateFile, &p.st); err != nil {
		return err
	}
	return withdrawCredit(ctx, p.Outputs, p.me(), p.log())
}

// tend plays, resolves and settles proposal id; done once it is settled.
func (p *Proposer) tend(ctx context.Context, id, now uint64) (bool, error) {
	pr, err := p.Outputs.Proposal(ctx, id)
	if err != nil {
		return false, err
	}
	if pr.Settled {
		p.log().Info("proposer: proposal settled", "proposal", id, "l2 block", pr.L2Block, "status", pr.Status)
		return true, nil
	}
	ds, err := disputesOf(ctx, l1Of(p.Games), p.Outputs.Address(), id)
	if err != nil {
		return false, err
	}
	for _, did := range ds {
		d, err := p.Outputs.ReadDispute(ctx, did)
		if err != nil {
			return false, err
		}
		if d.Resolved {
			continue
		}
		c, err := p.claim(pr.L2Block)
		if err != nil {
			return false, err
		}
		res, err := p.result(pr.L2Block)
		if err != nil {
			return false, err
		}
		var lieFrom func(uint64) uint64
		if pr.Word != res.Word {
			lieFrom = p.LieFrom
			if lieFrom == nil {
				lieFrom = func(exit uint64) uint64 { return exit / 2 }
			}
		}
		g, _, err := p.Games.play(ctx, d.GameID, c, pr.Word, lieFrom)
		if err != nil {
			return false, fmt.Errorf("proposer: proposal %d: %w", id, err)
		}
		if g.Status != onchain.GameInProgress {
			if _, err := p.Outputs.ResolveDispute(ctx, did); err != nil {
				return false, fmt.Errorf("proposer: %w", err)
			}
			p.log().Info("proposer: dispute resolved", "proposal", id, "dispute", did, "game", g.Status)
		}
	}
	if pr, err = p.Outputs.Proposal(ctx, id); err != nil {
		return false, err
	}
	if pr.Open == 0 && now >= pr.ProposedAt+p.Outputs.ChallengeWindow {
		if ok, err := parentSettled(ctx, p.Outputs, pr); err != nil || !ok {
			return false, err
		}
		if _, err := p.Outputs.Settle(ctx, id); err != nil {
			return false, fmt.Errorf("proposer: %w", err)
		}
		pr, err := p.Outputs.Proposal(ctx, id)
		if err != nil {
			return false, err
		}
		p.log().Info("proposer: proposal settled", "proposal", id, "l2 block", pr.L2Block, "status", pr.Status)
		return true, nil
	}
	return false, nil
}

func l1Of(gs *Games) onchain.Backend { return gs.Game.Sender().Backend() }

// withdrawCredit withdraws what the OutputOracle owes me, if anything.
func withdrawCredit(ctx context.Context, o *output.Client, me common.Address, log *slog.Logger) error {
	c, err := o.Credit(ctx, me)
	if err != nil {
		return err
	}
	if c.Sign() == 0 {
		return nil
	}
	if _, err := o.Withdraw(ctx); err != nil {
		return err
	}
	log.Info("bonds withdrawn", "wei", c)
	return nil
}
