package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// syncBuffer is a bytes.Buffer safe to write from the node's goroutine
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// eventually polls f every 100 ms until it returns true or d passes.
func eventually(t *testing.T, d time.Duration, what string, f func() bool) {
	t.Helper()
	for end := time.Now().Add(d); ; {
		if f() {
			return
		}
		if time.Now().After(end) {
			t.Fatalf("%s: not after %v", what, d)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestNodeWithdraw: 'rollup node' on the embedded L1, in this process,
// with a 15 s challenge window (L1 time, which runs ahead of the wall clock by a second a block); through its L2 JSON-RPC (ethclient) a user
// transfers on L2; 'rollup deposit' credits her on L2; 'rollup withdraw
// start' withdraws 0.5 ETH; 'withdraw finalize' refuses while no final
// output covers it, then, once the node's proposer has settled a proposal
// of the block, pays it: the recipient's L1 balance grows by exactly 0.5
// ETH (someone else pays the gas); a second finalize is refused. SIGINT's
// context cancellation stops the node with exit 0.
func TestNodeWithdraw(t *testing.T) {
	program := testprograms.BlockProgram(t)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	state := t.TempDir()
	n := launchNode(t, ctx, "--state", state, "--listen", "127.0.0.1:0", "--l1-listen", "127.0.0.1:0",
		"--block-time", "200ms", "--window", "15", "--program", program)
	dep := filepath.Join(state, "rollup.json")
	l1, l2 := n.dial(t, ctx)

	keys := devnet.DevKeys(nodeDevAccounts)
	alice, bob, carol := keys[1], keys[2], keys[3]
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)

	// An L2 transfer with ethclient.
	if r := sendL2(t, ctx, l2, alice, &bobAddr, big.NewInt(params.Ether), params.TxGas, nil); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the transfer failed: %+v", r)
	}
	if b, err := l2.BalanceAt(ctx, bobAddr, nil); err != nil || b.Cmp(new(big.Int).Mul(big.NewInt(nodeDevL2Ether+1), big.NewInt(params.Ether))) != 0 {
		t.Fatalf("bob's L2 balance %v, %v", b, err)
	}

	// A deposit with 'rollup deposit'.
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(alice)))
	before, err := l2.BalanceAt(ctx, aliceAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := run(t, "deposit", "--rpc", n.L1, "--deployment", dep, "--to", aliceAddr.Hex(), "--value", "2"); r.code != 0 {
		t.Fatalf("deposit: %s%s", r.stdout, r.stderr)
	}
	want := new(big.Int).Add(before, new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether)))
	eventually(t, 30*time.Second, "the deposit on L2", func() bool {
		b, err := l2.BalanceAt(ctx, aliceAddr, nil)
		return err == nil && b.Cmp(want) == 0
	})

	// A second proposer, alice, with 'rollup propose --once': it derives
	// the chain from L1 and proposes every posted block once, each on its
	// own proposal of the block before; a second pass proposes nothing.
	proposerData := t.TempDir()
	propose := func() (mine map[uint64]string) {
		t.Helper()
		r := run(t, "propose", "--once", "--rpc", n.L1, "--deployment", dep, "--program", program, "--data", proposerData, "--store", "")
		if r.code != 0 || !strings.Contains(r.stdout, "derived up to L2 block") {
			t.Fatalf("propose --once: exit %d\n%s%s", r.code, r.stdout, r.stderr)
		}
		var views []proposalView
		o := run(t, "outputs", "--json", "--rpc", n.L1, "--deployment", dep)
		if err := json.Unmarshal([]byte(o.stdout), &views); err != nil {
			t.Fatalf("outputs --json: %v\n%s", err, o.stdout)
		}
		mine = map[uint64]string{}
		theirs := map[uint64]common.Hash{}
		for _, v := range views {
			if v.Proposer == aliceAddr {
				if _, dup := mine[v.L2Block]; dup {
					t.Fatalf("alice proposed block %d twice", v.L2Block)
				}
				mine[v.L2Block] = v.OutputRoot.Hex()
			} else {
				theirs[v.L2Block] = v.OutputRoot
			}
		}
		for n, root := range mine {
			if other, ok := theirs[n]; ok && other.Hex() != root {
				t.Fatalf("block %d: alice proposed %s, the node %s", n, root, other)
			}
		}
		return mine
	}
	first := propose()
	if len(first) == 0 || first[1] == "" {
		t.Fatalf("propose --once proposed %v; want every posted block from 1", first)
	}
	if second := propose(); len(second) < len(first) {
		t.Fatalf("a second pass: %v, after %v", second, first)
	}

	// A withdrawal to carol's L1 address: started, refused early, finalized
	// once, refused again.
	recipient := crypto.PubkeyToAddress(carol.PublicKey)
	r := run(t, "withdraw", "start", "--l2-rpc", n.L2, "--to", recipient.Hex(), "--value", "0.5")
	if r.code != 0 {
		t.Fatalf("withdraw start: %s%s", r.stdout, r.stderr)
	}
	m := regexp.MustCompile(`L2 transaction (0x[0-9a-f]{64}) sent`).FindStringSubmatch(r.stdout)
	if m == nil {
		t.Fatalf("withdraw start printed no transaction:\n%s", r.stdout)
	}
	wtx := m[1]
	both := []string{"--rpc", n.L1, "--l2-rpc", n.L2, "--deployment", dep}
	if r := run(t, append([]string{"withdraw", "finalize", wtx}, both...)...); r.code != 1 || !strings.Contains(r.stderr, "no final output covers it yet") {
		t.Fatalf("an early finalize: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	eventually(t, time.Minute, "a final output of the withdrawal's block", func() bool {
		r := run(t, append([]string{"withdraw", "status", wtx}, both...)...)
		if r.code != 0 {
			t.Fatalf("withdraw status: %s%s", r.stdout, r.stderr)
		}
		return strings.Contains(r.stdout, "ready: proposal")
	})
	// Bob finalizes and pays the gas: carol's balance moves by the amount only.
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(bob)))
	l1Before, err := l1.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := run(t, append([]string{"withdraw", "finalize", wtx}, both...)...); r.code != 0 || !strings.Contains(r.stdout, "paid to") {
		t.Fatalf("finalize: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	l1After, err := l1.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(l1After, l1Before); got.Cmp(big.NewInt(params.Ether/2)) != 0 {
		t.Fatalf("the recipient's L1 balance grew by %s wei, want 0.5 ETH", got)
	}
	if r := run(t, append([]string{"withdraw", "finalize", wtx}, both...)...); r.code != 1 || !strings.Contains(r.stderr, "already finalized") {
		t.Fatalf("a second finalize: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, append([]string{"withdraw", "status", wtx}, both...)...); r.code != 0 || !strings.Contains(r.stdout, "finalized (paid on L1)") {
		t.Fatalf("status after: %s%s", r.stdout, r.stderr)
	}

	n.Stop(t)
}

// TestNodeWithdrawHelpAndErrors: the new commands have help with examples
// and say what is wrong with bad inputs.
func TestNodeWithdrawHelpAndErrors(t *testing.T) {
	for _, args := range [][]string{{"node", "--help"}, {"withdraw", "--help"}, {"withdraw", "start", "--help"}, {"withdraw", "finalize", "--help"}, {"withdraw", "status", "--help"}} {
		r := run(t, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "Usage:") || !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("rollup %s: exit %d, help lacks usage or examples:\n%s%s", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
	dir := t.TempDir()
	t.Setenv(envPrivateKey, "")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"node", "--listen", "0.0.0.0:9545"}, "want a loopback"},
		{[]string{"node", "--program", filepath.Join(dir, "none.elf")}, "make blockprog"},
		{[]string{"node", "--block-time", "0s"}, "--block-time"},
		{[]string{"withdraw", "start", "--to", "nope", "--value", "1"}, "want an L1 address"},
		{[]string{"withdraw", "start", "--to", common.Address{1}.Hex(), "--value", "0"}, "positive amount"},
		{[]string{"withdraw", "start", "--to", common.Address{1}.Hex(), "--value", "1"}, "no key"},
		{[]string{"withdraw", "finalize", "0x1234"}, "want an L2 transaction hash"},
		{[]string{"withdraw", "finalize", common.Hash{1}.Hex(), "--deployment", filepath.Join(dir, "none.json")}, "run 'rollup deploy' first"},
		{[]string{"withdraw", "status"}, "accepts 1 arg"},
	} {
		r := run(t, tc.args...)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("rollup %s: exit %d, stderr %q; want exit 1 and %q", strings.Join(tc.args, " "), r.code, r.stderr, tc.want)
		}
	}
}

