package node

// Adversarial tests of the L2 JSON-RPC: malformed requests and
// transactions get a JSON-RPC error naming the problem (never a handler
// crash), the service keeps serving, and what was accepted still lands.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/contracts/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// rpcReply is a JSON-RPC response.
type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// rawCall posts body to the L2 RPC and decodes the reply.
func rawCall(t *testing.T, ctx context.Context, addr, body string) (int, rpcReply) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+addr, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%.200s: %v", body, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	var r rpcReply
	if resp.StatusCode == http.StatusOK {
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%.200s: reply %q: %v", body, data, err)
		}
	}
	return resp.StatusCode, r
}

// method is a JSON-RPC request body of method with params (raw JSON).
func method(name, params string) string {
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":%q,"params":%s}`, name, params)
}

// TestAdvRPCMalformed: wrong parameter types, huge and negative block
// numbers, odd tags, bad hashes and keys, extra parameters (a state
// override), huge gas: each is a JSON-RPC error naming the problem, or the
// documented answer; none crashes a handler.
func TestAdvRPCMalformed(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	alice := crypto.PubkeyToAddress(l2Key.PublicKey).Hex()
	for _, tc := range []struct {
		name, body string
		want       string // in the error's message; "" : a result, no error
		result     string // if set, the exact result
	}{
		{"not json", `{"jsonrpc":"2.0","id":1,"method":`, "parse error", ""},
		{"no method", `{"jsonrpc":"2.0","id":1,"params":[]}`, "", ""},
		{"unknown method", method("eth_frobnicate", `[]`), "does not exist", ""},
		{"address not hex", method("eth_getBalance", `["0xnothex","latest"]`), "invalid argument 0", ""},
		{"address a number", method("eth_getBalance", `[12,"latest"]`), "invalid argument 0", ""},
		{"short address", method("eth_getBalance", `["0x1234","latest"]`), "invalid argument 0", ""},
		{"block a bool", method("eth_getBalance", `["`+alice+`",true]`), "invalid argument 1", ""},
		{"block above int64", method("eth_getBalance", `["`+alice+`","0x10000000000000000"]`), "invalid argument 1", ""},
		{"block max int64", method("eth_getBalance", `["`+alice+`","0x7fffffffffffffff"]`), "not found", ""},
		{"negative block", method("eth_getBalance", `["`+alice+`","-1"]`), "invalid argument 1", ""},
		{"negative hex block", method("eth_getBalance", `["`+alice+`","0x-1"]`), "invalid argument 1", ""},
		{"upper-case tag", method("eth_getBalance", `["`+alice+`","LATEST"]`), "invalid argument 1", ""},
		{"unknown tag", method("eth_getBalance", `["`+alice+`","newest"]`), "invalid argument 1", ""},
		{"earliest", method("eth_getBalance", `["`+alice+`","earliest"]`), "", `"0xde0b6b3a7640000"`},
		{"unknown block hash", method("eth_getBalance", `["`+alice+`",{"blockHash":"`+common.Hash{1}.Hex()+`"}]`), "not found", ""},
		{"short block hash", method("eth_getBalance", `["`+alice+`",{"blockHash":"0x12"}]`), "invalid argument 1", ""},
		{"hash and number", method("eth_getBalance", `["`+alice+`",{"blockHash":"`+common.Hash{1}.Hex()+`","blockNumber":"0x0"}]`), "invalid argument 1", ""},
		{"block by huge number", method("eth_getBlockByNumber", `["0x7fffffffffffffff",false]`), "", "null"},
		{"block by number, no bool", method("eth_getBlockByNumber", `["0x0"]`), "missing value", ""},
		{"block by number, string bool", method("eth_getBlockByNumber", `["0x0","yes"]`), "invalid argument 1", ""},
		{"block by unknown hash", method("eth_getBlockByHash", `["`+common.Hash{2}.Hex()+`",true]`), "", "null"},
		{"storage key too long", method("eth_getStorageAt", `["`+alice+`","0x`+strings.Repeat("11", 33)+`","latest"]`), "longer than 32 bytes", ""},
		{"storage key not hex", method("eth_getStorageAt", `["`+alice+`","0xzz","latest"]`), "storage key", ""},
		{"storage key negative", method("eth_getStorageAt", `["`+alice+`","-0x1","latest"]`), "storage key", ""},
		{"too many params (a state override)", method("eth_call", `[{"to":"`+alice+`"},"latest",{"`+alice+`":{"balance":"0x1"}}]`), "too many arguments", ""},
		{"call, gas 2^64-1", method("eth_call", `[{"to":"`+alice+`","gas":"0xffffffffffffffff"},"latest"]`), "", `"0x"`},
		{"call, gas above 2^64", method("eth_call", `[{"to":"`+alice+`","gas":"0x10000000000000000"},"latest"]`), "invalid argument 0", ""},
		{"call, value above 2^256", method("eth_call", `[{"to":"`+alice+`","value":"0x1`+strings.Repeat("0", 64)+`"},"latest"]`), "invalid argument 0", ""},
		{"call, value above the balance", method("eth_call", `[{"from":"`+alice+`","to":"`+alice+`","value":"0xde0b6b3a7640001"},"latest"]`), "insufficient funds", ""},
		{"call, data and input differ", method("eth_call", `[{"to":"`+alice+`","data":"0x01","input":"0x02"},"latest"]`), "differ", ""},
		{"call, both fee kinds", method("eth_call", `[{"to":"`+alice+`","gasPrice":"0x1","maxFeePerGas":"0x1"},"latest"]`), "both gasPrice", ""},
		{"call, a future block", method("eth_call", `[{"to":"`+alice+`"},"0x5"]`), "not found", ""},
		{"estimate, gas 2^64-1", method("eth_estimateGas", `[{"from":"`+alice+`","to":"`+alice+`","gas":"0xffffffffffffffff"}]`), "", `"0x5208"`},
		{"estimate, fee above what the sender has", method("eth_estimateGas", `[{"from":"`+alice+`","to":"`+alice+`","gasPrice":"0xffffffffffffffffffff"}]`), "intrinsic gas too low", ""},
		{"estimate, value above the balance", method("eth_estimateGas", `[{"from":"`+alice+`","to":"`+alice+`","gasPrice":"0x1","value":"0xde0b6b3a7640001"}]`), "insufficient funds", ""},
		{"logs, a bad range", method("eth_getLogs", `[{"fromBlock":"0x-1"}]`), "invalid argument 0", ""},
		{"logs, block hash and range", method("eth_getLogs", `[{"blockHash":"`+common.Hash{1}.Hex()+`","fromBlock":"0x0"}]`), "invalid argument 0", ""},
		{"logs, unknown block hash", method("eth_getLogs", `[{"blockHash":"`+common.Hash{1}.Hex()+`"}]`), "not found", ""},
		{"logs, a huge range is cut at the head", method("eth_getLogs", `[{"fromBlock":"0x0","toBlock":"0x7fffffffffffffff"}]`), "", "[]"},
		{"fee history, negative percentile", method("eth_feeHistory", `["0x1","latest",[-1]]`), "invalid reward percentiles", ""},
		{"fee history, decreasing percentiles", method("eth_feeHistory", `["0x1","latest",[50,10]]`), "invalid reward percentiles", ""},
		{"fee history, a future block", method("eth_feeHistory", `["0x1","0x9",[]]`), "not found", ""},
		{"proof, a key too long", method("eth_getProof", `["`+alice+`",["0x`+strings.Repeat("11", 33)+`"],"latest"]`), "longer than 32 bytes", ""},
		{"proof, keys not a list", method("eth_getProof", `["`+alice+`","0x1","latest"]`), "invalid argument 1", ""},
		{"raw tx, empty", method("eth_sendRawTransaction", `["0x"]`), "invalid transaction encoding", ""},
		{"raw tx, not hex", method("eth_sendRawTransaction", `["0xzz"]`), "invalid argument 0", ""},
		{"raw tx, a number", method("eth_sendRawTransaction", `[5]`), "invalid argument 0", ""},
		{"raw tx, not RLP", method("eth_sendRawTransaction", `["0xdeadbeef"]`), "invalid transaction encoding", ""},
		{"raw tx, an empty list", method("eth_sendRawTransaction", `["0xc0"]`), "invalid transaction encoding", ""},
		{"raw tx, unknown type 0x7e", method("eth_sendRawTransaction", `["0x7ec0"]`), "transaction type not supported", ""},
		{"raw tx, type 0x02 truncated", method("eth_sendRawTransaction", `["0x02f8"]`), "invalid transaction encoding", ""},
	} {
		code, r := rawCall(t, ctx, w.addr, tc.body)
		if code != http.StatusOK {
			t.Errorf("%s: HTTP %d", tc.name, code)
			continue
		}
		if r.Error != nil && strings.Contains(r.Error.Message, "crashed") {
			t.Errorf("%s: a handler crashed: %s", tc.name, r.Error.Message)
			continue
		}
		switch {
		case tc.want != "" && (r.Error == nil || !strings.Contains(r.Error.Message, tc.want)):
			t.Errorf("%s: reply %s %+v, want an error with %q", tc.name, r.Result, r.Error, tc.want)
		case tc.want == "" && tc.result != "" && (r.Error != nil || string(r.Result) != tc.result):
			t.Errorf("%s: reply %s %+v, want %s", tc.name, r.Result, r.Error, tc.result)
		}
	}
	// Still serving.
	if n, err := w.l2.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("after the bad requests: block number %d, %v", n, err)
	}
}

