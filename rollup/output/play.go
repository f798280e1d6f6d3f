package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/mipsevm"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Witnesser gives the one-step witness of the step from position pos:
// *trace.Provider is one.
type Witnesser interface {
	Witness(ctx context.Context, pos uint64) (*mipsevm.Witness, error)
}

// Player plays one side of an output dispute's game: the defender (the
// proposer) bisects, the challenger chooses, and the challenger executes
// the last step when its post-state is not the defender's. It uses the
// same move rules as the opML agent (bisection/game) over the block
// program's trace; it does not (yet) watch the chain or keep state across
// restarts.
//
// A step that reads an inference result (key type 4) needs the result in
// the game's PreimageOracle, which loads it only from an OpML claim that
// is Final on exactly that call: the challenger finds one (OpML) and loads
// the part the step reads before stepping. While no claim on the call is
// Final, Move returns an error wrapping onchain.ErrNoFinalClaim and sends
// nothing; the caller tries again later. The challenger's clock runs
// meanwhile: the OutputOracle's clock is longer than opML's window plus two
// of its clocks, time enough for an honest claim posted after a rejection
// (bisection/agent does so) to become Final.
type Player struct {
	Game  *onchain.Client // onchain.ConnectGame of the block program's game
	ID    uint64          // the game's id
	Me    common.Address
	Trace game.Trace // this player's view of the trace
	// Witness makes the last step's witness; needed by a challenger.
	Witness Witnesser
	// OpML reads the opML claims whose Final results load inference
	// results for a step (onchain.Connect of the deployment whose
	// PreimageOracle the game uses); needed by a challenger whose step
	// reads one.
	OpML *onchain.Client
}

// Move makes this player's move if it is its turn, and reports the game
// as it was before the move and the receipts sent (none: not its turn or
// the game is over).
func (p *Player) Move(ctx context.Context) (onchain.Game, []*types.Receipt, error) {
	g, err := p.Game.Game(ctx, p.ID)
	if err != nil {
		return g, nil, err
	}
	if g.Status != onchain.GameInProgress {
		return g, nil, nil
	}
	params := p.Game.Config.Game
	switch {
	case g.Phase == onchain.PhaseBisect && g.Defender == p.Me:
		hashes, err := game.Bisect(ctx, p.Trace, params, g.Segment, g.Rounds == 0)
		if err != nil {
			return g, nil, fmt.Errorf("game %d: bisect: %w", p.ID, err)
		}
		r, err := p.Game.Bisect(ctx, p.ID, hashes)
		return g, receipts(r), err
	case g.Phase == onchain.PhaseChoose && g.Challenger == p.Me:
		cuts, err := p.Game.Cuts(ctx, p.ID)
		if err != nil {
			return g, nil, err
		}
		choice, err := game.Choose(ctx, p.Trace, params, g.Segment, cuts)
		if err != nil {
			return g, nil, fmt.Errorf("game %d: choose: %w", p.ID, err)
		}
		r, err := p.Game.Choose(ctx, p.ID, choice.Part)
		return g, receipts(r), err
	case g.Phase == onchain.PhaseStep && g.Challenger == p.Me:
		post, err := p.Trace.StateHash(ctx, g.Segment.Start+1)
		if err != nil {
			return g, nil, err
		}
		if post == g.EndHash {
			return g, nil, fmt.Errorf("game %d: the step from %d gives the defender's hash: the challenger cannot win it", p.ID, g.Segment.Start)
		}
		if p.Witness == nil {
			return g, nil, fmt.Errorf("game %d: no witness source for the step", p.ID)
		}
		w, err := p.Witness.Witness(ctx, g.Segment.Start)
		if err != nil {
			return g, nil, err
		}
		if w.HasPreimage && mipsevm.KeyType(w.PreimageKey[0]) == mipsevm.KeyTypeInference {
			rs, err := p.stepInference(ctx, w)
			return g, rs, err
		}
		rs, err := p.Game.Step(ctx, p.ID, w)
		return g, rs, err
	}
	return g, nil, nil
}

// stepInference executes a step that reads an inference result: it loads
// the part the step reads from a Final OpML claim on the step's call, then
// steps.
func (p *Player) stepInference(ctx context.Context, w *mipsevm.Witness) ([]*types.Receipt, error) {
	key := w.PreimageKey
	if p.OpML == nil {
		return nil, fmt.Errorf("game %d: the step reads inference result %x, and the player has no OpML client to load it from", p.ID, key)
	}
	if p.OpML.Addr.Oracle != p.Game.Addr.Oracle {
		return nil, fmt.Errorf("game %d: the OpML deployment's PreimageOracle %s is not the game's %s", p.ID, p.OpML.Addr.Oracle, p.Game.Addr.Oracle)
	}
	cl, err := p.OpML.FinalClaimFor(ctx, key)
	if errors.Is(err, onchain.ErrNoFinalClaim) {
		return nil, fmt.Errorf("game %d: the step reads inference result %x, which the oracle loads only from a Final opML claim; try again once one is Final (the challenger's clock runs meanwhile): %w", p.ID, key, err)
	}
	if err != nil {
		return nil, fmt.Errorf("game %d: inference result %x: %w", p.ID, key, err)
	}
	if !bytes.Equal(cl.Output, w.PreimageValue) {
		// The step would give another post-state on chain than in this
		// player's trace: the trace did not read what opML finalized.
		return nil, fmt.Errorf("game %d: Final opML claim %d's output %x is not the result %x this trace read for key %x",
			p.ID, cl.ID, cl.Output, w.PreimageValue, key)
	}
	part := mipsevm.PreimagePart(w.PreimageValue, w.PreimageOffset)
	var rs []*types.Receipt
	r, err := p.Game.LoadInferencePart(ctx, cl.ID, cl.Model, cl.InputHash, uint64(len(cl.Output)), part)
	if r != nil {
		rs = append(rs, r)
	}
	if err != nil {
		return rs, fmt.Errorf("game %d: load inference part %d from claim %d: %w", p.ID, part, cl.ID, err)
	}
	r, err = p.Game.StepLoaded(ctx, p.ID, w)
	if r != nil {
		rs = append(rs, r)
	}
	return rs, err
}

func receipts(r *types.Receipt) []*types.Receipt {
	if r == nil {
		return nil
	}
	return []*types.Receipt{r}
}
