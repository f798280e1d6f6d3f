package onchain_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// TestTwoPhase: a two-phase deployment (GraphDepth 3) read back by
// Connect; GraphStart, GraphFinal, LocalContext and NodeContext equal the
// contract's GRAPH_START, graphFinal, localContextOf and nodeContextOf; a
// game read with Game carries its stage, and after the graph phase the
// node, nodeStart and nodeEnd the game recorded. A single-phase deployment
// reads as GraphDepth 0 and its games as StageSingle.
func TestTwoPhase(t *testing.T) {
	keys := devnet.DevKeys(2)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	sender := func(i int) *onchain.Sender {
		s, err := onchain.NewSender(ctx, net.Client(), keys[i], nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Poll = 5 * time.Millisecond
		return s
	}
	alice, bob := sender(0), sender(1)
	params := onchain.DeployParams{
		Prestate: [32]byte{0x0e, 1}, Game: game.Params{Arity: 2, Depth: 3}, GraphDepth: 3,
		ChallengeWindow: 600, Clock: 600, ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	}
	bad := params
	bad.GraphDepth = 63
	if _, _, err := onchain.Deploy(ctx, alice, bad); err == nil || !strings.Contains(err.Error(), "graph phase") {
		t.Fatalf("deploy with graph depth 63: %v", err)
	}
	addrs, _, err := onchain.Deploy(ctx, alice, params)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := onchain.Connect(ctx, net.Client(), addrs, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg := ca.Config; cfg.GraphDepth != 3 || cfg.GraphLength != 8 || cfg.TraceLength != 8 || !cfg.TwoPhase() ||
		cfg.GraphParams() != (game.Params{Arity: 2, Depth: 3}) || cfg.Prestate != params.Prestate {
		t.Fatalf("config %+v", cfg)
	}
	cb, err := onchain.Connect(ctx, net.Client(), addrs, bob, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The Go helpers against the contract's pure functions.
	dg := bindings.NewDisputeGame()
	inst := dg.Instance(net.Client(), addrs.Game)
	opts := &bind.CallOpts{Context: ctx}
	start, err := bind.Call(inst, opts, dg.PackGRAPHSTART(), dg.UnpackGRAPHSTART)
	if err != nil || start != onchain.GraphStart {
		t.Fatalf("GRAPH_START %x (%v), GraphStart %x", start, err, onchain.GraphStart)
	}
	model := registerTestModel(t, ctx, ca, "two-phase")
	input, output := crypto.Keccak256Hash([]byte("input")), crypto.Keccak256Hash([]byte("output"))
	for _, out := range [][32]byte{{}, output, input} {
		got, err := bind.Call(inst, opts, dg.PackGraphFinal(out), dg.UnpackGraphFinal)
		if err != nil || got != onchain.GraphFinal(out) {
			t.Fatalf("graphFinal(%x) %x (%v), GraphFinal %x", out, got, err, onchain.GraphFinal(out))
		}
	}
	if got, err := bind.Call(inst, opts, dg.PackLocalContextOf(model, input, output), dg.UnpackLocalContextOf); err != nil || got != onchain.LocalContext(model, input, output) {
		t.Fatalf("localContextOf %x (%v), LocalContext %x", got, err, onchain.LocalContext(model, input, output))
	}
	for _, node := range []uint64{1, 8, 1<<64 - 1} {
		s, e := [32]byte{1, 2}, [32]byte{31: 3}
		got, err := bind.Call(inst, opts, dg.PackNodeContextOf(model, input, output, node, s, e), dg.UnpackNodeContextOf)
		if want := onchain.NodeContext(model, input, output, node, s, e); err != nil || got != want {
			t.Fatalf("nodeContextOf(node %d) %x (%v), NodeContext %x", node, got, err, want)
		}
	}

	// A game through the graph phase (the defender's commitments made up):
	// the challenger takes [4, 8], [4, 6], then [4, 5]: node 5.
	claimID, _, err := ca.Submit(ctx, model, []byte("input"), []byte("output"))
	if err != nil {
		t.Fatal(err)
	}
	ch, _, err := cb.OpenChallenge(ctx, claimID)
	if err != nil {
		t.Fatal(err)
	}
	g, err := ca.Game(ctx, ch.GameID)
	if err != nil {
		t.Fatal(err)
	}
	if g.Stage != onchain.StageGraph || g.Segment != (game.Segment{Start: 0, Length: 8}) || g.StartHash != onchain.GraphStart ||
		g.LocalContext != onchain.LocalContext(model, input, output) || g.Node != 0 {
		t.Fatalf("new game %+v", g)
	}
	h := func(pos uint64) [32]byte {
		return crypto.Keccak256Hash([]byte("commitment"), big.NewInt(int64(pos)).Bytes())
	}
	final := onchain.GraphFinal(output)
	if _, err := ca.Bisect(ctx, ch.GameID, [][32]byte{h(4), h(5)}); !onchain.IsRevert(err) ||
		onchain.RevertReason(err) != "DisputeGame: final commitment must accept the claimed output" {
		t.Fatalf("a first graph move not ending in GraphFinal: %v", err)
	}
	moves := []struct {
		cut  [32]byte
		part uint64
	}{{h(4), 1}, {h(6), 0}, {h(5), 0}} // [4, 8], [4, 6], [4, 5]: node 5
	for i, m := range moves {
		hashes := [][32]byte{m.cut}
		if i == 0 {
			hashes = append(hashes, final)
		}
		if _, err := ca.Bisect(ctx, ch.GameID, hashes); err != nil {
			t.Fatal(err)
		}
		if _, err := cb.Choose(ctx, ch.GameID, m.part); err != nil {
			t.Fatal(err)
		}
	}
	g, err = cb.Game(ctx, ch.GameID)
	if err != nil {
		t.Fatal(err)
	}
	if g.Stage != onchain.StageNode || g.Node != 5 || g.NodeStart != h(4) || g.NodeEnd != h(5) ||
		g.LocalContext != onchain.NodeContext(model, input, output, 5, h(4), h(5)) ||
		g.Segment != (game.Segment{Start: 0, Length: 8}) || g.StartHash != params.Prestate || g.EndHash != ([32]byte{}) ||
		g.Rounds != 0 || g.Phase != onchain.PhaseBisect || g.Status != onchain.GameInProgress {
		t.Fatalf("after the graph phase %+v", g)
	}
	if g.Stage.String() != "node phase" {
		t.Fatalf("stage %q", g.Stage)
	}
	// The node data load in the node phase.
	if _, err := cb.LoadLocalData(ctx, ch.GameID, 4, 0); err != nil {
		t.Fatal(err)
	}

	// Single-phase.
	params.GraphDepth = 0
	addrs, _, err = onchain.Deploy(ctx, alice, params)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := onchain.Connect(ctx, net.Client(), addrs, alice, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg := cs.Config; cfg.GraphDepth != 0 || cfg.GraphLength != 0 || cfg.TwoPhase() {
		t.Fatalf("single-phase config %+v", cfg)
	}
	model = registerTestModel(t, ctx, cs, "two-phase")
	claimID, _, err = cs.Submit(ctx, model, []byte("input"), []byte("output"))
	if err != nil {
		t.Fatal(err)
	}
	csb, err := onchain.Connect(ctx, net.Client(), addrs, bob, nil)
	if err != nil {
		t.Fatal(err)
	}
	ch, _, err = csb.OpenChallenge(ctx, claimID)
	if err != nil {
		t.Fatal(err)
	}
	if g, err := cs.Game(ctx, ch.GameID); err != nil || g.Stage != onchain.StageSingle || g.StartHash != params.Prestate || g.Segment.Length != 8 {
		t.Fatalf("single-phase game %+v (%v)", g, err)
	}
	if _, err := csb.LoadLocalData(ctx, ch.GameID, 4, 0); !onchain.IsRevert(err) || onchain.RevertReason(err) != "DisputeGame: no such local datum" {
		t.Fatalf("node datum in a single-phase game: %v", err)
	}
}
