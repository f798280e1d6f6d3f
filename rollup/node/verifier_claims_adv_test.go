package node

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/output"
)

// TestVerifierListsOnlyClaimsItDefends: the verifier of 'rollup verify
// --store' (OwnClaims: its opML agent defends the claims it submits)
// proposes the honest root of a block with an inference call. A griefer
// posted the honest result first and lets an accomplice's challenge of it
// win by not moving: the verifier's honest proposal must not list that
// claim (a proposal listing a claim opML rejects is rejected, its bond
// burned). It posts and lists a claim of its own; the griefer's is
// rejected; the honest proposal settles Final.
func TestVerifierListsOnlyClaimsItDefends(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	model, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/fashion-mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	image, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/images/0000-9.bin")
	if err != nil {
		t.Fatal(err)
	}
	w := newClaimsWorld(t, ctx, model)
	m, err := w.store.Open(oracle.AddressOf(model))
	if err != nil {
		t.Fatal(err)
	}
	griefer, accomplice := w.opml(t, ctx, w.liar), w.opml(t, ctx, w.alice)
	if _, _, err := gethadapter.RegisterModel(ctx, griefer, m); err != nil {
		t.Fatal(err)
	}
	grief, _, err := griefer.Submit(ctx, m.Address(), image, []byte{9})
	if err != nil {
		t.Fatal(err)
	}
	call := gethadapter.Call{Model: m.Address(), Input: image, OutputSize: 1}
	if n := w.block(t, ctx, &call); n != 1 {
		t.Fatalf("block %d", n)
	}

	dir := t.TempDir()
	games := w.games(t, ctx, w.verif, filepath.Join(dir, "games"))
	t.Cleanup(games.Close)
	games.OpML = w.opml(t, ctx, w.verif)
	v := &Verifier{Chain: w.genesis(t), Inbox: w.inbox(t, ctx, nil), Outputs: w.outputs(t, ctx, w.verif), Games: games,
		Inferences: w.inf, ProposeHonest: true, OwnClaims: true, StateFile: filepath.Join(dir, "verif.json")}
	if err := v.Step(ctx); err != nil { // derives block 1; nothing proposed yet
		t.Fatal(err)
	}
	if err := v.proposeHonest(ctx, 1); err != nil {
		t.Fatal(err)
	}
	oc := w.outputs(t, ctx, nil)
	pr, err := oc.Proposal(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	reader := w.opml(t, ctx, nil)
	if len(pr.Claims) != 1 {
		t.Fatalf("the honest proposal lists claims %v; want one", pr.Claims)
	}
	if cl, err := reader.Claim(ctx, pr.Claims[0]); err != nil || cl.Submitter != w.verif.Address() {
		t.Fatalf("the honest proposal lists claim %d of %s (%v): a pending claim only its submitter can defend", pr.Claims[0], cl.Submitter, err)
	}

	// The accomplice's challenge of the griefer's claim wins on time.
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
	for id := range n { // as the agents would
		if _, err := accomplice.Settle(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if cl, err := reader.Claim(ctx, grief); err != nil || cl.Status != onchain.ClaimRejected {
		t.Fatalf("the griefer's claim: %+v, %v; want Rejected", cl, err)
	}
	if err := v.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if p, err := oc.Proposal(ctx, 0); err != nil || !p.Settled || p.Status != output.Final {
		t.Fatalf("the verifier's honest proposal of block 1: %v (settled %v), %v; want Final", p.Status, p.Settled, err)
	}
}
