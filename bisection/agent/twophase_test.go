package agent_test

import (
	"bytes"
	"context"
	"io"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
)

// twoPhase is a world with a two-phase deployment and a small llama model
// (its output head split into row blocks), and the claim's phase-1 trace.
type twoPhase struct {
	*world
	node  []byte // the node program's ELF
	trace *multiphase.Trace
	graph game.Params
}

// nodeSteps bounds the node program's runs on the test model (at most
// about 30M steps): the VM trace must hold them.
const nodeSteps = 1 << 26

func newTwoPhase(t *testing.T) *twoPhase {
	t.Helper()
	nodeELF, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg := llama.Config{Dim: 128, Layers: 2, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 8200, Context: 32}
	data, err := llama.Random(cfg, 7, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	input := llama.EncodeInput([]int32{3, 8199}, 2)
	tr, err := multiphase.Compute(data, input, nil)
	if err != nil || tr.Err != nil {
		t.Fatal(err, tr.Err)
	}
	net, keys := fundedDevnet(t, 5)
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
	const arity = 4
	depth, err := game.DepthFor(arity, nodeSteps)
	if err != nil {
		t.Fatal(err)
	}
	graphDepth, err := game.DepthFor(arity, uint64(tr.Items)+1)
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, net: net, backend: net.Client(), store: store, model: model, input: input, native: tr.Output, keys: keys,
		params: game.Params{Arity: arity, Depth: depth}}
	pre, err := claim.Prestate(nodeELF)
	if err != nil {
		t.Fatal(err)
	}
	w.addr, _, err = onchain.Deploy(context.Background(), w.sender(0), onchain.DeployParams{
		Prestate: pre.Hash(), Game: w.params, GraphDepth: graphDepth, ChallengeWindow: window, Clock: clock,
		ClaimBond: claimBond, ChallengeBond: challengeBond,
	})
	if err != nil {
		t.Fatal(err)
	}
	return &twoPhase{world: w, node: nodeELF, trace: tr, graph: game.Params{Arity: arity, Depth: graphDepth}}
}

func (w *twoPhase) agent(i int, name string, opts ...agentOpts) *agent.Agent {
	return w.world.agent(i, name, append([]agentOpts{func(c *agent.Config) { c.NodeProgram = w.node }}, opts...)...)
}

// wrongTokens is the claim's output with its last token changed.
func (w *twoPhase) wrongTokens() []byte {
	out := bytes.Clone(w.native)
	out[len(out)-1] ^= 1
	return out
}

// graphLie makes an agent's phase-1 trace honest before position q and
// made up from q on, ending in the final commitment of output (from the
// position after the plan's last item).
func (w *twoPhase) graphLie(q uint64, output []byte) agentOpts {
	final := multiphase.GraphFinal(crypto.Keccak256Hash(output))
	n := uint64(w.trace.Items)
	return func(c *agent.Config) {
		c.GraphTrace = func(cl onchain.Claim, honest game.Trace) game.Trace {
			return graphTrace(func(ctx context.Context, p uint64) ([32]byte, error) {
				switch {
				case p < q:
					return honest.StateHash(ctx, p)
				case p > n:
					return final, nil
				}
				return crypto.Keccak256Hash([]byte("made-up graph commitment"), big.NewInt(int64(p)).Bytes()), nil
			})
		}
	}
}

type graphTrace func(ctx context.Context, p uint64) ([32]byte, error)

func (g graphTrace) StateHash(ctx context.Context, p uint64) ([32]byte, error) { return g(ctx, p) }

// nodeRunSteps are steps of interest of the node program's run at a
// position: the first syscall, preimage read, mapping and committed_root,
// and the exit.
type nodeRunSteps struct {
	syscall, preimage, mapping, root, exit uint64
}

func (w *twoPhase) nodeSteps(n multiphase.Node) nodeRunSteps {
	w.t.Helper()
	s, err := claim.Prestate(w.node)
	if err != nil {
		w.t.Fatal(err)
	}
	var st *multiphase.State
	if n.Position > 1 {
		if st, err = multiphase.StateAt(w.model.Bytes(), w.input, min(n.Position-1, uint64(w.trace.Items))); err != nil {
			w.t.Fatal(err)
		}
	}
	h, err := multiphase.NewHost(n, w.model, st)
	if err != nil {
		w.t.Fatal(err)
	}
	vm := mipsevm.NewVM(s, h, io.Discard, io.Discard)
	var f nodeRunSteps
	for !s.Exited {
		if s.Memory.GetWord(s.PC) == 0x0000000c {
			switch v0, a0 := s.Registers[2], s.Registers[4]; {
			case f.syscall == 0:
				f.syscall = s.Step
			case v0 == mipsevm.SysRead && a0 == mipsevm.FdPreimageRead && f.preimage == 0:
				f.preimage = s.Step
			case v0 == mipsevm.SysMapCommitted && f.mapping == 0:
				f.mapping = s.Step
			case v0 == mipsevm.SysCommittedRoot && f.root == 0:
				f.root = s.Step
			}
		}
		if _, err := vm.Step(false); err != nil {
			w.t.Fatal(err)
		}
	}
	f.exit = s.Step
	if f.syscall == 0 || f.preimage == 0 || f.mapping == 0 {
		w.t.Fatalf("node run steps %+v: not all found", f)
	}
	return f
}

// nodeLie makes an agent's node-phase trace a made-up one from step pos.
func nodeLie(pos uint64) agentOpts {
	return func(c *agent.Config) {
		c.Trace = func(cl onchain.Claim, honest game.Trace) game.Trace {
			return game.Lie{Honest: honest, From: pos, Length: c.Client.Config.TraceLength}
		}
	}
}

