package node

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethdb/memorydb"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
)

// rpcWorld is a sequencer posting to a BatchInbox on an embedded L1 (no
// bridge: the RPC does not need one), its L2 RPC served on loopback and
// an ethclient of it.
type rpcWorld struct {
	seq  *Sequencer
	rpc  *RPC
	l2   *ethclient.Client
	addr string // host:port
	seqS *onchain.Sender
}

func newRPCWorld(t *testing.T, ctx context.Context) *rpcWorld {
	t.Helper()
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	s, err := onchain.NewSender(ctx, l1.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	addr, r, err := batch.Deploy(ctx, s, s.Address())
	if err != nil {
		t.Fatal(err)
	}
	in, err := batch.Connect(ctx, l1.Client(), addr, r.BlockNumber.Uint64(), s)
	if err != nil {
		t.Fatal(err)
	}
	g, err := Genesis(testChainID, types.GenesisAlloc{crypto.PubkeyToAddress(l2Key.PublicKey): {Balance: big.NewInt(params.Ether)}})
	if err != nil {
		t.Fatal(err)
	}
	chain, err := batch.NewChain(g)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)
	seq := &Sequencer{Chain: chain, Inbox: in, L1: l1.Client()}
	w := &rpcWorld{seq: seq, rpc: NewRPC(seq), seqS: s}
	sctx, cancel := context.WithCancel(ctx)
	laddr, done, err := w.rpc.Serve(sctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	w.addr = laddr.String()
	if w.l2, err = ethclient.DialContext(ctx, "http://"+w.addr); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.l2.Close)
	return w
}

// step builds (and posts) one block of what is queued.
func (w *rpcWorld) step(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := w.rpc.Step(ctx); err != nil {
		t.Fatal(err)
	}
}

// sendStep sends tx, builds a block and returns tx's receipt.
func (w *rpcWorld) sendStep(t *testing.T, ctx context.Context, tx *types.Transaction) *types.Receipt {
	t.Helper()
	if err := w.l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	w.step(t, ctx)
	r, err := w.l2.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return r
}

// revertCode is a contract that reverts with Error("nope") on any call:
//
//	mstore(0, 0x08c379a0…) ; abi-encoded Error(string) at 0…0x64
//	revert(0, 0x64)
var revertCode = func() []byte {
	reason := append(common.FromHex("08c379a0"), common.LeftPadBytes([]byte{0x20}, 32)...)
	reason = append(reason, common.LeftPadBytes([]byte{4}, 32)...)
	reason = append(reason, common.RightPadBytes([]byte("nope"), 32)...)
	var code []byte
	for i := 0; i < len(reason); i += 32 { // PUSH32 word, PUSH1 offset, MSTORE
		code = append(code, 0x7f)
		code = append(code, common.RightPadBytes(reason[i:min(i+32, len(reason))], 32)...)
		code = append(code, 0x60, byte(i), 0x52)
	}
	return append(code, 0x60, byte(len(reason)), 0x60, 0x00, 0xfd) // PUSH1 len, PUSH1 0, REVERT
}()

// initCode deploys runtime as is.
func initCode(runtime []byte) []byte {
	// PUSH2 len, DUP1, PUSH1 off, PUSH1 0, CODECOPY, PUSH1 0, RETURN
	pre := []byte{0x61, byte(len(runtime) >> 8), byte(len(runtime)), 0x80, 0x60, 0x0e, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}
	pre = append(pre, 0x00, 0x00) // pad to offset 14
	return append(pre, runtime...)
}

