package agent_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
)

// The agent against floods (issue 14): many games at once on one key,
// against a chain that seals a block every second, as a real chain's
// slots do, so that how many moves land in a block decides whether the
// clocks hold. Before the agent played its games concurrently, and its
// sender waited for each receipt before the next transaction, every open
// game cost every other game's clock about a block per round: 60
// challenges of an honest claim with a 300 s clock timed the defender out
// of all 60.

// floodConfig is a deployment and a chain for many games at once.
type floodConfig struct {
	keys          int
	period        time.Duration // the chain seals a block every period
	clock, window uint64        // seconds
	twoPhase      bool
	// depth and graphDepth, if set, are the deployment's (else the least
	// that hold the claim's run and plan).
	depth, graphDepth uint32
}

// mnistNodeSteps bounds the node program's run on one item of the
// Fashion-MNIST plan (the VM trace of a two-phase game must hold it).
const mnistNodeSteps = 1 << 24

// newFlood is a world with the Fashion-MNIST claim on a deployment and
// chain made by fc, arity 8.
func newFlood(t testing.TB, fc floodConfig) *twoPhase {
	t.Helper()
	net, keys := fundedDevnetPeriod(t, fc.keys, fc.period)
	data, err := os.ReadFile(modelPath)
	if err != nil {
		t.Fatal(err)
	}
	input, err := os.ReadFile(imagePath)
	if err != nil {
		t.Fatal(err)
	}
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	addr, err := store.Add(data)
	if err != nil {
		t.Fatal(err)
	}
	model, err := store.Open(addr)
	if err != nil {
		t.Fatal(err)
	}
	native, err := models.Infer(data, input)
	if err != nil {
		t.Fatal(err)
	}
	const arity = 8
	w := &world{t: t, net: net, backend: net.Client(), store: store, model: model, input: input, native: native, keys: keys}
	tp := &twoPhase{world: w}
	var p onchain.DeployParams
	if fc.twoPhase {
		if tp.node, err = os.ReadFile(testprograms.Node(t)); err != nil {
			t.Fatal(err)
		}
		if tp.trace, err = multiphase.Compute(data, input, nil); err != nil {
			t.Fatal(err)
		}
		gd, err := game.DepthFor(arity, uint64(tp.trace.Items)+1)
		if err != nil {
			t.Fatal(err)
		}
		gd = max(gd, fc.graphDepth)
		tp.graph = game.Params{Arity: arity, Depth: gd}
		d, err := game.DepthFor(arity, mnistNodeSteps)
		if err != nil {
			t.Fatal(err)
		}
		d = max(d, fc.depth)
		w.params = game.Params{Arity: arity, Depth: d}
		pre, err := claim.Prestate(tp.node)
		if err != nil {
			t.Fatal(err)
		}
		p = onchain.DeployParams{Prestate: pre.Hash(), Game: w.params, GraphDepth: gd}
	} else {
		if w.elf, err = os.ReadFile(testprograms.Inference(t)); err != nil {
			t.Fatal(err)
		}
		d, err := game.DepthFor(arity, mnistSteps)
		if err != nil {
			t.Fatal(err)
		}
		w.params = game.Params{Arity: arity, Depth: d}
		pre, err := claim.Prestate(w.elf)
		if err != nil {
			t.Fatal(err)
		}
		p = onchain.DeployParams{Prestate: pre.Hash(), Game: w.params}
	}
	p.ChallengeWindow, p.Clock, p.ClaimBond, p.ChallengeBond = fc.window, fc.clock, claimBond, challengeBond
	if w.addr, _, err = onchain.Deploy(context.Background(), w.sender(0), p); err != nil {
		t.Fatal(err)
	}
	return tp
}

// runAgents runs agents with Run, as `challenger run` does, until done
// reports true or timeout passes; it stops them either way and returns
// whether done.
func runAgents(t testing.TB, timeout time.Duration, done func() bool, agents ...*agent.Agent) bool {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for _, a := range agents {
		wg.Go(func() { a.Run(ctx) })
	}
	defer func() {
		cancel()
		wg.Wait()
	}()
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if done() {
			return true
		}
	}
	return done()
}

