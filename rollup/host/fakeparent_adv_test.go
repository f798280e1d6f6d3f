package host

import (
	"errors"
	"math/big"
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvFabricatedParent: a batch names its parent hash, and nothing on
// L1 ties it to the chain: BatchInbox does not read it, and
// OutputOracle.dispute passes it from the committed batch to the game as
// local datum 1, from which the block program reads the parent header
// (any keccak256 preimage: anyone can load it into the PreimageOracle)
// and so the parent state. A poster (the sequencer, or anyone while a
// deposit is overdue) posts block 1 on a fabricated parent: a header
// whose state holds, in L2Withdrawals' storage, a 1000-ether withdrawal
// never made on L2. Derivation stops there (ErrParent), but the block
// program accepts the output root of block 1 built on that parent (exit
// 0), so its proposal wins every dispute and settles Final, and the
// withdrawal's storage proof in that root's withdrawal-storage root is
// one Bridge.finalizeWithdrawal pays: the bridge can be drained.
// docs/rollup.md lists the missing link ("needs the output oracle to
// link a block's game to its parent's output (not built)"); this shows
// what it costs.
//
// What should happen: the output of block n is the one on the chain's
// block n−1; e.g. OutputOracle accepts a proposal of block n only on a
// Final (or pending, settling after it) proposal of block n−1 whose
// output root's block hash is the batch's parent hash, and rejects the
// others, or the inbox refuses such a batch at post by checking the
// parent hash against a Final output.
func TestAdvFabricatedParent(t *testing.T) {
	code, err := bridge.WithdrawalsCode()
	if err != nil {
		t.Fatal(err)
	}
	real := advGenesis(30_000_000)
	real.Alloc[rollup.WithdrawalContract] = types.Account{Code: code, Nonce: 1}
	d, err := batch.NewChain(real)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	// The fabricated parent: the same chain configuration, with a
	// withdrawal of 1000 ether to the attacker planted in L2Withdrawals.
	attacker := common.Address{0xba, 0xd}
	w := bridge.Withdrawal{Nonce: big.NewInt(0), Sender: attacker, Recipient: attacker,
		Value: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	fake := advGenesis(30_000_000)
	fake.Alloc[rollup.WithdrawalContract] = types.Account{Code: code, Nonce: 1,
		Storage: map[common.Hash]common.Hash{bridge.Slot(w.Hash()): {31: 1}, {31: 1}: {31: 1}}}
	f, err := batch.NewChain(fake)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fakeParent := f.Head().Hash()
	if fakeParent == d.Head().Hash() {
		t.Fatal("the fabricated parent is the real genesis")
	}

	b, err := batch.FromAttributes(1, fakeParent, &rollup.Attributes{Timestamp: 12, GasLimit: 30_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(b); !errors.Is(err, batch.ErrParent) {
		t.Fatalf("derivation of the batch on the fabricated parent: %v, want ErrParent", err)
	}
	// What a dispute of block 1's proposal runs: local datum 1 the batch's
	// parent hash, 2 its attributes hash (OutputOracle.batchInputs).
	block, err := f.Apply(b)
	if err != nil {
		t.Fatal(err)
	}
	claim, err := PrepareBatch(BlockChain{f.BC}, testChainID, 1, b.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	local := claim.LocalData(common.Hash{})
	if common.Hash(local[blockprog.LocalParentHash]) != b.ParentHash || common.Hash(local[blockprog.LocalAttributesHash]) != b.AttributesHash() {
		t.Fatal("the claim's local data 1 and 2 are not the batch's")
	}
	out := claim.Output
	proof, err := bridge.StorageProof(f.BC.TrieDB(), out.StateRoot, out.WithdrawalStorageRoot, w.Hash())
	if err != nil {
		t.Fatalf("the planted withdrawal's proof: %v", err)
	}
	r := RunNative(claim.Host(out.Root()), nil)
	t.Logf("block 1 on the fabricated parent %s: block %s, output root %s; program exit %d; a %d-node proof of a withdrawal of %s wei", fakeParent, block.Hash(), out.Root(), r.Code, len(proof), w.Value)
	if r.Code == blockprog.ExitMatch {
		t.Errorf("the block program accepts the output root %s of block 1 built on parent %s, which is not the chain's block 0 (%s): a proposal of it wins its games, and its withdrawal-storage root proves a withdrawal never made on L2", out.Root(), fakeParent, d.Head().Hash())
	}
}
