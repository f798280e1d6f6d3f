package main

// Adversarial tests of 'rollup node' and 'rollup withdraw' on an L1: state
// files that are corrupt or another deployment's, an L1 endpoint that
// drops requests and loses answers, withdrawals of transactions that are
// not withdrawals.

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/rollup/node"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// flakyProxy is a JSON-RPC proxy in front of an L1 that answers every
// drop-th request with 503 without forwarding it, and forwards every
// lose-th but answers 502 (the request took effect, its answer is lost).
// Answers of eth_sendRawTransaction are not lost (a lost one makes the
// sequencer re-post a block that is on L1: TestAdvSequencerLostPostAnswer
// in rollup/node).
type flakyProxy struct {
	*httptest.Server
	n, dropped, lost atomic.Int64
	on               atomic.Bool // false: forward everything
	down             atomic.Bool // true: drop everything (the L1 is down)
}

func newFlakyProxy(t *testing.T, target string, drop, lose int64) *flakyProxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	p := &flakyProxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := p.n.Add(1)
		switch {
		case p.down.Load():
			p.dropped.Add(1)
			http.Error(w, "dropped by the test's proxy", http.StatusServiceUnavailable)
		case !p.on.Load():
			rp.ServeHTTP(w, r)
		case drop > 0 && i%drop == 0:
			p.dropped.Add(1)
			http.Error(w, "dropped by the test's proxy", http.StatusServiceUnavailable)
		case lose > 0 && i%lose == 0 && !isSend(r):
			p.lost.Add(1)
			rp.ServeHTTP(httptest.NewRecorder(), r)
			http.Error(w, "answer lost by the test's proxy", http.StatusBadGateway)
		default:
			rp.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(p.Close)
	return p
}

// startNodeLog is startNode, with the node's log (stderr) returned.
func startNodeLog(t *testing.T, ctx context.Context, args ...string) (string, *syncBuffer, func()) {
	t.Helper()
	n := launchNode(t, ctx, args...)
	return n.L2, n.errs, func() { t.Helper(); n.Stop(t) }
}

// isSend reports whether r is an eth_sendRawTransaction (its body is
// read and put back).
func isSend(r *http.Request) bool {
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	r.Body = io.NopCloser(bytes.NewReader(body))
	return err == nil && bytes.Contains(body, []byte("eth_sendRawTransaction"))
}

// advL1 is an embedded L1 with the node's deployment (as 'rollup node'
// makes it), served on loopback; its deployment file and keys.
func advL1(t *testing.T, ctx context.Context, chainID uint64) (l1Conn, string, string) {
	t.Helper()
	program := testprograms.BlockProgram(t)
	_, prestate, err := loadProgram(program)
	if err != nil {
		t.Fatal(err)
	}
	l1Dir := t.TempDir()
	l1c, _, err := embeddedL1(ctx, &app{}, nodeFlags{state: l1Dir, l1Listen: "127.0.0.1:0", window: 600, chainID: chainID}, devnet.DevKeys(nodeDevAccounts), prestate, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1c.close)
	return l1c, filepath.Join(l1Dir, "rollup.json"), program
}

