package node

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/host"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
)

// Games are a player's output games: one trace of the block program per
// game (snapshots on disk under Dir, so a restarted player replays little),
// played with output.Player, the opML agent's move rules.
type Games struct {
	Game *onchain.Client // onchain.ConnectGame of the OutputOracle's game, with the player's key
	// OpML is the OpML deployment's client (onchain.Connect): the claims a
	// proposal lists for the inference results its block reads, and the
	// results a step that reads one loads (output.Player.OpML). Nil: blocks
	// without inference calls only.
	OpML     *onchain.Client
	Prestate func() (*mipsevm.State, error)
	Dir      string
	Log      *slog.Logger

	traces map[uint64]*trace.Provider
}

// play makes this player's move in game id, whose trace is the block
// program on claim with claimed as its claimed word (the proposal's
// Word); lieFrom > 0 makes the player's trace
// a made-up one from that step on (a lying proposer's, for demos and
// tests). It reports the game as it was before the move.
func (gs *Games) play(ctx context.Context, id uint64, claim *host.BlockClaim, claimed common.Hash, lieFrom func(exit uint64) uint64) (onchain.Game, int, error) {
	p, err := gs.trace(ctx, id, claim, claimed)
	if err != nil {
		return onchain.Game{}, 0, err
	}
	var t game.Trace = p
	if lieFrom != nil {
		exit, err := p.ExitStep(ctx)
		if err != nil {
			return onchain.Game{}, 0, err
		}
		t = game.Lie{Honest: p, From: lieFrom(exit), Length: gs.Game.Config.Game.TraceLength()}
	}
	pl := &output.Player{Game: gs.Game, ID: id, Me: gs.Game.Sender().Address(), Trace: t, Witness: p, OpML: gs.OpML}
	g, rs, err := pl.Move(ctx)
	if err != nil {
		return g, len(rs), err
	}
	if len(rs) > 0 && gs.Log != nil {
		gs.Log.Info("game move", "game", id, "phase", g.Phase, "segment", g.Segment, "transactions", len(rs))
	}
	if g.Status != onchain.GameInProgress {
		gs.close(id)
	}
	return g, len(rs), nil
}

// trace is game id's trace provider, made on first use.
func (gs *Games) trace(ctx context.Context, id uint64, claim *host.BlockClaim, claimed common.Hash) (*trace.Provider, error) {
	if p, ok := gs.traces[id]; ok {
		return p, nil
	}
	if gs.traces == nil {
		gs.traces = map[uint64]*trace.Provider{}
	}
	p, err := trace.New(trace.Config{
		Prestate: gs.Prestate,
		Oracle:   claim.Host(claimed),
		Identity: fmt.Sprintf("output game %d: block %d root %s", id, claim.Number, claimed),
		Dir:      filepath.Join(gs.Dir, fmt.Sprintf("game-%d", id)),
		Logger:   gs.Log,
	})
	if err != nil {
		return nil, fmt.Errorf("game %d: trace: %w", id, err)
	}
	if p.PrestateHash() != gs.Game.Config.Prestate {
		p.Close()
		return nil, fmt.Errorf("game %d: the block program's prestate %x is not the game's %x (another program build?)", id, p.PrestateHash(), gs.Game.Config.Prestate)
	}
	gs.traces[id] = p
	return p, nil
}

// Witness is the one-step witness at pos of game id's trace and the
// trace's exit step, while this player plays the game (its trace is
// open).
func (gs *Games) Witness(ctx context.Context, id, pos uint64) (*mipsevm.Witness, uint64, error) {
	p, ok := gs.traces[id]
	if !ok {
		return nil, 0, fmt.Errorf("game %d: no open trace", id)
	}
	w, err := p.Witness(ctx, pos)
	if err != nil {
		return nil, 0, err
	}
	exit, err := p.ExitStep(ctx)
	return w, exit, err
}

func (gs *Games) close(id uint64) {
	if p, ok := gs.traces[id]; ok {
		p.Close()
		delete(gs.traces, id)
	}
}

// Close closes every trace.
func (gs *Games) Close() {
	for id := range gs.traces {
		gs.close(id)
	}
}
