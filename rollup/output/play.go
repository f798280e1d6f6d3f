package output

import (
	"context"
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
// program's trace; it does not (yet) watch the chain, keep state across
// restarts or load inference results for a step (key type 4).
type Player struct {
	Game  *onchain.Client // onchain.ConnectGame of the block program's game
	ID    uint64          // the game's id
	Me    common.Address
	Trace game.Trace // this player's view of the trace
	// Witness makes the last step's witness; needed by a challenger.
	Witness Witnesser
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
			return g, nil, fmt.Errorf("game %d: the step reads an inference result (key %x): loading it from a Final OpML claim is not automated", p.ID, w.PreimageKey)
		}
		rs, err := p.Game.Step(ctx, p.ID, w)
		return g, rs, err
	}
	return g, nil, nil
}

func receipts(r *types.Receipt) []*types.Receipt {
	if r == nil {
		return nil
	}
	return []*types.Receipt{r}
}
