package node

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/axonum/opml/gethadapter"
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
	w, m, image, grief := newGriefWorld(t, ctx)
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
	w.rejectByAccomplice(t, ctx, grief)
	if err := v.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if p, err := oc.Proposal(ctx, 0); err != nil || !p.Settled || p.Status != output.Final {
		t.Fatalf("the verifier's honest proposal of block 1: %v (settled %v), %v; want Final", p.Status, p.Settled, err)
	}
}