// fast makes an agent poll often.
func fast(c *agent.Config) { c.Poll = 100 * time.Millisecond }

// blockStats summarises a key's transactions per block: how many blocks
// held them, the most and the mean per block.
func (w *world) blockStats(key int) (blocks, most int, mean float64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	k := w.byKey[key]
	if k == nil {
		return 0, 0, 0
	}
	for _, n := range k.blocks {
		most = max(most, n)
	}
	return len(k.blocks), most, float64(k.txs) / float64(len(k.blocks))
}

func (w *world) keyGas(keys ...int) (txs, gas uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, i := range keys {
		if k := w.byKey[i]; k != nil {
			txs += k.txs
			gas += k.gas
		}
	}
	return txs, gas
}

// quietLog keeps only warnings and errors of a test's agents (a flood
// logs every move of hundreds of games).
func quietLog(t testing.TB, name string) agentOpts {
	return func(c *agent.Config) {
		c.Log = slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})).With("agent", name)
	}
}

// TestFloodOfChallenges: 200 challenges opened at once against one honest
// claim, with a 120 s clock and a block a second, by four accounts whose
// traces lie from different points: the honest defender, on one key, wins
// every game, and the claim becomes final. (The sequential agent needed
// about 200 blocks a round here.)
func TestFloodOfChallenges(t *testing.T) {
	const games, attackers = 200, 4
	for _, twoPhase := range []bool{false, true} {
		name := "single-phase"
		if twoPhase {
			name = "two-phase"
		}
		t.Run(name, func(t *testing.T) { floodChallenges(t, twoPhase, games, attackers) })
	}
}