// transfer sends value wei from key to to on the L2 and waits for its
// receipt.
func transfer(t *testing.T, ctx context.Context, l2 *ethclient.Client, chainID int64, from int, to common.Address, value int64) *types.Transaction {
	t.Helper()
	k := devnet.DevKeys(nodeDevAccounts)[from]
	nonce, err := l2.PendingNonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(k, types.LatestSignerForChainID(big.NewInt(chainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(chainID), Nonce: nonce, To: &to, Value: big.NewInt(value), Gas: params.TxGas,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	if err := l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	eventually(t, 45*time.Second, "the transfer's block", func() bool {
		r, err := l2.TransactionReceipt(ctx, tx.Hash())
		return err == nil && r.Status == types.ReceiptStatusSuccessful
	})
	return tx
}

// TestAdvNodeStateFiles: 'rollup node --l1-rpc' with a corrupt proposer
// state file, with a directory where the state file should be, and with a
// state directory another deployment used, stops with an error naming the
// file (or the deployment) instead of running on a wrong state; with the
// right state it runs.
func TestAdvNodeStateFiles(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	const chainID = 906
	l1c, dep, program := advL1(t, ctx, chainID)
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(1)[0])))
	args := func(state, deployment string) []string {
		return []string{"node", "--l1-rpc", l1c.url, "--deployment", deployment, "--state", state, "--listen", "127.0.0.1:0", "--block-time", "200ms", "--program", program}
	}
	runFor := func(args []string) result {
		t.Helper()
		rctx, rcancel := context.WithTimeout(ctx, 20*time.Second)
		defer rcancel()
		var out, errs syncBuffer
		code := execute(rctx, &app{}, args, &out, &errs)
		return result{out.String(), errs.String(), code}
	}

	// A truncated state file (a crash mid-write of a non-atomic writer, a
	// full disk): a clear error, not a silent fresh start.
	state := t.TempDir()
	if err := os.WriteFile(filepath.Join(state, "proposer.json"), []byte(`{"next_block": 3, "scan`), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runFor(args(state, dep)); r.code != 1 || !strings.Contains(r.stderr, "proposer.json") || !strings.Contains(r.stderr, "delete it") {
		t.Errorf("a truncated proposer.json: exit %d, stderr %q", r.code, r.stderr)
	}
	// A directory where the state file goes.
	state = t.TempDir()
	if err := os.Mkdir(filepath.Join(state, "proposer.json"), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runFor(args(state, dep)); r.code != 1 || !strings.Contains(r.stderr, "proposer.json") {
		t.Errorf("proposer.json a directory: exit %d, stderr %q", r.code, r.stderr)
	}

	// The state of this deployment, then the same --state with another
	// deployment (its output oracle elsewhere): refused, naming both.
	state = t.TempDir()
	url, stop := startNode(t, ctx, args(state, dep)[1:]...)
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	transfer(t, ctx, l2, chainID, 1, common.Address{0xb0}, 1000)
	l2.Close()
	stop()
	d, err := node.ReadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	d.OutputOracle = common.Address{0xde, 0xad}
	other := filepath.Join(t.TempDir(), "other.json")
	if err := d.Write(other); err != nil {
		t.Fatal(err)
	}
	if r := runFor(args(state, other)); r.code != 1 || !strings.Contains(r.stderr, "another deployment") {
		t.Errorf("--state of another deployment: exit %d, stderr %q", r.code, r.stderr)
	}
	// The right deployment still runs on it.
	_, stop = startNode(t, ctx, args(state, dep)[1:]...)
	stop()
}

// TestAdvNodeFlakyL1: 'rollup node --l1-rpc' through a proxy that drops
// one L1 request in 7 and loses the answer of one in 11 keeps running:
// transfers land in blocks that reach L1 and are proposed, and the node
// stops cleanly.
func TestAdvNodeFlakyL1(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	const chainID = 907
	l1c, dep, program := advL1(t, ctx, chainID)
	proxy := newFlakyProxy(t, l1c.url, 7, 11)
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(1)[0])))
	// Started with a working L1 (an error at start stops it, as it should);
	// then one request in 7 fails.
	url, _, stop := startNodeLog(t, ctx, "--l1-rpc", proxy.URL, "--deployment", dep, "--state", t.TempDir(), "--listen", "127.0.0.1:0", "--block-time", "200ms", "--program", program)
	proxy.on.Store(true)
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	for i := range 4 {
		transfer(t, ctx, l2, chainID, 1+i%3, common.Address{0xb1}, 1000)
	}
	head, err := l2.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var views []proposalView
	eventually(t, 60*time.Second, "the proposals of the blocks", func() bool {
		r := run(t, "outputs", "--rpc", l1c.url, "--deployment", dep, "--json")
		return r.code == 0 && json.Unmarshal([]byte(r.stdout), &views) == nil && len(views) >= int(head)
	})
	for i, v := range views {
		if v.L2Block != uint64(i+1) {
			t.Errorf("proposal %d is of L2 block %d: a block proposed twice or skipped (%+v)", i, v.L2Block, views)
		}
	}
	t.Logf("L1 requests %d, dropped %d, answers lost %d; L2 head %d", proxy.n.Load(), proxy.dropped.Load(), proxy.lost.Load(), head)
	if proxy.dropped.Load() == 0 || proxy.lost.Load() == 0 {
		t.Errorf("the proxy failed no request")
	}
	stop()

	// The L1 down for good: the node stops after --retry-for, naming the
	// failure.
	proxy.on.Store(false)
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- execute(ctx, &app{}, []string{"node", "--l1-rpc", proxy.URL, "--deployment", dep, "--state", t.TempDir(), "--listen", "127.0.0.1:0",
			"--block-time", "100ms", "--program", program, "--retry-for", "1s"}, &out, &errs)
	}()
	eventually(t, 30*time.Second, "the node's start", func() bool { return strings.Contains(out.String(), "running") })
	proxy.down.Store(true)
	select {
	case code := <-done:
		if code != 1 || !strings.Contains(errs.String(), "by the test's proxy") || !strings.Contains(errs.String(), "--retry-for") {
			t.Errorf("the L1 down: exit %d, stderr %q", code, errs.String())
		}
	case <-time.After(60 * time.Second):
		t.Fatal("the L1 down: the node did not stop")
	}
}

