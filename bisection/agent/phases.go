package agent

import (
	"context"
	"encoding/hex"
	"fmt"
	"path/filepath"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// The two-phase game (docs/dispute.md, "The multi-phase dispute"): the
// agent plays the graph phase on the claim's phase-1 trace, computed
// natively once per claim and kept in its cache directory, and the node
// phase on the VM trace of the node program for the one disputed item.

// graphOf returns a claim's phase-1 trace, computing it on first use.
func (a *Agent) graphOf(ctx context.Context, cl onchain.Claim) (*trace.Graph, error) {
	if g, ok := a.graphs[cl.ID]; ok {
		return g, nil
	}
	m, err := a.modelOf(cl)
	if err != nil {
		return nil, err
	}
	input, err := a.claimInput(ctx, cl)
	if err != nil {
		return nil, err
	}
	in := crypto.Keccak256Hash(input)
	// The node program's prestate names the plan code the trace was made
	// with: an upgraded agent does not reuse a trace of another plan.
	id := fmt.Sprintf("phase-1 trace of model %x input %x, node program %x", cl.Model, in, a.prestate)
	dir := filepath.Join(a.cfg.CacheDir, "graph-"+hex.EncodeToString(crypto.Keccak256([]byte(id))[:8]))
	g, err := trace.OpenGraph(dir, id, func() (*multiphase.Trace, error) {
		if m == nil {
			return multiphase.Unusable(oracle.Address(cl.Model).Check()), nil
		}
		a.log.Info("computing the phase-1 trace natively", "claim", cl.ID)
		return multiphase.Compute(m.Bytes(), input, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("claim %d: phase-1 trace: %w", cl.ID, err)
	}
	a.graphs[cl.ID] = g
	return g, nil
}

// graphTraceOf is the trace of a game's graph phase.
func (a *Agent) graphTraceOf(ctx context.Context, cl onchain.Claim, g onchain.Game) (*playerTrace, error) {
	key := crypto.Keccak256Hash([]byte("graph"), g.LocalContext[:])
	a.mu.Lock()
	t, ok := a.traces[key]
	a.mu.Unlock()
	if ok {
		return t, nil
	}
	gr, err := a.graphOf(ctx, cl)
	if err != nil {
		return nil, err
	}
	t = &playerTrace{truth: gr, played: gr}
	if a.cfg.GraphTrace != nil {
		t.played = a.cfg.GraphTrace(cl, gr)
	}
	a.mu.Lock()
	a.traces[key] = t
	a.mu.Unlock()
	return t, nil
}

// nodeTraceOf is the VM trace of the node program for a game's node phase.
func (a *Agent) nodeTraceOf(ctx context.Context, cl onchain.Claim, g onchain.Game) (*playerTrace, error) {
	a.mu.Lock()
	t, ok := a.traces[g.LocalContext]
	a.mu.Unlock()
	if ok {
		return t, nil
	}
	m, err := a.modelOf(cl)
	if err != nil {
		return nil, err
	}
	input, err := a.claimInput(ctx, cl)
	if err != nil {
		return nil, err
	}
	gr, err := a.graphOf(ctx, cl)
	if err != nil {
		return nil, err
	}
	n := multiphase.Node{Claim: claim.Claim{Model: oracle.Address(cl.Model), Input: input, Output: cl.Output},
		Position: g.Node, Start: g.NodeStart, End: g.NodeEnd}
	// The node program reads the state at the agreed position, which the
	// honest side's trace holds (the agent agrees with NodeStart only if it
	// is its own commitment there, or it posted it).
	var st *multiphase.State
	if gr.Usable() && n.Position > 1 {
		if st, err = multiphase.StateAt(m.Bytes(), input, min(n.Position-1, uint64(gr.Items()))); err != nil {
			return nil, err
		}
	}
	host, err := multiphase.NewHost(n, m, st)
	if err != nil {
		return nil, err
	}
	p, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return claim.Prestate(a.cfg.NodeProgram) },
		Oracle:   host,
		Identity: n.Identity(),
		Dir:      filepath.Join(a.cfg.CacheDir, hex.EncodeToString(g.LocalContext[:8])),
		Interval: a.cfg.Interval,
		Engine:   a.cfg.Engine,
		Logger:   a.log.With("claim", cl.ID, "node", n.Position),
	})
	if err != nil {
		return nil, err
	}
	t = &playerTrace{provider: p, truth: p, played: p, model: m, host: host}
	if a.cfg.Trace != nil {
		t.played = a.cfg.Trace(cl, p)
	}
	a.mu.Lock()
	a.traces[g.LocalContext] = t
	a.mu.Unlock()
	a.log.Info("node phase: the node program's trace is ready", "claim", cl.ID, "game", g.ID, "node", n.Position)
	return t, nil
}

// registerMapped registers with the oracle contract the committed data a
// map_committed step maps (the model, a model block, a buffer or the slot
// table), which MIPS.step looks up by key.
func (a *Agent) registerMapped(ctx context.Context, t *playerTrace, w *mipsevm.Witness) error {
	_, s, err := mipsevm.DecodeState(w.State)
	if err != nil || s.Exited || s.Registers[2] != mipsevm.SysMapCommitted {
		return nil
	}
	if o := s.PC & 31; len(w.ProofData) < 32 || w.ProofData[o] != 0 || w.ProofData[o+1] != 0 || w.ProofData[o+2] != 0 || w.ProofData[o+3] != 0x0c {
		return nil // not a syscall instruction
	}
	key := s.PreimageKey
	if a.registerd[key] || mipsevm.KeyType(key[0]) != mipsevm.KeyTypeCommitted {
		return nil
	}
	d, err := t.host.GetCommitted(key)
	if err != nil {
		return nil // the step maps nothing (EINVAL): nothing to register
	}
	if _, err := a.c.RegisterCommitted(ctx, d.Root(), d.Len()); err != nil {
		return err
	}
	a.registerd[key] = true
	return nil
}
