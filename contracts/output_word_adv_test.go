package contracts_test

// Adversarial tests of OutputOracle.sol's disputed word (docs/rollup.md,
// "The inference rule").

import (
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAdvOutputWordsCollide: proposal 0 is (R, [claim]) for a block that
// reads one inference result; its word is W = keccak256(R ‖
// keccak256(key)). Proposal 1 is (W, []): its "output root" is W, which
// is no v0 output root, and it lists no claim. When the word of an empty
// list was the bare root, its word was W too: two proposals of different
// output roots disputed the same local datum 3 in games of the same local
// context, and the block program (which exited 0 on W: rollup/host
// TestAdvFoldedWordAsBareRoot) made the claim-free one win as the honest
// one did, settling without waiting for the OpML claim the block read.
//
// The fix: the word always folds, keccak256(root ‖ keccak256(keys)) also
// for an empty list (rollup.ClaimedWord, OutputOracle, the block program),
// so proposal 1's word is ClaimedWord(W, nil) ≠ W and its games have
// another context.
func TestAdvOutputWordsCollide(t *testing.T) {
	c := newSimChain(t)
	o, _ := timeoutRegistry(t, c)
	blockGame := c.deployGame(t, [32]byte{7}, 2, 2)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	batch, _ := testBatch(t, 1, common.Hash{0xaa})
	c.send(t, alice, inbox, inboxABI.PackPost(1, 0, batch), nil)
	const window, clock = testWindow, testWindow + 2*testClock
	bond, dbond := big.NewInt(1000), big.NewInt(300)
	oo := c.deploy(t, deployer, bindings.OutputOracleMetaData.Bin,
		outputABI.PackConstructor(inbox, blockGame.addr, o.addr, uint64(901), uint64(window), uint64(clock), bond, dbond, testGenesisRoot))
	view := func(data []byte) []byte { return c.view(t, oo, data) }
	wordOf := func(id int64) common.Hash {
		w, err := outputABI.UnpackWordOf(view(outputABI.PackWordOf(big.NewInt(id))))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}

	honest := o.submit(t, alice, testModel, testInput, testOutput) // pending in OpML
	key := common.Hash(mipsevm.InferenceKey(testModel, crypto.Keccak256Hash(testInput), uint64(len(testOutput))))
	root := common.Hash{0x0c, 1}
	c.send(t, bob, oo, outputABI.PackPropose(1, root, []*big.Int{honest}, genesisID), bond) // 0: the honest proposal
	w := wordOf(0)
	if w != rollup.ClaimedWord(root, []common.Hash{key}) {
		t.Fatalf("proposal 0's word %s, want rollup.ClaimedWord", w)
	}
	c.send(t, dave, oo, outputABI.PackPropose(1, w, nil, genesisID), bond) // 1: W as the root, no claims

	// Both games, as disputes open them.
	c.send(t, carol, oo, outputABI.PackDispute(common.Big0, batch), dbond)
	c.send(t, carol, oo, outputABI.PackDispute(common.Big1, batch), dbond)
	g0, g1 := blockGame.get(t, common.Big0), blockGame.get(t, common.Big1)
	t.Logf("proposal 0 (root %s, 1 claim): word %s, game context %x", root, w, g0.LocalContext)
	t.Logf("proposal 1 (root %s, no claim): word %s, game context %x", w, wordOf(1), g1.LocalContext)
	if wordOf(1) != rollup.ClaimedWord(w, nil) {
		t.Fatalf("proposal 1's word %s, want rollup.ClaimedWord(W, nil) %s", wordOf(1), rollup.ClaimedWord(w, nil))
	}
	if g1.OutputHash != wordOf(1) || g0.OutputHash != w {
		t.Fatalf("the games dispute %s and %s, the proposals' words %s and %s", g0.OutputHash, g1.OutputHash, w, wordOf(1))
	}
	if wordOf(1) == wordOf(0) || g0.LocalContext == g1.LocalContext {
		t.Errorf("proposals of output roots %s and %s for block 1 dispute the same word %s in games of the same local context: the program cannot tell a root from a folded word", root, w, wordOf(1))
	}
}