// TestAdvWithdrawNotAWithdrawal: 'withdraw status' and 'finalize' of a
// transfer, of an unknown hash, against another chain's deployment, and
// with the L2 node down say what is wrong.
func TestAdvWithdrawNotAWithdrawal(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	const chainID = 908
	l1c, dep, program := advL1(t, ctx, chainID)
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(1)[0])))
	url, stop := startNode(t, ctx, "--l1-rpc", l1c.url, "--deployment", dep, "--state", t.TempDir(), "--listen", "127.0.0.1:0", "--block-time", "200ms", "--program", program)
	defer stop()
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	tx := transfer(t, ctx, l2, chainID, 1, common.Address{0xb2}, 1000)

	d, err := node.ReadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	d.ChainID = 1234
	other := filepath.Join(t.TempDir(), "other.json")
	if err := d.Write(other); err != nil {
		t.Fatal(err)
	}
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(devnet.DevKeys(3)[2])))
	conn := []string{"--rpc", l1c.url, "--l2-rpc", url}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"a transfer", []string{tx.Hash().Hex(), "--deployment", dep}, "has no withdrawal"},
		{"an unknown hash", []string{hexutil.Encode(crypto.Keccak256([]byte("nothing"))), "--deployment", dep}, "no receipt"},
		{"another chain's deployment", []string{tx.Hash().Hex(), "--deployment", other}, "the deployment's L2 is 1234"},
		{"no L2 node", []string{tx.Hash().Hex(), "--deployment", dep, "--l2-rpc", "http://127.0.0.1:1"}, "is 'rollup node' running?"},
		{"no L1 node", []string{tx.Hash().Hex(), "--deployment", dep, "--rpc", "http://127.0.0.1:1"}, "is the L1 node running?"},
		{"an address for a hash", []string{common0x(20), "--deployment", dep}, "want an L2 transaction hash"},
	} {
		for _, sub := range []string{"status", "finalize"} {
			args := append(append([]string{"withdraw", sub}, conn...), tc.args...)
			r := run(t, args...)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "panic") {
				t.Errorf("withdraw %s, %s: exit %d, stderr %q; want exit 1 and %q", sub, tc.name, r.code, r.stderr, tc.want)
			}
		}
	}
}

