package agent_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// The committed Fashion-MNIST classifier and one of its test images.
var (
	modelPath = filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf")
	imagePath = filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata", "images", "0000-9.bin")
)

const (
	window = 3600 // challenge window, s
	clock  = 3600 // each side's clock, s
)

var (
	claimBond     = big.NewInt(1e18)
	challengeBond = big.NewInt(3e17)
)

// world is a devnet with the contracts deployed, a model store holding the
// classifier, and funded keys.
type world struct {
	t       testing.TB
	net     *devnet.Devnet // nil on a geth node
	backend onchain.Backend
	addr    onchain.Addresses
	elf     []byte
	store   *oracle.Store
	model   *oracle.Model
	input   []byte
	native  []byte
	keys    []*ecdsa.PrivateKey
	params  game.Params
	// receipts counts the transactions of every sender and their gas.
	mu       sync.Mutex
	txs, gas uint64
	maxGas   uint64   // the most gas one transaction used
	sent     []sentTx // every transaction, in order
	byKey    map[int]*keyStats
	quiet    bool // agents log nothing (benchmarks)
}

// sentTx is a confirmed transaction: what it did (the Sender's
// description) and its gas.
type sentTx struct {
	what string
	gas  uint64
}

// keyStats are one key's mined transactions: how many, their gas, and how
// many landed in each block.
type keyStats struct {
	txs, gas uint64
	blocks   map[uint64]int
}

func testKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("opml agent test key %d", i))))
	if err != nil {
		panic(err)
	}
	return k
}

// fundedDevnet starts an embedded chain (closed when the test ends) with
// n test keys holding 1,000 ETH each.
func fundedDevnet(t testing.TB, n int) (*devnet.Devnet, []*ecdsa.PrivateKey) {
	t.Helper()
	return fundedDevnetPeriod(t, n, 0)
}

// fundedDevnetPeriod is fundedDevnet sealing a block every period (0: a
// block as soon as a transaction arrives).
func fundedDevnetPeriod(t testing.TB, n int, period time.Duration) (*devnet.Devnet, []*ecdsa.PrivateKey) {
	t.Helper()
	keys := make([]*ecdsa.PrivateKey, n)
	alloc := types.GenesisAlloc{}
	for i := range keys {
		keys[i] = testKey(i)
		alloc[crypto.PubkeyToAddress(keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1000))}
	}
	net, err := devnet.New(devnet.Config{Alloc: alloc, Period: period})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	return net, keys
}

// mnistSteps bounds the classifier claim's run (7,228,974 steps): the
// trace length arity^depth must hold it.
const mnistSteps = 7_300_000

func newWorld(t testing.TB, arity uint64) *world {
	t.Helper()
	net, keys := fundedDevnet(t, 5)
	w := setupWorld(t, arity, net.Client(), keys)
	w.net = net
	return w
}

// setupWorld deploys the contracts on backend with keys[0] and prepares
// the model store; keys must be funded.
func setupWorld(t testing.TB, arity uint64, backend onchain.Backend, keys []*ecdsa.PrivateKey) *world {
	t.Helper()
	elf, err := os.ReadFile(testprograms.Inference(t))
	if err != nil {
		t.Fatal(err)
	}
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
	depth, err := game.DepthFor(arity, mnistSteps)
	if err != nil {
		t.Fatal(err)
	}
	w := &world{t: t, backend: backend, elf: elf, store: store, model: model, input: input, native: native, keys: keys,
		params: game.Params{Arity: arity, Depth: depth}}
	s := w.sender(0)
	pre, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	w.addr, _, err = onchain.Deploy(context.Background(), s, onchain.DeployParams{
		Prestate: pre.Hash(), Game: w.params, ChallengeWindow: window, Clock: clock,
		ClaimBond: claimBond, ChallengeBond: challengeBond,
	})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) sender(i int) *onchain.Sender {
	w.t.Helper()
	s, err := onchain.NewSender(context.Background(), w.backend, w.keys[i], nil)
	if err != nil {
		w.t.Fatal(err)
	}
	s.Poll = 5 * time.Millisecond
	s.OnReceipt = func(what string, r *types.Receipt) {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.txs++
		w.gas += r.GasUsed
		w.maxGas = max(w.maxGas, r.GasUsed)
		w.sent = append(w.sent, sentTx{what, r.GasUsed})
		if w.byKey == nil {
			w.byKey = map[int]*keyStats{}
		}
		k := w.byKey[i]
		if k == nil {
			k = &keyStats{blocks: map[uint64]int{}}
			w.byKey[i] = k
		}
		k.txs++
		k.gas += r.GasUsed
		k.blocks[r.BlockNumber.Uint64()]++
	}
	return s
}

