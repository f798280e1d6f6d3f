package agent_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
)

// The default two-phase deployment (challenger deploy): arity 8, a graph
// trace of 8^7 positions, a node-program trace of 8^10 steps.
var defaultGame = struct {
	params     game.Params
	graphDepth uint32
}{game.Params{Arity: 8, Depth: 10}, 7}

// oneToken is a one-token claim about a random llama model, disputed to the
// end on the embedded chain, with what it cost.
type oneToken struct {
	cfg    llama.Config
	typ    ggml.Type
	tokens uint32 // generated after a 2-token prompt (0: 1)
	honest bool   // the submitter is honest and the challenger only opens a challenge; else the submitter lies
	// lieAtLastBlock: the liar lies from the plan's last row block (the
	// output head's last rows, at the end of the file) instead of the
	// item with the most work
	lieAtLastBlock bool

	// measured
	fileBytes         int64
	items             int
	disputed          uint64 // the disputed item
	nodeSteps         uint64 // the node program's run at that item (a lying submitter's game)
	generate, store   time.Duration
	graphTrace, total time.Duration
	// from the claim to the switch (native checks, phase-1 traces, moves);
	// from the switch to the end (agreed state, node program runs, moves)
	phase1, phase2     time.Duration
	txs, gas, maxTxGas uint64
	peakRSS, disk      int64
}

// run generates the model in dir, deploys the default two-phase game and
// plays the claim's dispute to the end.
func (o *oneToken) run(t testing.TB, dir string) {
	t.Helper()
	start := time.Now()
	nodeELF, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	store, err := oracle.OpenStore(filepath.Join(dir, "store"))
	if err != nil {
		t.Fatal(err)
	}
	rf, err := llama.NewRandomFile(o.cfg, 1, o.typ)
	if err != nil {
		t.Fatal(err)
	}
	o.fileBytes = rf.Size()
	// The model is read into the heap (oracle.Store.Open), where it would
	// double the garbage collector's target: a 4.6 GB model then peaked at
	// over 13 GB. Collect at the model's size plus a margin instead.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(o.fileBytes + 2<<30))
	pr, pw := io.Pipe()
	go func() { _, err := rf.WriteTo(pw); pw.CloseWithError(err) }()
	addr, err := store.AddReader(pr)
	if err != nil {
		t.Fatal(err)
	}
	o.generate = time.Since(start)
	t0 := time.Now()
	model, err := store.Open(addr)
	if err != nil {
		t.Fatal(err)
	}
	o.store = time.Since(t0)

	input := llama.EncodeInput([]int32{1, 2}, max(o.tokens, 1))
	t0 = time.Now()
	tr, err := multiphase.Compute(model.Bytes(), input, nil)
	if err != nil || tr.Err != nil {
		t.Fatal(err, tr.Err)
	}
	o.graphTrace = time.Since(t0)
	o.items = tr.Items
	p, _, err := multiphase.Open(model.Bytes(), input)
	if err != nil {
		t.Fatal(err)
	}
	// The liar's phase-1 lie starts at the item with the most work, the
	// worst case for the node program.
	bounds := planBounds(t, model)
	if err := p.Check(bounds); err != nil {
		t.Fatalf("the default deployment cannot adjudicate the claim: %v", err)
	}
	need := p.Need(bounds)
	heaviest := uint64(0)
	for i := 0; i < p.Items(); i++ {
		if it := p.Item(i); it == need.MaxItem {
			heaviest = uint64(i + 1)
			break
		}
	}
	if heaviest == 0 {
		t.Fatalf("the heaviest item %v is not in the plan", need.MaxItem)
	}
	if o.lieAtLastBlock { // the output head's last rows: the end of the file
		for i := p.Items() - 1; i >= 0; i-- {
			if it := p.Item(i); it.Row1 != 0 && !it.Out {
				heaviest = uint64(i + 1)
				break
			}
		}
	}

	net, keys := fundedDevnet(t, 3)
	w := &world{t: t, net: net, backend: net.Client(), store: store, model: model, input: input, native: tr.Output, keys: keys,
		params: defaultGame.params, quiet: true}
	pre, err := claim.Prestate(nodeELF)
	if err != nil {
		t.Fatal(err)
	}
	w.addr, _, err = onchain.Deploy(context.Background(), w.sender(0), onchain.DeployParams{
		Prestate: pre.Hash(), Game: w.params, GraphDepth: defaultGame.graphDepth, ChallengeWindow: window, Clock: clock,
		ClaimBond: claimBond, ChallengeBond: challengeBond,
	})
	if err != nil {
		t.Fatal(err)
	}
	tp := &twoPhase{world: w, node: nodeELF, trace: tr, graph: game.Params{Arity: 8, Depth: defaultGame.graphDepth}}
	counting := func(c *agent.Config) {
		c.CacheDir = filepath.Join(dir, "cache-"+strconv.Itoa(int(c.Client.Sender().Address()[19])))
		c.Interval = 1 << 24
	}
	output := tr.Output
	var sub, ch *agent.Agent
	if o.honest {
		sub = tp.agent(1, "submitter", counting)
		ch = tp.agent(2, "challenger", counting, disputeAll)
	} else {
		output = tp.wrongTokens()
		sub = tp.agent(1, "submitter", counting, tp.graphLie(heaviest, output), nodeLieAtExit)
		ch = tp.agent(2, "challenger", counting)
	}
	w.txs, w.gas, w.maxGas = 0, 0, 0
	t0 = time.Now()
	id := w.submit(1, output)
	rounds := int(defaultGame.graphDepth + w.params.Depth)
	// Tick the agents until the game is decided, noting when it switched
	// to the node phase.
	var switched time.Time
	for i := 0; ; i++ {
		if i > 4*rounds+10 {
			t.Fatalf("not decided after %d passes", i)
		}
		for _, a := range []*agent.Agent{sub, ch} {
			if err := a.Tick(context.Background()); err != nil {
				t.Logf("tick: %v", err)
			}
		}
		if chs := w.challenges(id); len(chs) == 1 && switched.IsZero() {
			if g := w.game(chs[0].GameID); g.Stage == onchain.StageNode {
				switched = time.Now()
			}
		}
		if w.resolved(id)() {
			break
		}
	}
	o.total = time.Since(t0)
	o.phase1, o.phase2 = switched.Sub(t0), time.Since(switched)
	chs := w.challenges(id)
	if len(chs) != 1 || chs[0].ChallengerWon == o.honest {
		t.Fatalf("challenges %+v: the honest side lost", chs)
	}
	g := w.game(chs[0].GameID)
	if g.Stage != onchain.StageNode {
		t.Fatalf("the game ended in %v", g.Stage)
	}
	o.disputed = g.Node
	if !o.honest { // the liar's node trace is made up from the exit on
		o.nodeSteps = g.Segment.Start + 1
	}
	o.txs, o.gas, o.maxTxGas = w.txs, w.gas, w.maxGas
	o.peakRSS = peakRSS()
	o.disk = dirSize(dir)
	t.Logf("%s", o)
}