// common0x is 0x and n zero bytes in hex.
func common0x(n int) string { return "0x" + strings.Repeat("00", n) }

// TestAdvVerifyFlakyL1: 'rollup verify' through a proxy that drops one L1
// request in 5 and loses the answer of one in 9 keeps running and watches
// every proposal of the node's blocks (its state file scans them all, no
// dispute: the roots are honest); a --data directory of another deployment
// is refused, and so is a truncated state file.
func TestAdvVerifyFlakyL1(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	const chainID = 909
	l1c, dep, program := advL1(t, ctx, chainID)
	keys := devnet.DevKeys(nodeDevAccounts)
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[0])))
	url, stop := startNode(t, ctx, "--l1-rpc", l1c.url, "--deployment", dep, "--state", t.TempDir(), "--listen", "127.0.0.1:0", "--block-time", "200ms", "--program", program)
	defer stop()
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()

	proxy := newFlakyProxy(t, l1c.url, 5, 9)
	data := t.TempDir()
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[3])))
	vctx, vcancel := context.WithCancel(ctx)
	var out, errs syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- execute(vctx, &app{}, []string{"verify", "--rpc", proxy.URL, "--deployment", dep, "--data", data, "--poll", "200ms", "--program", program, "--store", ""}, &out, &errs)
	}()
	eventually(t, 30*time.Second, "the verifier's start", func() bool { return strings.Contains(out.String(), "verifying") })
	proxy.on.Store(true)
	for i := range 3 {
		transfer(t, ctx, l2, chainID, 1+i, common.Address{0xb3}, 1000)
	}
	head, err := l2.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(50 * time.Second)
	eventually(t, 60*time.Second, "the verifier's scan of every proposal", func() bool {
		select {
		case code := <-done:
			t.Fatalf("the verifier exited (%d):\n%s%s", code, out.String(), errs.String())
		default:
		}
		b, err := os.ReadFile(filepath.Join(data, "verifier.json"))
		var st struct {
			Scanned uint64 `json:"scanned"`
		}
		ok := err == nil && json.Unmarshal(b, &st) == nil && st.Scanned >= head
		if !ok && time.Now().After(deadline) {
			t.Fatalf("verifier state %s (%v), L2 head %d; its log:\n%s", b, err, head, errs.String())
		}
		return ok
	})
	t.Logf("L1 requests %d, dropped %d, answers lost %d; L2 head %d", proxy.n.Load(), proxy.dropped.Load(), proxy.lost.Load(), head)
	if proxy.dropped.Load() == 0 {
		t.Errorf("the proxy failed no request")
	}
	vcancel()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the verifier did not stop")
	}
	if strings.Contains(errs.String(), "disputed") {
		t.Errorf("the verifier disputed an honest root:\n%s", errs.String())
	}

	// The same --data with another deployment: refused.
	d, err := node.ReadDeployment(dep)
	if err != nil {
		t.Fatal(err)
	}
	d.OutputOracle = common.Address{0xde, 0xad}
	other := filepath.Join(t.TempDir(), "other.json")
	if err := d.Write(other); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "verify", "--rpc", l1c.url, "--deployment", other, "--data", data, "--program", program, "--store", ""); r.code != 1 || !strings.Contains(r.stderr, "another deployment") {
		t.Errorf("--data of another deployment: exit %d, stderr %q", r.code, r.stderr)
	}
	// A truncated verifier.json (a crash of a writer that is not atomic, a
	// full disk): refused at start, naming it.
	if err := os.WriteFile(filepath.Join(data, "verifier.json"), []byte(`{"scanned": 3, "wat`), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "verify", "--rpc", l1c.url, "--deployment", dep, "--data", data, "--program", program, "--store", ""); r.code != 1 || !strings.Contains(r.stderr, "verifier.json") || !strings.Contains(r.stderr, "delete it") {
		t.Errorf("a truncated verifier.json: exit %d, stderr %q", r.code, r.stderr)
	}
}