// nodeProc is a 'rollup node' run in the test's process.
type nodeProc struct {
	L1, L2    string // the JSON-RPC endpoints it printed
	out, errs *syncBuffer
	cancel    context.CancelFunc
	done      chan int
}

// launchNode runs 'rollup node' with args until Stop (or the test's end)
// and returns it once it runs; the end of its log is printed if the test
// fails.
func launchNode(t *testing.T, ctx context.Context, args ...string) *nodeProc {
	t.Helper()
	n := &nodeProc{out: &syncBuffer{}, errs: &syncBuffer{}, done: make(chan int, 1)}
	nctx, cancel := context.WithCancel(ctx)
	n.cancel = cancel
	go func() { n.done <- execute(nctx, &app{}, append([]string{"node"}, args...), n.out, n.errs) }()
	t.Cleanup(func() {
		cancel()
		if t.Failed() {
			e := n.errs.String()
			t.Logf("the node's log (end):\n%s", e[max(0, len(e)-8000):])
		}
	})
	eventually(t, time.Minute, "the node's start", func() bool {
		select {
		case code := <-n.done:
			t.Fatalf("the node exited (%d):\n%s%s", code, n.out.String(), n.errs.String())
		default:
		}
		return strings.Contains(n.out.String(), "running")
	})
	l1 := regexp.MustCompile(`L1 JSON-RPC  (\S+)`).FindStringSubmatch(n.out.String())
	l2 := regexp.MustCompile(`L2 JSON-RPC  (\S+)`).FindStringSubmatch(n.out.String())
	if l1 == nil || l2 == nil {
		t.Fatalf("no endpoints in:\n%s", n.out.String())
	}
	n.L1, n.L2 = l1[1], l2[1]
	return n
}

