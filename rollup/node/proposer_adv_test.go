package node

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// claimsWorld is newWorld with a model store serving the inference
// precompile, a sequencer on it and a proposer that posts its blocks'
// claims (Proposer.PostClaims), as 'rollup node --store' wires them.
type claimsWorld struct {
	*world
	store *oracle.Store
	inf   *Inferences
	seq   *Sequencer
	prop  *Proposer
	nonce uint64
}

func newClaimsWorld(t *testing.T, ctx context.Context, models ...[]byte) *claimsWorld {
	t.Helper()
	w := newWorld(t, ctx)
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range models {
		if _, err := store.Add(m); err != nil {
			t.Fatal(err)
		}
	}
	inf, uninstall := InstallInferences(store, gethadapter.Options{})
	t.Cleanup(uninstall)
	chain := w.genesis(t)
	ts := uint64(1000)
	seq := &Sequencer{Chain: chain, Inbox: w.inbox(t, ctx, w.seq), L1: w.l1.Client(), Inferences: inf,
		Now: func() uint64 { ts += 2; return ts }}
	games := w.games(t, ctx, w.prop, filepath.Join(t.TempDir(), "games"))
	t.Cleanup(games.Close)
	games.OpML = w.opml(t, ctx, w.prop)
	prop := &Proposer{Chain: chain, Inbox: w.inbox(t, ctx, nil), Outputs: w.outputs(t, ctx, w.prop), Games: games,
		Inferences: inf, PostClaims: true, StateFile: filepath.Join(t.TempDir(), "prop.json")}
	return &claimsWorld{world: w, store: store, inf: inf, seq: seq, prop: prop}
}

// opml is the world's opML deployment with s's key (nil: read-only).
func (w *world) opml(t *testing.T, ctx context.Context, s *onchain.Sender) *onchain.Client {
	t.Helper()
	c, err := onchain.Connect(ctx, w.l1.Client(), w.dep.OpML, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// block builds and posts an L2 block of one transaction: a plain transfer
// (call nil) or a call of the inference precompile.
func (w *claimsWorld) block(t *testing.T, ctx context.Context, call *gethadapter.Call) uint64 {
	t.Helper()
	to, gas, data := common.Address{0xb0}, uint64(21000), []byte(nil)
	if call != nil {
		to, data = gethadapter.Address, gethadapter.EncodeCall(*call)
		gas = 200_000 + 16*uint64(len(data)) + gethadapter.New(w.store, gethadapter.Options{Bounds: gethadapter.DefaultBounds()}).RequiredGas(data)
	}
	tx := types.MustSignNewTx(l2Key, types.LatestSigner(w.seq.Chain.BC.Config()), &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: w.nonce,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei), Gas: gas, To: &to, Data: data})
	w.nonce++
	if err := w.seq.Submit(tx); err != nil {
		t.Fatal(err)
	}
	b, err := w.seq.Build(ctx)
	if err != nil || b == nil || len(b.Transactions()) != 1 {
		t.Fatalf("build: %v, %v", b, err)
	}
	r := w.seq.Chain.BC.GetReceiptsByHash(b.Hash())
	if len(r) != 1 || r[0].Status != types.ReceiptStatusSuccessful {
		t.Fatalf("block %d: the transaction failed: %+v", b.NumberU64(), r)
	}
	return b.NumberU64()
}

// TestProposerUnpostableClaimKeepsTending: a block reads an inference
// result whose claim opML refuses. The L2's precompile accepts a llama call
// within the context and the deployment's bounds, but the model's
// registered claim limits (gethadapter.ClaimLimits: a rectangle P ≤ Pmax,
// N ≤ Nmax inside that triangle) refuse, e.g., 40 tokens generated after a
// one-token prompt on a 64-token context (Nmax 32). No claim of that
// result can ever be posted, so the block's output cannot be proposed;
// but the proposer must not fail every Step for it: 'rollup node' stops
// (sequencer included) after --retry-for, cannot be restarted past it,
// and meanwhile the proposer does not tend its earlier proposals (their
// games and settlement come after the new proposals in Step). Any L2 user
// could stop the sequencer so, as could anyone who registers a model the
// L2 serves with small limits before the sequencer does.
func TestProposerUnpostableClaimKeepsTending(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cfg := llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 100, Context: 64}
	model, err := llama.Random(cfg, 7, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	w := newClaimsWorld(t, ctx, model)
	addr := oracle.AddressOf(model)

	if n := w.block(t, ctx, nil); n != 1 {
		t.Fatalf("block %d", n)
	}
	if err := w.prop.Step(ctx); err != nil {
		t.Fatal(err)
	}
	oc := w.outputs(t, ctx, nil)
	if n, err := proposalCount(ctx, w.l1.Client(), w.dep.OutputOracle); err != nil || n != 1 {
		t.Fatalf("%d proposals, %v; want block 1's", n, err)
	}

	call := gethadapter.Call{Model: addr, Input: llama.EncodeInput([]int32{1}, 40), OutputSize: 4 * 40}
	if n := w.block(t, ctx, &call); n != 2 {
		t.Fatalf("block %d", n)
	}
	if err := w.l1.AdjustTime(window * time.Second); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if err := w.prop.Step(ctx); err != nil {
			t.Fatalf("step %d: the proposer fails on a block whose claim opML refuses (the node stops after --retry-for): %v", i, err)
		}
	}
	if p, err := oc.Proposal(ctx, 0); err != nil || !p.Settled || p.Status != output.Final {
		t.Fatalf("block 1's proposal after its window: %+v, %v; want settled Final", p, err)
	}
	if n, err := proposalCount(ctx, w.l1.Client(), w.dep.OutputOracle); err != nil || n != 1 {
		t.Fatalf("%d proposals, %v; block 2 has no claim to list", n, err)
	}
}

