package host

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// invalidBatch is the sequencer's block 1 (three valid transactions: two
// transfers and a legacy transfer) as a batch whose attributes mix in, in
// between, one transaction of each kind that cannot be applied; kinds
// names them, in order, and wantErr the error each must be dropped with
// (nil: only that it is dropped).
func invalidBatch(t *testing.T, c *testChain) (b *batch.Batch, ref *types.Block, kinds []string, wantErr []error) {
	t.Helper()
	signer := types.LatestSigner(c.config)
	dyn := func(k int, nonce, gas uint64, feeCap, tip *big.Int, value *big.Int) *types.Transaction {
		return types.MustSignNewTx(c.keys[k], signer, &types.DynamicFeeTx{ChainID: c.config.ChainID, Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &common.Address{0xee}, Value: value})
	}
	gwei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }
	// The valid ones: the sequencer's block.
	valid := []*types.Transaction{
		dyn(0, 0, 21000, gwei(100), gwei(1), big.NewInt(1e15)),
		dyn(0, 1, 21000, gwei(100), gwei(1), big.NewInt(2e15)),
		types.MustSignNewTx(c.keys[1], signer, &types.LegacyTx{Nonce: 0, GasPrice: gwei(100), Gas: 21000, To: &common.Address{0xef}, Value: big.NewInt(3)}),
	}
	engine := beacon.New(ethash.NewFaker())
	_, blocks, _ := core.GenerateChainWithGenesis(c.genesis, engine, 1, func(_ int, g *core.BlockGen) {
		for _, tx := range valid {
			g.AddTx(tx)
		}
	})
	ref = blocks[0]
	attrs, err := rollup.AttributesOf(ref)
	if err != nil {
		t.Fatal(err)
	}

	poor, _ := crypto.ToECDSA(crypto.Keccak256([]byte("an account with no ether")))
	otherChain := types.LatestSignerForChainID(big.NewInt(testChainID + 1))
	badSig, err := dyn(2, 0, 21000, gwei(100), gwei(1), big.NewInt(1)).WithSignature(signer, append(make([]byte, 64), 0))
	if err != nil {
		t.Fatal(err)
	}
	blob := types.MustSignNewTx(c.keys[2], signer, &types.BlobTx{ChainID: uint256.MustFromBig(c.config.ChainID), Nonce: 0,
		GasTipCap: uint256.NewInt(params.GWei), GasFeeCap: uint256.NewInt(100 * params.GWei), Gas: 21000, To: common.Address{0xee},
		BlobFeeCap: uint256.NewInt(1), BlobHashes: []common.Hash{{1}}})
	invalid := []struct {
		kind string
		tx   *types.Transaction
		raw  []byte
		err  error
	}{
		{"nonce too high", dyn(0, 9, 21000, gwei(100), gwei(1), big.NewInt(1)), nil, core.ErrNonceTooHigh},
		{"nonce too low (a replay)", valid[0], nil, core.ErrNonceTooLow},
		{"insufficient funds", types.MustSignNewTx(poor, signer, &types.DynamicFeeTx{ChainID: c.config.ChainID, GasTipCap: gwei(1), GasFeeCap: gwei(100), Gas: 21000, To: &common.Address{1}}), nil, core.ErrInsufficientFunds},
		{"value over the balance", dyn(3, 0, 21000, gwei(100), gwei(1), new(big.Int).Mul(big.NewInt(2e6), big.NewInt(params.Ether))), nil, core.ErrInsufficientFunds},
		{"intrinsic gas too low", dyn(2, 0, 20000, gwei(100), gwei(1), big.NewInt(1)), nil, core.ErrIntrinsicGas},
		{"over the block's remaining gas", dyn(2, 0, ref.GasLimit()-20000, gwei(100), gwei(1), big.NewInt(1)), nil, core.ErrGasLimitReached},
		{"fee cap below the base fee", dyn(2, 0, 21000, big.NewInt(1), big.NewInt(1), big.NewInt(1)), nil, core.ErrFeeCapTooLow},
		{"tip above the fee cap", dyn(2, 0, 21000, gwei(100), gwei(200), big.NewInt(1)), nil, core.ErrTipAboveFeeCap},
		{"another chain id", types.MustSignNewTx(c.keys[2], otherChain, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID + 1), GasTipCap: gwei(1), GasFeeCap: gwei(100), Gas: 21000, To: &common.Address{1}}), nil, types.ErrInvalidChainId},
		{"bad signature", badSig, nil, nil},
		{"blob transaction", blob, nil, rollup.ErrBlobTx},
		{"not a transaction", nil, []byte{0x02, 0xc0}, nil},
	}
	// Interleave: valid 0, then half the invalid ones, valid 1, the rest,
	// valid 2.
	var txs [][]byte
	enc := func(tx *types.Transaction) []byte {
		b, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for i, inv := range invalid {
		switch i {
		case 0:
			txs = append(txs, attrs.Transactions[0])
		case len(invalid) / 2:
			txs = append(txs, attrs.Transactions[1])
		}
		raw := inv.raw
		if raw == nil {
			raw = enc(inv.tx)
		}
		txs = append(txs, raw)
		kinds = append(kinds, inv.kind)
		wantErr = append(wantErr, inv.err)
	}
	txs = append(txs, attrs.Transactions[2])
	attrs.Transactions = txs
	b, err = batch.FromAttributes(1, ref.ParentHash(), attrs)
	if err != nil {
		t.Fatal(err)
	}
	return b, ref, kinds, wantErr
}