func (w *world) client(i int) *onchain.Client {
	w.t.Helper()
	c, err := onchain.Connect(context.Background(), w.backend, w.addr, w.sender(i), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

// agentOpts tweak an agent's config.
type agentOpts func(*agent.Config)

func (w *world) agent(i int, name string, opts ...agentOpts) *agent.Agent {
	w.t.Helper()
	cfg := agent.Config{
		Client:    w.client(i),
		Store:     w.store,
		Program:   w.elf,
		CacheDir:  filepath.Join(w.t.TempDir(), name),
		Interval:  1 << 20,
		Log:       testLogger(w.t, name, w.quiet),
		Defend:    true,
		Challenge: true,
	}
	for _, o := range opts {
		o(&cfg)
	}
	a, err := agent.New(cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(a.Close)
	return a
}

// submit posts a claim from key i with the given output, registering the
// model first if it is not (registered).
func (w *world) submit(i int, output []byte) uint64 {
	w.t.Helper()
	w.registered()
	id, _, err := w.client(i).Submit(context.Background(), w.model.Address(), w.input, output)
	if err != nil {
		w.t.Fatal(err)
	}
	return id
}

// wrongOutput is a class the classifier does not output for the image.
func (w *world) wrongOutput() []byte {
	out := bytes.Clone(w.native)
	out[0] = (out[0] + 1) % 10
	return out
}

// play ticks the agents in turn until done reports true, failing after
// maxTicks passes.
func (w *world) play(maxTicks int, done func() bool, agents ...*agent.Agent) {
	w.t.Helper()
	ctx := context.Background()
	for range maxTicks {
		for _, a := range agents {
			if err := a.Tick(ctx); err != nil {
				w.t.Logf("tick: %v", err)
			}
		}
		if done() {
			return
		}
	}
	w.t.Fatalf("not done after %d passes", maxTicks)
}

// tick makes n passes of the agents, whatever they do.
func (w *world) tick(n int, agents ...*agent.Agent) {
	w.t.Helper()
	for range n {
		for _, a := range agents {
			if err := a.Tick(context.Background()); err != nil {
				w.t.Logf("tick: %v", err)
			}
		}
	}
}

func (w *world) claim(id uint64) onchain.Claim {
	w.t.Helper()
	c, err := w.client(0).Claim(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

func (w *world) challenges(id uint64) []onchain.Challenge {
	w.t.Helper()
	chs, err := w.client(0).ChallengesOf(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return chs
}

func (w *world) game(id uint64) onchain.Game {
	w.t.Helper()
	g, err := w.client(0).Game(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return g
}

// resolved reports whether all of a claim's challenges are resolved and
// there is at least one.
func (w *world) resolved(id uint64) func() bool {
	return func() bool {
		chs := w.challenges(id)
		for _, ch := range chs {
			if !ch.Resolved {
				return false
			}
		}
		return len(chs) > 0
	}
}

func (w *world) settled(id uint64) func() bool {
	return func() bool { return w.claim(id).Settled }
}

func (w *world) balance(i int) *big.Int {
	w.t.Helper()
	b, err := w.backend.BalanceAt(context.Background(), crypto.PubkeyToAddress(w.keys[i].PublicKey), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

func (w *world) passWindow() {
	w.t.Helper()
	if err := w.net.AdjustTime((window + 1) * time.Second); err != nil {
		w.t.Fatal(err)
	}
}

// testLogger logs to the test's log at info level, named.
func testLogger(t testing.TB, name string, quiet bool) *slog.Logger {
	if quiet {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelInfo})).With("agent", name)
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}
