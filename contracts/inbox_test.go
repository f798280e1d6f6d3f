package contracts_test

// BatchInbox.post's reading of the batch (BatchRLP): the deposits a batch
// lists must be exactly the bridge's from the inbox's consumed count to the
// posted count, and a batch derivation cannot decode is refused. The same
// cases against batch.Decode are in rollup/batch (TestInboxAgreesWithDecode).

import (
	"math/big"
	"testing"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// TestInboxDeposits: with 12 deposits on the bridge, the inbox refuses a
// batch whose list is not the bridge's deposits from the consumed count
// (wrong value, wrong recipient, one skipped, two swapped, one invented,
// one left out while the count covers it, a list starting before the
// consumed count, an empty list for a count above it), each with
// DepositsMismatch, and a right list whose deposit hash is not the
// bridge's (DepositHashMismatch); it accepts the honest lists of 0, 1, 1
// and 10 deposits, whose gas it logs (docs/benchmarks.md, "Batches on
// L1"): the first post with a deposit also makes `consumed` nonzero.
func TestInboxDeposits(t *testing.T) {
	c := newSimChain(t)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	br := c.deploy(t, deployer, bindings.BridgeMetaData.Bin, bridgeABI.PackConstructor(common.Address{1}, uint64(1_000_000)))
	c.send(t, deployer, inbox, inboxABI.PackSetBridge(br), nil)

	var deps []rollup.Deposit
	hashes := []common.Hash{{}}
	for i := range 12 {
		d := rollup.Deposit{Index: uint64(i), Recipient: common.Address{0xd0, byte(i)}, Value: big.NewInt(int64(1e9 + i))}
		c.send(t, bob, br, bridgeABI.PackDeposit(d.Recipient), d.Value)
		deps = append(deps, d)
		hashes = append(hashes, rollup.DepositHash(hashes[i], d))
	}
	var onChain common.Hash
	if err := bridgeABI.GetABI().UnpackIntoInterface(&onChain, "hashAt", c.view(t, br, bridgeABI.PackHashAt(12))); err != nil {
		t.Fatal(err)
	}
	if onChain != hashes[12] {
		t.Fatalf("bridge hashAt(12) %s, rollup.DepositHash chain %s", onChain, hashes[12])
	}
	with := func(list ...rollup.Deposit) []rollup.Deposit { return list }
	altered := func(d rollup.Deposit, f func(*rollup.Deposit)) rollup.Deposit {
		d.Value = new(big.Int).Set(d.Value)
		f(&d)
		return d
	}
	type refusal struct {
		name  string
		count uint64
		list  []rollup.Deposit
		hash  common.Hash
		want  []byte
	}
	mismatch := func(from, to uint64, listed int) []byte {
		return inboxError("DepositsMismatch", from, to, big.NewInt(int64(listed)))
	}
	refuse := func(number uint64, cases []refusal) {
		t.Helper()
		for _, r := range cases {
			t.Run(r.name, func(t *testing.T) {
				c.mustRevert(t, alice, &inbox, inboxABI.PackPost(number, r.count, depositBatch(t, number, r.list, r.hash)), nil, r.want)
			})
		}
	}
	post := func(number, count uint64, list []rollup.Deposit) uint64 {
		t.Helper()
		r := c.send(t, alice, inbox, inboxABI.PackPost(number, count, depositBatch(t, number, list, hashes[count])), nil)
		t.Logf("post of block %d with %d deposits: %d gas", number, len(list), r.GasUsed)
		return r.GasUsed
	}

	// Nothing consumed yet.
	refuse(1, []refusal{
		// the censorship the check closes: the count covers deposit 0
		// (as forced inclusion demands) but the list does not credit it
		{"count 1, empty list", 1, nil, hashes[1], mismatch(0, 1, 0)},
		{"wrong value", 1, with(altered(deps[0], func(d *rollup.Deposit) { d.Value.SetInt64(2e9) })), hashes[1], mismatch(0, 1, 1)},
		{"wrong recipient", 1, with(altered(deps[0], func(d *rollup.Deposit) { d.Recipient[19] = 0xee })), hashes[1], mismatch(0, 1, 1)},
		{"wrong index", 1, with(altered(deps[0], func(d *rollup.Deposit) { d.Index = 1 })), hashes[1], mismatch(0, 1, 1)},
		{"skipped", 2, with(deps[1]), hashes[2], mismatch(0, 2, 1)},
		{"skipped in the middle", 3, with(deps[0], deps[2]), hashes[3], mismatch(0, 3, 2)},
		{"swapped", 2, with(deps[1], deps[0]), hashes[2], mismatch(0, 2, 2)},
		{"invented", 1, with(deps[0], rollup.Deposit{Index: 1, Recipient: common.Address{0xee}, Value: big.NewInt(1)}), hashes[1], mismatch(0, 1, 2)},
		{"one more than counted", 1, with(deps[0], deps[1]), hashes[1], mismatch(0, 1, 2)},
		{"right list, another hash", 1, with(deps[0]), hashes[2], inboxError("DepositHashMismatch", hashes[1])},
	})
	gas0 := post(1, 0, nil)
	gasFirst := post(2, 1, deps[:1])
	// Deposit 0 is consumed: a list starting at it again is refused.
	refuse(3, []refusal{
		{"starts before consumed", 2, with(deps[0], deps[1]), hashes[2], mismatch(1, 2, 2)},
		{"replays the consumed one", 1, with(deps[0]), hashes[1], mismatch(1, 1, 1)},
		{"count back", 0, nil, hashes[0], inboxError("DepositsRolledBack", uint64(0), uint64(1))},
	})
	gas1 := post(3, 2, deps[1:2])
	gas10 := post(4, 12, deps[2:12])
	var consumed uint64
	if err := inboxABI.GetABI().UnpackIntoInterface(&consumed, "consumed", c.view(t, inbox, inboxABI.PackConsumed())); err != nil {
		t.Fatal(err)
	}
	if consumed != 12 {
		t.Fatalf("consumed %d after the posts, want 12", consumed)
	}
	per := (gas10 - gas1) / 9
	t.Logf("0 deposits %d gas; 1 deposit %d (the first: consumed 0 -> 1), %d (consumed updated); 10 deposits %d; %d gas per deposit", gas0, gasFirst, gas1, gas10, per)
	// Calldata (about 30 bytes of RLP, at EIP-7623's floor 40 gas a
	// nonzero byte) plus a keccak256 and the RLP walk (about 3,000 gas in
	// Solidity with its bounds checks): a bound against regressions.
	if per > 6000 {
		t.Errorf("%d gas per deposit, want at most 6000", per)
	}
}

// TestInboxRefusesMalformed: the inbox refuses batches derivation cannot
// decode with BadBatch and the first rule broken. (rollup/batch's
// TestInboxAgreesWithDecode checks many more against batch.Decode.)
func TestInboxRefusesMalformed(t *testing.T) {
	c := newSimChain(t)
	inbox := c.deploy(t, deployer, bindings.BatchInboxMetaData.Bin, inboxABI.PackConstructor(alice.addr))
	good := &rollup.Attributes{Timestamp: 2, GasLimit: 30_000_000, Transactions: [][]byte{{0x02, 0xaa}}}
	enc := func(fields ...any) []byte {
		attributes, err := rlp.EncodeToBytes(fields)
		if err != nil {
			t.Fatal(err)
		}
		batch, err := rlp.EncodeToBytes([]any{uint64(1), common.Hash{1}, rlp.RawValue(attributes)})
		if err != nil {
			t.Fatal(err)
		}
		return batch
	}
	z := common.Hash{}
	for _, tc := range []struct {
		name  string
		batch []byte
		want  string
	}{
		{"another block number", depositBatch(t, 2, nil, z), "another block number"},
		{"attributes of the old test format", enc(uint64(1700000000), common.Address{1}, uint64(30_000_000), []byte("tx"), z), "prevRandao: not a string of its size"},
		{"zero timestamp as 0x00", enc(rlp.RawValue{0x00}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z), "timestamp: non-canonical integer"},
		{"timestamp with a leading zero", enc(rlp.RawValue{0x82, 0x00, 0x01}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z), "timestamp: non-canonical integer"},
		{"timestamp of 9 bytes", enc(rlp.RawValue{0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z), "timestamp: integer too large"},
		{"short coinbase", enc(uint64(2), []byte{1, 2}, uint64(1), z, z, []byte{}, []any{}, []any{}, z), "coinbase: not a string of its size"},
		{"extra data a list", enc(uint64(2), common.Address{}, uint64(1), z, z, []any{}, []any{}, []any{}, z), "extra data: a list, not a string"},
		{"a transaction that is a list", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{[]any{}}, []any{}, z), "transaction: a list, not a string"},
		{"a one-byte transaction in long form", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{rlp.RawValue{0x81, 0x05}}, []any{}, z), "transaction: non-canonical size"},
		{"transactions not a list", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []byte{1, 2}, []any{}, z), "transactions: not a list"},
		{"a deposit with two fields", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}}}, z), "deposit value: missing"},
		{"a deposit with four fields", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}, uint64(1), uint64(1)}}, z), "deposit: too many fields"},
		{"a deposit value of 33 bytes", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}, new(big.Int).Lsh(big.NewInt(1), 256)}}, z), "deposit value: integer too large"},
		{"no deposit hash", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}), "deposit hash: missing"},
		{"a tenth field", enc(uint64(2), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z, uint64(1)), "attributes: too many fields"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.mustRevert(t, alice, &inbox, inboxABI.PackPost(1, 0, tc.batch), nil, inboxError("BadBatch", tc.want))
		})
	}
	ok, err := good.Encode()
	if err != nil {
		t.Fatal(err)
	}
	batch, err := rlp.EncodeToBytes([]any{uint64(1), common.Hash{1}, rlp.RawValue(ok)})
	if err != nil {
		t.Fatal(err)
	}
	c.send(t, alice, inbox, inboxABI.PackPost(1, 0, batch), nil)
}
