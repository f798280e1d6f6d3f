package host

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/params"
)

// TestDepositNative: a deposit on the embedded L1's Bridge, included by the
// sequencer in L2 block 1 (block 2 has none), both batches posted and
// derived; the block program, natively on the derived node, computes the
// sequencer's output root of each block, and rejects (exit 5) block 1's
// attributes with the deposit's value raised or with the deposit left out.
func TestDepositNative(t *testing.T) {
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
	inAddr, r, err := batch.Deploy(ctx, s, s.Address())
	if err != nil {
		t.Fatal(err)
	}
	in, err := batch.Connect(ctx, l1.Client(), inAddr, r.BlockNumber.Uint64(), s)
	if err != nil {
		t.Fatal(err)
	}
	bAddr, _, err := bridge.Deploy(ctx, s, common.Address{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := batch.SetBridge(ctx, s, inAddr, bAddr); err != nil {
		t.Fatal(err)
	}
	br, err := bridge.Connect(ctx, l1.Client(), bAddr, s)
	if err != nil {
		t.Fatal(err)
	}
	alice := common.Address{0xa1}
	dep, h1, err := br.Deposit(ctx, alice, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}

	genesis := &core.Genesis{Config: rollup.ChainConfig(testChainID), GasLimit: 30_000_000, Alloc: core.SystemContractAllocs(), BaseFee: big.NewInt(params.InitialBaseFee)}
	seq, err := batch.NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	for i, deps := range [][]rollup.Deposit{{dep}, nil} {
		head := seq.Head()
		a := &rollup.Attributes{Timestamp: head.Time + 12, GasLimit: head.GasLimit, Deposits: deps, DepositHash: h1}
		b, err := batch.FromAttributes(uint64(i+1), head.Hash(), a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := seq.Apply(b); err != nil {
			t.Fatalf("sequencer block %d: %v", i+1, err)
		}
		if _, err := in.Post(ctx, b, 1); err != nil {
			t.Fatalf("post block %d: %v", i+1, err)
		}
	}
	d, err := batch.NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, err := d.Sync(ctx, in); n != 2 || err != nil {
		t.Fatalf("derive: %d blocks, %v", n, err)
	}
	for n := uint64(1); n <= 2; n++ {
		sb := seq.BC.GetBlockByNumber(n)
		claim, err := PrepareWith(BlockChain{seq.BC}, testChainID, n, seq.Attributes(sb.Hash()))
		if err != nil {
			t.Fatal(err)
		}
		dclaim, err := PrepareWith(BlockChain{d.BC}, testChainID, n, d.Attributes(sb.Hash()))
		if err != nil {
			t.Fatal(err)
		}
		res := RunNative(dclaim.Host(claim.Word()), nil)
		if res.Code != blockprog.ExitMatch {
			t.Fatalf("block %d: the program on the derived node: exit %d (%v), root %s, the sequencer's %s", n, res.Code, res.Err, res.Root, claim.Output.Root())
		}
		if n != 1 {
			continue
		}
		if got := d.BC.GetBlockByNumber(1).Root(); got == genesis.ToBlock().Root() {
			t.Fatal("block 1 did not change the state")
		}
		raised := rollup.Deposit{Index: 0, Recipient: alice, Value: big.NewInt(2 * params.Ether)}
		for name, a := range map[string]rollup.Attributes{
			"value raised":     {Timestamp: sb.Time(), GasLimit: sb.GasLimit(), Deposits: []rollup.Deposit{raised}, DepositHash: h1},
			"deposit left out": {Timestamp: sb.Time(), GasLimit: sb.GasLimit(), DepositHash: h1},
		} {
			forged := *dclaim
			forged.Attributes = &a
			enc, err := a.Encode()
			if err != nil {
				t.Fatal(err)
			}
			forged.Preimages = append(append([][]byte{}, dclaim.Preimages...), enc)
			// The rule's fallback block replaces the forged attributes:
			// the sequencer's root is not its root.
			res := RunNative(forged.Host(claim.Word()), nil)
			if res.Code != blockprog.ExitMismatch || !errors.Is(res.Built.Invalid, rollup.ErrDeposits) || len(res.Block.Transactions()) != 0 {
				t.Errorf("%s: exit %d (%v), want %d with the fallback block", name, res.Code, res.Err, blockprog.ExitMismatch)
			} else {
				t.Logf("%s: exit %d: %v", name, res.Code, res.Built.Invalid)
			}
		}
	}
}