// TestProposerListsOnlyClaimsItDefends: the proposer of 'rollup node
// --store' posts the claims of its blocks' results and its opML agent
// defends them (agent.Config.Defend: the claims it submitted). A griefer
// who posts the honest result first, and then lets an accomplice's
// challenge of it win by not moving, must not make the proposer list that
// claim: a proposal listing a claim opML rejects is rejected, its whole
// bond burned, and the blocks after it wait for ever for a parent. The
// proposer posts a claim of its own and lists it; the griefer's claim is
// rejected, the proposal is Final.
func TestProposerListsOnlyClaimsItDefends(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w, m, image, grief := newGriefWorld(t, ctx)
	call := gethadapter.Call{Model: m.Address(), Input: image, OutputSize: 1}
	if n := w.block(t, ctx, &call); n != 1 {
		t.Fatalf("block %d", n)
	}
	if err := w.prop.Step(ctx); err != nil {
		t.Fatal(err)
	}
	oc := w.outputs(t, ctx, nil)
	pr, err := oc.Proposal(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	reader := w.opml(t, ctx, nil)
	for _, id := range pr.Claims {
		cl, err := reader.Claim(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if cl.Submitter != w.world.prop.Address() && cl.Status != onchain.ClaimFinal {
			t.Errorf("the proposal lists claim %d, pending and submitted by %s: only its submitter can defend it", id, cl.Submitter)
		}
	}

	// The accomplice challenges the griefer's claim, who does not move.
	w.rejectByAccomplice(t, ctx, grief)
	if err := w.prop.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if p, err := oc.Proposal(ctx, 0); err != nil || !p.Settled || p.Status != output.Final {
		t.Fatalf("the proposal of the honest block 1 (claims %v): %v (settled %v), %v; want Final", p.Claims, p.Status, p.Settled, err)
	}
}

// newGriefWorld is a claimsWorld serving Fashion-MNIST in which a griefer
// (the world's liar) registered the model and claimed the honest class of
// image 0000-9 before any block: the claim's id is grief.
func newGriefWorld(t *testing.T, ctx context.Context) (w *claimsWorld, m *oracle.Model, image []byte, grief uint64) {
	t.Helper()
	model, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/fashion-mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	if image, err = os.ReadFile("../../ggml-mips/models/mnist/testdata/images/0000-9.bin"); err != nil {
		t.Fatal(err)
	}
	w = newClaimsWorld(t, ctx, model)
	if m, err = w.store.Open(oracle.AddressOf(model)); err != nil {
		t.Fatal(err)
	}
	griefer := w.opml(t, ctx, w.liar)
	if _, _, err := gethadapter.RegisterModel(ctx, griefer, m); err != nil {
		t.Fatal(err)
	}
	if grief, _, err = griefer.Submit(ctx, m.Address(), image, []byte{9}); err != nil {
		t.Fatal(err)
	}
	return w, m, image, grief
}

// rejectByAccomplice has an accomplice (the world's alice) challenge the
// griefer's claim grief, which the griefer does not defend: after opML's
// window and clock the challenge wins, and every claim is settled (as the
// agents would: the players' own Final, grief Rejected).
func (w *claimsWorld) rejectByAccomplice(t *testing.T, ctx context.Context, grief uint64) {
	t.Helper()
	accomplice, reader := w.opml(t, ctx, w.alice), w.opml(t, ctx, nil)
	ch, _, err := accomplice.OpenChallenge(ctx, grief)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.l1.AdjustTime((window + opmlClock) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := accomplice.ResolveChallenge(ctx, ch.ID); err != nil {
		t.Fatal(err)
	}
	n, err := reader.ClaimCount(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id := range n {
		if _, err := accomplice.Settle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if cl, err := reader.Claim(ctx, grief); err != nil || cl.Status != onchain.ClaimRejected {
		t.Fatalf("the griefer's claim: %+v, %v; want Rejected", cl, err)
	}
}
