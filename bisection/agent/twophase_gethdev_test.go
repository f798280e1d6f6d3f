package agent_test

import (
	"context"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/gethdev"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// gethWindow is the challenge window of the deployment on geth, in
// seconds: long enough for the challenger to check the claim and open its
// challenge, short enough to wait out before settling (geth --dev's clock
// cannot be moved).
const gethWindow = 10

// TestTwoPhaseGethDev plays a two-phase dispute against a real `geth --dev`
// node over JSON-RPC: the two-phase deployment and the same agents as on
// the embedded chain. A submitter lying in phase 1 from a middle item and
// in phase 2 from the node program's first preimage read (a local datum
// the game loads under the node context) loses to the honest challenger,
// and the claim is rejected when settled.
func TestTwoPhaseGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: starting geth takes seconds (and building it minutes, the first time)")
	}
	w := newTwoPhase(t)
	ctx := context.Background()
	var fund []common.Address
	for _, k := range w.keys {
		fund = append(fund, crypto.PubkeyToAddress(k.PublicKey))
	}
	node := gethdev.StartForTest(t, gethdev.Options{Fund: fund})
	client, err := ethclient.DialContext(ctx, node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	// The same deployment as newTwoPhase's, on geth, with a short window.
	w.backend, w.net = client, nil
	pre, err := claim.Prestate(w.node)
	if err != nil {
		t.Fatal(err)
	}
	w.addr, _, err = onchain.Deploy(ctx, w.sender(0), onchain.DeployParams{
		Prestate: pre.Hash(), Game: w.params, GraphDepth: w.graph.Depth, ChallengeWindow: gethWindow, Clock: clock,
		ClaimBond: claimBond, ChallengeBond: challengeBond,
	})
	if err != nil {
		t.Fatal(err)
	}

	n := uint64(w.trace.Items)
	q := n / 2
	wrong := w.wrongTokens()
	run := w.nodeSteps(multiphase.Node{Claim: claim.Claim{Model: w.model.Address(), Input: w.input, Output: wrong},
		Position: q, Start: w.trace.At(q - 1), End: madeUp(q)})
	liar := w.agent(1, "submitter", w.graphLie(q, wrong), nodeLie(run.preimage+1))
	honest := w.agent(2, "challenger")
	w.txs, w.gas = 0, 0 // count the dispute, not the deployment
	start := time.Now()
	id := w.submit(1, wrong)
	rounds := int(w.graph.Depth + w.params.Depth)
	w.play(4*rounds+10, w.resolved(id), liar, honest)
	played := time.Since(start)

	chs := w.challenges(id)
	if len(chs) != 1 || !chs[0].ChallengerWon {
		t.Fatalf("challenges %+v: want one won by the challenger", chs)
	}
	g := w.game(chs[0].GameID)
	if g.Stage != onchain.StageNode || g.Node != q || g.Segment.Start != run.preimage || g.Segment.Length != 1 {
		t.Fatalf("game ended in %v at node %d, step %d (length %d); want node %d, step %d",
			g.Stage, g.Node, g.Segment.Start, g.Segment.Length, q, run.preimage)
	}

	// Wait out the window, then have geth mine a block (it mines only when
	// a transaction arrives) so that the chain's time shows it passed.
	cl := w.claim(id)
	if wait := time.Until(time.Unix(int64(cl.SubmittedAt+gethWindow+1), 0)); wait > 0 {
		time.Sleep(wait)
	}
	me := crypto.PubkeyToAddress(w.keys[0].PublicKey)
	if _, err := w.sender(0).Send(ctx, "a block past the window", &me, nil, nil); err != nil {
		t.Fatal(err)
	}
	w.play(5, w.settled(id), liar, honest)
	if cl := w.claim(id); !cl.Settled || cl.Status != onchain.ClaimRejected {
		t.Fatalf("claim settled %v, status %v; want settled and rejected", cl.Settled, cl.Status)
	}
	t.Logf("two-phase dispute on geth --dev: %d transactions, %d gas, played in %v (to settlement %v)",
		w.txs, w.gas, played.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}
