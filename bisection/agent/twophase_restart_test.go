package agent_test

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/ethereum/go-ethereum/crypto"
)

// madeUp is the commitment graphLie makes up at position p.
func madeUp(p uint64) [32]byte {
	return crypto.Keccak256Hash([]byte("made-up graph commitment"), big.NewInt(int64(p)).Bytes())
}

// inCache makes an agent keep its traces in dir (a restarted agent reuses
// its predecessor's).
func inCache(dir string) agentOpts { return func(c *agent.Config) { c.CacheDir = dir } }

// phase1Computed is the start of the line an agent logs when it computes a
// claim's phase-1 trace natively (agent.graphOf); a trace read back from
// the cache directory logs nothing.
const phase1Computed = "computing the phase-1 trace"

// countPhase1 counts the phase-1 computations an agent logs in n.
func countPhase1(n *atomic.Int64) agentOpts {
	return func(c *agent.Config) {
		c.Log = slog.New(countHandler{Handler: c.Log.Handler(), prefix: phase1Computed, n: n})
	}
}

// countHandler counts the records whose message starts with prefix and
// passes every record on.
type countHandler struct {
	slog.Handler
	prefix string
	n      *atomic.Int64
}

func (h countHandler) Handle(ctx context.Context, r slog.Record) error {
	if strings.HasPrefix(r.Message, h.prefix) {
		h.n.Add(1)
	}
	return h.Handler.Handle(ctx, r)
}

func (h countHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return countHandler{Handler: h.Handler.WithAttrs(as), prefix: h.prefix, n: h.n}
}

func (h countHandler) WithGroup(name string) slog.Handler {
	return countHandler{Handler: h.Handler.WithGroup(name), prefix: h.prefix, n: h.n}
}

// onlyGame is the game of a claim's one challenge, if it has exactly one.
func (w *twoPhase) onlyGame(id uint64) (onchain.Game, bool) {
	chs := w.challenges(id)
	if len(chs) != 1 {
		return onchain.Game{}, false
	}
	return w.game(chs[0].GameID), true
}

// playUntil ticks the agents one at a time, checking done after each tick
// (so that the game stops exactly where done says), failing after
// maxPasses passes of all of them.
func (w *twoPhase) playUntil(maxPasses int, done func() bool, agents ...*agent.Agent) {
	w.t.Helper()
	for range maxPasses {
		for _, a := range agents {
			if err := a.Tick(context.Background()); err != nil {
				w.t.Logf("tick: %v", err)
			}
			if done() {
				return
			}
		}
	}
	w.t.Fatalf("not there after %d passes", maxPasses)
}

// graphFile is the phase-1 trace an agent keeps in its cache directory.
func graphFile(t *testing.T, cache string) (string, os.FileInfo) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(cache, "graph-*", "graph-trace.bin"))
	if err != nil || len(files) != 1 {
		t.Fatalf("phase-1 trace files in %s: %v (%v), want one", cache, files, err)
	}
	fi, err := os.Stat(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return files[0], fi
}

