package gethadapter_test

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

var images = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "images")

// axonum is the whole system in one process: the AI EVM chain (L2) with
// AIContract, the opML contracts on an L1 devnet, and the adapter between.
type axonum struct {
	t        *testing.T
	l2, l1   *devnet.Devnet
	store    *oracle.Store
	model    oracle.Address
	l2Sender *onchain.Sender
	contract common.Address
	parties  []*onchain.Client // L1 clients by key index
	elf      []byte
	addrs    onchain.Addresses
}

const (
	window = 600
	clock  = 300
)

func newAxonum(t *testing.T, lie func(gethadapter.Call, []byte) []byte) *axonum {
	t.Helper()
	return newAxonumWith(t, gethadapter.Options{Lie: lie})
}

// newAxonumWith is newAxonum with the AI EVM's precompile options.
func newAxonumWith(t *testing.T, opts gethadapter.Options) *axonum {
	t.Helper()
	return newAxonumSequencer(t, opts, nil)
}

// newAxonumSequencer is newAxonumWith whose L2 runs, if sequencer is not
// nil, the precompile sequencer makes of the honest one (with the
// NewChain's bounds) instead.
func newAxonumSequencer(t *testing.T, opts gethadapter.Options, sequencer func(*gethadapter.Precompile) vm.PrecompiledContract) *axonum {
	t.Helper()
	ctx := context.Background()
	elfPath := testprograms.Inference(t)
	elf, err := os.ReadFile(elfPath)
	if err != nil {
		t.Fatal(err)
	}
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	model, err := store.AddFile(filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	keys := devnet.DevKeys(4) // 0 deployer / L2 user, 1 adapter, 2 challenger, 3 spare
	fund := devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether)))
	l2cfg := devnet.Config{Alloc: fund, Debug: true, ChainID: 4242}
	var l2 *devnet.Devnet
	if sequencer == nil {
		l2, _, err = gethadapter.NewChain(store, opts, l2cfg)
	} else {
		if opts.Bounds == nil {
			opts.Bounds = gethadapter.DefaultBounds()
		}
		t.Cleanup(gethadapter.Install(sequencer(gethadapter.New(store, opts)))) // after the chain is closed
		l2, err = devnet.New(l2cfg)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l2.Close() })
	l1, err := devnet.New(devnet.Config{Alloc: fund})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	x := &axonum{t: t, l2: l2, l1: l1, store: store, model: model, elf: elf}

	if x.l2Sender, err = onchain.NewSender(ctx, l2.Client(), keys[0], nil); err != nil {
		t.Fatal(err)
	}
	r, err := x.l2Sender.Send(ctx, "deploy AIContract", nil, common.FromHex(bindings.AIContractMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	x.contract = r.ContractAddress

	s, err := onchain.NewSender(ctx, l1.Client(), keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	pre, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	if x.addrs, _, err = onchain.Deploy(ctx, s, onchain.DeployParams{Prestate: pre.Hash(), Game: game.Params{Arity: 16, Depth: 6},
		ChallengeWindow: window, Clock: clock, ClaimBond: big.NewInt(1e18), ChallengeBond: big.NewInt(3e17)}); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		s, err := onchain.NewSender(ctx, l1.Client(), k, nil)
		if err != nil {
			t.Fatal(err)
		}
		c, err := onchain.Connect(ctx, l1.Client(), x.addrs, s, nil)
		if err != nil {
			t.Fatal(err)
		}
		x.parties = append(x.parties, c)
	}
	return x
}

// infer calls AIContract.inference on L2 with an image and returns the
// output of its Inference event.
func (x *axonum) infer(image string) []byte {
	x.t.Helper()
	input, err := os.ReadFile(filepath.Join(images, image))
	if err != nil {
		x.t.Fatal(err)
	}
	ai := bindings.NewAIContract()
	r, err := x.l2Sender.Send(context.Background(), "inference", &x.contract, ai.PackInference(x.model, input, big.NewInt(1)), nil)
	if err != nil {
		x.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if e, err := ai.UnpackInferenceEvent(l); err == nil {
			return e.Output
		}
	}
	x.t.Fatal("no Inference event")
	return nil
}

func (x *axonum) adapter(state string) *gethadapter.Adapter {
	x.t.Helper()
	a, err := gethadapter.NewAdapter(context.Background(), gethadapter.AdapterConfig{L2: x.l2.Client(), L1: x.parties[1], StateFile: state,
		RegisterFrom: x.store})
	if err != nil {
		x.t.Fatal(err)
	}
	return a
}

func (x *axonum) claimCount() uint64 {
	x.t.Helper()
	n, err := x.parties[0].ClaimCount(context.Background())
	if err != nil {
		x.t.Fatal(err)
	}
	return n
}

func (x *axonum) report(a *gethadapter.Adapter) map[string]gethadapter.Verdict {
	x.t.Helper()
	entries, err := a.Report(context.Background(), 0, 1<<62)
	if err != nil {
		x.t.Fatal(err)
	}
	out := map[string]gethadapter.Verdict{}
	for _, e := range entries {
		out[e.Tx.Hex()[:10]+"/"+common.Bytes2Hex(e.Output)] = e.Verdict
	}
	return out
}

// TestAdapterPostsOnce: every inference the AI EVM executes becomes one
// opML claim; a restarted adapter, even one that lost its state file, posts
// nothing twice and misses nothing.
func TestAdapterPostsOnce(t *testing.T) {
	x := newAxonum(t, nil)
	ctx := context.Background()
	state := filepath.Join(t.TempDir(), "adapter.json")
	a := x.adapter(state)
	out1 := x.infer("0000-9.bin")
	x.infer("0000-9.bin") // the same inference again: the same claim
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 1 {
		t.Fatalf("%d claims after two identical inferences, want 1", n)
	}
	out2 := x.infer("0001-2.bin")
	if bytes.Equal(out1, out2) {
		t.Fatalf("two images of different classes gave %x", out1)
	}
	// A restarted adapter continues from its state file.
	a = x.adapter(state)
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 2 {
		t.Fatalf("%d claims after the restart, want 2", n)
	}
	// One that lost its state re-reads the chain from block 0 and finds the
	// claims already posted on L1.
	if err := os.Remove(state); err != nil {
		t.Fatal(err)
	}
	a = x.adapter(state)
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if n := x.claimCount(); n != 2 {
		t.Fatalf("%d claims after a restart without state, want 2", n)
	}
	entries, err := a.Report(ctx, 0, 1<<62)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Fatalf("report lists %d inferences, want 3 (two of them the same claim)", len(entries))
	}
	for _, e := range entries {
		if e.Verdict != gethadapter.VerdictPending {
			t.Fatalf("entry %+v: want pending", e)
		}
		cl, err := x.parties[0].Claim(ctx, e.Claim)
		if err != nil || !bytes.Equal(cl.Output, e.Output) || cl.Model != e.Model {
			t.Fatalf("entry %+v, claim %+v (%v)", e, cl, err)
		}
	}
}