// nodeLieAtExit makes a submitter's node-phase trace claim a valid exit
// where the honest run exits 1.
func nodeLieAtExit(c *agent.Config) {
	c.Trace = func(cl onchain.Claim, honest game.Trace) game.Trace {
		exit, err := honest.(interface {
			ExitStep(context.Context) (uint64, error)
		}).ExitStep(context.Background())
		if err != nil {
			panic(err)
		}
		return game.Lie{Honest: honest, From: exit, Length: c.Client.Config.TraceLength}
	}
}

func (o *oneToken) String() string {
	return fmt.Sprintf("%d-parameter %v model (%.2f GiB): %d items; disputed item %d, node program %d steps; setup %v generate+store, %v load; "+
		"phase-1 trace %v; dispute %v (graph phase %v, node phase %v); %d transactions, %d gas (at most %d in one); peak RSS %.2f GiB, disk %.2f GiB",
		o.cfg.Params(), o.typ, float64(o.fileBytes)/(1<<30), o.items, o.disputed, o.nodeSteps, o.generate.Round(time.Millisecond), o.store.Round(time.Millisecond),
		o.graphTrace.Round(time.Millisecond), o.total.Round(time.Millisecond), o.phase1.Round(time.Millisecond), o.phase2.Round(time.Millisecond), o.txs, o.gas, o.maxTxGas, float64(o.peakRSS)/(1<<30), float64(o.disk)/(1<<30))
}