func floodChallenges(t *testing.T, twoPhase bool, games, attackers int) {
	w := newFlood(t, floodConfig{keys: 2 + attackers, period: time.Second, clock: 120, window: 1200, twoPhase: twoPhase})
	defender := w.agent(1, "defender", quietLog(t, "defender"), fast, func(c *agent.Config) { c.Challenge = false })
	id := w.submit(1, w.native)
	start := time.Now()
	// Every attacker opens its share of the challenges at once (its sender
	// pipelines them), then plays them all with a trace that lies from its
	// own point on.
	var liars []*agent.Agent
	var wg sync.WaitGroup
	for a := range attackers {
		c := w.client(2 + a)
		for range games / attackers {
			wg.Go(func() {
				if _, _, err := c.OpenChallenge(context.Background(), id); err != nil {
					t.Error(err)
				}
			})
		}
		lie := lieFrom(func(exit, _ uint64) uint64 { return exit * uint64(a+1) / uint64(attackers+1) })
		if twoPhase {
			lie = w.graphLie(uint64(w.trace.Items)*uint64(a+1)/uint64(attackers+1), w.wrongOutput())
		}
		liars = append(liars, w.agent(2+a, fmt.Sprintf("attacker-%d", a), quietLog(t, fmt.Sprintf("attacker-%d", a)), fast,
			func(c *agent.Config) { c.Challenge = false }, lie))
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	opened := time.Since(start)
	allResolved := func() bool {
		chs := w.challenges(id)
		for _, ch := range chs {
			if !ch.Resolved {
				return false
			}
		}
		return len(chs) == games
	}
	if !runAgents(t, 6*time.Minute, allResolved, append([]*agent.Agent{defender}, liars...)...) {
		t.Fatalf("not all %d games resolved after 6 minutes", games)
	}
	wall := time.Since(start)
	var lost int
	var used []uint64
	stages := map[onchain.Stage]int{}
	for _, ch := range w.challenges(id) {
		if ch.ChallengerWon {
			lost++
		}
		g := w.game(ch.GameID)
		used = append(used, g.DefenderUsed)
		stages[g.Stage]++
	}
	if lost > 0 {
		t.Fatalf("the honest defender lost %d of %d games", lost, games)
	}
	slices.Sort(used)
	dtx, dgas := w.keyGas(1)
	atx, agas := w.keyGas(2, 3, 4, 5)
	blocks, most, mean := w.blockStats(1)
	t.Logf("%d challenges of an honest claim, clock 120 s, a block a second: the defender won all %d (%v); "+
		"%v to open them, %v until all were resolved; the defender used at most %d s of its clock (median %d s); "+
		"defender: %d transactions, %d gas, in %d blocks (%.1f a block, at most %d); attackers: %d transactions, %d gas",
		games, games, stages, opened.Round(time.Millisecond), wall.Round(time.Second), used[len(used)-1], used[len(used)/2],
		dtx, dgas, blocks, mean, most, atx, agas)
	w.passWindow()
	if !runAgents(t, time.Minute, w.settled(id), defender) {
		t.Fatal("the claim was not settled")
	}
	if st := w.claim(id).Status; st != onchain.ClaimFinal {
		t.Fatalf("claim status %v, want final", st)
	}
}

// TestFloodOfWrongClaims: 100 wrong claims posted at once, each defended
// by a lying submitter, against one honest challenger with a trace budget
// far below what 100 VM traces hold: every claim is rejected inside its
// window, and the traces kept stay near the budget.
func TestFloodOfWrongClaims(t *testing.T) {
	const claims = 100
	const budget = 64 << 20
	fc := floodConfig{keys: 3, period: time.Second, clock: 300, window: 600}
	w := newFlood(t, fc)
	// Lie from step 1,000,000 (of 7,228,974): the challenger runs each
	// claim's trace in the VM to the first cut, 2,097,152, once, and then
	// replays from the prestate (every output differs: a trace of its own
	// for each claim). A VM trace's cost is mostly its snapshots (gzip,
	// and hashing a loaded state), so a lie later in the run costs the
	// same per snapshot, more of them.
	liar := w.agent(1, "liar", quietLog(t, "liar"), fast, func(c *agent.Config) {
		c.Trace = func(_ onchain.Claim, honest game.Trace) game.Trace {
			return game.Lie{Honest: honest, From: 1_000_000, Length: w.params.TraceLength()}
		}
	})
	honest := w.agent(2, "challenger", quietLog(t, "challenger"), fast, func(c *agent.Config) { c.TraceBudget = budget })
	w.registered()
	c := w.client(1)
	ids := make([]uint64, claims)
	start := time.Now()
	var wg sync.WaitGroup
	for i := range claims {
		wg.Go(func() {
			out := bytes.Clone(w.native)
			out[len(out)-1] ^= byte(i + 1)
			id, _, err := c.Submit(context.Background(), w.model.Address(), w.input, out)
			if err != nil {
				t.Error(err)
			}
			ids[i] = id
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	first := w.claim(ids[0]).SubmittedAt
	allRejected := func() bool {
		for _, id := range ids {
			if w.claim(id).Status != onchain.ClaimRejected {
				return false
			}
		}
		return true
	}
	if !runAgents(t, 6*time.Minute, allRejected, liar, honest) {
		var pending int
		for _, id := range ids {
			if w.claim(id).Status != onchain.ClaimRejected {
				pending++
			}
		}
		t.Fatalf("%d of %d wrong claims not rejected after 6 minutes", pending, claims)
	}
	wall := time.Since(start)
	now, err := w.client(0).Now(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if now >= first+fc.window {
		t.Fatalf("the last claim was rejected %d s after the first was posted: past the %d s window", now-first, fc.window)
	}
	_, peak, evicted := honest.TraceMemory()
	// A trace in use cannot be dropped: the budget may be passed by the
	// traces of the moves being computed (two workers here), ~20 MiB each.
	if slack := int64(2 * 32 << 20); peak > budget+slack {
		t.Fatalf("the challenger's traces held %d MiB at most, budget %d MiB", peak>>20, budget>>20)
	}
	htx, hgas := w.keyGas(2)
	ltx, lgas := w.keyGas(1)
	blocks, most, mean := w.blockStats(2)
	t.Logf("%d wrong claims at once against one honest challenger (clock %d s, window %d s, a block a second): all rejected "+
		"%d s (chain) after the first was posted, %v wall; challenger: %d transactions, %d gas, in %d blocks (%.1f a block, at most %d), "+
		"traces held at most %d MiB (budget %d MiB, %d dropped and reloaded); liar: %d transactions, %d gas",
		claims, fc.clock, fc.window, now-first, wall.Round(time.Second), htx, hgas, blocks, mean, most, peak>>20, budget>>20, evicted, ltx, lgas)
}
