package agent_test

import (
	"context"
	"io"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/mipsevm"
)

// preimageReads runs the node program on n's local data (as the honest
// player's trace does) and returns the steps at which it reads from the
// preimage oracle (a read syscall on fd 5), with the key being read.
func (w *twoPhase) preimageReads(n multiphase.Node) map[uint64][32]byte {
	w.t.Helper()
	s, err := claim.Prestate(w.node)
	if err != nil {
		w.t.Fatal(err)
	}
	var st *multiphase.State
	if n.Position > 1 {
		if st, err = multiphase.StateAt(w.model.Bytes(), w.input, min(n.Position-1, uint64(w.trace.Items))); err != nil {
			w.t.Fatal(err)
		}
	}
	h, err := multiphase.NewHost(n, w.model, st)
	if err != nil {
		w.t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, h, io.Discard, io.Discard)
	reads := map[uint64][32]byte{}
	for !s.Exited {
		if s.Memory.GetWord(s.PC) == 0x0000000c && s.Registers[2] == mipsevm.SysRead && s.Registers[4] == mipsevm.FdPreimageRead {
			reads[s.Step] = s.PreimageKey
		}
		if _, err := vm.Step(false); err != nil {
			w.t.Fatal(err)
		}
	}
	return reads
}

// TestTwoPhaseBoundaryLie: a lying submitter cannot start its node-phase
// trace from local data other than the game's record of the graph phase.
// It lies in phase 1 from a middle item q; in phase 2 it posts the honest
// VM trace of the node program run on other local data, ones that make
// the program accept (position past the plan's end with start = end = its
// disputed commitment, so the program returns the agreed commitment: a
// valid exit). Every step of that trace is a true step of the node
// program, except that the data it reads are not the game's: the honest
// challenger wins at the one step where the two runs part, a read of the
// preimage oracle at a local datum the game loaded (the node, or the
// agreed commitment before it).
func TestTwoPhaseBoundaryLie(t *testing.T) {
	w := newTwoPhase(t)
	ctx := context.Background()
	n := uint64(w.trace.Items)
	q := n / 2
	wrong := w.wrongTokens()
	c := claim.Claim{Model: w.model.Address(), Input: w.input, Output: wrong}
	end := madeUp(q) // the liar's commitment at q (graphLie)
	// What the game will record at the switch, and what the liar runs.
	recorded := multiphase.Node{Claim: c, Position: q, Start: w.trace.At(q - 1), End: end}
	other := multiphase.Node{Claim: c, Position: n + 5, Start: end, End: end}

	host, err := multiphase.NewHost(other, w.model, nil)
	if err != nil {
		t.Fatal(err)
	}
	fake, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return claim.Prestate(w.node) },
		Oracle:   host,
		Identity: other.Identity(),
		Dir:      t.TempDir(),
		Interval: 1 << 20,
		Logger:   testLogger(t, "other-node trace", false),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(fake.Close)
	length := w.params.TraceLength()
	if final, err := fake.StateHash(ctx, length); err != nil {
		t.Fatal(err)
	} else if final[0] != byte(mipsevm.StatusValid) {
		t.Fatalf("the node program on the other local data ends with status %v, want a valid exit", mipsevm.Status(final[0]))
	}
	if pre, err := fake.StateHash(ctx, 0); err != nil || pre != w.client(0).Config.Prestate {
		t.Fatalf("the other trace starts at %x (%v), not the deployment's prestate", pre, err)
	}

	liar := w.agent(1, "liar", w.graphLie(q, wrong), func(cfg *agent.Config) {
		cfg.Trace = func(onchain.Claim, game.Trace) game.Trace { return fake }
	})
	honest := w.agent(2, "challenger")
	id := w.submit(1, wrong)
	rounds := int(w.graph.Depth + w.params.Depth)
	w.play(4*rounds+10, w.resolved(id), liar, honest)

	chs := w.challenges(id)
	if len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the challenger", chs)
	}
	g := w.game(chs[0].GameID)
	if g.Stage != onchain.StageNode || g.Node != q || g.NodeStart != recorded.Start || g.NodeEnd != recorded.End || g.Segment.Length != 1 {
		t.Fatalf("game ended in %v at node %d (start %x, end %x), segment length %d; want the node phase at node %d (start %x, end %x), length 1",
			g.Stage, g.Node, g.NodeStart, g.NodeEnd, g.Segment.Length, q, recorded.Start, recorded.End)
	}
	reads := w.preimageReads(recorded)
	key, ok := reads[g.Segment.Start]
	if !ok {
		t.Fatalf("the disputed step %d is not a read of the preimage oracle in the node program's run on the game's local data (%d reads)",
			g.Segment.Start, len(reads))
	}
	// The two runs read the same local data 1-3 (the claim) and the same
	// end; they part at the first datum that differs.
	if key != mipsevm.LocalKey(protocol.LocalNode) && key != mipsevm.LocalKey(protocol.LocalNodeStart) {
		t.Fatalf("the disputed step %d reads key %x, want local datum %d or %d", g.Segment.Start, key, protocol.LocalNode, protocol.LocalNodeStart)
	}
	t.Logf("the lie is caught at step %d, a read of local key %x", g.Segment.Start, key)
	if st := w.claim(id).Status; st != onchain.ClaimRejected {
		t.Fatalf("claim status %v, want rejected", st)
	}
}