// planBounds are the default deployment's bounds for model m.
func planBounds(t testing.TB, m *oracle.Model) plan.Bounds {
	f, err := gguf.Read(bytes.NewReader(m.Bytes()), int64(m.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return plan.Bounds{Positions: game.Params{Arity: defaultGame.params.Arity, Depth: defaultGame.graphDepth}.TraceLength(),
		ItemMACs: plan.DefaultItemWork, Window: protocol.NodeWindowSize, HeaderBytes: f.DataOffset, BlockBytes: 32 << protocol.ModelBlockHeight}
}

// peakRSS is the process's peak resident set (VmHWM), in bytes.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func dirSize(dir string) int64 {
	var n int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n += info.Size()
		}
		return nil
	})
	return n
}

// TestTwoPhaseDefaultDeployment: with the default deployment's parameters,
// honest claims that a single-phase game could not adjudicate (15m, 3
// tokens: ~940M VM steps; 110m, 1 token: ~2 billion) survive a challenger
// that opens a challenge and plays the honest traces (agreeing with every
// cut, it takes the game to the trace's last position).
func TestTwoPhaseDefaultDeployment(t *testing.T) {
	for _, c := range []struct {
		preset string
		tokens uint32
	}{{"15m", 3}, {"110m", 1}} {
		t.Run(c.preset, func(t *testing.T) {
			cfg, ok := llama.Preset(c.preset)
			if !ok {
				t.Fatal("no preset", c.preset)
			}
			o := &oneToken{cfg: cfg, typ: ggml.Q8_0, tokens: c.tokens, honest: true}
			o.run(t, t.TempDir())
		})
	}
}

// TestTwoPhaseLargeModel disputes a claim about a model larger than 4 GiB
// (a 7B-wide network of 20 blocks, Q8_0, 4.6 GB) to the end: the lying
// submitter lies from the last row block of the output head on, whose
// weights lie past the first 4 GiB of the file. It needs about 5 GB of
// disk and 6 GB of memory and some minutes, so it runs in `make
// test-large` (which CI runs after `make test`), with
// OPML_LARGE_MODEL_TEST=1.
func TestTwoPhaseLargeModel(t *testing.T) {
	if os.Getenv("OPML_LARGE_MODEL_TEST") != "1" {
		t.Skip("a 4.6 GB model: run by `make test-large` (OPML_LARGE_MODEL_TEST=1), which CI runs after `make test`")
	}
	cfg := llama.Config{Dim: 4096, Layers: 20, Heads: 32, FFN: 11008, Vocab: 32000, Context: 64}
	o := &oneToken{cfg: cfg, typ: ggml.Q8_0, lieAtLastBlock: true}
	o.run(t, t.TempDir())
	if o.fileBytes <= 4<<30 {
		t.Fatalf("the model has %d bytes, not more than 4 GiB", o.fileBytes)
	}
}

// BenchmarkMultiPhaseOneToken disputes a one-token claim about a random Q8_0
// llama model of each preset size to the end, on the default deployment:
// a lying submitter that lies from the item with the most work on, against
// an honest challenger. It reports the phases' times, transactions, gas,
// peak memory and disk (docs/benchmarks.md, "The multi-phase dispute").
//
//	go test -run '^$' -bench 'MultiPhaseOneToken/110m' -benchtime 1x ./bisection/agent/
func BenchmarkMultiPhaseOneToken(b *testing.B) {
	for _, preset := range []string{"110m", "1b", "7b"} {
		b.Run(preset, func(b *testing.B) {
			cfg, ok := llama.Preset(preset)
			if !ok {
				b.Skip("no preset", preset)
			}
			for range b.N {
				o := &oneToken{cfg: cfg, typ: ggml.Q8_0}
				o.run(b, b.TempDir())
				b.ReportMetric(o.total.Seconds(), "dispute-s")
				b.ReportMetric(o.graphTrace.Seconds(), "phase1-trace-s")
				b.ReportMetric(o.phase1.Seconds(), "graph-phase-s")
				b.ReportMetric(o.phase2.Seconds(), "node-phase-s")
				b.ReportMetric(float64(o.txs), "txs")
				b.ReportMetric(float64(o.nodeSteps), "node-steps")
				b.ReportMetric(float64(o.gas), "gas")
				b.ReportMetric(float64(o.maxTxGas), "max-tx-gas")
				b.ReportMetric(float64(o.peakRSS)/(1<<20), "peak-MiB")
				b.ReportMetric(float64(o.disk)/(1<<20), "disk-MiB")
			}
		})
	}
}