// TestAdvRPCOversized: a request larger than the server's body limit is
// refused at the HTTP level; a batch of many requests is answered.
func TestAdvRPCOversized(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	big := method("eth_sendRawTransaction", `["0x`+strings.Repeat("00", 6<<20)+`"]`)
	if code, _ := rawCall(t, ctx, w.addr, big); code != http.StatusRequestEntityTooLarge {
		t.Errorf("a 6 MB request: HTTP %d, want 413", code)
	}
	var batch []string
	for i := range 200 {
		batch = append(batch, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"eth_blockNumber","params":[]}`, i))
	}
	resp, err := http.Post("http://"+w.addr, "application/json", strings.NewReader("["+strings.Join(batch, ",")+"]"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if n, err := w.l2.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("after the oversized requests: block number %d, %v", n, err)
	}
}

// signTx signs a dynamic-fee transaction from l2Key with nonce.
func signTx(nonce uint64, to common.Address, value int64, data []byte, gas uint64) *types.Transaction {
	return types.MustSignNewTx(l2Key, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), Nonce: nonce, To: &to, Value: big.NewInt(value), Gas: gas, Data: data,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
	})
}

// TestAdvRPCConcurrentSameNonce: many goroutines send different
// transactions with the same nonce at once: exactly one is accepted, the
// others are refused as a queued nonce (or already known), the pending
// nonce counts one, and the accepted one is the block's only transaction.
func TestAdvRPCConcurrentSameNonce(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	alice := crypto.PubkeyToAddress(l2Key.PublicKey)
	const n = 32
	txs := make([]*types.Transaction, n)
	for i := range txs {
		txs[i] = signTx(0, common.Address{0xbb}, int64(i+1), nil, params.TxGas)
	}
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range txs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = w.l2.SendTransaction(ctx, txs[i])
		}()
	}
	close(start)
	wg.Wait()
	var accepted []*types.Transaction
	for i, err := range errs {
		switch {
		case err == nil:
			accepted = append(accepted, txs[i])
		case !strings.Contains(err.Error(), ErrNonceQueued.Error()):
			t.Errorf("tx %d: %v; want %q", i, err, ErrNonceQueued)
		}
	}
	if len(accepted) != 1 {
		t.Fatalf("%d transactions with nonce 0 accepted, want 1", len(accepted))
	}
	if nonce, err := w.l2.PendingNonceAt(ctx, alice); err != nil || nonce != 1 {
		t.Fatalf("pending nonce %d, %v; want 1", nonce, err)
	}
	// The same transaction again: already known; the same from several
	// goroutines: none is queued twice.
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.l2.SendTransaction(ctx, accepted[0]); err == nil || !strings.Contains(err.Error(), ErrKnownTx.Error()) {
				t.Errorf("the accepted transaction again: %v; want %q", err, ErrKnownTx)
			}
		}()
	}
	wg.Wait()
	w.step(t, ctx)
	b, err := w.l2.BlockByNumber(ctx, nil)
	if err != nil || b.NumberU64() != 1 || len(b.Transactions()) != 1 || b.Transactions()[0].Hash() != accepted[0].Hash() {
		t.Fatalf("block 1: %v; want only the accepted transaction %s", err, accepted[0].Hash())
	}
	// Replayed once in a block: nonce too low, and nothing more is built.
	if err := w.l2.SendTransaction(ctx, accepted[0]); err == nil || !strings.Contains(err.Error(), "nonce too low") {
		t.Fatalf("a replay of an included transaction: %v; want nonce too low", err)
	}
	w.step(t, ctx)
	if n, err := w.l2.BlockNumber(ctx); err != nil || n != 1 {
		t.Fatalf("after the replay: head %d, %v; want 1 (nothing queued)", n, err)
	}
}

// TestAdvRPCNoBalance: a well-formed transaction from an account with no
// balance is refused with insufficient funds; a legacy unprotected one and
// one signed for another chain are refused too, naming the rule.
func TestAdvRPCNoBalance(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	poor, _ := crypto.GenerateKey()
	tx := types.MustSignNewTx(poor, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), To: &common.Address{1}, Gas: params.TxGas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
	})
	if err := w.l2.SendTransaction(ctx, tx); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Errorf("no balance: %v", err)
	}
	// Zero fee cap and zero gas from a poor account: the fee rule first.
	tx = types.MustSignNewTx(poor, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(testChainID), To: &common.Address{1}, Gas: params.TxGas,
	})
	if err := w.l2.SendTransaction(ctx, tx); err == nil || !strings.Contains(err.Error(), "max fee per gas less than block base fee") {
		t.Errorf("zero fee cap: %v", err)
	}
	legacy := types.MustSignNewTx(l2Key, types.HomesteadSigner{}, &types.LegacyTx{To: &common.Address{1}, Gas: params.TxGas, GasPrice: big.NewInt(10 * params.GWei)})
	if err := w.l2.SendTransaction(ctx, legacy); err == nil || !strings.Contains(err.Error(), "EIP-155") {
		t.Errorf("unprotected legacy: %v", err)
	}
	other := types.MustSignNewTx(l2Key, types.LatestSignerForChainID(big.NewInt(1)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1), To: &common.Address{1}, Gas: params.TxGas, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
	})
	if err := w.l2.SendTransaction(ctx, other); err == nil || !strings.Contains(err.Error(), "invalid chain id") {
		t.Errorf("another chain: %v", err)
	}
	// A fee cap of 2^300: refused, not an overflow.
	huge := new(big.Int).Lsh(common.Big1, 300)
	enc, err := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(testChainID), To: &common.Address{1}, Gas: params.TxGas,
		GasTipCap: big.NewInt(1), GasFeeCap: huge}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	code, r := rawCall(t, ctx, w.addr, method("eth_sendRawTransaction", `["`+hexutil.Encode(enc)+`"]`))
	if code != http.StatusOK || r.Error == nil || strings.Contains(r.Error.Message, "crashed") {
		t.Errorf("fee cap 2^300: HTTP %d %+v", code, r.Error)
	}
	w.step(t, ctx)
	if n, err := w.l2.BlockNumber(ctx); err != nil || n != 0 {
		t.Fatalf("head %d, %v; want no block (nothing accepted)", n, err)
	}
}

// TestAdvRPCLogsPastHead: eth_getLogs from a block after the head returns
// no logs (not the head's).
func TestAdvRPCLogsPastHead(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	opts := bind.NewKeyedTransactor(l2Key, big.NewInt(testChainID))
	opts.Context = ctx
	wd := bindings.NewL2Withdrawals()
	addr, _, err := bind.DeployContract(opts, common.FromHex(bindings.L2WithdrawalsMetaData.Bin), w.l2, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.step(t, ctx)
	opts.Value = big.NewInt(1)
	if _, err := bind.Transact(wd.Instance(w.l2, addr), opts, wd.PackInitiateWithdrawal(common.Address{0xbb})); err != nil {
		t.Fatal(err)
	}
	w.step(t, ctx) // block 2 has the log
	for _, tc := range []struct {
		from, to *big.Int
		want     int
	}{
		{big.NewInt(0), nil, 1},
		{big.NewInt(2), big.NewInt(2), 1},
		{big.NewInt(3), nil, 0},
		{big.NewInt(1000), big.NewInt(2000), 0},
		{big.NewInt(3), big.NewInt(1 << 40), 0},
	} {
		logs, err := w.l2.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: tc.from, ToBlock: tc.to, Addresses: []common.Address{addr}})
		if err != nil || len(logs) != tc.want {
			t.Errorf("logs from %v to %v: %d, %v; want %d", tc.from, tc.to, len(logs), err, tc.want)
		}
	}
}

// TestAdvRPCProofManyKeys: eth_getProof of 20 000 keys of a contract with
// storage answers within the body limits, each key's proof present, and
// fast.
func TestAdvRPCProofManyKeys(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	opts := bind.NewKeyedTransactor(l2Key, big.NewInt(testChainID))
	opts.Context = ctx
	addr, _, err := bind.DeployContract(opts, common.FromHex(bindings.L2WithdrawalsMetaData.Bin), w.l2, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.step(t, ctx)
	keys := make([]string, 20_000)
	for i := range keys {
		keys[i] = hexutil.EncodeUint64(uint64(i))
	}
	params, err := json.Marshal([]any{addr, keys, "latest"})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, r := rawCall(t, ctx, w.addr, method("eth_getProof", string(params)))
	took := time.Since(start)
	if code != http.StatusOK || r.Error != nil {
		t.Fatalf("eth_getProof of %d keys: HTTP %d, %+v", len(keys), code, r.Error)
	}
	var res accountResult
	if err := json.Unmarshal(r.Result, &res); err != nil || len(res.StorageProof) != len(keys) {
		t.Fatalf("eth_getProof: %d storage proofs, %v", len(res.StorageProof), err)
	}
	t.Logf("eth_getProof of %d keys: %v, %d bytes", len(keys), took, len(r.Result))
	if took > 20*time.Second {
		t.Errorf("eth_getProof of %d keys took %v", len(keys), took)
	}
}

// TestAdvRPCLargeCalldata: transactions with large calldata must not halt
// the chain (a block whose batch does not fit in an L1 transaction is never
// posted, and the sequencer cannot build on it): the RPC refuses a
// transaction larger than MaxQueuedTxBytes, and one that would make the
// next block's transactions larger ("the next block is full", to be sent
// again after it); one just under the limit is posted, and everything
// accepted lands.
func TestAdvRPCLargeCalldata(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	posted := func() {
		t.Helper()
		if err := w.rpc.Step(ctx); err != nil {
			t.Fatalf("step: %v", err)
		}
		head, err := w.l2.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if next, err := w.seq.Inbox.Next(ctx); err != nil || next != head+1 {
			t.Fatalf("L2 head %d, the inbox's next block %d (%v): a block built is not posted", head, next, err)
		}
	}
	calldata := func(n int) []byte { return bytes.Repeat([]byte{0xaa}, n) }
	const gas = 5_000_000
	if err := w.l2.SendTransaction(ctx, signTx(0, common.Address{0xbb}, 0, calldata(100_000), gas)); err == nil || !strings.Contains(err.Error(), ErrOversized.Error()) {
		t.Fatalf("100 kB of calldata: %v; want %q", err, ErrOversized)
	}
	// Just under the limit: accepted and posted.
	tx := signTx(0, common.Address{0xbb}, 0, calldata(MaxQueuedTxBytes-200), gas)
	if tx.Size() > MaxQueuedTxBytes {
		t.Fatalf("test transaction of %d bytes", tx.Size())
	}
	if err := w.l2.SendTransaction(ctx, tx); err != nil {
		t.Fatalf("a transaction of %d bytes: %v", tx.Size(), err)
	}
	posted()
	if r, err := w.l2.TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the %d-byte transaction: %v", tx.Size(), err)
	}
	// Three of 40 kB: the third waits for the next block.
	var txs []*types.Transaction
	for i := range uint64(3) {
		txs = append(txs, signTx(1+i, common.Address{0xbb}, 0, calldata(40_000), gas))
	}
	for _, tx := range txs[:2] {
		if err := w.l2.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.l2.SendTransaction(ctx, txs[2]); err == nil || !strings.Contains(err.Error(), ErrBlockFull.Error()) {
		t.Fatalf("a third of 40 kB: %v; want %q", err, ErrBlockFull)
	}
	posted()
	if err := w.l2.SendTransaction(ctx, txs[2]); err != nil {
		t.Fatalf("the third after the block: %v", err)
	}
	posted()
	for _, tx := range txs {
		if r, err := w.l2.TransactionReceipt(ctx, tx.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction %d: %v", tx.Nonce(), err)
		}
	}
}

// TestAdvRPCFeeHistoryPercentiles: eth_feeHistory takes at most 100
// reward percentiles (one answer per block per percentile: 200 000 of
// them over 1024 blocks would be gigabytes); 100 are answered.
func TestAdvRPCFeeHistoryPercentiles(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	list := func(n int) string {
		ps := make([]string, n)
		for i := range ps {
			ps[i] = fmt.Sprint(float64(i) * 100 / float64(n))
		}
		return "[" + strings.Join(ps, ",") + "]"
	}
	if code, r := rawCall(t, ctx, w.addr, method("eth_feeHistory", `["0x400","latest",`+list(200_000)+`]`)); code != http.StatusOK || r.Error == nil || !strings.Contains(r.Error.Message, "at most 100") {
		t.Errorf("200 000 percentiles: HTTP %d, %+v", code, r.Error)
	}
	code, r := rawCall(t, ctx, w.addr, method("eth_feeHistory", `["0x400","latest",`+list(100)+`]`))
	if code != http.StatusOK || r.Error != nil {
		t.Fatalf("100 percentiles: HTTP %d, %+v", code, r.Error)
	}
	var h feeHistory
	if err := json.Unmarshal(r.Result, &h); err != nil || len(h.Reward) != 1 || len(h.Reward[0]) != 100 {
		t.Fatalf("100 percentiles: %s, %v", r.Result, err)
	}
}
