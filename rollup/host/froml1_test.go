package host

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// TestPrepareFromL1: every block of the test chain is posted to a
// BatchInbox on the embedded L1; PrepareFromL1 builds each block's claim
// from the batch read back from the inbox and the node's witness. Its
// local data are the node's parent output (whose block hash is the
// batch's parent hash) and the batch's attributes hash, it equals the
// node-only claim (Prepare) in output and preimages, and the program run
// natively on it accepts the node's output root. A node whose block 5 is
// another one (one transfer, not five, on the same parent) is refused
// with ErrNodeMismatch naming the transactions root; batches altered in
// their timestamp, transactions or fee recipient are refused the same
// way; a batch naming another parent is taken (the parent field is not an
// input: the block is built on the agreed parent), and a block not posted
// is ErrNotPosted.
func TestPrepareFromL1(t *testing.T) {
	c := newTestChain(t, 5)
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
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
	inbox, err := batch.Connect(ctx, l1.Client(), addr, r.BlockNumber.Uint64(), s)
	if err != nil {
		t.Fatal(err)
	}
	head := c.bc.CurrentBlock().Number.Uint64()
	for n := uint64(1); n <= head; n++ {
		b, err := batch.New(c.bc.GetBlockByNumber(n))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := inbox.Post(ctx, b, 0); err != nil {
			t.Fatalf("post block %d: %v", n, err)
		}
	}

	node := BlockChain{c.bc}
	for n := uint64(1); n <= head; n++ {
		claim, err := PrepareFromL1(ctx, inbox, node, testChainID, n)
		if err != nil {
			t.Fatalf("block %d: %v", n, err)
		}
		posted, err := inbox.Read(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		root := claim.Output.Root()
		local := claim.LocalData(claim.Word())
		if got := common.Hash(local[blockprog.LocalAttributesHash]); got != posted.AttributesHash() {
			t.Fatalf("block %d: attributes hash %s, the batch's %s", n, got, posted.AttributesHash())
		}
		parent, err := OutputAt(node, n-1)
		if err != nil {
			t.Fatal(err)
		}
		if got := common.Hash(local[blockprog.LocalParentOutput]); got != parent.Root() || claim.ParentOutput != parent || parent.BlockHash != posted.ParentHash {
			t.Fatalf("block %d: parent output %s (%+v), the node's block %d's %+v, the batch's parent %s", n, got, claim.ParentOutput, n-1, parent, posted.ParentHash)
		}
		fromNode, err := Prepare(node, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		if fromNode.Output != claim.Output || len(fromNode.Preimages) != len(claim.Preimages) {
			t.Fatalf("block %d: from L1 %+v (%d preimages), from the node %+v (%d)", n, claim.Output, len(claim.Preimages), fromNode.Output, len(fromNode.Preimages))
		}
		for i := range claim.Preimages {
			if !bytes.Equal(claim.Preimages[i], fromNode.Preimages[i]) {
				t.Fatalf("block %d: preimage %d differs from the node-only claim's", n, i)
			}
		}
		if n == c.infer {
			claim.AddInferences(c.inferences, c.models)
		}
		if res := RunNative(claim.Host(claim.Word()), nil); res.Code != blockprog.ExitMatch || res.Root != root {
			t.Fatalf("block %d: the program on the L1 claim: exit %d (%v), root %s, the node's %s", n, res.Code, res.Err, res.Root, root)
		}
	}

	// Another node, whose block 5 is one transfer instead of five.
	other := newTestChain(t, 1)
	if g, w := other.bc.GetBlockByNumber(4).Hash(), c.bc.GetBlockByNumber(4).Hash(); g != w {
		t.Fatalf("the other node's block 4 %s differs from %s: the test wants the same parent", g, w)
	}
	// Its one transfer is the batch's first: a block the rule could make
	// of the batch (had it dropped the other four), so PrepareFromL1 takes
	// it; the program, which executes the batch's five, does not give that
	// node's root.
	otherClaim, err := PrepareFromL1(ctx, inbox, BlockChain{other.bc}, testChainID, 5)
	if err != nil {
		t.Fatalf("a node whose block 5 holds the batch's first transfer: %v", err)
	}
	if res := RunNative(otherClaim.Host(otherClaim.Word()), nil); res.Code == blockprog.ExitMatch {
		t.Errorf("the program accepted the other node's block 5 (root %s)", res.Root)
	}
	// Altered batches, served by a fake inbox.
	b3, err := inbox.Read(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	a3, err := rollup.DecodeAttributes(b3.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, want string
		alter      func() *batch.Batch
	}{
		{"another timestamp", "timestamp", func() *batch.Batch {
			a := *a3
			a.Timestamp++
			b, err := batch.FromAttributes(3, b3.ParentHash, &a)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}},
		{"without its transactions", "is not among the batch's", func() *batch.Batch {
			a := *a3
			a.Transactions = nil
			b, err := batch.FromAttributes(3, b3.ParentHash, &a)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}},
		{"another fee recipient", "fee recipient", func() *batch.Batch {
			a := *a3
			a.Coinbase = common.Address{0xfe}
			b, err := batch.FromAttributes(3, b3.ParentHash, &a)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}},
	} {
		_, err := PrepareFromL1(ctx, fixedBatch{tc.alter()}, node, testChainID, 3)
		if !errors.Is(err, ErrNodeMismatch) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want ErrNodeMismatch (%s)", tc.name, err, tc.want)
		}
	}
	// A batch naming another parent: the same claim (the block goes on
	// the node's block 2, the agreed parent).
	b := *b3
	b.ParentHash = common.Hash{1}
	if got, err := PrepareFromL1(ctx, fixedBatch{&b}, node, testChainID, 3); err != nil {
		t.Errorf("a batch naming another parent: %v", err)
	} else if want, err := PrepareFromL1(ctx, inbox, node, testChainID, 3); err != nil || got.Output != want.Output || got.ParentOutput != want.ParentOutput {
		t.Errorf("a batch naming another parent: output %+v on %+v, want %+v on %+v (%v)", got.Output, got.ParentOutput, want.Output, want.ParentOutput, err)
	}
	if _, err := PrepareFromL1(ctx, inbox, node, testChainID, head+1); !errors.Is(err, batch.ErrNotPosted) {
		t.Errorf("a block not posted: %v, want ErrNotPosted", err)
	}
}

// fixedBatch serves one batch for any number.
type fixedBatch struct{ b *batch.Batch }

func (f fixedBatch) Read(context.Context, uint64) (*batch.Batch, error) { return f.b, nil }
