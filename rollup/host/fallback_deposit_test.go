package host

import (
	"bytes"
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

// fallbackDeposit is an L1 (inbox and bridge) with one deposit to alice, and
// a verifier that derived from it block 1, whose batch lists the deposit
// right but has an invalid timestamp (the parent's), and block 2, a valid
// block without deposits.
type fallbackDeposit struct {
	in      *batch.Inbox
	d       *batch.Chain
	genesis *core.Genesis
	alice   common.Address
	wei     *big.Int
}

func newFallbackDeposit(t *testing.T) *fallbackDeposit {
	t.Helper()
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
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
	f := &fallbackDeposit{in: in, alice: common.Address{0xa1}, wei: big.NewInt(params.Ether)}
	dep, h1, err := br.Deposit(ctx, f.alice, f.wei)
	if err != nil {
		t.Fatal(err)
	}
	f.genesis = &core.Genesis{Config: rollup.ChainConfig(testChainID), GasLimit: 30_000_000, Alloc: core.SystemContractAllocs(), BaseFee: big.NewInt(params.InitialBaseFee)}
	gen := f.genesis.ToBlock()

	// Block 1: the deposit, listed right, with the parent's timestamp. The
	// inbox accepts it: its deposits are the bridge's.
	bad := &rollup.Attributes{Timestamp: gen.Time(), GasLimit: gen.GasLimit(), Deposits: []rollup.Deposit{dep}, DepositHash: h1}
	b1, err := batch.FromAttributes(1, gen.Hash(), bad)
	if err != nil {
		t.Fatal(err)
	}
	// The same count with the deposit left out is refused (the inbox
	// used to take it, and the L2 never credited the deposit).
	censored := *bad
	censored.Deposits = nil
	c1, err := batch.FromAttributes(1, gen.Hash(), &censored)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.Post(ctx, c1, 1); !errors.Is(err, batch.ErrDepositList) {
		t.Fatalf("post of block 1 without its deposit: %v, want ErrDepositList", err)
	}
	if _, err := in.Post(ctx, b1, 1); err != nil {
		t.Fatalf("post of block 1: %v", err)
	}
	f.d, err = batch.NewChain(f.genesis)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.d.Close)
	if n, err := f.d.Sync(ctx, in); n != 1 || err != nil {
		t.Fatalf("derive block 1: %d blocks, %v", n, err)
	}
	head := f.d.Head()
	b2, err := batch.FromAttributes(2, head.Hash(), &rollup.Attributes{Timestamp: head.Time + 12, GasLimit: head.GasLimit, DepositHash: h1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := in.Post(ctx, b2, 1); err != nil {
		t.Fatalf("post of block 2: %v", err)
	}
	if n, err := f.d.Sync(ctx, in); n != 1 || err != nil {
		t.Fatalf("derive block 2: %d blocks, %v", n, err)
	}
	return f
}

// TestDepositInFallbackBlock: a batch whose deposits the inbox checked but
// whose timestamp is invalid gives the fallback block (the parent's time +
// 1, no transactions) with the deposit credited, so the L2 state's consumed
// count is the inbox's after every block; the next block does not credit
// it again. The block program, served the batch from L1 (PrepareFromL1)
// and the derived node's witness, accepts the derived output roots of both
// blocks natively.
func TestDepositInFallbackBlock(t *testing.T) {
	f := newFallbackDeposit(t)
	ctx := context.Background()
	consumed, err := f.in.Consumed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b1 := f.d.BC.GetBlockByNumber(1)
	if b1.Time() != f.genesis.ToBlock().Time()+1 || len(b1.Transactions()) != 0 {
		t.Fatalf("block 1: time %d, %d transactions; want the fallback block", b1.Time(), len(b1.Transactions()))
	}
	raw := f.d.Batch(b1.Hash())
	a, err := rollup.DecodeAttributes(raw)
	if err != nil {
		t.Fatal(err)
	}
	parent := f.d.BC.GetHeaderByNumber(0)
	st, err := f.d.BC.StateAt(parent.Root, parent.Number, parent.Time)
	if err != nil {
		t.Fatal(err)
	}
	built, err := rollup.Build(f.d.BC, parent, raw, st)
	if err != nil {
		t.Fatal(err)
	}
	if built.Invalid == nil || errors.Is(built.Invalid, rollup.ErrDeposits) || built.Block.Hash() != b1.Hash() || len(built.Attributes.Deposits) != 1 || built.Attributes.DepositHash != a.DepositHash {
		t.Fatalf("rule on block 1's batch: invalid %v, block %s (derived %s), attributes %+v", built.Invalid, built.Block.Hash(), b1.Hash(), built.Attributes)
	}
	t.Logf("block 1 is the fallback block (%v) with the deposit", built.Invalid)
	for n := uint64(1); n <= 2; n++ {
		blk := f.d.BC.GetBlockByNumber(n)
		st, err := f.d.BC.StateAt(blk.Root(), blk.Number(), blk.Time())
		if err != nil {
			t.Fatal(err)
		}
		count := st.GetState(rollup.WithdrawalContract, rollup.DepositCountSlot).Big().Uint64()
		if got := st.GetBalance(f.alice).ToBig(); got.Cmp(f.wei) != 0 || count != consumed {
			t.Fatalf("after block %d: alice has %s wei, the state consumed %d deposits; want %s and the inbox's %d", n, got, count, f.wei, consumed)
		}
		claim, err := PrepareFromL1(ctx, f.in, BlockChain{f.d.BC}, testChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		if n == 1 && !bytes.Equal(claim.AttributesRLP, raw) {
			t.Fatal("block 1's claim attributes are not the batch's")
		}
		res := RunNative(claim.Host(claim.Word()), nil)
		if res.Code != blockprog.ExitMatch {
			t.Fatalf("block %d: the program natively: exit %d (%v)", n, res.Code, res.Err)
		}
	}
}

// TestVMDepositInFallbackBlock: block 1 of TestDepositInFallbackBlock (the
// fallback block with the deposit) in the VM, on the Go interpreter: the
// same output root as natively.
func TestVMDepositInFallbackBlock(t *testing.T) {
	prestate := blockPrestate(t)
	f := newFallbackDeposit(t)
	claim, err := PrepareFromL1(context.Background(), f.in, BlockChain{f.d.BC}, testChainID, 1)
	if err != nil {
		t.Fatal(err)
	}
	root := claim.Output.Root()
	if res := RunNative(claim.Host(claim.Word()), nil); res.Code != blockprog.ExitMatch || len(res.Built.Attributes.Deposits) != 1 {
		t.Fatalf("natively: exit %d (%v)", res.Code, res.Err)
	}
	var stderr bytes.Buffer
	r, err := RunVM(prestate(), claim.Host(claim.Word()), nil, &stderr)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	t.Logf("fallback block with a deposit on the Go interpreter: %d steps, exit %d", r.Steps, r.ExitCode)
	if !r.Valid() || !bytes.Equal(r.Stdout, root[:]) {
		t.Fatalf("status %v exit %d, root %x; want %s\n%s", r.Status, r.ExitCode, r.Stdout, root, stderr.String())
	}
}