// TestTwoPhaseRestarts: either player, stopped in the middle of either
// phase at its turn and replaced by a fresh agent with the same key and
// the same cache directory (no other state), wins the game when it is the
// honest one; the restarted agent reads the phase-1 trace back from its
// cache directory instead of computing it again. The honest defender
// faces a challenger lying in both phases, the honest challenger a
// submitter lying in both phases.
func TestTwoPhaseRestarts(t *testing.T) {
	w := newTwoPhase(t)
	n := uint64(w.trace.Items)
	q := n / 2 // where the phase-1 lies start: the disputed node
	wrong := w.wrongTokens()
	// The node runs the games reach: for the wrong claim, the submitter's
	// made-up commitment at q; for the honest one, the true commitment.
	liarRun := w.nodeSteps(multiphase.Node{Claim: claim.Claim{Model: w.model.Address(), Input: w.input, Output: wrong},
		Position: q, Start: w.trace.At(q - 1), End: madeUp(q)})
	honestRun := w.nodeSteps(multiphase.Node{Claim: claim.Claim{Model: w.model.Address(), Input: w.input, Output: w.native},
		Position: q, Start: w.trace.At(q - 1), End: w.trace.At(q)})
	graphMid, nodeMid := uint32(max(w.graph.Depth/2, 1)), uint32(max(w.params.Depth/2, 1))
	cases := []struct {
		name     string
		defender bool // the defender is honest and restarted (else the challenger)
		stage    onchain.Stage
		rounds   uint32 // restart at the first turn of the restarted agent with this many rounds done in stage
		step     uint64 // the node-phase step where the liar's trace stops being true: the disputed step
	}{
		{"defender in the graph phase", true, onchain.StageGraph, graphMid, honestRun.mapping},
		{"challenger in the graph phase", false, onchain.StageGraph, graphMid, liarRun.exit},
		{"defender in the node phase", true, onchain.StageNode, nodeMid, honestRun.syscall},
		{"challenger in the node phase", false, onchain.StageNode, nodeMid, liarRun.preimage},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cache := t.TempDir()
			var before, after atomic.Int64
			var submitter, challenger *agent.Agent
			var id uint64
			if tc.defender {
				submitter = w.agent(1, "submitter", inCache(cache), countPhase1(&before))
				challenger = w.agent(2, "lying challenger", disputeAll, w.graphLie(q, wrong), nodeLie(tc.step+1))
				id = w.submit(1, w.native)
			} else {
				submitter = w.agent(1, "lying submitter", w.graphLie(q, wrong), nodeLie(tc.step+1))
				challenger = w.agent(2, "challenger", inCache(cache), countPhase1(&before))
				id = w.submit(1, wrong)
			}
			turn := onchain.PhaseChoose
			if tc.defender {
				turn = onchain.PhaseBisect
			}
			w.playUntil(100, func() bool {
				g, ok := w.onlyGame(id)
				return ok && g.Status == onchain.GameInProgress && g.Stage == tc.stage && g.Rounds >= tc.rounds && g.Phase == turn
			}, submitter, challenger)
			g, _ := w.onlyGame(id)
			t.Logf("restarting at stage %v, round %d, phase %v, segment [%d, %d]", g.Stage, g.Rounds, g.Phase,
				g.Segment.Start, g.Segment.Start+g.Segment.Length)
			file, fi := graphFile(t, cache)
			if got := before.Load(); got != 1 {
				t.Fatalf("the agent computed the phase-1 trace %d times before its restart, want once", got)
			}

			var restarted *agent.Agent
			if tc.defender {
				submitter.Close()
				restarted = w.agent(1, "submitter-restarted", inCache(cache), countPhase1(&after))
				submitter = restarted
			} else {
				challenger.Close()
				restarted = w.agent(2, "challenger-restarted", inCache(cache), countPhase1(&after))
				challenger = restarted
			}
			rounds := int(w.graph.Depth + w.params.Depth)
			w.play(4*rounds+10, w.resolved(id), submitter, challenger)

			chs := w.challenges(id)
			if len(chs) != 1 || chs[0].ChallengerWon == tc.defender {
				t.Fatalf("challenges %+v: want one, won by the restarted (honest) %s", chs, map[bool]string{true: "defender", false: "challenger"}[tc.defender])
			}
			g = w.game(chs[0].GameID)
			if g.Stage != onchain.StageNode || g.Node != q || g.Segment.Start != tc.step || g.Segment.Length != 1 {
				t.Fatalf("game ended in %v at node %d, step %d (length %d); want node %d, step %d",
					g.Stage, g.Node, g.Segment.Start, g.Segment.Length, q, tc.step)
			}
			if got := after.Load(); got != 0 {
				t.Fatalf("the restarted agent computed the phase-1 trace %d times, want 0 (it is in its cache directory)", got)
			}
			if _, fi2 := graphFile(t, cache); !fi2.ModTime().Equal(fi.ModTime()) || fi2.Size() != fi.Size() {
				t.Fatalf("%s was rewritten after the restart (modified %v, size %d; before %v, size %d)",
					file, fi2.ModTime(), fi2.Size(), fi.ModTime(), fi.Size())
			}

			w.passWindow()
			w.play(5, w.settled(id), submitter, challenger)
			want := onchain.ClaimRejected
			if tc.defender {
				want = onchain.ClaimFinal
			}
			if st := w.claim(id).Status; st != want {
				t.Fatalf("claim status %v, want %v", st, want)
			}
		})
	}
}
