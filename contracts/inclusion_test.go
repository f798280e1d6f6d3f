package contracts_test

// Forced inclusion of deposits (docs/rollup.md, "Deposits"): Bridge gives
// each deposit a deadline, BatchInbox refuses a post that leaves a deposit
// past its deadline unconsumed and lets anyone post while one waits.

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
)

var bridgeABI = bindings.NewBridge()

// inboxError is the revert data of one of BatchInbox's custom errors.
func inboxError(name string, args ...any) []byte {
	e, ok := inboxABI.GetABI().Errors[name]
	if !ok {
		panic("no BatchInbox error " + name)
	}
	packed, err := e.Inputs.Pack(args...)
	if err != nil {
		panic(err)
	}
	return append(bytes.Clone(e.ID[:4]), packed...)
}

// depositBatch is a batch of L2 block number, as rollup/batch encodes
// one, whose attributes list deps and end with depositHash.
func depositBatch(t *testing.T, number uint64, deps []rollup.Deposit, depositHash common.Hash) []byte {
	t.Helper()
	a := &rollup.Attributes{
		Timestamp: uint64(1700000000) + number, Coinbase: common.Address{1}, GasLimit: 30_000_000,
		Transactions: [][]byte{[]byte("tx")}, Deposits: deps, DepositHash: depositHash,
	}
	attributes, err := a.Encode()
	if err != nil {
		t.Fatal(err)
	}
	batch, err := rlp.EncodeToBytes([]any{number, common.Hash{byte(number)}, rlp.RawValue(attributes)})
	if err != nil {
		t.Fatal(err)
	}
	return batch
}

// TestForcedInclusion: a deposit's deadline is its block's timestamp plus
// the bridge's delay. Up to the deadline (inclusive) the sequencer may
// post without it; after it, a post that leaves it out is DepositOverdue,
// the sequencer's and anyone else's, while anyone may post one that
// consumes it (sequencerLate). Counts never go back. Another account is
// NotSequencer whenever nothing is overdue.
func TestForcedInclusion(t *testing.T) {
	c := newSimChain(t)
	const delay = 100
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	br := c.deploy(t, deployer, bindings.BridgeMetaData.Bin, bridgeABI.PackConstructor(common.Address{1}, uint64(delay)))
	c.send(t, deployer, inbox, inboxABI.PackSetBridge(br), nil)

	u64 := func(data []byte, unpack func([]byte) (uint64, error)) uint64 {
		t.Helper()
		v, err := unpack(c.view(t, br, data))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if got := u64(bridgeABI.PackInclusionDelay(), bridgeABI.UnpackInclusionDelay); got != delay {
		t.Fatalf("inclusionDelay %d, want %d", got, delay)
	}
	late := func() bool {
		t.Helper()
		v, err := inboxABI.UnpackSequencerLate(c.view(t, inbox, inboxABI.PackSequencerLate()))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	consumed := func() uint64 {
		t.Helper()
		v, err := inboxABI.UnpackConsumed(c.view(t, inbox, inboxABI.PackConsumed()))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// hashes[n] is the bridge's running hash after n deposits, deps the
	// deposits; posted is the count the posts so far consumed.
	hashes := []common.Hash{{}}
	var deps []rollup.Deposit
	posted := uint64(0)
	// list is what a batch consuming up to count lists: the deposits
	// after the posted ones (none if count goes back).
	list := func(count uint64) []rollup.Deposit {
		if count <= posted {
			return nil
		}
		return deps[posted:min(count, uint64(len(deps)))]
	}
	deposit := func(from actor, to common.Address, wei int64) (deadline uint64) {
		t.Helper()
		r := c.send(t, from, br, bridgeABI.PackDeposit(to), big.NewInt(wei))
		n := uint64(len(hashes) - 1)
		var enc []byte
		enc = append(enc, hashes[n][:]...)
		enc = append(enc, to[:]...)
		enc = append(enc, common.BigToHash(big.NewInt(wei)).Bytes()...)
		enc = append(enc, new(big.Int).SetUint64(n).FillBytes(make([]byte, 8))...)
		hashes = append(hashes, crypto.Keccak256Hash(enc))
		deps = append(deps, rollup.Deposit{Index: n, Recipient: to, Value: big.NewInt(wei)})
		t.Logf("deposit %d: %d gas", n, r.GasUsed)
		deadline = u64(bridgeABI.PackDeadline(n), bridgeABI.UnpackDeadline)
		if want := c.blockTime(t, r) + delay; deadline != want {
			t.Fatalf("deposit %d: deadline %d, want its block's time + %d = %d", n, deadline, delay, want)
		}
		return deadline
	}
	post := func(from actor, number, count uint64) {
		t.Helper()
		r := c.send(t, from, inbox, inboxABI.PackPost(number, count, depositBatch(t, number, list(count), hashes[count])), nil)
		posted = count
		t.Logf("post(%d, %d) by %s: %d gas", number, count, from.name, r.GasUsed)
	}
	postFails := func(from actor, number, count uint64, want []byte) {
		t.Helper()
		h := common.Hash{0xee} // a count beyond the deposits has no hash
		if count < uint64(len(hashes)) {
			h = hashes[count]
		}
		c.mustRevert(t, from, &inbox, inboxABI.PackPost(number, count, depositBatch(t, number, list(count), h)), nil, want)
	}

	post(alice, 1, 0)
	due0 := deposit(bob, common.Address{0xb0}, 1e9)
	if late() {
		t.Fatal("sequencerLate right after a deposit")
	}
	postFails(carol, 2, 1, inboxError("NotSequencer", carol.addr))
	// At the deadline itself the deposit is not yet overdue.
	c.nextBlockAt(t, due0)
	post(alice, 2, 0)
	if late() {
		t.Fatal("sequencerLate at deposit 0's deadline")
	}
	// One second later it is: the latest block (deposit 1's) is past it.
	due1 := deposit(dave, common.Address{0xd0}, 7)
	if !late() {
		t.Fatalf("sequencerLate false at %d, deposit 0 due at %d", c.now(t), due0)
	}
	postFails(alice, 3, 0, inboxError("DepositOverdue", uint64(0), due0))
	postFails(carol, 3, 0, inboxError("DepositOverdue", uint64(0), due0))
	postFails(carol, 3, 3, inboxError("TooManyDeposits", uint64(3), uint64(2)))
	// Anyone may post the block that consumes it (deposit 1 is not due).
	post(carol, 3, 1)
	if late() || consumed() != 1 {
		t.Fatalf("after the forced post: sequencerLate %v, consumed %d; want false, 1", late(), consumed())
	}
	postFails(carol, 4, 1, inboxError("NotSequencer", carol.addr))
	postFails(alice, 4, 0, inboxError("DepositsRolledBack", uint64(0), uint64(1)))
	post(alice, 4, 1)
	// Past deposit 1's deadline the sequencer must take it too.
	c.nextBlockAt(t, due1+2)
	postFails(alice, 5, 1, inboxError("DepositOverdue", uint64(1), due1))
	post(alice, 5, 2)
	if late() || consumed() != 2 {
		t.Fatalf("after consuming both: sequencerLate %v, consumed %d", late(), consumed())
	}
	// With nothing pending, nothing is ever overdue.
	c.nextBlockAt(t, c.now(t)+10*delay)
	postFails(carol, 6, 2, inboxError("NotSequencer", carol.addr))
	post(alice, 6, 2)
}
