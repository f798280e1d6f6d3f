package onchain_test

import (
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
)

// flaky is a JSON-RPC proxy that answers every third request with a 503,
// like an overloaded public endpoint.
type flaky struct {
	next  http.Handler
	n     atomic.Int64
	fails atomic.Int64
}

func (f *flaky) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if f.n.Add(1)%3 == 0 {
		f.fails.Add(1)
		io.Copy(io.Discard, r.Body)
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
		return
	}
	f.next.ServeHTTP(w, r)
}

// TestFlakyRPC deploys the contracts and plays a claim's first moves
// through a proxy that fails a third of the requests: every call is retried
// and every transaction confirmed once. A revert is not retried.
func TestFlakyRPC(t *testing.T) {
	keys := devnet.DevKeys(2)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))),
		Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	target, err := url.Parse(net.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := &flaky{next: httputil.NewSingleHostReverseProxy(target)}
	srv := httptest.NewServer(proxy)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	s, err := onchain.NewSender(ctx, client, keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 10 * time.Millisecond
	var mined int
	s.OnReceipt = func(string, *types.Receipt) { mined++ }
	addrs, _, err := onchain.Deploy(ctx, s, onchain.DeployParams{
		Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: 60, Clock: 60,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := onchain.Connect(ctx, client, addrs, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	model := registerTestModel(t, ctx, c, "flaky")
	id, _, err := c.Submit(ctx, model, []byte("input"), []byte("output"))
	if err != nil {
		t.Fatal(err)
	}
	n, err := c.ClaimCount(ctx)
	if err != nil || n != 1 || id != 0 {
		t.Fatalf("claims: %d (%v), id %d; want exactly one", n, err, id)
	}
	cl, err := c.Claim(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if in, err := c.ClaimInput(ctx, cl); err != nil || string(in) != "input" {
		t.Fatalf("claim input %q, %v", in, err)
	}
	// A revert comes back decoded, at once.
	before := proxy.n.Load()
	_, _, err = c.OpenChallenge(ctx, 5)
	if !onchain.IsRevert(err) || onchain.RevertReason(err) != "OpML: no such claim" {
		t.Fatalf("challenge of a missing claim: %v", err)
	}
	if calls := proxy.n.Load() - before; calls > 3 {
		t.Fatalf("a revert took %d requests: it was retried", calls)
	}
	if mined != 7 || proxy.fails.Load() == 0 {
		t.Fatalf("%d transactions confirmed (want 7: 4 deployments, the oracle's setOpML, 1 registration, 1 claim), %d requests failed", mined, proxy.fails.Load())
	}
	t.Logf("%d requests, %d failed and retried", proxy.n.Load(), proxy.fails.Load())
}

func TestReadAddresses(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct{ name, body, want string }{
		{"garbage.json", "{not json", "deployment " + dir + "/garbage.json"},
		{"empty.json", "{}", "no opml or disputeGame address"},
	} {
		if _, err := onchain.ReadAddresses(write(tc.name, tc.body)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", tc.name, err, tc.want)
		}
	}
	if _, err := onchain.ReadAddresses(dir + "/missing.json"); err == nil || !strings.Contains(err.Error(), "challenger deploy") {
		t.Errorf("missing file: %v", err)
	}
	want := onchain.Addresses{OpML: [20]byte{1}, Game: [20]byte{2}, MIPS: [20]byte{3}, Oracle: [20]byte{4}}
	p := dir + "/ok.json"
	if err := want.Write(p); err != nil {
		t.Fatal(err)
	}
	if got, err := onchain.ReadAddresses(p); err != nil || got != want {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
}

// TestUnconfirmedTransaction: a transaction whose receipt did not come in
// time may still be mined, so the sender sends nothing more until it is,
// and says so once more after, making the caller re-read the chain before
// repeating a decision (a second challenge, a second claim).
func TestUnconfirmedTransaction(t *testing.T) {
	keys := devnet.DevKeys(1)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, big.NewInt(params.Ether))})
	if err != nil {
		t.Fatal(err)
	}
	defer net.Close()
	ctx := context.Background()
	s, err := onchain.NewSender(ctx, net.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{1}
	s.Timeout = time.Nanosecond // the receipt is never waited for
	if _, err := s.Send(ctx, "transfer", &to, nil, big.NewInt(1)); err == nil {
		t.Fatal("Send with no time to wait for the receipt: no error")
	}
	s.Timeout, s.Poll = time.Minute, 5*time.Millisecond
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := s.Send(ctx, "transfer", &to, nil, big.NewInt(1))
		if err == nil {
			break
		}
		if !errors.Is(err, onchain.ErrEarlierPending) {
			t.Fatalf("Send after an unconfirmed one: %v, want ErrEarlierPending until it is mined", err)
		}
		if time.Now().After(deadline) {
			t.Fatal("the unconfirmed transaction never got mined")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Exactly the first and the last transfer went through.
	b, err := net.Client().BalanceAt(ctx, to, nil)
	if err != nil || b.Int64() != 2 {
		t.Fatalf("recipient has %v wei (%v), want 2", b, err)
	}
}
