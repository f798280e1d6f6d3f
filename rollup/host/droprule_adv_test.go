package host

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
)

// advTx is one transaction of an edge-case batch and what the rule must
// do with it.
type advTx struct {
	name string
	tx   *types.Transaction
	err  error // the reason it is dropped; nil: included
}

// TestAdvDropRuleEdges: a batch of transactions at the edges of what
// core.ApplyMessage accepts, with deposits to unusual recipients, is
// derived (batch.Chain: rollup.Build, then go-ethereum's blockchain
// inserts and validates the block) and re-executed natively by the block
// program on the batch's attributes. Each transaction is dropped or kept
// as expected, derivation inserts the block, and the program builds the
// same block and output root (exit 0) with the same drops:
//
//   - gas exactly the block's remaining gas (kept) and one more
//     (dropped), twice (the pool keeps only the gas used);
//   - calldata with gas exactly the intrinsic gas but under EIP-7623's
//     floor (dropped), and exactly the floor (kept);
//   - an access-list transaction at exactly its intrinsic gas (kept) and
//     one gas under (dropped);
//   - an EIP-7702 transaction with no authorization (dropped), one that
//     delegates its sender (kept), and a transfer from the now-delegated
//     sender (kept: EIP-3607 allows delegated code);
//   - a transfer from an account with code (EIP-3607: dropped);
//   - a creation with initcode of exactly MaxInitCodeSize (kept) and one
//     byte over (dropped);
//   - deposits of 0 wei, to the ecrecover precompile, to the inference
//     precompile, to the withdrawal contract itself and of 2^200 wei.
func TestAdvDropRuleEdges(t *testing.T) {
	config := rollup.ChainConfig(testChainID)
	signer := types.LatestSigner(config)
	keys := make([]*ecdsa.PrivateKey, 7)
	genesis := advGenesis(30_000_000)
	rich := new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	for i := range keys {
		keys[i] = testKey(10 + i)
		genesis.Alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: rich}
	}
	// keys[5]'s account has code (not a delegation): EIP-3607.
	genesis.Alloc[crypto.PubkeyToAddress(keys[5].PublicKey)] = types.Account{Balance: rich, Code: []byte{0x00}}

	feeCap, tip := big.NewInt(100*params.GWei), big.NewInt(params.GWei)
	dyn := func(k int, nonce, gas uint64, to *common.Address, data []byte) *types.Transaction {
		return types.MustSignNewTx(keys[k], signer, &types.DynamicFeeTx{ChainID: config.ChainID, Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Value: big.NewInt(1), Data: data})
	}
	to := &common.Address{0xee}
	calldata := bytes.Repeat([]byte{0xab}, 100) // 100 nonzero bytes
	intrinsic := params.TxGas + 100*params.TxDataNonZeroGasEIP2028
	floor := params.TxGas + 100*4*params.TxCostFloorPerToken
	al := types.AccessList{{Address: common.Address{0xaa}, StorageKeys: []common.Hash{{1}, {2}}}}
	alGas := params.TxGas + params.TxAccessListAddressGas + 2*params.TxAccessListStorageKeyGas
	alTx := func(gas uint64) *types.Transaction {
		return types.MustSignNewTx(keys[3], signer, &types.AccessListTx{ChainID: config.ChainID, Nonce: 0,
			GasPrice: feeCap, Gas: gas, To: to, Value: big.NewInt(1), AccessList: al})
	}
	setCode := func(auths []types.SetCodeAuthorization) *types.Transaction {
		return types.MustSignNewTx(keys[4], signer, &types.SetCodeTx{ChainID: uint256.MustFromBig(config.ChainID), Nonce: 0,
			GasTipCap: uint256.MustFromBig(tip), GasFeeCap: uint256.MustFromBig(feeCap), Gas: 100_000, To: common.Address{0xee},
			Value: uint256.NewInt(1), AuthList: auths})
	}
	auth, err := types.SignSetCode(keys[4], types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(config.ChainID),
		Address: blockhashAddr, Nonce: 1}) // the transaction takes nonce 0
	if err != nil {
		t.Fatal(err)
	}

	txs := []advTx{
		{"floor: intrinsic gas, under EIP-7623's floor", dyn(2, 0, intrinsic, to, calldata), core.ErrFloorDataGas},
		{"floor: exactly the floor", dyn(2, 0, floor, to, calldata), nil},
		{"access list: one gas under", alTx(alGas - 1), core.ErrIntrinsicGas},
		{"access list: exactly the intrinsic gas", alTx(alGas), nil},
		{"EIP-7702 without authorizations", setCode(nil), core.ErrEmptyAuthList},
		{"EIP-7702 delegating its sender", setCode([]types.SetCodeAuthorization{auth}), nil},
		{"a transfer from the delegated sender", dyn(4, 2, params.TxGas, to, nil), nil},
		{"a transfer from an account with code", dyn(5, 0, params.TxGas, to, nil), core.ErrSenderNoEOA},
		{"creation with MaxInitCodeSize bytes", dyn(6, 0, 1_000_000, nil, make([]byte, params.MaxInitCodeSize)), nil},
		{"creation one byte over", dyn(6, 1, 1_000_000, nil, make([]byte, params.MaxInitCodeSize+1)), vm.ErrMaxInitCodeSizeExceeded},
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	deposits := []rollup.Deposit{
		{Recipient: common.Address{0xdd}, Value: new(big.Int)},
		{Recipient: common.BytesToAddress([]byte{1}), Value: big.NewInt(7)},
		{Recipient: common.HexToAddress("0x00000000000000000000000000000000000a1000"), Value: big.NewInt(8)},
		{Recipient: rollup.WithdrawalContract, Value: big.NewInt(9)},
		{Recipient: common.Address{0xbb}, Value: huge},
	}
	var dh common.Hash
	for i := range deposits {
		deposits[i].Index = uint64(i)
		dh = rollup.DepositHash(dh, deposits[i])
	}
	attrs := func(txs []advTx) *rollup.Attributes {
		a := &rollup.Attributes{Timestamp: 12, GasLimit: genesis.GasLimit, Deposits: deposits, DepositHash: dh}
		for _, x := range txs {
			enc, err := x.tx.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			a.Transactions = append(a.Transactions, enc)
		}
		return a
	}

	d, err := batch.NewChain(genesis)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// The gas these use, to put the last two at the block's exact edge.
	pre, err := batch.FromAttributes(1, d.Head().Hash(), attrs(txs))
	if err != nil {
		t.Fatal(err)
	}
	built, err := d.Build(pre)
	if err != nil {
		t.Fatal(err)
	}
	left := genesis.GasLimit - built.GasUsed
	txs = append(txs,
		advTx{"one gas over the block's remaining gas", dyn(1, 0, left+1, to, nil), core.ErrGasLimitReached},
		advTx{"exactly the block's remaining gas", dyn(1, 0, left, to, nil), nil},
		advTx{"one gas over what that leaves (it used 21,000: the pool gets the rest back)", dyn(1, 1, left-params.TxGas+1, to, nil), core.ErrGasLimitReached},
		advTx{"exactly what that leaves", dyn(1, 1, left-params.TxGas, to, nil), nil},
	)
	b, err := batch.FromAttributes(1, d.Head().Hash(), attrs(txs))
	if err != nil {
		t.Fatal(err)
	}
	built, err = d.Build(b)
	if err != nil {
		t.Fatal(err)
	}
	if built.Invalid != nil {
		t.Fatalf("the attributes are invalid: %v", built.Invalid)
	}
	dropped := map[int]error{}
	for _, dr := range built.Dropped {
		dropped[dr.Index] = dr.Reason
	}
	for i, x := range txs {
		got, isDropped := dropped[i]
		switch {
		case x.err == nil && isDropped:
			t.Errorf("%s: dropped (%v), want kept", x.name, got)
		case x.err != nil && !isDropped:
			t.Errorf("%s: kept, want dropped with %v", x.name, x.err)
		case x.err != nil && !errors.Is(got, x.err):
			t.Errorf("%s: dropped with %v, want %v", x.name, got, x.err)
		}
	}
	block, err := d.Apply(b)
	if err != nil {
		t.Fatalf("derivation refuses the rule's block: %v", err)
	}
	st, err := d.BC.StateAt(block.Root(), block.Number(), block.Time())
	if err != nil {
		t.Fatal(err)
	}
	if c := st.GetCode(crypto.PubkeyToAddress(keys[4].PublicKey)); !bytes.Equal(c, types.AddressToDelegation(blockhashAddr)) {
		t.Errorf("the delegated sender's code %x", c)
	}
	if bal := st.GetBalance(common.Address{0xbb}); bal.ToBig().Cmp(huge) != 0 {
		t.Errorf("the 2^200 deposit's balance %s", bal)
	}

	claim, err := PrepareBatch(BlockChain{d.BC}, testChainID, 1, b.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	r := RunNative(claim.Host(claim.Word()), &log)
	if r.Code != blockprog.ExitMatch || r.Block.Hash() != block.Hash() || len(r.Built.Dropped) != len(built.Dropped) {
		t.Fatalf("the program: exit %d (%v), block %v, %d dropped (derivation: %s, %d)\n%s", r.Code, r.Err, r.Block, len(r.Built.Dropped), block.Hash(), len(built.Dropped), log.String())
	}
	for i, dr := range r.Built.Dropped {
		if dr.Index != built.Dropped[i].Index || dr.Reason.Error() != built.Dropped[i].Reason.Error() {
			t.Errorf("drop %d: the program %d (%v), derivation %d (%v)", i, dr.Index, dr.Reason, built.Dropped[i].Index, built.Dropped[i].Reason)
		}
	}
	t.Logf("block 1: %d transactions kept, %d dropped, %d gas; the program's output root %s", len(block.Transactions()), len(built.Dropped), block.GasUsed(), r.Root)
}