// sendL2 signs a transaction from key with the pending nonce and a fee cap
// of twice the head's base fee plus a 1 gwei tip, sends it through l2 and
// returns its receipt once it is in a block.
func sendL2(t *testing.T, ctx context.Context, l2 *ethclient.Client, key *ecdsa.PrivateKey, to *common.Address, value *big.Int, gas uint64, data []byte) *types.Receipt {
	t.Helper()
	chainID, err := l2.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := l2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := l2.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, To: to, Value: value, Gas: gas, Data: data,
		GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	if err := l2.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	var r *types.Receipt
	eventually(t, 30*time.Second, "the transaction's block", func() bool {
		r, err = l2.TransactionReceipt(ctx, tx.Hash())
		return err == nil
	})
	return r
}

// dial connects to the node's L1 and L2 JSON-RPC endpoints, closed at
// the test's end.
func (n *nodeProc) dial(t *testing.T, ctx context.Context) (l1, l2 *ethclient.Client) {
	t.Helper()
	var err error
	if l1, err = ethclient.DialContext(ctx, n.L1); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	if l2, err = ethclient.DialContext(ctx, n.L2); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l2.Close)
	return l1, l2
}

// Stop stops the node and checks that it stopped cleanly (exit 0,
// "stopped").
func (n *nodeProc) Stop(t *testing.T) {
	t.Helper()
	n.cancel()
	select {
	case code := <-n.done:
		if code != 0 || !strings.Contains(n.out.String(), "stopped") {
			t.Fatalf("the node stopped with exit %d:\n%s%s", code, n.out.String(), n.errs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the node did not stop")
	}
}

// startNode runs 'rollup node' with args until the returned stop is
// called, and returns its L2 JSON-RPC's URL once it runs. stop checks
// that the node stopped cleanly.
func startNode(t *testing.T, ctx context.Context, args ...string) (string, func()) {
	t.Helper()
	n := launchNode(t, ctx, args...)
	return n.L2, func() { t.Helper(); n.Stop(t) }
}

// TestNodeRestart: 'rollup node --l1-rpc' on an L1 of its own (the
// embedded node's deployment, served on loopback) builds a block of an L2
// transfer and proposes it; stopped and started again with the same
// --state, it rebuilds the L2 from L1 (same head, the transfer's receipt,
// the balance) and goes on (the next transfer with the next nonce),
// without proposing a block twice.
func TestNodeRestart(t *testing.T) {
	program := testprograms.BlockProgram(t)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	_, prestate, err := loadProgram(program)
	if err != nil {
		t.Fatal(err)
	}
	keys := devnet.DevKeys(nodeDevAccounts)
	l1Dir, state := t.TempDir(), t.TempDir()
	l1c, _, err := embeddedL1(ctx, &app{}, nodeFlags{state: l1Dir, l1Listen: "127.0.0.1:0", window: 600, chainID: 905}, keys, prestate, [32]byte{})
	if err != nil {
		t.Fatal(err)
	}
	defer l1c.close()
	dep := filepath.Join(l1Dir, "rollup.json")
	t.Setenv(envPrivateKey, hexutil.Encode(crypto.FromECDSA(keys[0])))
	args := []string{"--l1-rpc", l1c.url, "--deployment", dep, "--state", state, "--listen", "127.0.0.1:0", "--block-time", "200ms", "--program", program}

	alice, bob := keys[1], crypto.PubkeyToAddress(keys[2].PublicKey)
	send := func(l2 *ethclient.Client, nonce uint64) *types.Transaction {
		t.Helper()
		head, err := l2.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		tx := types.MustSignNewTx(alice, types.LatestSignerForChainID(big.NewInt(905)), &types.DynamicFeeTx{
			ChainID: big.NewInt(905), Nonce: nonce, To: &bob, Value: big.NewInt(1000), Gas: params.TxGas,
			GasTipCap: big.NewInt(params.GWei), GasFeeCap: new(big.Int).Add(big.NewInt(params.GWei), new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		})
		if err := l2.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		eventually(t, 30*time.Second, "the transfer's block", func() bool {
			r, err := l2.TransactionReceipt(ctx, tx.Hash())
			return err == nil && r.Status == types.ReceiptStatusSuccessful
		})
		return tx
	}
	proposals := func() []proposalView {
		t.Helper()
		r := run(t, "outputs", "--rpc", l1c.url, "--deployment", dep, "--json")
		if r.code != 0 {
			t.Fatalf("outputs: %s", r.stderr)
		}
		var views []proposalView
		if err := json.Unmarshal([]byte(r.stdout), &views); err != nil {
			t.Fatalf("outputs: %v\n%s", err, r.stdout)
		}
		return views
	}

	url, stop := startNode(t, ctx, args...)
	l2, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	tx1 := send(l2, 0)
	eventually(t, 30*time.Second, "the proposal of block 1", func() bool { return len(proposals()) == 1 })
	l2.Close()
	stop()

	url, stop = startNode(t, ctx, args...)
	defer stop()
	if l2, err = ethclient.DialContext(ctx, url); err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	if n, err := l2.BlockNumber(ctx); err != nil || n != 1 {
		t.Fatalf("restarted: head %d, %v; want block 1 rebuilt from L1", n, err)
	}
	if r, err := l2.TransactionReceipt(ctx, tx1.Hash()); err != nil || r.BlockNumber.Uint64() != 1 {
		t.Fatalf("restarted: the first transfer's receipt: %v", err)
	}
	if nonce, err := l2.PendingNonceAt(ctx, crypto.PubkeyToAddress(alice.PublicKey)); err != nil || nonce != 1 {
		t.Fatalf("restarted: pending nonce %d, %v", nonce, err)
	}
	send(l2, 1)
	if b, err := l2.BalanceAt(ctx, bob, nil); err != nil || b.Cmp(new(big.Int).Add(new(big.Int).Mul(big.NewInt(nodeDevL2Ether), big.NewInt(params.Ether)), big.NewInt(2000))) != 0 {
		t.Fatalf("restarted: bob's balance %v, %v", b, err)
	}
	eventually(t, 30*time.Second, "the proposal of block 2", func() bool { return len(proposals()) == 2 })
	time.Sleep(time.Second) // a few more proposer steps: none proposes again
	ps := proposals()
	if len(ps) != 2 || ps[0].L2Block != 1 || ps[1].L2Block != 2 {
		t.Fatalf("proposals after the restart: %+v", ps)
	}
}