// TestTwoPhaseHonestSubmitterWins: an honest llama claim survives a
// challenger that disputes it with the honest traces (and so agrees with
// every cut), and one that lies in phase 1.
func TestTwoPhaseHonestSubmitterWins(t *testing.T) {
	w := newTwoPhase(t)
	n := uint64(w.trace.Items)
	submitter := w.agent(1, "submitter")
	opener := w.agent(2, "opener", disputeAll)
	liar := w.agent(3, "liar", disputeAll, w.graphLie(n/2, w.wrongTokens()))
	id := w.submit(1, w.native)
	rounds := int(w.graph.Depth + w.params.Depth)
	w.play(4*rounds+10, w.resolved(id), submitter, opener, liar)
	chs := w.challenges(id)
	if len(chs) != 2 {
		t.Fatalf("%d challenges, want 2", len(chs))
	}
	for _, ch := range chs {
		if ch.ChallengerWon {
			t.Fatalf("challenge %d won by the challenger", ch.ID)
		}
		g := w.game(ch.GameID)
		if g.Stage != onchain.StageNode {
			t.Fatalf("game %d ended in stage %v, want the node phase", g.ID, g.Stage)
		}
		if ch.Challenger == crypto.PubkeyToAddress(w.keys[3].PublicKey) && g.Node != n/2 {
			t.Fatalf("the liar's game disputed node %d, its lie starts at %d", g.Node, n/2)
		}
	}
	w.passWindow()
	w.play(5, w.settled(id), submitter, opener, liar)
	if c := w.claim(id); c.Status != onchain.ClaimFinal {
		t.Fatalf("claim status %v, want final", c.Status)
	}
}

// TestTwoPhaseLiarLoses: a wrong claim is caught whatever the lying
// submitter does: lying in phase 1 at the first item, a middle one, the
// last one or the final output only, and in phase 2 at the first syscall,
// a preimage read, the first mapping, the first committed_root or the exit.
func TestTwoPhaseLiarLoses(t *testing.T) {
	w := newTwoPhase(t)
	n := uint64(w.trace.Items)
	wrong := w.wrongTokens()
	c := claim.Claim{Model: w.model.Address(), Input: w.input, Output: wrong}
	made := func(p uint64) [32]byte {
		return crypto.Keccak256Hash([]byte("made-up graph commitment"), big.NewInt(int64(p)).Bytes())
	}
	// The node the game reaches when the lie starts at q, and its run.
	steps := func(q uint64) nodeRunSteps {
		end := made(q)
		if q > n {
			end = multiphase.GraphFinal(crypto.Keccak256Hash(wrong))
		}
		return w.nodeSteps(multiphase.Node{Claim: c, Position: q, Start: w.trace.At(q - 1), End: end})
	}
	mid := steps(n / 2)
	last := steps(n + 1)
	cases := []struct {
		name string
		q    uint64 // where the phase-1 lie starts
		step uint64 // where the phase-2 lie starts
	}{
		{"first item, at the exit", 1, steps(1).exit},
		{"middle item, first syscall", n / 2, mid.syscall},
		{"middle item, a preimage read", n / 2, mid.preimage},
		{"middle item, the first mapping", n / 2, mid.mapping},
		{"middle item, committed_root", n / 2, mid.root},
		{"last item, at the exit", n, steps(n).exit},
		{"final output only, at the exit", n + 1, last.exit},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			liar := w.agent(1, "liar", w.graphLie(tc.q, wrong), nodeLie(tc.step+1))
			honest := w.agent(2+i%3, "challenger")
			id := w.submit(1, wrong)
			rounds := int(w.graph.Depth + w.params.Depth)
			w.play(4*rounds+10, w.resolved(id), liar, honest)
			chs := w.challenges(id)
			if len(chs) != 1 || !chs[0].ChallengerWon {
				t.Fatalf("challenges %+v: want one won by the challenger", chs)
			}
			g := w.game(chs[0].GameID)
			if g.Stage != onchain.StageNode || g.Node != tc.q || g.Segment.Start != tc.step || g.Segment.Length != 1 {
				t.Fatalf("game ended in %v at node %d, step %d (length %d); want node %d, step %d",
					g.Stage, g.Node, g.Segment.Start, g.Segment.Length, tc.q, tc.step)
			}
			if st := w.claim(id).Status; st != onchain.ClaimRejected {
				t.Fatalf("claim status %v, want rejected", st)
			}
		})
	}
}

// TestTwoPhaseForeignNodeProgram: an agent refuses a two-phase deployment
// whose node program was not built from its own source (here the
// claim-checking program stands in for one): its native phase-1 trace
// would not be that program's computation, and it would lose in phase 2.
func TestTwoPhaseForeignNodeProgram(t *testing.T) {
	foreign, err := os.ReadFile(testprograms.Inference(t))
	if err != nil {
		t.Fatal(err)
	}
	net, keys := fundedDevnet(t, 1)
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, net: net, backend: net.Client(), store: store, keys: keys, params: game.Params{Arity: 4, Depth: 8}, quiet: true}
	pre, err := claim.Prestate(foreign)
	if err != nil {
		t.Fatal(err)
	}
	w.addr, _, err = onchain.Deploy(context.Background(), w.sender(0), onchain.DeployParams{
		Prestate: pre.Hash(), Game: w.params, GraphDepth: 4, ChallengeWindow: window, Clock: clock,
		ClaimBond: claimBond, ChallengeBond: challengeBond,
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = agent.New(agent.Config{Client: w.client(0), Store: store, NodeProgram: foreign, CacheDir: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "was not built from the source of this binary") {
		t.Fatalf("agent.New = %v, want a refusal of the foreign node program", err)
	}
}