// TestRPC: go-ethereum's ethclient and bind use the sequencer's L2 through
// the RPC: a contract deployed and transacted with bind (a copy of
// L2Withdrawals), a call, a transfer, logs, receipts, blocks, pending
// nonces of queued transactions; a call and an estimate that revert give
// the reason; bad transactions are refused with what is wrong; and
// bridge.ProofRPC's proof of a withdrawal is the node's own trie proof
// (bridge.StorageProof) under the output's withdrawal-storage root.
func TestRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	l2 := w.l2
	alice := crypto.PubkeyToAddress(l2Key.PublicKey)
	if id, err := l2.ChainID(ctx); err != nil || id.Uint64() != testChainID {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if n, err := l2.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("block number %d, %v", n, err)
	}

	// bind: deploy a copy of L2Withdrawals, withdraw through it, call it.
	opts := bind.NewKeyedTransactor(l2Key, big.NewInt(testChainID))
	opts.Context = ctx
	wd := bindings.NewL2Withdrawals()
	addr, tx, err := bind.DeployContract(opts, common.FromHex(bindings.L2WithdrawalsMetaData.Bin), l2, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.step(t, ctx)
	if got, err := bind.WaitDeployed(ctx, l2, tx.Hash()); err != nil || got != addr {
		t.Fatalf("deployed at %s (%v), want %s", got, err, addr)
	}
	c := wd.Instance(l2, addr)
	opts.Value = big.NewInt(12345)
	tx, err = bind.Transact(c, opts, wd.PackInitiateWithdrawal(common.Address{0xbb}))
	if err != nil {
		t.Fatal(err)
	}
	opts.Value = nil
	w.step(t, ctx)
	r, err := bind.WaitMined(ctx, l2, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 1 {
		t.Fatalf("withdrawal receipt %+v, %v", r, err)
	}
	n, err := bind.Call(c, &bind.CallOpts{Context: ctx}, wd.PackNonce(), wd.UnpackNonce)
	if err != nil || n.Uint64() != 1 {
		t.Fatalf("nonce() = %v, %v", n, err)
	}
	logs, err := l2.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, FromBlock: common.Big0})
	if err != nil || len(logs) != 1 || logs[0].TxHash != tx.Hash() || logs[0].BlockHash != r.BlockHash {
		t.Fatalf("logs %+v, %v", logs, err)
	}
	if logs, err := l2.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{{1}}}}); err != nil || len(logs) != 0 {
		t.Fatalf("logs of another topic: %+v, %v", logs, err)
	}

	// A transfer with ethclient; two queued at once count in the pending nonce.
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := l2.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := l2.PendingNonceAt(ctx, alice)
	if err != nil || nonce != 2 {
		t.Fatalf("pending nonce %d, %v", nonce, err)
	}
	bob := common.Address{0xb0, 0xb}
	transfer := func(nonce uint64, value int64, chainID uint64) *types.Transaction {
		return types.MustSignNewTx(l2Key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
			ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, To: &bob, Value: big.NewInt(value), Gas: params.TxGas,
			GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		})
	}
	t1, t2 := transfer(2, 100, testChainID), transfer(3, 200, testChainID)
	for _, tx := range []*types.Transaction{t1, t2} {
		if err := l2.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	if nonce, err := l2.PendingNonceAt(ctx, alice); err != nil || nonce != 4 {
		t.Fatalf("pending nonce with two queued: %d, %v", nonce, err)
	}
	if ptx, pending, err := l2.TransactionByHash(ctx, t2.Hash()); err != nil || !pending || ptx.Hash() != t2.Hash() {
		t.Fatalf("queued transaction: pending %v, %v", pending, err)
	}
	if _, err := l2.TransactionReceipt(ctx, t2.Hash()); err != ethereum.NotFound {
		t.Fatalf("receipt of a queued transaction: %v", err)
	}

	// Bad transactions: each refused, saying why.
	poor, _ := crypto.GenerateKey()
	for name, c := range map[string]struct {
		tx   *types.Transaction
		want string
	}{
		"wrong chain id": {transfer(4, 1, testChainID+1), "invalid chain id"},
		"nonce too low":  {transfer(1, 1, testChainID), "nonce too low"},
		"nonce gap":      {transfer(9, 1, testChainID), "nonce too high"},
		"same nonce":     {transfer(3, 7, testChainID), "already queued"},
		"too much":       {transfer(4, params.Ether, testChainID), "insufficient funds"},
		"no funds": {types.MustSignNewTx(poor, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), To: &bob, Gas: params.TxGas,
			GasTipCap: tip, GasFeeCap: new(big.Int).Mul(head.BaseFee, big.NewInt(2))}), "insufficient funds"},
		"fee cap under the base fee": {types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 4, To: &bob, Gas: params.TxGas,
			GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(1)}), "max fee per gas less than block base fee"},
		"intrinsic gas": {types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 4, To: &bob, Gas: 20_000,
			GasTipCap: tip, GasFeeCap: new(big.Int).Mul(head.BaseFee, big.NewInt(2))}), "intrinsic gas too low"},
	} {
		if err := l2.SendTransaction(ctx, c.tx); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q", name, err, c.want)
		}
	}
	if err := l2.Client().CallContext(ctx, nil, "eth_sendRawTransaction", "0x0102"); err == nil || !strings.Contains(err.Error(), "invalid transaction encoding") {
		t.Errorf("garbage: %v", err)
	}
	before, err := l2.BalanceAt(ctx, bob, nil)
	if err != nil || before.Sign() != 0 {
		t.Fatalf("bob before: %v, %v", before, err)
	}
	w.step(t, ctx)
	if b, err := l2.BalanceAt(ctx, bob, nil); err != nil || b.Int64() != 300 {
		t.Fatalf("bob after two transfers: %v, %v", b, err)
	}
	if nonce, err := l2.NonceAt(ctx, alice, nil); err != nil || nonce != 4 {
		t.Fatalf("nonce %d, %v", nonce, err)
	}
	block, err := l2.BlockByNumber(ctx, nil)
	if err != nil || block.NumberU64() != 3 || len(block.Transactions()) != 2 || block.Transactions()[1].Hash() != t2.Hash() {
		t.Fatalf("block %v, %v", block, err)
	}
	if b, err := l2.BlockByHash(ctx, block.Hash()); err != nil || b.Hash() != block.Hash() {
		t.Fatalf("block by hash: %v", err)
	}
	if _, err := l2.BlockByNumber(ctx, big.NewInt(99)); err != ethereum.NotFound {
		t.Fatalf("block 99: %v", err)
	}
	if b, err := l2.BalanceAt(ctx, bob, big.NewInt(2)); err != nil || b.Sign() != 0 {
		t.Fatalf("bob at block 2: %v, %v", b, err)
	}

	// A transaction the block cannot fit is dropped, and no longer counts
	// in the pending nonce: two of 29.99M gas each in a block of 30M (the first uses 21000).
	big1 := func(nonce uint64) *types.Transaction {
		return types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: nonce, To: &bob, Gas: 29_990_000,
			GasTipCap: tip, GasFeeCap: new(big.Int).Mul(head.BaseFee, big.NewInt(2))})
	}
	b4, b5 := big1(4), big1(5)
	for _, tx := range []*types.Transaction{b4, b5} {
		if err := l2.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	if nonce, err := l2.PendingNonceAt(ctx, alice); err != nil || nonce != 6 {
		t.Fatalf("pending nonce with two big ones queued: %d, %v", nonce, err)
	}
	w.step(t, ctx)
	if _, err := l2.TransactionReceipt(ctx, b4.Hash()); err != nil {
		t.Fatalf("the first big transaction: %v", err)
	}
	if _, err := l2.TransactionReceipt(ctx, b5.Hash()); err != ethereum.NotFound {
		t.Fatalf("the second big transaction: %v, want it dropped", err)
	}
	if nonce, err := l2.PendingNonceAt(ctx, alice); err != nil || nonce != 5 {
		t.Fatalf("pending nonce after the drop: %d, %v", nonce, err)
	}

	// Calls and estimates: the reason of a revert comes back.
	rc := types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 5, Gas: 200_000,
		GasTipCap: tip, GasFeeCap: new(big.Int).Mul(head.BaseFee, big.NewInt(2)), Data: initCode(revertCode)})
	if r := w.sendStep(t, ctx, rc); r.Status != types.ReceiptStatusSuccessful || r.ContractAddress == (common.Address{}) {
		t.Fatalf("deploy the reverter: %+v", r)
	} else if code, err := l2.CodeAt(ctx, r.ContractAddress, nil); err != nil || !bytes.Equal(code, revertCode) {
		t.Fatalf("reverter code %x, %v", code, err)
	} else {
		msg := ethereum.CallMsg{From: alice, To: &r.ContractAddress}
		if _, err := l2.CallContract(ctx, msg, nil); err == nil || !strings.Contains(err.Error(), "execution reverted: nope") {
			t.Errorf("call of the reverter: %v", err)
		}
		if _, err := l2.EstimateGas(ctx, msg); err == nil || !strings.Contains(err.Error(), "execution reverted: nope") {
			t.Errorf("estimate of the reverter: %v", err)
		}
	}
	call := ethereum.CallMsg{From: alice, To: &rollup.WithdrawalContract, Value: big.NewInt(777), Data: bridge.InitiateCalldata(alice)}
	gas, err := l2.EstimateGas(ctx, call)
	if err != nil {
		t.Fatal(err)
	}
	// The estimate is the least that works: one less fails.
	call.Gas = gas
	if _, err := l2.CallContract(ctx, call, nil); err != nil {
		t.Errorf("call with the estimate %d: %v", gas, err)
	}
	call.Gas = gas - 1
	if _, err := l2.CallContract(ctx, call, nil); err == nil {
		t.Errorf("call with the estimate %d − 1 succeeds", gas)
	}
	if v, err := l2.StorageAt(ctx, rollup.WithdrawalContract, common.Hash{}, nil); err != nil || len(v) != 32 {
		t.Errorf("storage: %x, %v", v, err)
	}
	headN, err := l2.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fh, err := l2.FeeHistory(ctx, 3, nil, []float64{50}); err != nil || len(fh.BaseFee) != 4 || len(fh.Reward) != 3 || fh.OldestBlock.Uint64() != headN-2 {
		t.Errorf("fee history %+v, %v", fh, err)
	}

	// A withdrawal through the genesis's L2Withdrawals, and its proof.
	wtx := types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 6, To: &rollup.WithdrawalContract, Gas: gas,
		Value: big.NewInt(777), GasTipCap: tip, GasFeeCap: new(big.Int).Mul(head.BaseFee, big.NewInt(2)), Data: bridge.InitiateCalldata(alice)})
	wr := w.sendStep(t, ctx, wtx)
	if wr.Status != types.ReceiptStatusSuccessful || len(wr.Logs) != 1 {
		t.Fatalf("withdrawal: %+v", wr)
	}
	wdr, err := bridge.WithdrawalFromLog(wr.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	proof, root, err := bridge.ProofRPC(ctx, l2.Client(), wdr.Hash(), wr.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	claim, err := OutputOf(w.seq.Chain, testChainID, wr.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if root != claim.Output.WithdrawalStorageRoot {
		t.Fatalf("eth_getProof's storage root %s, the output's %s", root, claim.Output.WithdrawalStorageRoot)
	}
	own, err := bridge.StorageProof(w.seq.Chain.BC.TrieDB(), claim.Output.StateRoot, root, wdr.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if len(own) != len(proof) {
		t.Fatalf("eth_getProof gives %d nodes, the trie %d", len(proof), len(own))
	}
	for i := range own {
		if !bytes.Equal(own[i], proof[i]) {
			t.Fatalf("proof node %d differs", i)
		}
	}
	// The account proof shows the contract's account with that storage root.
	res, err := gethclient.New(l2.Client()).GetProof(ctx, rollup.WithdrawalContract, nil, wr.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	db := memorydb.New()
	for _, n := range res.AccountProof {
		node := common.FromHex(n)
		if err := db.Put(crypto.Keccak256(node), node); err != nil {
			t.Fatal(err)
		}
	}
	enc, err := trie.VerifyProof(claim.Output.StateRoot, crypto.Keccak256(rollup.WithdrawalContract[:]), db)
	if err != nil {
		t.Fatal(err)
	}
	var acc types.StateAccount
	if err := rlp.DecodeBytes(enc, &acc); err != nil || acc.Root != root || res.StorageHash != root {
		t.Fatalf("account proof: %+v, %v (storage root %s)", acc, err, root)
	}
	// Bad arguments, WebSocket, a non-loopback listen address.
	var v hexutil.Bytes
	if err := l2.Client().CallContext(ctx, &v, "eth_getStorageAt", rollup.WithdrawalContract, "0x"+strings.Repeat("11", 33), "latest"); err == nil || !strings.Contains(err.Error(), "longer than 32 bytes") {
		t.Errorf("a 33-byte storage key: %v", err)
	}
	if _, err := l2.BalanceAt(ctx, alice, big.NewInt(99)); err == nil || !strings.Contains(err.Error(), "block 99 not found") {
		t.Errorf("balance at a future block: %v", err)
	}
	if err := l2.Client().CallContext(ctx, new([]types.Log), "eth_getLogs", map[string]any{"fromBlock": "0x0", "toBlock": "0x100000"}); err != nil {
		t.Errorf("logs to past the head: %v", err)
	}
	ws, err := ethclient.DialContext(ctx, "ws://"+w.addr)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ws.BlockNumber(ctx); err != nil || n != headN+1 {
		t.Errorf("over WebSocket: block number %d, %v", n, err)
	}
	ws.Close()
	if _, _, err := w.rpc.Serve(ctx, "0.0.0.0:0"); err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Errorf("serve on 0.0.0.0: %v", err)
	}
	// Before the withdrawal's block it is not there.
	if _, _, err := bridge.ProofRPC(ctx, l2.Client(), wdr.Hash(), new(big.Int).Sub(wr.BlockNumber, common.Big1)); err == nil || !strings.Contains(err.Error(), "is not in the withdrawal storage") {
		t.Errorf("proof before the block: %v", err)
	}
}

// TestRPCInference: eth_call and eth_estimateGas run the inference
// precompile as the sequencer's blocks do: honest, the model's class of
// the image; with the sequencer's Lie, the lie, and the block a
// transaction makes through a contract that stores the result agrees with
// the call.
func TestRPCInference(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	model, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/fashion-mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	image, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/images/0000-9.bin")
	if err != nil {
		t.Fatal(err)
	}
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	m, err := store.Add(model)
	if err != nil {
		t.Fatal(err)
	}
	inf, uninstall := InstallInferences(store, gethadapter.Options{})
	defer uninstall()
	w := newRPCWorld(t, ctx)
	w.seq.Inferences = inf
	l2 := w.l2
	alice := crypto.PubkeyToAddress(l2Key.PublicKey)
	data := gethadapter.EncodeCall(gethadapter.Call{Model: m, Input: image, OutputSize: 1})
	pc := gethadapter.Address
	msg := ethereum.CallMsg{From: alice, To: &pc, Data: data}
	out, err := l2.CallContract(ctx, msg, nil)
	if err != nil || len(out) != 1 || out[0] != 9 {
		t.Fatalf("honest eth_call: %x, %v; want class 9", out, err)
	}
	gas, err := l2.EstimateGas(ctx, msg)
	if err != nil || gas <= params.TxGas {
		t.Fatalf("estimate: %d, %v", gas, err)
	}

	w.seq.Lie = func(_ gethadapter.Call, honest []byte) []byte { return []byte{(honest[0] + 1) % 10} }
	if out, err := l2.CallContract(ctx, msg, nil); err != nil || len(out) != 1 || out[0] != 0 {
		t.Fatalf("eth_call on a lying sequencer: %x, %v; want its lie, class 0", out, err)
	}
	// The demo's contract: calls the precompile with its calldata and
	// stores the first word of the result under the caller.
	code := common.FromHex("366000600037" + "602060003660006000620a10005af1" + "600155" + "6000513355" + "00")
	signer := types.LatestSignerForChainID(big.NewInt(testChainID))
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	r := w.sendStep(t, ctx, types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 0, Gas: 200_000,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: fee, Data: initCode(code)}))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy: %+v", r)
	}
	store2 := r.ContractAddress
	r = w.sendStep(t, ctx, types.MustSignNewTx(l2Key, signer, &types.DynamicFeeTx{ChainID: big.NewInt(testChainID), Nonce: 1, To: &store2, Gas: gas + 100_000,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: fee, Data: data}))
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("inference transaction: %+v", r)
	}
	stored, err := l2.StorageAt(ctx, store2, common.BytesToHash(alice.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	ok, err := l2.StorageAt(ctx, store2, common.BigToHash(common.Big1), nil)
	if err != nil || ok[31] != 1 || stored[0] != 0 {
		t.Fatalf("the block's result: class %d (call ok %x), want the lie the call gave, 0", stored[0], ok)
	}
}