// TestInvalidTransactionsDropped: a batch with a transaction of each kind
// that cannot be applied (bad nonce, too few funds, intrinsic gas, over
// the block's gas, fee cap under the base fee, tip over the fee cap,
// another chain id, a bad signature, a blob transaction, bytes that are
// no transaction) among valid ones: derivation builds the block of the
// valid ones in their order, which is the sequencer's block without
// them, and the block program, given the batch's attributes, computes its
// output root natively.
func TestInvalidTransactionsDropped(t *testing.T) {
	c := newTestChain(t, 0)
	b, ref, kinds, wantErr := invalidBatch(t, c)
	d, err := batch.NewChain(c.genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	built, err := d.Build(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, dr := range built.Dropped {
		t.Logf("dropped %d: %v", dr.Index, dr.Reason)
	}
	if built.Invalid != nil || len(built.Dropped) != len(kinds) {
		t.Fatalf("invalid %v, %d dropped, want %d", built.Invalid, len(built.Dropped), len(kinds))
	}
	for i, dr := range built.Dropped {
		want := i + 1 // after valid 0
		if i >= len(kinds)/2 {
			want++ // after valid 1
		}
		if dr.Index != want || dr.Reason == nil || (wantErr[i] != nil && !errors.Is(dr.Reason, wantErr[i])) {
			t.Errorf("%s: dropped as transaction %d (%v), want %d (%v)", kinds[i], dr.Index, dr.Reason, want, wantErr[i])
		}
		t.Logf("%s: transaction %d dropped: %v", kinds[i], dr.Index, dr.Reason)
	}
	got, err := d.Apply(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != ref.Hash() || got.Root() != ref.Root() {
		t.Fatalf("derived block %s (state %s), the sequencer's without the invalid transactions %s (state %s)", got.Hash(), got.Root(), ref.Hash(), ref.Root())
	}

	claim, err := PrepareBatch(BlockChain{d.BC}, testChainID, 1, b.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	if got := common.Hash(claim.LocalData(common.Hash{})[blockprog.LocalAttributesHash]); got != b.AttributesHash() {
		t.Fatalf("local datum 2 is %s, the batch's attributes hash %s", got, b.AttributesHash())
	}
	root := claim.Output.Root()
	var log bytes.Buffer
	r := RunNative(claim.Host(claim.Word()), &log)
	if r.Code != blockprog.ExitMatch || r.Root != root || r.Block.Hash() != ref.Hash() || len(r.Built.Dropped) != len(kinds) {
		t.Fatalf("natively: exit %d (%v), block %v\n%s", r.Code, r.Err, r.Block, log.String())
	}
}

// TestVMInvalidTransactionsDropped: the block of TestInvalidTransactionsDropped
// in the VM, on each engine: the program accepts the derived block's
// output root with the root the native run computes.
func TestVMInvalidTransactionsDropped(t *testing.T) {
	prestate := blockPrestate(t)
	c := newTestChain(t, 0)
	b, _, _, _ := invalidBatch(t, c)
	d, err := batch.NewChain(c.genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if _, err := d.Apply(b); err != nil {
		t.Fatal(err)
	}
	claim, err := PrepareBatch(BlockChain{d.BC}, testChainID, 1, b.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	root := claim.Output.Root()
	native := RunNative(claim.Host(claim.Word()), nil)
	if native.Code != blockprog.ExitMatch {
		t.Fatalf("natively: exit %d (%v)", native.Code, native.Err)
	}
	for _, eng := range engines() {
		var stderr bytes.Buffer
		r, err := RunVM(prestate(), claim.Host(claim.Word()), eng.e, &stderr)
		if err != nil {
			t.Fatalf("%s: %v\n%s", eng.name, err, stderr.String())
		}
		t.Logf("block with %d dropped transactions on %s: %d steps, exit %d", len(native.Built.Dropped), eng.name, r.Steps, r.ExitCode)
		if !r.Valid() || !bytes.Equal(r.Stdout, root[:]) {
			t.Fatalf("%s: status %v exit %d, root %x; want %s\n%s", eng.name, r.Status, r.ExitCode, r.Stdout, root, stderr.String())
		}
	}
}
