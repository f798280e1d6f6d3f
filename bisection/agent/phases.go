package agent

import (
	"context"
	"encoding/binary"
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

// graphTraceOf returns a claim's phase-1 trace (the trace of its games'
// graph phase), computing it on first use or reading it back from the
// cache directory, and the function to call when done with it.
func (a *Agent) graphTraceOf(ctx context.Context, cl onchain.Claim) (*playerTrace, func(), error) {
	var id [8]byte
	binary.BigEndian.PutUint64(id[:], cl.ID)
	key := crypto.Keccak256Hash([]byte("phase-1 trace of claim"), id[:])
	return a.traces.get(ctx, key, cl.ID, func(ctx context.Context) (*playerTrace, error) {
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
			return multiphase.ComputeContext(ctx, m.Bytes(), input, nil)
		})
		if err != nil {
			return nil, fmt.Errorf("claim %d: phase-1 trace: %w", cl.ID, err)
		}
		t := &playerTrace{graph: g, truth: g, played: g}
		if a.cfg.GraphTrace != nil {
			t.played = a.cfg.GraphTrace(cl, g)
		}
		return t, nil
	})
}

// nodeTraceOf is the VM trace of the node program for a game's node phase.
func (a *Agent) nodeTraceOf(ctx context.Context, cl onchain.Claim, g onchain.Game) (*playerTrace, func(), error) {
	return a.traces.get(ctx, g.LocalContext, cl.ID, func(ctx context.Context) (*playerTrace, error) {
		m, err := a.modelOf(cl)
		if err != nil {
			return nil, err
		}
		input, err := a.claimInput(ctx, cl)
		if err != nil {
			return nil, err
		}
		gt, release, err := a.graphTraceOf(ctx, cl)
		if err != nil {
			return nil, err
		}
		gr := gt.graph
		release()
		n := multiphase.Node{Claim: claim.Claim{Model: oracle.Address(cl.Model), Input: input, Output: cl.Output},
			Position: g.Node, Start: g.NodeStart, End: g.NodeEnd}
		// The node program reads the state at the agreed position, which the
		// honest side's trace holds (the agent agrees with NodeStart only if it
		// is its own commitment there, or it posted it).
		var st *multiphase.State
		var held int64
		if gr.Usable() && n.Position > 1 {
			if st, err = multiphase.StateAtContext(ctx, m.Bytes(), input, min(n.Position-1, uint64(gr.Items()))); err != nil {
				return nil, err
			}
			for _, b := range st.Buffers {
				held += int64(len(b))
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
		t := &playerTrace{provider: p, truth: p, model: m, host: host, held: held}
		t.played = a.vmPlayed(cl, p)
		a.log.Info("node phase: the node program's trace is ready", "claim", cl.ID, "game", g.ID, "node", n.Position)
		return t, nil
	})
}
