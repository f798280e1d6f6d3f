package host

import (
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
)

// TestAdvFoldedWordAsBareRoot: a block that reads inference results has
// the honest word W = keccak256(R ‖ keccak256(keys)) (R its output root).
// A proposal that lists no OpML claim and proposes W itself as its
// "output root" has the disputed word ClaimedWord(W, nil) = W
// (OutputOracle.wordOf: the bare root for an empty list), the same local
// datum 3 as the honest proposal. The program, reading only datum 3,
// cannot tell the two apart and accepts it: a value that is not the
// block's output root (no preimage of the v0 shape) would win every
// dispute, settle Final without waiting for any OpML claim, and take
// finalOutputs[block]; the honest challenger who disputes it loses its
// bond.
//
// What should happen: a proposal whose output root is not the block's
// loses its game, whatever claims it lists. The program must not accept
// the word of (W, no claims).
func TestAdvFoldedWordAsBareRoot(t *testing.T) {
	c := newTestChain(t, 0)
	claim := inferenceClaim(t, c)
	root := claim.Output.Root()
	keys := claim.InferenceKeys()
	if len(keys) == 0 {
		t.Fatal("the inference block reads no inference key")
	}
	w := claim.Word()
	if w == root {
		t.Fatal("the folded word is the bare root")
	}
	// The honest proposal (R, keys) is accepted.
	if r := RunNative(claim.Host(rollup.ClaimedWord(root, keys)), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("the honest proposal: exit %d (%v)", r.Code, r.Err)
	}
	// The proposal (W, no claims): its word, as OutputOracle computes it.
	bogus := rollup.ClaimedWord(w, nil)
	r := RunNative(claim.Host(bogus), nil)
	if r.Code == blockprog.ExitMatch {
		t.Fatalf("the program accepts the word of a proposal whose output root %s is not the block's (%s): it is the folded word of the honest proposal, so the claim-free proposal of %s wins its games", w, root, w)
	}
}
