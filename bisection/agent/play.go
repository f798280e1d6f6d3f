package agent

import (
	"context"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// play makes the agent's move in a game, if it is the agent's turn: one
// game's task.
func (a *Agent) play(ctx context.Context, cl onchain.Claim, ch onchain.Challenge, role string, now uint64) error {
	c := a.c.Scoped(fmt.Sprintf("game %d", ch.GameID))
	var g onchain.Game
	if err := a.read(ctx, func() (err error) { g, err = c.Game(ctx, ch.GameID); return err }); err != nil {
		return err
	}
	a.noteGame(cl.ID, g, role, now)
	if g.Status != onchain.GameInProgress {
		// Decided (perhaps by a timeout not yet recorded): record it.
		a.countOutcome(g.ID, role, g.Status == onchain.GameChallengerWon)
		r, err := c.ResolveChallenge(ctx, ch.ID)
		if onchain.RevertReason(err) == "OpML: challenge already resolved" {
			return nil // another party recorded it first
		}
		if err != nil {
			return err
		}
		a.m.sent("resolve", r)
		a.log.Info("game over", "claim", cl.ID, "game", g.ID, "outcome", g.Status, "gas", r.GasUsed)
		return nil
	}
	a.mu.Lock()
	conceded := a.conceded[g.ID]
	a.mu.Unlock()
	if conceded || role == "bystander" {
		return nil
	}
	params := a.c.Config.Game
	if g.Stage == onchain.StageGraph {
		params = a.c.Config.GraphParams()
	}
	defending := role == "defender"
	switch {
	case defending && g.Phase == onchain.PhaseBisect:
		return a.bisect(ctx, c, cl, g, params, now+clockLeft(g, now, true))
	case !defending && g.Phase == onchain.PhaseChoose:
		return a.choose(ctx, c, cl, g, params, now+clockLeft(g, now, false))
	case g.Phase == onchain.PhaseStep:
		// The challenger's clock runs while the step waits: its own
		// deadline; the defender is in no hurry (it wins on time).
		deadline := never
		if !defending {
			deadline = now + clockLeft(g, now, false)
		}
		return a.step(ctx, c, cl, g, defending, deadline)
	}
	return nil
}

// clockLeft is the time left on one side's clock at chain time now.
func clockLeft(g onchain.Game, now uint64, defender bool) uint64 {
	used := g.ChallengerUsed
	if defender {
		used = g.DefenderUsed
	}
	if running := g.Phase == onchain.PhaseBisect; running == defender && now > g.LastMoveAt {
		used += now - g.LastMoveAt
	}
	if used >= g.Clock {
		return 0
	}
	return g.Clock - used
}

func (a *Agent) concede(g onchain.Game) {
	a.mu.Lock()
	a.conceded[g.ID] = true
	a.mu.Unlock()
}

// bisect posts the defender's hashes.
func (a *Agent) bisect(ctx context.Context, c *onchain.Client, cl onchain.Claim, g onchain.Game, params game.Params, deadline uint64) error {
	var hashes [][32]byte
	err := a.compute(ctx, deadline, a.cfg.MoveTimeout, fmt.Sprintf("game %d: bisect", g.ID), func(ctx context.Context) error {
		t, release, err := a.traceOf(ctx, cl, g)
		if err != nil {
			return err
		}
		defer release()
		hashes, err = game.Bisect(ctx, t.played, params, g.Segment, g.Rounds == 0)
		return err
	})
	if err != nil {
		return err
	}
	if g.Rounds == 0 && g.Stage == onchain.StageGraph {
		if final := hashes[len(hashes)-1]; final != onchain.GraphFinal(cl.OutputHash) {
			a.concede(g)
			a.log.Error("cannot defend the claim: its plan does not compute the claimed output", "claim", cl.ID, "game", g.ID)
			return nil
		}
	} else if g.Rounds == 0 {
		if final := hashes[len(hashes)-1]; final[0] != byte(mipsevm.StatusValid) {
			a.concede(g)
			a.log.Error("cannot defend the claim: the VM does not accept it", "claim", cl.ID, "game", g.ID,
				"final status", mipsevm.Status(final[0]))
			return nil
		}
	}
	r, err := c.Bisect(ctx, g.ID, hashes)
	if err != nil {
		return err
	}
	a.m.sent("bisect", r)
	a.log.Info("bisected", "claim", cl.ID, "game", g.ID, "stage", g.Stage, "round", g.Rounds+1, "segment", segString(g.Segment),
		"hashes", len(hashes), "gas", r.GasUsed)
	return nil
}

// choose makes the challenger's choice.
func (a *Agent) choose(ctx context.Context, c *onchain.Client, cl onchain.Claim, g onchain.Game, params game.Params, deadline uint64) error {
	var cuts [][32]byte
	if err := a.read(ctx, func() (err error) { cuts, err = c.Cuts(ctx, g.ID); return err }); err != nil {
		return err
	}
	var choice game.Choice
	err := a.compute(ctx, deadline, a.cfg.MoveTimeout, fmt.Sprintf("game %d: choose", g.ID), func(ctx context.Context) error {
		t, release, err := a.traceOf(ctx, cl, g)
		if err != nil {
			return err
		}
		defer release()
		choice, err = game.Choose(ctx, t.played, params, g.Segment, cuts)
		return err
	})
	if err != nil {
		return err
	}
	r, err := c.Choose(ctx, g.ID, choice.Part)
	if err != nil {
		return err
	}
	a.m.sent("choose", r)
	a.log.Info("chose", "claim", cl.ID, "game", g.ID, "stage", g.Stage, "round", g.Rounds, "part", choice.Part,
		"of", segString(g.Segment), "next", segString(params.Part(g.Segment, choice.Part)), "gas", r.GasUsed)
	return nil
}

// step executes the game's last step if that makes the agent win.
func (a *Agent) step(ctx context.Context, c *onchain.Client, cl onchain.Claim, g onchain.Game, defending bool, deadline uint64) error {
	pos := g.Segment.Start
	var w *mipsevm.Witness
	var mapped *committed
	var against bool
	err := a.compute(ctx, deadline, a.cfg.MoveTimeout, fmt.Sprintf("game %d: step", g.ID), func(ctx context.Context) error {
		t, release, err := a.traceOf(ctx, cl, g)
		if err != nil {
			return err
		}
		defer release()
		post, err := t.provider.StateHash(ctx, pos+1)
		if err != nil {
			return err
		}
		if against = (post == g.EndHash) != defending; against {
			return nil
		}
		if w, err = t.provider.Witness(ctx, pos); err != nil {
			return err
		}
		mapped = mappedBy(t, w)
		return nil
	})
	if err != nil {
		return err
	}
	if against {
		a.concede(g)
		a.log.Warn("the one-step proof would go against us; not executing it", "claim", cl.ID, "game", g.ID, "step", pos)
		return nil
	}
	if mapped != nil {
		if err := a.register(ctx, *mapped); err != nil {
			return err
		}
	}
	receipts, err := c.Step(ctx, g.ID, w)
	var gas uint64
	for _, r := range receipts {
		a.m.sent("step", r)
		gas += r.GasUsed
	}
	if err != nil {
		return err
	}
	a.log.Info("executed the disputed step on chain", "claim", cl.ID, "game", g.ID, "step", pos,
		"instruction", Instruction(w), "preimage", w.HasPreimage, "gas", gas)
	return nil
}

// traceOf returns the trace of a game in its current stage, starting it
// on first use, and the function to call when done with it.
func (a *Agent) traceOf(ctx context.Context, cl onchain.Claim, g onchain.Game) (*playerTrace, func(), error) {
	switch g.Stage {
	case onchain.StageGraph:
		return a.graphTraceOf(ctx, cl)
	case onchain.StageNode:
		return a.nodeTraceOf(ctx, cl, g)
	}
	localContext := g.LocalContext
	return a.traces.get(ctx, localContext, cl.ID, func(ctx context.Context) (*playerTrace, error) {
		m, err := a.modelOf(cl)
		if err != nil {
			return nil, err
		}
		input, err := a.claimInput(ctx, cl)
		if err != nil {
			return nil, err
		}
		c := claim.Claim{Model: oracle.Address(cl.Model), Input: input, Output: cl.Output}
		if crypto.Keccak256Hash(c.Output) != cl.OutputHash {
			return nil, fmt.Errorf("claim %d: its output does not hash to its output hash", cl.ID)
		}
		host := c.Host(a.cfg.Store, m)
		p, err := trace.New(trace.Config{
			Prestate: func() (*mipsevm.State, error) { return claim.Prestate(a.cfg.Program) },
			Oracle:   host,
			Identity: "claim " + hex.EncodeToString(localContext[:]),
			Dir:      filepath.Join(a.cfg.CacheDir, hex.EncodeToString(localContext[:8])),
			Interval: a.cfg.Interval,
			Engine:   a.cfg.Engine,
			Logger:   a.log.With("claim", cl.ID),
		})
		if err != nil {
			return nil, err
		}
		t := &playerTrace{provider: p, truth: p, model: m, host: host}
		t.played = a.vmPlayed(cl, p)
		return t, nil
	})
}

// vmPlayed is the VM trace the agent plays: the true one or the Config's
// replacement, remembered.
func (a *Agent) vmPlayed(cl onchain.Claim, p *trace.Provider) game.Trace {
	if a.cfg.Trace != nil {
		return newMemo(a.cfg.Trace(cl, p))
	}
	return newMemo(p)
}

// claimInput reads a claim's input from the chain once: the native check
// and the traces need it.
func (a *Agent) claimInput(ctx context.Context, cl onchain.Claim) ([]byte, error) {
	a.mu.Lock()
	in, ok := a.inputs[cl.ID]
	a.mu.Unlock()
	if ok {
		return in, nil
	}
	err := a.read(ctx, func() (err error) { in, err = a.c.ClaimInput(ctx, cl); return err })
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.inputs[cl.ID] = in
	a.mu.Unlock()
	return in, nil
}

// committed is data a mapping step maps, which the oracle contract must
// have registered.
type committed struct {
	key    [32]byte
	root   [32]byte
	length uint64
}

// mappedBy returns the committed data a map_committed step maps (the
// model, a model block, a buffer or the slot table), which MIPS.step looks
// up by key, or nil.
func mappedBy(t *playerTrace, w *mipsevm.Witness) *committed {
	_, s, err := mipsevm.DecodeState(w.State)
	if err != nil || s.Exited || s.Registers[2] != mipsevm.SysMapCommitted {
		return nil
	}
	if o := s.PC & 31; len(w.ProofData) < 32 || w.ProofData[o] != 0 || w.ProofData[o+1] != 0 || w.ProofData[o+2] != 0 || w.ProofData[o+3] != 0x0c {
		return nil // not a syscall instruction
	}
	key := s.PreimageKey
	if mipsevm.KeyType(key[0]) != mipsevm.KeyTypeCommitted {
		return nil
	}
	d, err := t.host.GetCommitted(key)
	if err != nil {
		return nil // the step maps nothing (EINVAL): nothing to register
	}
	return &committed{key: key, root: d.Root(), length: d.Len()}
}

// register registers committed data with the oracle contract, once.
func (a *Agent) register(ctx context.Context, d committed) error {
	a.regMu.Lock()
	defer a.regMu.Unlock()
	a.mu.Lock()
	done := a.registered[d.key]
	a.mu.Unlock()
	if done {
		return nil
	}
	r, err := a.c.Scoped("register").RegisterCommitted(ctx, d.root, d.length)
	if err != nil {
		return err
	}
	if r != nil {
		a.m.sent("register", r)
	}
	a.mu.Lock()
	a.registered[d.key] = true
	a.mu.Unlock()
	return nil
}
