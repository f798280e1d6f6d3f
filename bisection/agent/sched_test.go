package agent

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"
)

// TestSlotsByDeadline: a freed slot goes to the waiter with the earliest
// deadline, whatever the order they came in (ties: first come), and a
// waiter that gives up leaves the queue.
func TestSlotsByDeadline(t *testing.T) {
	s := newSlots(1)
	ctx := context.Background()
	if err := s.acquire(ctx, 100); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	type served struct {
		deadline uint64
		arrival  int
	}
	var order []served
	var wg sync.WaitGroup
	deadlines := []uint64{50, 10, never, 30, 10}
	for i, d := range deadlines {
		wg.Go(func() {
			if err := s.acquire(ctx, d); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			order = append(order, served{d, i})
			mu.Unlock()
			s.release()
		})
		waitQueued(t, s, i+1)
	}
	gone, cancel := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- s.acquire(gone, 1) }()
	waitQueued(t, s, len(deadlines)+1)
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("a cancelled waiter: %v", err)
	}
	s.release()
	wg.Wait()
	want := []served{{10, 1}, {10, 4}, {30, 3}, {50, 0}, {never, 2}}
	if !slices.Equal(order, want) {
		t.Fatalf("served %v, want %v", order, want)
	}
	if s.free != 1 || len(s.waiting) != 0 {
		t.Fatalf("after all: %d free, %d waiting", s.free, len(s.waiting))
	}
}

func waitQueued(t *testing.T, s *slots, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		s.mu.Lock()
		k := len(s.waiting)
		s.mu.Unlock()
		if k == n {
			return
		}
	}
	t.Fatalf("%d waiters never queued", n)
}

// TestTraceCacheBudget: idle traces past the budget are dropped, least
// recently used first; a trace in use is not; concurrent callers of a key
// share one trace; a claim's traces go when it is settled, unless another
// claim uses them.
func TestTraceCacheBudget(t *testing.T) {
	c := newTraceCache(250)
	ctx := context.Background()
	made := 0
	mk := func(size int64) func(context.Context) (*playerTrace, error) {
		return func(context.Context) (*playerTrace, error) {
			made++
			return &playerTrace{held: size}, nil
		}
	}
	key := func(b byte) [32]byte { return [32]byte{b} }
	get := func(k byte, claim uint64) (*playerTrace, func()) {
		t.Helper()
		tr, release, err := c.get(ctx, key(k), claim, mk(100))
		if err != nil {
			t.Fatal(err)
		}
		return tr, release
	}
	_, r1 := get(1, 1)
	r1()
	_, r2 := get(2, 2)
	r2()
	held, r3 := get(3, 3) // 300 bytes once released: over the budget
	_, r1 = get(1, 1)     // 1 is now more recent than 2
	r1()
	if st := c.stats(); st.entries != 3 || st.evicted != 0 {
		t.Fatalf("in budget while 3 is in use (unmeasured): %+v", st)
	}
	r3()
	if st := c.stats(); st.entries != 2 || st.evicted != 1 || st.bytes != 200 {
		t.Fatalf("after release: %+v, want 2 entries of 100 bytes, one evicted", st)
	}
	if _, ok := c.entries[key(2)]; ok {
		t.Fatal("the least recently used trace (2) is still cached")
	}
	if again, r := get(3, 3); again != held || made != 3 {
		t.Fatalf("trace 3 was made again (made %d)", made)
	} else {
		r()
	}

	// Concurrent callers of a new key wait for one creation.
	var wg sync.WaitGroup
	gate := make(chan struct{})
	slow := func(ctx context.Context) (*playerTrace, error) {
		<-gate
		made++
		return &playerTrace{held: 10}, nil
	}
	got := make([]*playerTrace, 4)
	for i := range got {
		wg.Go(func() {
			tr, release, err := c.get(ctx, key(9), 4, slow)
			if err != nil {
				t.Error(err)
				return
			}
			got[i] = tr
			release()
		})
	}
	time.Sleep(20 * time.Millisecond)
	close(gate)
	wg.Wait()
	if made != 4 || got[0] == nil || got[0] != got[1] || got[1] != got[2] || got[2] != got[3] {
		t.Fatalf("4 concurrent callers: %d traces made, want 1 shared", made-3)
	}

	// Trace 9 is used by claims 4 and 5; settling 4 keeps it.
	_, r := get(9, 5)
	r()
	c.dropClaim(4)
	if _, ok := c.entries[key(9)]; !ok {
		t.Fatal("a trace another unsettled claim uses was dropped")
	}
	c.dropClaim(5)
	c.dropClaim(1)
	if _, ok := c.entries[key(9)]; ok || c.entries[key(1)] != nil {
		t.Fatal("settled claims' traces are still cached")
	}

	// A failed creation is not cached.
	boom := errors.New("boom")
	if _, _, err := c.get(ctx, key(7), 6, func(context.Context) (*playerTrace, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Fatalf("failed creation: %v", err)
	}
	if _, ok := c.entries[key(7)]; ok {
		t.Fatal("a failed creation is cached")
	}
}
