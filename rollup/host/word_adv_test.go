package host

import (
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
)

// TestAdvFoldedWordAsBareRoot: a block that reads inference results has
// the honest word W = keccak256(R ‖ keccak256(keys)) (R its output root).
// When the word of an empty claim list was the bare root, a proposal that
// listed no OpML claim and proposed W itself as its "output root" had the
// disputed word W, the same local datum 3 as the honest proposal: the
// program, reading only datum 3, accepted it, so a value that is no v0
// output root won every dispute and settled Final without waiting for any
// OpML claim.
//
// The fix: the word always folds (rollup.ClaimedWord(W, nil) =
// keccak256(W ‖ keccak256(""))), in the contract and the program alike,
// so the proposal (W, no claims) disputes another word, which the program
// rejects (exit 1), while the honest proposal (R, keys) is accepted.
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
	if bogus == w {
		t.Fatal("the word of (W, no claims) is W")
	}
	r := RunNative(claim.Host(bogus), nil)
	if r.Code != blockprog.ExitMismatch || r.Root != root {
		t.Fatalf("the proposal (W, no claims): exit %d (%v), root %s; want exit 1 and the block's root %s", r.Code, r.Err, r.Root, root)
	}
	if r.Code == blockprog.ExitMatch {
		t.Fatalf("the program accepts the word of a proposal whose output root %s is not the block's (%s): it is the folded word of the honest proposal, so the claim-free proposal of %s wins its games", w, root, w)
	}
}
