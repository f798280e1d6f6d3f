package onchain_test

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
)

// newSenderNet is a devnet sealing a block every period (0: a block per
// transaction) with funded keys, and a sender for the first.
func newSenderNet(t *testing.T, period time.Duration, keys int) (*devnet.Devnet, *onchain.Sender) {
	t.Helper()
	ks := devnet.DevKeys(keys)
	net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(ks, big.NewInt(params.Ether)), Period: period})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	s, err := onchain.NewSender(context.Background(), net.Client(), ks[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll = 5 * time.Millisecond
	return net, s
}

// TestPipelinedSends: sends from many goroutines at once take consecutive
// nonces and land in one or two blocks, instead of one block each (a
// sender that waits for each receipt before the next send would need 100
// periods here).
func TestPipelinedSends(t *testing.T) {
	const n = 100
	net, s := newSenderNet(t, 500*time.Millisecond, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	to := common.Address{1}
	receipts := make([]*types.Receipt, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		wg.Go(func() {
			r, err := s.Send(ctx, "transfer", &to, nil, big.NewInt(1))
			if err != nil {
				t.Errorf("send %d: %v", i, err)
			}
			receipts[i] = r
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	blocks := map[uint64]int{}
	for _, r := range receipts {
		blocks[r.BlockNumber.Uint64()]++
	}
	if len(blocks) > 2 {
		t.Errorf("%d transfers sent at once landed in %d blocks (%v), want at most 2", n, len(blocks), blocks)
	}
	if b, err := net.Client().BalanceAt(ctx, to, nil); err != nil || b.Int64() != n {
		t.Fatalf("recipient has %v wei (%v), want %d", b, err, n)
	}
	if s.InFlight() != 0 {
		t.Errorf("%d transactions still in flight", s.InFlight())
	}
	t.Logf("%d transfers in %d blocks, %v", n, len(blocks), time.Since(start).Round(time.Millisecond))
}

// TestNonceResync: another process sends from the same key; the sender's
// nonce counter is behind, the node refuses its next transaction, and it
// reads the account's nonce again and sends.
func TestNonceResync(t *testing.T) {
	net, s := newSenderNet(t, 0, 1)
	ctx := context.Background()
	to := common.Address{1}
	if _, err := s.Send(ctx, "first", &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	other, err := onchain.NewSender(ctx, net.Client(), devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	other.Poll = 5 * time.Millisecond
	for range 3 {
		if _, err := other.Send(ctx, "behind its back", &to, nil, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	r, err := s.Send(ctx, "after", &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatalf("send after another process used the key: %v", err)
	}
	tx, _, err := net.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil || tx.Nonce() != 4 {
		t.Fatalf("nonce %d (%v), want 4", tx.Nonce(), err)
	}
}

// swallow forwards everything to a backend but drops the first n
// transactions sent: accepted, never broadcast, as a node that lost them.
type swallow struct {
	onchain.Backend
	n    atomic.Int64
	lost []common.Hash
	mu   sync.Mutex
}

func (s *swallow) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if s.n.Add(-1) >= 0 {
		s.mu.Lock()
		s.lost = append(s.lost, tx.Hash())
		s.mu.Unlock()
		return nil
	}
	return s.Backend.SendTransaction(ctx, tx)
}

// waitLost waits until n transactions have been dropped.
func (s *swallow) waitLost(n int) {
	for {
		s.mu.Lock()
		k := len(s.lost)
		s.mu.Unlock()
		if k >= n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// TestDroppedTransactionResent: a transaction the node lost is sent again
// at its nonce with higher fees after Resend, and the Send returns the
// receipt of that version; the transactions pipelined behind it go
// through too.
func TestDroppedTransactionResent(t *testing.T) {
	net, _ := newSenderNet(t, 0, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := &swallow{Backend: net.Client()}
	b.n.Store(1)
	s, err := onchain.NewSender(ctx, b, devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll, s.Resend = 5*time.Millisecond, 200*time.Millisecond
	to := common.Address{1}
	first := make(chan *types.Receipt, 1)
	go func() {
		r, err := s.Send(ctx, "lost", &to, nil, big.NewInt(1))
		if err != nil {
			t.Error(err)
		}
		first <- r
	}()
	b.waitLost(1)
	second, err := s.Send(ctx, "behind it", &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	r := <-first
	if r == nil {
		t.FailNow()
	}
	if r.TxHash == b.lost[0] {
		t.Fatal("the receipt is of the lost transaction's hash, which the node never saw")
	}
	lost, _, _ := net.Client().TransactionByHash(ctx, r.TxHash)
	if lost.Nonce() != 0 || second.BlockNumber.Cmp(r.BlockNumber) < 0 {
		t.Fatalf("the resent transaction has nonce %d, mined in block %v (the next one in %v)", lost.Nonce(), r.BlockNumber, second.BlockNumber)
	}
}

// TestNonceTaken: a transaction of ours that never reached the pool has
// its nonce used by another process's transaction: Send says so rather
// than waiting for its timeout.
func TestNonceTaken(t *testing.T) {
	net, _ := newSenderNet(t, 0, 1)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b := &swallow{Backend: net.Client()}
	b.n.Store(1)
	s, err := onchain.NewSender(ctx, b, devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll, s.Resend, s.Lag = 5*time.Millisecond, 0, 500*time.Millisecond
	other, err := onchain.NewSender(ctx, net.Client(), devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	other.Poll = 5 * time.Millisecond
	to := common.Address{1}
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(ctx, "lost", &to, nil, big.NewInt(1))
		done <- err
	}()
	b.waitLost(1)
	// Another amount: the same transfer would be the same transaction.
	if _, err := other.Send(ctx, "takes nonce 0", &to, nil, big.NewInt(2)); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, onchain.ErrNonceTaken) {
		t.Fatalf("Send whose nonce another transaction took: %v, want ErrNonceTaken", err)
	}
	// The counter was read again: the next send goes through.
	if _, err := s.Send(ctx, "next", &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
}

// TestScopedUnconfirmed: a transaction never confirmed holds up the sends
// of its scope only.
func TestScopedUnconfirmed(t *testing.T) {
	_, s := newSenderNet(t, 0, 1)
	ctx := context.Background()
	to := common.Address{1}
	s.Timeout = time.Nanosecond // the receipt is never waited for
	if _, err := s.SendIn(ctx, "game 1", "move", &to, nil, big.NewInt(1)); err == nil {
		t.Fatal("Send with no time to wait for the receipt: no error")
	}
	s.Timeout = time.Minute
	if _, err := s.SendIn(ctx, "game 2", "move", &to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("another scope: %v", err)
	}
	if _, err := s.SendIn(ctx, "game 1", "move", &to, nil, big.NewInt(1)); !errors.Is(err, onchain.ErrEarlierPending) {
		t.Fatalf("the same scope: %v, want ErrEarlierPending (once, after it is mined)", err)
	}
	if _, err := s.SendIn(ctx, "game 1", "move", &to, nil, big.NewInt(1)); err != nil {
		t.Fatalf("the same scope, once mined and said: %v", err)
	}
}

// unreachable fails every SendTransaction with a network error, without
// sending, while down is set.
type unreachable struct {
	onchain.Backend
	down atomic.Bool
}

func (u *unreachable) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if u.down.Load() {
		return errors.New("connection reset by peer")
	}
	return u.Backend.SendTransaction(ctx, tx)
}

// TestUnansweredBroadcast: a transaction the node never answered for may
// be in its pool: its nonce is not reused, the sender sends it again
// after Resend (filling the gap the next transactions wait behind), and
// its scope waits until it is mined.
func TestUnansweredBroadcast(t *testing.T) {
	net, _ := newSenderNet(t, 0, 1)
	b := &unreachable{Backend: net.Client()}
	ctx := context.Background()
	s, err := onchain.NewSender(ctx, b, devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll, s.Resend = 5*time.Millisecond, 200*time.Millisecond
	to := common.Address{1}
	b.down.Store(true)
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err = s.SendIn(short, "a", "unanswered", &to, nil, big.NewInt(1))
	cancel()
	if err == nil {
		t.Fatal("a send the node never answered: no error")
	}
	b.down.Store(false)
	r, err := s.SendIn(ctx, "b", "next", &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatalf("a send in another scope: %v", err)
	}
	if tx, _, _ := net.Client().TransactionByHash(ctx, r.TxHash); tx.Nonce() != 1 {
		t.Fatalf("the next send took nonce %d, want 1 (0 is the unanswered one's)", tx.Nonce())
	}
	if _, err := s.SendIn(ctx, "a", "again", &to, nil, big.NewInt(1)); !errors.Is(err, onchain.ErrEarlierPending) {
		t.Fatalf("the unanswered one's scope: %v, want ErrEarlierPending", err)
	}
	if _, err := s.SendIn(ctx, "a", "again", &to, nil, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	if bal, err := net.Client().BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 3 {
		t.Fatalf("recipient has %v wei (%v), want 3: the unanswered transfer mined once, and two more", bal, err)
	}
}

// TestClosedConnection: when the chain connection is closed for good, a
// Send waiting for its receipt returns, and the sender stops watching.
func TestClosedConnection(t *testing.T) {
	net, _ := newSenderNet(t, 0, 1)
	ctx := context.Background()
	b := &swallow{Backend: net.Client()}
	b.n.Store(1)
	s, err := onchain.NewSender(ctx, b, devnet.DevKeys(1)[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Poll, s.Resend = 5*time.Millisecond, 0
	to := common.Address{1}
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(ctx, "never mined", &to, nil, big.NewInt(1))
		done <- err
	}()
	b.waitLost(1)
	net.Close()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("Send on a closed connection: no error")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Send still waiting 10 s after the connection closed")
	}
	if n := s.InFlight(); n != 0 {
		t.Fatalf("%d transactions still watched", n)
	}
}
