package agent_test

import (
	"context"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/oracle"
)

// alias is the model's address with byte 0 changed: a value that names no
// model. (The claim programs once overwrote byte 0 to form the mapping key,
// so an alias reached the model in the VM while agents, looking the full
// address up, found nothing and let a wrong claim through unchallenged.)
func alias(m *oracle.Model) oracle.Address {
	a := m.Address()
	a[0] = 0x00
	return a
}

// TestAliasedModelClaimLoses: a claim naming an alias of a stored model's
// address, with the output that model gives, is challenged by an honest
// agent and lost by a submitter that plays the claim as valid to the end.
func TestAliasedModelClaimLoses(t *testing.T) {
	w := newWorld(t, 16)
	liar := w.agent(1, "submitter", lieFrom(func(exit, _ uint64) uint64 { return exit }))
	honest := w.agent(2, "challenger")
	id, _, err := w.client(1).Submit(context.Background(), alias(w.model), w.input, w.native)
	if err != nil {
		t.Fatal(err)
	}
	w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
	chs := w.challenges(id)
	if len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the challenger", chs)
	}
	if g := w.game(chs[0].GameID); g.Segment.Length != 1 {
		t.Fatalf("game ended at %+v, want one step", g.Segment)
	}
	if st := w.claim(id).Status; st != onchain.ClaimRejected {
		t.Fatalf("claim status %v, want rejected", st)
	}
}

// TestTwoPhaseAliasedModelClaimLoses: the same in a two-phase deployment,
// with a submitter whose phase-1 trace is the aliased model's own (what the
// alias reached before): the game goes to the node phase at position 1,
// where the node program finds the claim unusable, and the submitter, which
// plays its node run as valid to the end, loses.
func TestTwoPhaseAliasedModelClaimLoses(t *testing.T) {
	w := newTwoPhase(t)
	modelTrace := func(c *agent.Config) {
		c.GraphTrace = func(onchain.Claim, game.Trace) game.Trace {
			return graphTrace(func(_ context.Context, p uint64) ([32]byte, error) { return w.trace.At(p), nil })
		}
	}
	c := claim.Claim{Model: alias(w.model), Input: w.input, Output: w.native}
	n := multiphase.Node{Claim: c, Position: 1, Start: multiphase.GraphStart, End: w.trace.At(1)}
	h, err := multiphase.NewHost(n, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := claim.Prestate(w.node)
	if err != nil {
		t.Fatal(err)
	}
	res, err := claim.Run(s, h, claim.RunOptions{})
	if err != nil || res.Valid() {
		t.Fatalf("the node program at position 1 of the aliased claim: %v, %v; want a rejection", res, err)
	}
	liar := w.agent(1, "liar", modelTrace, nodeLie(res.Steps))
	honest := w.agent(2, "challenger")
	id, _, err := w.client(1).Submit(context.Background(), c.Model, c.Input, c.Output)
	if err != nil {
		t.Fatal(err)
	}
	rounds := int(w.graph.Depth + w.params.Depth)
	w.play(4*rounds+10, w.resolved(id), liar, honest)
	chs := w.challenges(id)
	if len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the challenger", chs)
	}
	if g := w.game(chs[0].GameID); g.Stage != onchain.StageNode || g.Node != 1 || g.Segment.Length != 1 {
		t.Fatalf("game ended in %v at node %d, segment %+v; want the node phase at node 1, one step", g.Stage, g.Node, g.Segment)
	}
	if st := w.claim(id).Status; st != onchain.ClaimRejected {
		t.Fatalf("claim status %v, want rejected", st)
	}
}
