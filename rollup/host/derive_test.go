package host

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/params"
)

// TestDeriveFromL1: the sequencer posts every block of the test chain
// (transfers, contract creations, storage-writing and logging calls, a
// revert, a block of transfers, inference calls) to a BatchInbox on the
// embedded L1; a verifier that knows only the L2 genesis and L1 derives
// the chain and reaches the sequencer's head, block for block. The
// attributes the block program is served for each block (local key 2) are
// the ones in the L1 batch, and the program run on the derived node
// computes the sequencer's output root.
//
// The inference block is derived with the precompile newTestChain
// installed (the node's, honest): derivation executes inference calls
// with whatever precompile the process has; reading the results from
// opML's Final claims instead is not done.
func TestDeriveFromL1(t *testing.T) {
	c := newTestChain(t, 5)
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := onchain.NewSender(ctx, l1.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	addr, r, err := batch.Deploy(ctx, s, s.Address())
	if err != nil {
		t.Fatal(err)
	}
	from := r.BlockNumber.Uint64()
	seq, err := batch.Connect(ctx, l1.Client(), addr, from, s)
	if err != nil {
		t.Fatal(err)
	}
	head := c.bc.CurrentBlock().Number.Uint64()
	for n := uint64(1); n <= head; n++ {
		b, err := batch.New(c.bc.GetBlockByNumber(n))
		if err != nil {
			t.Fatal(err)
		}
		r, err := seq.Post(ctx, b, 0)
		if err != nil {
			t.Fatalf("post block %d: %v", n, err)
		}
		t.Logf("block %d (%d transactions): posted for %d L1 gas", n, len(c.bc.GetBlockByNumber(n).Transactions()), r.GasUsed)
	}

	// The verifier: the genesis, and a read-only view of L1.
	reader, err := batch.Connect(ctx, l1.Client(), addr, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := batch.NewChain(c.genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	applied, err := d.Sync(ctx, reader)
	if err != nil {
		t.Fatalf("derive: %v (after %d blocks)", err, applied)
	}
	if applied != int(head) {
		t.Fatalf("derived %d blocks, the sequencer has %d", applied, head)
	}
	want, got := c.bc.CurrentBlock(), d.Head()
	if got.Hash() != want.Hash() || got.Root != want.Root {
		t.Fatalf("derived head %d %s (state %s), the sequencer's %d %s (state %s)", got.Number, got.Hash(), got.Root, want.Number, want.Hash(), want.Root)
	}
	for n := uint64(1); n <= head; n++ {
		if g, w := d.BC.GetBlockByNumber(n).Hash(), c.bc.GetBlockByNumber(n).Hash(); g != w {
			t.Errorf("block %d: derived %s, the sequencer's %s", n, g, w)
		}
	}
	// Nothing more to derive: Sync is idempotent at the head.
	if n, err := d.Sync(ctx, reader); n != 0 || err != nil {
		t.Fatalf("second sync: %d blocks, %v", n, err)
	}

	for n := uint64(1); n <= head; n++ {
		b, err := reader.Read(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		claim, err := Prepare(BlockChain{c.bc}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		local := claim.LocalData(claim.Word())
		if got := [32]byte(local[blockprog.LocalAttributesHash]); got != b.AttributesHash() {
			t.Fatalf("block %d: the program's attributes hash %x, the L1 batch's %s", n, got, b.AttributesHash())
		}
		// Local datum 1 is the parent's output on the derived chain, whose
		// block is the one the honest sequencer's batch names.
		parent, err := OutputAt(BlockChain{d.BC}, n-1)
		if err != nil {
			t.Fatal(err)
		}
		if got := [32]byte(local[blockprog.LocalParentOutput]); got != parent.Root() || parent.BlockHash != b.ParentHash {
			t.Fatalf("block %d: the program's parent output %s, the derived chain's %s (block %s), the L1 batch's parent %s", n, got, parent.Root(), parent.BlockHash, b.ParentHash)
		}
		// The program on the derived node computes the sequencer's root.
		dclaim, err := Prepare(BlockChain{d.BC}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		word := rollup.ClaimedWord(claim.Output.Root(), nil)
		if n == c.infer {
			dclaim.AddInferences(c.inferences, c.models)
			word = rollup.ClaimedWord(claim.Output.Root(), dclaim.InferenceKeys())
		}
		res := RunNative(dclaim.Host(word), nil)
		if res.Code != blockprog.ExitMatch {
			t.Fatalf("block %d: the program on the derived node: exit %d (%v), root %s, the sequencer's %s", n, res.Code, res.Err, res.Root, claim.Output.Root())
		}
	}
}
