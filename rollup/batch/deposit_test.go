package batch

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// TestDepositInbox: Bridge.deposit on the embedded L1 extends the running
// hash exactly as rollup.DepositHash does; the inbox takes the bridge once,
// from its deployer only; it accepts a batch whose attributes end with the
// bridge's hash at the claimed count, and refuses a batch that claims more
// deposits than the bridge has (an invented deposit), one whose hash is not
// the bridge's at the claimed count (a skipped, altered or invented
// deposit), one whose list is not the bridge's deposits up to that count
// (the Go client's ErrDepositList), and, before the bridge is set, any
// count but zero.
func TestDepositInbox(t *testing.T) {
	ctx := context.Background()
	l := newL1(t)
	in := l.inbox(t)
	baddr, _, err := bridge.Deploy(ctx, l.s, common.Address{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	br, err := bridge.Connect(ctx, l.net.Client(), baddr, l.s)
	if err != nil {
		t.Fatal(err)
	}
	alice, bob := common.Address{0xa1}, common.Address{0xb0}
	want := []rollup.Deposit{
		{Index: 0, Recipient: alice, Value: big.NewInt(params.Ether)},
		{Index: 1, Recipient: bob, Value: big.NewInt(12345)},
	}
	var hashes []common.Hash // after 1, 2 deposits
	h := common.Hash{}
	for _, w := range want {
		d, got, err := br.Deposit(ctx, w.Recipient, w.Value)
		if err != nil {
			t.Fatal(err)
		}
		h = rollup.DepositHash(h, w)
		if d.Index != w.Index || d.Recipient != w.Recipient || d.Value.Cmp(w.Value) != 0 || got != h {
			t.Fatalf("deposit %d: %+v hash %s, want %+v hash %s", w.Index, d, got, w, h)
		}
		if at, err := br.DepositHashAt(ctx, w.Index+1); err != nil || at != h {
			t.Fatalf("hashAt(%d) = %s, %v; want %s", w.Index+1, at, err, h)
		}
		hashes = append(hashes, h)
	}

	// Before the bridge is set: only count 0 with the zero hash.
	attrs := func(depositHash common.Hash) []byte {
		a := &rollup.Attributes{Timestamp: 1, GasLimit: 30_000_000, Deposits: want, DepositHash: depositHash}
		b, err := FromAttributes(1, common.Hash{}, a)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return enc
	}
	if _, err := in.PostRaw(ctx, 1, 1, attrs(hashes[0])); !strings.Contains(onchain.RevertReason(err), "TooManyDeposits(1, 0)") {
		t.Errorf("a deposit before the bridge is set: %v, want TooManyDeposits(1, 0)", err)
	}
	other := sender(t, l.net, l.keys[1])
	if _, err := SetBridge(ctx, other, in.Address(), baddr); !strings.Contains(onchain.RevertReason(err), "NotDeployer") {
		t.Errorf("setBridge by another account: %v, want NotDeployer", err)
	}
	if _, err := SetBridge(ctx, l.s, in.Address(), baddr); err != nil {
		t.Fatal(err)
	}
	if _, err := SetBridge(ctx, l.s, in.Address(), common.Address{2}); !strings.Contains(onchain.RevertReason(err), "BridgeAlreadySet") {
		t.Errorf("second setBridge: %v, want BridgeAlreadySet", err)
	}

	// attrsOf lists only the given deposits.
	attrsOf := func(deps []rollup.Deposit, depositHash common.Hash) []byte {
		a := &rollup.Attributes{Timestamp: 1, GasLimit: 30_000_000, Deposits: deps, DepositHash: depositHash}
		b, err := FromAttributes(1, common.Hash{}, a)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return enc
	}
	for name, c := range map[string]struct {
		count uint64
		enc   []byte
		want  string
		err   error
	}{
		"invented (count beyond the bridge's)": {3, attrs(hashes[1]), "TooManyDeposits(3, 2)", nil},
		"skipped (hash of 1, claims 2)":        {2, attrs(hashes[0]), "DepositHashMismatch", ErrDepositList},
		"none consumed, claims 1":              {1, attrs(common.Hash{}), "DepositHashMismatch", ErrDepositList},
		"altered last byte":                    {2, func() []byte { e := attrs(hashes[1]); e[len(e)-1] ^= 1; return e }(), "DepositHashMismatch", ErrDepositList},
		// the count and hash the bridge's, the list not: the L2 would
		// not credit them while the inbox counts them consumed
		"count 2, none listed":     {2, attrsOf(nil, hashes[1]), "DepositsMismatch(0, 2, 0)", ErrDepositList},
		"count 2, only the second": {2, attrsOf(want[1:], hashes[1]), "DepositsMismatch(0, 2, 1)", ErrDepositList},
		"count 1, both listed":     {1, attrsOf(want, hashes[0]), "DepositsMismatch(0, 1, 2)", ErrDepositList},
	} {
		_, err := in.PostRaw(ctx, 1, c.count, c.enc)
		if !strings.Contains(onchain.RevertReason(err), c.want) || (c.err != nil && !errors.Is(err, c.err)) {
			t.Errorf("%s: %v, want a revert %s (%v)", name, err, c.want, c.err)
		}
	}
	enc := attrs(hashes[1])
	if _, err := in.PostRaw(ctx, 1, 2, enc); err != nil {
		t.Fatalf("the honest batch: %v", err)
	}
	got, err := in.Raw(ctx, 1)
	if err != nil || string(got) != string(enc) {
		t.Fatalf("read back: %v", err)
	}
}

// TestApplyDeposits: rollup.Build (derivation's and the block program's
// block building) credits the attributes' deposits before the
// transactions and records the consumed count and hash in the state; the
// next block continues from them; attributes that skip, invent, reorder or
// replay a deposit, or claim another hash, are invalid (ErrDeposits): the
// rule's fallback block, which consumes no deposit, replaces them, in
// derivation too.
func TestApplyDeposits(t *testing.T) {
	genesis, _ := newL2(t, 1, 0)
	d, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	alice, bob := common.Address{0xa1}, common.Address{0xb0}
	deps := []rollup.Deposit{
		{Index: 0, Recipient: alice, Value: big.NewInt(7)},
		{Index: 1, Recipient: bob, Value: big.NewInt(params.Ether)},
		{Index: 2, Recipient: alice, Value: big.NewInt(5)},
	}
	hashes := []common.Hash{{}}
	for _, dep := range deps {
		hashes = append(hashes, rollup.DepositHash(hashes[len(hashes)-1], dep))
	}
	parent := d.Head()
	attrsOf := func(ds []rollup.Deposit, h common.Hash) *rollup.Attributes {
		return &rollup.Attributes{Timestamp: parent.Time + 1, GasLimit: parent.GasLimit, Deposits: ds, DepositHash: h}
	}
	built := map[common.Hash]*types.Header{}
	// build executes a on parent and commits the state (so a next block
	// can build on it), as derivation would.
	build := func(parent *types.Header, a *rollup.Attributes) (*types.Block, *state.StateDB, error) {
		statedb, err := d.BC.StateAt(parent.Root, parent.Number, parent.Time)
		if err != nil {
			t.Fatal(err)
		}
		enc, err := a.Encode()
		if err != nil {
			t.Fatal(err)
		}
		res, err := rollup.Build(withHeaders{d.BC, built}, parent, enc, statedb)
		if err != nil {
			t.Fatal(err)
		}
		if res.Invalid != nil {
			return nil, nil, res.Invalid
		}
		b := res.Block
		if _, err := statedb.Commit(d.BC.Config().Rules(b.Number(), true, b.Time()), b.NumberU64()); err != nil {
			t.Fatal(err)
		}
		built[b.Hash()] = b.Header()
		return b, statedb, nil
	}
	for name, a := range map[string]*rollup.Attributes{
		"skips deposit 0":         attrsOf(deps[1:2], rollup.DepositHash(common.Hash{}, deps[1])),
		"invents a deposit":       attrsOf([]rollup.Deposit{{Index: 0, Recipient: bob, Value: big.NewInt(1)}}, hashes[1]),
		"reorders":                attrsOf([]rollup.Deposit{deps[1], deps[0]}, hashes[2]),
		"claims another hash":     attrsOf(deps[:1], hashes[2]),
		"no deposits, claims one": attrsOf(nil, hashes[1]),
	} {
		if _, _, err := build(parent, a); !errors.Is(err, rollup.ErrDeposits) {
			t.Errorf("%s: %v, want ErrDeposits", name, err)
		}
		b, err := FromAttributes(parent.Number.Uint64()+1, parent.Hash(), a)
		if err != nil {
			t.Fatal(err)
		}
		res, err := d.Build(b)
		if err != nil {
			t.Fatalf("%s: derivation: %v", name, err)
		}
		fb := res.Block
		if !errors.Is(res.Invalid, rollup.ErrDeposits) || !strings.Contains(res.Invalid.Error(), "deposits do not chain") {
			t.Errorf("%s: derivation: %v, want the fallback block for ErrDeposits", name, res.Invalid)
		}
		if fb.Time() != parent.Time+1 || fb.GasLimit() != parent.GasLimit || len(fb.Transactions()) != 0 || fb.Coinbase() != (common.Address{}) || res.Attributes.DepositHash != (common.Hash{}) {
			t.Errorf("%s: the fallback block: time %d, gas limit %d, %d transactions, deposit hash %s", name, fb.Time(), fb.GasLimit(), len(fb.Transactions()), res.Attributes.DepositHash)
		}
	}
	// The honest block: deposits 0 and 1; then a block with deposit 2.
	b1, s1, err := build(parent, attrsOf(deps[:2], hashes[2]))
	if err != nil {
		t.Fatal(err)
	}
	check := func(s *state.StateDB, aliceWei, bobWei *big.Int, count int64, h common.Hash) {
		t.Helper()
		if got := s.GetBalance(alice).ToBig(); got.Cmp(aliceWei) != 0 {
			t.Errorf("alice: %s wei, want %s", got, aliceWei)
		}
		if got := s.GetBalance(bob).ToBig(); got.Cmp(bobWei) != 0 {
			t.Errorf("bob: %s wei, want %s", got, bobWei)
		}
		if got := s.GetState(rollup.WithdrawalContract, rollup.DepositCountSlot); got != common.BigToHash(big.NewInt(count)) {
			t.Errorf("consumed count %s, want %d", got, count)
		}
		if got := s.GetState(rollup.WithdrawalContract, rollup.DepositHashSlot); got != h {
			t.Errorf("consumed hash %s, want %s", got, h)
		}
	}
	check(s1, big.NewInt(7), big.NewInt(params.Ether), 2, hashes[2])
	parent = b1.Header()
	// Replaying deposit 1 on the new parent is refused; deposit 2 is taken.
	if _, _, err := build(parent, attrsOf(deps[1:2], rollup.DepositHash(hashes[2], deps[1]))); !errors.Is(err, rollup.ErrDeposits) {
		t.Errorf("replayed deposit: %v, want ErrDeposits", err)
	}
	if _, _, err := build(parent, attrsOf(nil, hashes[2])); err != nil {
		t.Errorf("a block without deposits after them: %v", err)
	}
	_, s2, err := build(parent, attrsOf(deps[2:], hashes[3]))
	if err != nil {
		t.Fatal(err)
	}
	check(s2, big.NewInt(12), big.NewInt(params.Ether), 3, hashes[3])
}

// withHeaders is a chain context that also knows the headers of blocks
// built outside the blockchain.
type withHeaders struct {
	*core.BlockChain
	extra map[common.Hash]*types.Header
}

func (w withHeaders) GetHeader(hash common.Hash, number uint64) *types.Header {
	if h, ok := w.extra[hash]; ok && h.Number.Uint64() == number {
		return h
	}
	return w.BlockChain.GetHeader(hash, number)
}

// TestDepositRoundTrip: two deposits on the embedded L1's Bridge; the
// sequencer (a chain of its own, built from its attributes) includes the
// first in block 1 and the second in block 2 (with a transfer), posts both
// batches with their deposit counts; a verifier that knows only the L2
// genesis and L1 derives the same blocks, with the deposits credited.
func TestDepositRoundTrip(t *testing.T) {
	ctx := context.Background()
	l := newL1(t)
	in := l.inbox(t)
	baddr, _, err := bridge.Deploy(ctx, l.s, common.Address{1}, nil)
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
	alice := common.Address{0xa1}
	d0, h1, err := br.Deposit(ctx, alice, big.NewInt(3*params.Ether))
	if err != nil {
		t.Fatal(err)
	}
	d1, h2, err := br.Deposit(ctx, alice, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}

	genesis, _ := newL2(t, 1, 0)
	seq, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer seq.Close()
	config := seq.BC.Config()
	blocks := []struct {
		deposits []rollup.Deposit
		hash     common.Hash
		count    uint64
		txs      int
	}{{[]rollup.Deposit{d0}, h1, 1, 0}, {[]rollup.Deposit{d1}, h2, 2, 1}}
	for i, blk := range blocks {
		head := seq.Head()
		a := &rollup.Attributes{Timestamp: head.Time + 12, GasLimit: head.GasLimit, Deposits: blk.deposits, DepositHash: blk.hash}
		for n := range blk.txs {
			enc, err := transfer(t, l2Key(), config, uint64(n)).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			a.Transactions = append(a.Transactions, enc)
		}
		b, err := FromAttributes(uint64(i+1), head.Hash(), a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := seq.Apply(b); err != nil {
			t.Fatalf("sequencer block %d: %v", i+1, err)
		}
		r, err := in.Post(ctx, b, blk.count)
		if err != nil {
			t.Fatalf("post block %d: %v", i+1, err)
		}
		t.Logf("block %d (%d deposit, %d transactions): posted for %d L1 gas", i+1, len(blk.deposits), blk.txs, r.GasUsed)
	}

	d, err := NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, err := d.Sync(ctx, in); n != 2 || err != nil {
		t.Fatalf("derive: %d blocks, %v", n, err)
	}
	if got, want := d.Head(), seq.Head(); got.Hash() != want.Hash() || got.Root != want.Root {
		t.Fatalf("derived head %s (state %s), the sequencer's %s (state %s)", got.Hash(), got.Root, want.Hash(), want.Root)
	}
	s, err := d.BC.StateAt(d.Head().Root, d.Head().Number, d.Head().Time)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.GetBalance(alice).ToBig(), big.NewInt(3*params.Ether+5); got.Cmp(want) != 0 {
		t.Errorf("alice on the derived L2: %s wei, want %s", got, want)
	}
	if got := s.GetState(rollup.WithdrawalContract, rollup.DepositHashSlot); got != h2 {
		t.Errorf("consumed hash %s, want the bridge's %s", got, h2)
	}
}
