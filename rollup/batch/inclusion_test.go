package batch

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// TestForcedInclusion on the embedded L1: with a bridge whose inclusion
// delay is 60 s, the sequencer may leave a fresh deposit out; once the
// deposit is past its deadline, a post that leaves it out is refused and
// Post says so (ErrDepositOverdue, with the contract's DepositOverdue(index,
// deadline)); while it waits anyone may post (ConnectForced), and a post
// that includes it is accepted, from the sequencer or from anyone. The
// batch posted by another account reads back like any other.
func TestForcedInclusion(t *testing.T) {
	ctx := context.Background()
	l := newL1(t)
	in := l.inbox(t)
	const delay = 60
	baddr, _, err := bridge.DeployWithDelay(ctx, l.s, common.Address{1}, nil, delay)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := SetBridge(ctx, l.s, in.Address(), baddr); err != nil {
		t.Fatal(err)
	}
	depositor := sender(t, l.net, l.keys[1])
	br, err := bridge.Connect(ctx, l.net.Client(), baddr, depositor)
	if err != nil {
		t.Fatal(err)
	}
	if d, err := br.InclusionDelay(ctx); err != nil || d != delay {
		t.Fatalf("inclusion delay %d, %v; want %d", d, err, delay)
	}
	dep, hash, err := br.Deposit(ctx, common.Address{0xa1}, big.NewInt(params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	due, err := br.Deadline(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	batchOf := func(number uint64, deps []rollup.Deposit, h common.Hash) *Batch {
		t.Helper()
		b, err := FromAttributes(number, common.Hash{byte(number)}, &rollup.Attributes{
			Timestamp: number, GasLimit: 30_000_000, Deposits: deps, DepositHash: h,
		})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	late := func() bool {
		t.Helper()
		v, err := in.SequencerLate(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// Fresh: the sequencer may leave it out, nobody else may post.
	if late() {
		t.Fatal("sequencer late right after the deposit")
	}
	if _, err := in.Post(ctx, batchOf(1, nil, common.Hash{}), 0); err != nil {
		t.Fatalf("block 1 without the fresh deposit: %v", err)
	}
	other := sender(t, l.net, l.keys[1])
	if _, err := Connect(ctx, l.net.Client(), in.Address(), in.from, other); err == nil || !strings.Contains(err.Error(), "ConnectForced") {
		t.Errorf("Connect as another account: %v, want an error pointing to ConnectForced", err)
	}
	forced, err := ConnectForced(ctx, l.net.Client(), in.Address(), in.from, other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := forced.Post(ctx, batchOf(2, []rollup.Deposit{dep}, hash), 1); err == nil || !strings.Contains(err.Error(), "NotSequencer") {
		t.Errorf("another account's post with nothing overdue: %v, want NotSequencer", err)
	}

	// Past the deadline.
	if err := l.net.AdjustTime((delay + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if !late() {
		t.Fatal("sequencer not late past the deposit's deadline")
	}
	_, err = in.Post(ctx, batchOf(2, nil, common.Hash{}), 0)
	if !errors.Is(err, ErrDepositOverdue) || !strings.Contains(err.Error(), fmt.Sprintf("DepositOverdue(0, %d)", due)) {
		t.Fatalf("the sequencer skipping the overdue deposit: %v, want ErrDepositOverdue with DepositOverdue(0, %d)", err, due)
	}
	t.Logf("refused: %v", err)
	if _, err := forced.Post(ctx, batchOf(2, nil, common.Hash{}), 0); !errors.Is(err, ErrDepositOverdue) {
		t.Errorf("anyone's post skipping the overdue deposit: %v, want ErrDepositOverdue", err)
	}
	// Anyone's post that includes it is accepted.
	b2 := batchOf(2, []rollup.Deposit{dep}, hash)
	if _, err := forced.Post(ctx, b2, 1); err != nil {
		t.Fatalf("anyone's post including the overdue deposit: %v", err)
	}
	if late() {
		t.Error("sequencer still late after the deposit was consumed")
	}
	if n, err := in.Consumed(ctx); err != nil || n != 1 {
		t.Errorf("consumed %d, %v; want 1", n, err)
	}
	got, err := in.Read(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	a, err := rollup.DecodeAttributes(got.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Deposits) != 1 || a.Deposits[0].Recipient != dep.Recipient || a.DepositHash != hash {
		t.Errorf("block 2 read back: %+v, want the deposit and hash %s", a, hash)
	}
	// The sequencer goes on; the same post from it was accepted too (a
	// second deposit, overdue in turn, is taken by the sequencer itself).
	dep1, hash1, err := br.Deposit(ctx, common.Address{0xb0}, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.net.AdjustTime((delay + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Post(ctx, batchOf(3, nil, hash), 1); !errors.Is(err, ErrDepositOverdue) {
		t.Errorf("block 3 skipping deposit 1: %v, want ErrDepositOverdue", err)
	}
	if _, err := in.Post(ctx, batchOf(3, []rollup.Deposit{dep1}, hash1), 2); err != nil {
		t.Fatalf("the sequencer's post including deposit 1: %v", err)
	}
}
