package agent_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
)

// BenchmarkDispute is a whole dispute over a wrong Fashion-MNIST claim on
// the embedded chain, for each arity: from the claim's submission to the
// game's outcome recorded in the registry, with a dishonest submitter
// (made-up final state) and an honest challenger that checks natively, then
// runs the VM (fresh trace caches every time). Reported per dispute: wall
// time, transactions (all parties) and their total gas.
func BenchmarkDispute(b *testing.B) {
	for _, arity := range []uint64{2, 4, 8, 16} {
		b.Run(fmt.Sprintf("arity=%d", arity), func(b *testing.B) {
			w := newWorld(b, arity)
			w.quiet = true
			wrong := w.wrongOutput()
			var txs, gas uint64
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer()
				liar := w.agent(1, fmt.Sprintf("submitter-%d", i), lieFrom(func(exit, _ uint64) uint64 { return exit }))
				honest := w.agent(2, fmt.Sprintf("challenger-%d", i))
				w.mu.Lock()
				w.txs, w.gas = 0, 0
				w.mu.Unlock()
				b.StartTimer()
				id := w.submit(1, wrong)
				w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
				b.StopTimer()
				if chs := w.challenges(id); len(chs) != 1 || !chs[0].ChallengerWon {
					b.Fatalf("challenges %+v: want one won by the challenger", chs)
				}
				w.mu.Lock()
				txs += w.txs
				gas += w.gas
				w.mu.Unlock()
				liar.Close()
				honest.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(txs)/float64(b.N), "tx/dispute")
			b.ReportMetric(float64(gas)/float64(b.N), "gas/dispute")
			b.ReportMetric(float64(w.params.Depth), "rounds")
		})
	}
}

// BenchmarkFlood measures how many games at once one honest agent wins on
// one key with the default deployment (two-phase, arity 8, graph depth 7,
// depth 10, 12 h clocks; `challenger deploy`'s defaults) on a chain
// sealing a block a second: an honest Fashion-MNIST claim is challenged N
// times at once by ten accounts whose phase-1 traces lie from ten
// different items (so the games reach ten different node phases), each
// playing its games with the same agent. Reported per flood: games won by
// the defender, the most clock any game cost it (s), its moves per block
// (mean over the blocks it used, and the most), the process's live heap
// per open game when all are in play (every party and the chain included:
// an upper bound for the agent), the most the defender's traces held, and
// the wall time (ns/op). The sizes are 100, 250 and 500 games, or the list in
// $OPML_FLOOD_GAMES (e.g. 1000).
func BenchmarkFlood(b *testing.B) {
	sizes := []int{100, 250, 500}
	if s := os.Getenv("OPML_FLOOD_GAMES"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 10 {
				b.Fatalf("OPML_FLOOD_GAMES=%q: want numbers of games (at least 10), comma-separated", s)
			}
			sizes = append(sizes, n)
		}
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("games=%d", n), func(b *testing.B) {
			for range b.N {
				floodBench(b, n)
			}
		})
	}
}

func floodBench(b *testing.B, games int) {
	b.StopTimer()
	const attackers = 10
	const day = 24 * 3600
	w := newFlood(b, floodConfig{keys: 2 + attackers, period: time.Second, clock: day / 2, window: day, twoPhase: true,
		graphDepth: 7, depth: 10})
	w.quiet = true
	defender := w.agent(1, "defender", fast, func(c *agent.Config) { c.Challenge = false })
	id := w.submit(1, w.native)
	var liars []*agent.Agent
	for a := range attackers {
		q := uint64(w.trace.Items) * uint64(a+1) / uint64(attackers+1)
		liars = append(liars, w.agent(2+a, fmt.Sprintf("attacker-%d", a), fast, func(c *agent.Config) { c.Challenge = false },
			w.graphLie(q, w.wrongOutput())))
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapAlloc
	b.StartTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for i := range games {
		c := w.client(2 + i%attackers)
		wg.Go(func() {
			if _, _, err := c.OpenChallenge(context.Background(), id); err != nil {
				b.Error(err)
			}
		})
	}
	wg.Wait()
	if b.Failed() {
		b.FailNow()
	}
	// The live heap once every game is in play, in the node phase (twelve
	// of the seventeen rounds in).
	var live uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Second):
			}
			if txs, _ := w.keyGas(1); txs >= uint64(12*games) {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				live = ms.HeapAlloc - min(base, ms.HeapAlloc)
				return
			}
		}
	}()
	allResolved := func() bool {
		chs := w.challenges(id)
		for _, ch := range chs {
			if !ch.Resolved {
				return false
			}
		}
		return len(chs) == games
	}
	ok := runAgents(b, 30*time.Minute, allResolved, append([]*agent.Agent{defender}, liars...)...)
	close(stop)
	<-sampled
	b.StopTimer()
	if !ok {
		b.Fatalf("not all %d games resolved after 30 minutes", games)
	}
	won, used := 0, uint64(0)
	for _, ch := range w.challenges(id) {
		if !ch.ChallengerWon {
			won++
		}
		used = max(used, w.game(ch.GameID).DefenderUsed)
	}
	blocks, most, mean := w.blockStats(1)
	txs, gas := w.keyGas(1)
	_, traces, _ := defender.TraceMemory()
	b.ReportMetric(float64(won), "won")
	b.ReportMetric(float64(used), "clock-used-s")
	b.ReportMetric(mean, "moves/block")
	b.ReportMetric(float64(most), "max-moves/block")
	b.ReportMetric(float64(live)/float64(games)/(1<<10), "heap-KiB/game")
	b.ReportMetric(float64(traces)/(1<<20), "traces-MiB")
	b.Logf("%d games: the defender won %d, used at most %d s of its %d s clock; %d transactions, %d gas, in %d blocks "+
		"(%.1f a block, at most %d); live heap %d MiB over the start (%.0f KiB a game), defender's traces at most %d MiB; %v",
		games, won, used, day/2, txs, gas, blocks, mean, most, live>>20, float64(live)/float64(games)/1024, traces>>20,
		time.Since(start).Round(time.Second))
	b.StartTimer()
}