// TestAdapterReport: with a sequencer lying about one image, the adapter
// posts what the chain executed, an honest challenger disputes the lie and
// wins, and the report says final, contradicted and pending.
func TestAdapterReport(t *testing.T) {
	liedAbout, err := os.ReadFile(filepath.Join(images, "0001-2.bin"))
	if err != nil {
		t.Fatal(err)
	}
	x := newAxonum(t, func(c gethadapter.Call, out []byte) []byte {
		if bytes.Equal(c.Input, liedAbout) {
			return []byte{(out[0] + 1) % 10}
		}
		return out
	})
	ctx := context.Background()
	a := x.adapter(filepath.Join(t.TempDir(), "adapter.json"))
	honestOut := x.infer("0000-9.bin")
	lieOut := x.infer("0001-2.bin")
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	newAgent := func(i int, name string) *agent.Agent {
		ag, err := agent.New(agent.Config{Client: x.parties[i], Store: x.store, Program: x.elf, CacheDir: filepath.Join(t.TempDir(), name),
			Interval: 1 << 20, Defend: true, Challenge: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(ag.Close)
		return ag
	}
	submitter, challenger := newAgent(1, "adapter"), newAgent(2, "challenger")
	tick := func(n int) {
		for range n {
			for _, ag := range []*agent.Agent{submitter, challenger} {
				if err := ag.Tick(ctx); err != nil {
					t.Logf("tick: %v", err)
				}
			}
		}
	}
	tick(2) // the challenger disputes the lie; the adapter's agent cannot defend it
	if err := x.l1.AdjustTime((clock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tick(2)
	if v, _, err := a.Lookup(ctx, x.model, liedAbout, 1); err != nil || v != gethadapter.VerdictContradicted {
		t.Fatalf("lookup of the lie: %v, %v; want contradicted", v, err)
	}
	if err := x.l1.AdjustTime((window + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tick(2)
	later := x.infer("0009-7.bin") // posted now: still in its window
	if err := a.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	got := x.report(a)
	if len(got) != 3 {
		t.Fatalf("report %v: want 3 inferences", got)
	}
	var verdicts []gethadapter.Verdict
	for _, out := range [][]byte{honestOut, lieOut, later} {
		for k, v := range got {
			if k[len(k)-2:] == common.Bytes2Hex(out) {
				verdicts = append(verdicts, v)
			}
		}
	}
	want := []gethadapter.Verdict{gethadapter.VerdictFinal, gethadapter.VerdictContradicted, gethadapter.VerdictPending}
	for i := range want {
		if i >= len(verdicts) || verdicts[i] != want[i] {
			t.Fatalf("report %v: verdicts %v, want %v", got, verdicts, want)
		}
	}
	honestImage, _ := os.ReadFile(filepath.Join(images, "0000-9.bin"))
	if v, out, err := a.Lookup(ctx, x.model, honestImage, 1); err != nil || v != gethadapter.VerdictFinal || !bytes.Equal(out, honestOut) {
		t.Fatalf("lookup of the honest inference: %v %x %v", v, out, err)
	}
	if v, _, err := a.Lookup(ctx, x.model, []byte("never asked"), 1); err != nil || v != gethadapter.VerdictUnknown {
		t.Fatalf("lookup of an unknown inference: %v %v", v, err)
	}
}

func TestAdapterBadState(t *testing.T) {
	x := newAxonum(t, nil)
	state := filepath.Join(t.TempDir(), "adapter.json")
	if err := os.WriteFile(state, []byte("{truncated"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := gethadapter.NewAdapter(context.Background(), gethadapter.AdapterConfig{L2: x.l2.Client(), L1: x.parties[1], StateFile: state})
	if err == nil || !strings.Contains(err.Error(), "delete it to start over") {
		t.Fatalf("a corrupt state file: %v", err)
	}
	// An L1 client without a key can report, not post.
	ro, err := onchain.Connect(context.Background(), x.l1.Client(), x.addrs, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, err := gethadapter.NewAdapter(context.Background(), gethadapter.AdapterConfig{L2: x.l2.Client(), L1: ro,
		StateFile: filepath.Join(t.TempDir(), "new.json")})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Sync(context.Background()); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("Sync without a key: %v", err)
	}
}

// TestAdapterNeedsDebugAPI: an L2 node without the debug API gets a clear
// error, not a silent skip of its blocks.
func TestAdapterNeedsDebugAPI(t *testing.T) {
	x := newAxonum(t, nil)
	plain, err := devnet.New(devnet.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if _, err := plain.Commit(); err != nil {
		t.Fatal(err)
	}
	a, err := gethadapter.NewAdapter(context.Background(), gethadapter.AdapterConfig{L2: plain.Client(), L1: x.parties[1],
		StateFile: filepath.Join(t.TempDir(), "adapter.json")})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Sync(context.Background()); err == nil || !strings.Contains(err.Error(), "debug API") {
		t.Fatalf("Sync against a node without the debug API: %v", err)
	}
	if a.Synced() != 1 {
		t.Fatalf("the adapter moved to block %d without tracing", a.Synced())
	}
}
