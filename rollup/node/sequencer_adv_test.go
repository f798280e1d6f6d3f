package node

import (
	"bytes"
	"context"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/rollup/batch"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvSequencerBatchTooLarge: transactions submitted straight to the
// Sequencer (not through the RPC, which bounds the queue) whose block's
// batch would be larger than one L1 transaction may be: the sequencer
// leaves what does not fit (beyond MaxQueuedTxBytes) for a later block, so
// every block it builds is posted and the chain goes on. (It used to build
// one block of the whole queue, which L1 refused as oversized, and fail
// every later Step on that post.)
func TestAdvSequencerBatchTooLarge(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	w := newRPCWorld(t, ctx)
	for i := range uint64(3) {
		if err := w.seq.Submit(signTx(i, common.Address{0xbb}, 0, bytes.Repeat([]byte{0xaa}, 60_000), 5_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	for step := range 3 {
		if err := w.rpc.Step(ctx); err != nil {
			t.Errorf("step %d: %v", step, err)
		}
	}
	head := w.seq.Chain.Head().Number.Uint64()
	next, err := w.seq.Inbox.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if next != head+1 {
		t.Fatalf("L2 head %d, the inbox's next block %d: built blocks are not posted", head, next)
	}
	if nonce, err := w.l2.NonceAt(ctx, crypto.PubkeyToAddress(l2Key.PublicKey), nil); err != nil || nonce != 3 {
		t.Fatalf("after 3 steps, %d of the 3 transactions are in blocks (%v)", nonce, err)
	}
}

// loseProxy forwards JSON-RPC to an L1 and, while armed, forwards the next
// eth_sendRawTransaction but answers 502: the transaction reaches the pool
// (and is mined), its sender does not learn it.
type loseProxy struct {
	*httptest.Server
	armed atomic.Bool
	lost  atomic.Int64
}

func newLoseProxy(t *testing.T, target string) *loseProxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := httputil.NewSingleHostReverseProxy(u)
	p := &loseProxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if bytes.Contains(body, []byte("eth_sendRawTransaction")) && p.armed.CompareAndSwap(true, false) {
			p.lost.Add(1)
			rp.ServeHTTP(httptest.NewRecorder(), r)
			time.Sleep(300 * time.Millisecond) // mined meanwhile
			http.Error(w, "answer lost by the test's proxy", http.StatusBadGateway)
			return
		}
		rp.ServeHTTP(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}

// TestAdvSequencerLostPostAnswer: the answer to the sequencer's post of
// block 2 is lost, the post mined. The sequencer must see that block 2 is
// on L1 and go on (a Step may fail, the next ones must not), and post each
// block once. It used not to: the sender, told "nonce too low" on its
// retry, sent the same post again under the next nonce (a duplicate,
// reverted OutOfOrder(2, 3)), and the sequencer kept block 2 as unposted
// and failed every later Step. Now onchain.Sender takes "nonce too low"
// on a retry of a transaction that is mined as success, and
// Sequencer.post skips a batch already on L1 with its commitment.
func TestAdvSequencerLostPostAnswer(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	keys := devnet.DevKeys(1)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	proxy := newLoseProxy(t, l1.URL())
	c, err := ethclient.DialContext(ctx, proxy.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	s, err := onchain.NewSender(ctx, c, keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	addr, r, err := batch.Deploy(ctx, s, s.Address())
	if err != nil {
		t.Fatal(err)
	}
	in, err := batch.Connect(ctx, c, addr, r.BlockNumber.Uint64(), s)
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
	seq := &Sequencer{Chain: chain, Inbox: in, L1: c}
	rpc := NewRPC(seq)
	nonceBefore, err := l1.Client().NonceAt(ctx, s.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	send := func(n uint64) {
		t.Helper()
		if err := rpc.submit(signTx(n, common.Address{0xbb}, 1, nil, params.TxGas)); err != nil {
			t.Fatal(err)
		}
	}
	send(0)
	if err := rpc.Step(ctx); err != nil {
		t.Fatal(err)
	}
	send(1)
	proxy.armed.Store(true)
	if err := rpc.Step(ctx); err != nil {
		t.Logf("the step whose post's answer was lost: %v", err)
	}
	if proxy.lost.Load() != 1 {
		t.Fatalf("%d answers lost, want 1", proxy.lost.Load())
	}
	var errs []error
	for i := range 3 {
		if err := rpc.Step(ctx); err != nil {
			errs = append(errs, err)
			t.Logf("step %d after: %v", i, err)
		}
	}
	send(2)
	if err := rpc.Step(ctx); err != nil {
		t.Errorf("a block after the lost answer: %v", err)
	}
	head := chain.Head().Number.Uint64()
	next, err := in.Next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head != 3 || next != head+1 {
		t.Errorf("L2 head %d, the inbox's next block %d; want block 3 built and posted", head, next)
	}
	nonceAfter, err := l1.Client().NonceAt(ctx, s.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if posts := nonceAfter - nonceBefore; posts != 3 {
		t.Errorf("the sequencer sent %d L1 transactions for 3 posts", posts)
	}
}
