package batch

import (
	"bytes"
	"context"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rlp"
)

// TestInboxAgreesWithDecode: BatchInbox.post refuses as BadBatch exactly
// the batches batch.Decode refuses (or that name another block than the
// posted one), on a table of malformed batches and on 600 seeded random
// mutations of a batch with two deposits and three transactions. A batch
// both read is accepted or refused for its deposits only. So the inbox
// commits no batch derivation and the block program cannot read, and
// refuses none they could (docs/rollup.md, "What an invalid block means").
func TestInboxAgreesWithDecode(t *testing.T) {
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
	if _, err := SetBridge(ctx, l.s, in.Address(), baddr); err != nil {
		t.Fatal(err)
	}
	deps := []rollup.Deposit{
		{Index: 0, Recipient: common.Address{0xa1}, Value: big.NewInt(1e18)},
		{Index: 1, Recipient: common.Address{0xb0}, Value: big.NewInt(300)},
	}
	h := common.Hash{}
	for _, d := range deps {
		if _, _, err := br.Deposit(ctx, d.Recipient, d.Value); err != nil {
			t.Fatal(err)
		}
		h = rollup.DepositHash(h, d)
	}
	_, blocks := newL2(t, 1, 1)
	tx := blocks[0].Transactions()[0]
	txEnc, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	attrs := &rollup.Attributes{
		Timestamp: 1700000000, Coinbase: common.Address{0xc0}, GasLimit: 30_000_000, PrevRandao: common.Hash{7},
		Extra: []byte("x"), Transactions: [][]byte{txEnc, {0x02, 0xc0}, {0x05}}, Deposits: deps, DepositHash: h,
	}
	good, err := FromAttributes(1, blocks[0].ParentHash(), attrs)
	if err != nil {
		t.Fatal(err)
	}
	goodEnc, err := good.Encode()
	if err != nil {
		t.Fatal(err)
	}

	// contract is what post(1, 2, enc) does: "" if it accepts, else the
	// decoded revert.
	to := in.Address()
	contract := func(enc []byte) string {
		t.Helper()
		_, err := l.net.Client().CallContract(ctx, ethereum.CallMsg{From: l.s.Address(), To: &to, Data: inboxABI.PackPost(1, 2, enc)}, nil)
		if err == nil {
			return ""
		}
		reason := onchain.RevertReason(onchain.AsRevert(err))
		if reason == "" {
			t.Fatalf("post: %v, not a revert", err)
		}
		return reason
	}
	var accepted, malformed, deposits int
	check := func(name string, enc []byte) {
		t.Helper()
		b, derr := Decode(enc)
		readable := derr == nil && b.Number == 1
		reason := contract(enc)
		refusedAsBad := strings.HasPrefix(reason, "BadBatch(") || reason == "EmptyBatch()"
		switch {
		case readable && refusedAsBad:
			t.Errorf("%s (%x): batch.Decode reads it, the inbox refuses %s", name, enc, reason)
		case !readable && !refusedAsBad:
			t.Errorf("%s (%x): batch.Decode refuses it (%v, number %v), the inbox says %q", name, enc, derr, b, reason)
		case readable && reason != "" && !strings.HasPrefix(reason, "DepositsMismatch(") && !strings.HasPrefix(reason, "DepositHashMismatch("):
			t.Errorf("%s: both read it, the inbox refuses %s", name, reason)
		case !readable:
			malformed++
		case reason == "":
			accepted++
		default:
			deposits++
		}
	}

	check("the honest batch", goodEnc)
	if accepted != 1 {
		t.Fatal("the honest batch is refused")
	}
	batchOf := func(attributes []byte) []byte {
		return mustEncode(t, &Batch{Number: 1, ParentHash: good.ParentHash, Attributes: attributes})
	}
	with := func(f func(a *rollup.Attributes)) []byte {
		a := *attrs
		f(&a)
		return batchOf(mustEncode(t, &a))
	}
	fields := func(fs ...any) []byte { return batchOf(mustEncode(t, fs)) }
	z := common.Hash{}
	table := map[string][]byte{
		"empty":                 nil,
		"not RLP":               {0xff, 0x01},
		"trailing bytes":        append(bytes.Clone(goodEnc), 0x80),
		"truncated":             goodEnc[:len(goodEnc)-1],
		"attributes not a list": batchOf(mustEncode(t, []byte("attributes"))),
		"attributes empty list": batchOf([]byte{0xc0}),
		"another number":        mustEncode(t, &Batch{Number: 2, ParentHash: good.ParentHash, Attributes: good.Attributes}),
		"number 0x00":           append([]byte{0xf9, byte((len(goodEnc) - 3) >> 8), byte(len(goodEnc) - 3), 0x00}, goodEnc[4:]...),
		"parent hash of 31":     mustEncode(t, []any{uint64(1), make([]byte, 31), rlp.RawValue(good.Attributes)}),
		"a fourth batch field":  mustEncode(t, []any{uint64(1), good.ParentHash, rlp.RawValue(good.Attributes), uint64(0)}),
		"old test attributes":   fields(uint64(1700000000), common.Address{1}, uint64(30_000_000), []byte("tx"), h),
		"eight fields":          fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}),
		"ten fields":            fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, h, h),
		"timestamp 0x00":        fields(rlp.RawValue{0x00}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"timestamp 0x8105":      fields(rlp.RawValue{0x81, 0x05}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"timestamp 0x820001":    fields(rlp.RawValue{0x82, 0x00, 0x01}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"timestamp of 9 bytes":  fields(rlp.RawValue{0x89, 1, 0, 0, 0, 0, 0, 0, 0, 0}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"timestamp a list":      fields([]any{}, common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"coinbase of 19":        fields(uint64(1), make([]byte, 19), uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"coinbase one byte":     fields(uint64(1), rlp.RawValue{0x01}, uint64(1), z, z, []byte{}, []any{}, []any{}, z),
		"extra 0x8105":          fields(uint64(1), common.Address{}, uint64(1), z, z, rlp.RawValue{0x81, 0x05}, []any{}, []any{}, z),
		"extra long form of 3":  fields(uint64(1), common.Address{}, uint64(1), z, z, rlp.RawValue{0xb8, 0x03, 1, 2, 3}, []any{}, []any{}, z),
		"extra one byte":        fields(uint64(1), common.Address{}, uint64(1), z, z, rlp.RawValue{0x05}, []any{}, []any{}, z),
		"transaction list":      fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{[]any{}}, []any{}, z),
		"transaction 0x8105":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{rlp.RawValue{0x81, 0x05}}, []any{}, z),
		"transactions a string": fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []byte{1}, []any{}, z),
		"deposit not a list":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{uint64(0)}, z),
		"deposit value 0x00":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}, rlp.RawValue{0x00}}}, z),
		"deposit value 2^256":   fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}, new(big.Int).Lsh(big.NewInt(1), 256)}}, z),
		"deposit value 2^256-1": fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))}}, z),
		"deposit index 2^64":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{new(big.Int).Lsh(big.NewInt(1), 64), common.Address{}, uint64(1)}}, z),
		"deposit two fields":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{[]any{uint64(0), common.Address{}}}, z),
		"deposit hash of 31":    fields(uint64(1), common.Address{}, uint64(1), z, z, []byte{}, []any{}, []any{}, make([]byte, 31)),
		"list header long form": batchOf(append([]byte{0xf8, byte(len(good.Attributes) - 1)}, good.Attributes[1:]...)),
		// readable, refused or accepted for the deposits only
		"deposits left out":  with(func(a *rollup.Attributes) { a.Deposits = nil }),
		"deposits swapped":   with(func(a *rollup.Attributes) { a.Deposits = []rollup.Deposit{deps[1], deps[0]} }),
		"deposit hash wrong": with(func(a *rollup.Attributes) { a.DepositHash = common.Hash{1} }),
		"no transactions":    with(func(a *rollup.Attributes) { a.Transactions = nil }),
		"bad timestamp":      with(func(a *rollup.Attributes) { a.Timestamp = 0 }),
	}
	for name, enc := range table {
		check(name, enc)
	}
	if malformed == 0 || deposits == 0 || accepted < 2 {
		t.Fatalf("table: %d malformed, %d refused for deposits, %d accepted: a class is missing", malformed, deposits, accepted)
	}

	// Random mutations of the honest batch: a byte changed (anywhere, or
	// by ±1 to hit size headers), deleted, inserted, or a cut.
	rng := rand.New(rand.NewPCG(17, 1))
	const mutants = 600
	for i := range mutants {
		enc := bytes.Clone(goodEnc)
		p := rng.IntN(len(enc))
		switch i % 5 {
		case 0:
			enc[p] = byte(rng.IntN(256))
		case 1:
			enc[p] += byte(1 - 2*rng.IntN(2))
		case 2:
			enc = append(enc[:p], enc[p+1:]...)
		case 3:
			enc = append(enc[:p], append([]byte{byte(rng.IntN(256))}, enc[p:]...)...)
		case 4:
			enc = enc[:p]
		}
		check("mutant", enc)
	}
	t.Logf("%d batches: %d malformed (both refuse), %d refused for their deposits, %d accepted", len(table)+1+mutants, malformed, deposits, accepted)
}
