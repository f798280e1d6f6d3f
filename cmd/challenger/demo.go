package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

func newDemoCmd(a *app) *cobra.Command {
	var df deployFlags
	var modelPath, inputPath string
	var lieAt, lieAtItem uint64
	var l2Lie string
	cmd := &cobra.Command{
		Use:   "demo [--model FILE --input FILE] [--arity K] [--single-phase]",
		Short: "Play the whole opML story on an embedded chain: an honest and a dishonest claim, disputed",
		Long: `demo starts an embedded chain (in this process), deploys the contracts and
plays two disputes over one inference, printing each move as it happens.

The games are two-phase (docs/dispute.md): the graph phase bisects over
the claim's plan (the commitments after each work item, computed natively)
down to one disputed item; the node phase then bisects over the node
program's VM run on that one item down to one step, which the chain
executes.

  1. Alice posts the right result; Bob challenges it anyway, with a
     phase-1 trace made up from work item --lie-at-item on (default: the
     middle one) and, in the node phase, a VM trace made up from step
     --lie-at on. Alice defends: the graph phase narrows the disagreement
     to the first made-up item, the node phase to one step of the node
     program's run on it, which the chain executes: Alice wins.
  2. Carol posts a wrong result and defends it: her phase-1 trace is the
     true one item by item but ends in her output, so the game comes down
     to the last position (the output's), where the node program rejects
     her claim; she defends that with a made-up VM trace. Dave checks every
     claim natively, finds hers wrong, challenges it and plays the true
     traces: the chain's one step proves Carol wrong.

With --single-phase the games are one VM game over the claim-checking
program's whole run: Bob's trace is made up from step --lie-at, Carol
defends a made-up final state.

Then the challenge window passes, the claims are settled (Alice's final,
Carol's rejected) and everyone withdraws: the summary shows who got the
bonds, and the transactions and gas each dispute cost.

  4. The AI EVM: a second embedded chain whose EVM runs models (the
     inference precompile). Alice deploys AIContract there and classifies
     two images; the sequencer lies about the second (--l2-lie-input). The
     adapter posts both results to opML on the first chain; Dave finds the
     lie natively, disputes it and wins, and the report marks that L2
     result contradicted and the other final.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			dep, err := df.params()
			if err != nil {
				return err
			}
			data, err := os.ReadFile(modelPath)
			if err != nil {
				return fmt.Errorf("--model: %w", err)
			}
			input, err := os.ReadFile(inputPath)
			if err != nil {
				return fmt.Errorf("--input: %w", err)
			}
			l2Input, err := os.ReadFile(l2Lie)
			if err != nil {
				return fmt.Errorf("--l2-lie-input: %w", err)
			}
			d := &demo{out: cmd.OutOrStdout(), dep: dep, params: dep.DeployParams, model: data, input: input,
				lieAt: lieAt, lieAtItem: lieAtItem, l2Lie: l2Input}
			return d.run(cmd.Context())
		},
	}
	df.add(cmd, time.Hour, time.Hour)
	for name, value := range map[string]string{"max-steps": "16777216", "max-items": "4095"} {
		cmd.Flags().Lookup(name).DefValue = value
		cmd.Flags().Set(name, value)
	}
	cmd.Flags().StringVar(&modelPath, "model", filepath.Join("ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf"), "the model's GGUF `FILE`")
	cmd.Flags().StringVar(&inputPath, "input", filepath.Join("ggml-mips", "models", "mnist", "testdata", "images", "0000-9.bin"), "the input `FILE`")
	cmd.Flags().Uint64Var(&lieAt, "lie-at", 3_000_000,
		"the first `STEP` of Bob's made-up VM trace (of the node program's run on the disputed item; with --single-phase, of the claim-checking program's run)")
	cmd.Flags().Uint64Var(&lieAtItem, "lie-at-item", 0,
		"the first `POSITION` of Bob's made-up phase-1 trace: position p is the commitment after work item p (two-phase; 0: the middle item)")
	cmd.Flags().StringVar(&l2Lie, "l2-lie-input", filepath.Join("ggml-mips", "models", "mnist", "testdata", "images", "0001-2.bin"),
		"the input `FILE` the AI EVM's sequencer lies about")
	return cmd
}

// demo is one run of the story.
type demo struct {
	out       io.Writer
	dep       deployment
	params    onchain.DeployParams
	model     []byte
	input     []byte
	lieAt     uint64
	lieAtItem uint64
	l2Lie     []byte

	net    *devnet.Devnet
	addrs  onchain.Addresses
	store  *oracle.Store
	cache  string
	people []*person
	mu     sync.Mutex // guards the counters of people
}

// twoPhase reports whether the demo's games are two-phase.
func (d *demo) twoPhase() bool { return d.params.GraphDepth > 0 }

// liar is how a dishonest player makes up its traces; nil fields are
// honest.
type liar struct {
	graph func(onchain.Claim, game.Trace) game.Trace // a two-phase game's phase-1 trace
	vm    func(onchain.Claim, game.Trace) game.Trace // the VM trace: the node phase's, or a single-phase game's
}

// items is the number of work items of the claim a phase-1 trace is of.
func items(t game.Trace) uint64 {
	if g, ok := t.(interface{ Items() int }); ok {
		return uint64(g.Items())
	}
	return 0
}

// lieFromExit is the VM trace of a player that defends a claim its
// program rejects: true up to the exit, then made up (with a valid exit).
func (d *demo) lieFromExit(ctx context.Context) func(onchain.Claim, game.Trace) game.Trace {
	return func(c onchain.Claim, honest game.Trace) game.Trace {
		exit, err := honest.(interface {
			ExitStep(context.Context) (uint64, error)
		}).ExitStep(ctx)
		if err != nil {
			exit = 1
		}
		return game.Lie{Honest: honest, From: exit, Length: d.params.Game.TraceLength()}
	}
}

// claimedFinal is the phase-1 trace of a player that defends a wrong claim:
// true at every work item, then the final commitment of the claimed output
// instead of the true one.
func claimedFinal(c onchain.Claim, honest game.Trace) game.Trace {
	return finalLie{honest: honest, items: items(honest), final: onchain.GraphFinal(c.OutputHash)}
}

type finalLie struct {
	honest game.Trace
	items  uint64
	final  [32]byte
}

func (l finalLie) StateHash(ctx context.Context, pos uint64) ([32]byte, error) {
	if pos > l.items {
		return l.final, nil
	}
	return l.honest.StateHash(ctx, pos)
}

// lyingDefender is how Carol and the AI EVM's sequencer defend their wrong
// claims.
func (d *demo) lyingDefender(ctx context.Context) liar {
	l := liar{vm: d.lieFromExit(ctx)}
	if d.twoPhase() {
		l.graph = claimedFinal
	}
	return l
}

// lieAtPosition is the first made-up position of Bob's phase-1 trace.
func (d *demo) lieAtPosition(n uint64) uint64 {
	if d.lieAtItem == 0 {
		return max(1, (n+1)/2)
	}
	return min(d.lieAtItem, n+1)
}

// position describes position p of a claim's phase-1 trace.
func (d *demo) position(input []byte, p uint64) string {
	pl, _, err := multiphase.Open(d.model, input)
	switch {
	case err != nil:
		return "(the claim is unusable)"
	case p == 0:
		return "the start"
	case p <= uint64(pl.Items()):
		it := pl.Item(int(p - 1))
		return fmt.Sprintf("work item %d of %d, %v (%s)", p, pl.Items(), it, pl.NodeName(it.Node))
	case p == uint64(pl.Items())+1:
		return "the final output's commitment"
	default:
		return "past the final output"
	}
}

// person is one account of the story.
type person struct {
	name    string
	key     *ecdsa.PrivateKey
	addr    common.Address
	client  *onchain.Client
	agent   *agent.Agent
	start   *big.Int
	txs     int
	gas     uint64
	actTxs  int
	actGas  uint64
	actWall time.Duration
}

func (d *demo) say(format string, args ...any) { fmt.Fprintf(d.out, format+"\n", args...) }

func (d *demo) run(ctx context.Context) error {
	start := time.Now()
	names := []string{"deployer", "alice", "bob", "carol", "dave", "seq"}
	keys := devnet.DevKeys(len(names))
	fund := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))
	var err error
	d.net, err = devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, fund)})
	if err != nil {
		return err
	}
	defer d.net.Close()
	tmp, err := os.MkdirTemp("", "opml-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if d.store, err = oracle.OpenStore(filepath.Join(tmp, "store")); err != nil {
		return err
	}
	d.cache = filepath.Join(tmp, "traces")
	addr, err := d.store.Add(d.model)
	if err != nil {
		return err
	}
	native, err := models.Infer(d.model, d.input)
	if err != nil {
		return fmt.Errorf("native inference: %w", err)
	}
	wrong := bytes.Clone(native)
	wrong[len(wrong)-1] ^= 0x03 // for a classifier: another class

	d.say("== opML demo: an embedded chain, %d accounts with 100 ETH each", len(names))
	for i, n := range names {
		p := &person{name: n, key: keys[i], addr: crypto.PubkeyToAddress(keys[i].PublicKey), start: fund}
		d.people = append(d.people, p)
	}
	deployer := d.people[0]
	s, err := d.sender(ctx, deployer)
	if err != nil {
		return err
	}
	d.addrs, _, err = onchain.Deploy(ctx, s, d.params)
	if err != nil {
		return err
	}
	d.say("contracts deployed: OpML %s, DisputeGame %s", d.addrs.OpML, d.addrs.Game)
	d.say("%s", d.dep.describe())
	d.say("challenge window %ds, clocks %ds; bonds: claim %s, challenge %s", d.params.ChallengeWindow, d.params.Clock,
		formatEther(d.params.ClaimBond), formatEther(d.params.ChallengeBond))
	d.say("model %s (%d bytes), input %d bytes, native output %s", addr, len(d.model), len(d.input), hex.EncodeToString(native))
	if d.twoPhase() {
		pl, _, err := multiphase.Open(d.model, d.input)
		if err != nil {
			return fmt.Errorf("the claim's plan: %w", err)
		}
		d.say("the claim's plan: %d work items over %d buffers; the graph phase's trace is the commitment to every buffer after each item, then the output's (%d positions)",
			pl.Items(), pl.Slots(), pl.Items()+1)
	}
	for _, p := range d.people {
		if p.client, err = d.connect(ctx, p); err != nil {
			return err
		}
	}
	om, err := d.store.Open(addr)
	if err != nil {
		return err
	}
	reg, r, err := gethadapter.RegisterModel(ctx, deployer.client, om)
	if err != nil {
		return err
	}
	d.say("%s registered the model (bond %s, %d gas): claims on it may have inputs of up to %d bytes and outputs of up to %d",
		deployer.name, formatEther(d.params.RegistrationBond), r.GasUsed, reg.Limits.MaxInputBytes, reg.Limits.MaxOutputBytes)
	alice, bob, carol, dave, seq := d.people[1], d.people[2], d.people[3], d.people[4], d.people[5]
	if err := d.newAgent(alice, true, false, nil, liar{}); err != nil {
		return err
	}
	bobLies := liar{vm: func(c onchain.Claim, honest game.Trace) game.Trace {
		return game.Lie{Honest: honest, From: d.lieAt, Length: d.params.Game.TraceLength()}
	}}
	if d.twoPhase() {
		bobLies.graph = func(c onchain.Claim, honest game.Trace) game.Trace {
			return game.Lie{Honest: honest, From: d.lieAtPosition(items(honest)), Length: d.dep.graph().TraceLength()}
		}
	}
	if err := d.newAgent(bob, false, true, func(c onchain.Claim, _ bool) bool { return c.Submitter == alice.addr }, bobLies); err != nil {
		return err
	}
	if err := d.newAgent(carol, true, false, nil, d.lyingDefender(ctx)); err != nil {
		return err
	}
	if err := d.newAgent(dave, true, true, nil, liar{}); err != nil {
		return err
	}
	actors := []*person{alice, bob, carol, dave}

	if d.twoPhase() {
		pl, _, _ := multiphase.Open(d.model, d.input)
		q := d.lieAtPosition(uint64(pl.Items()))
		d.say("\n== 1. Alice posts the right result; Bob challenges it with a phase-1 trace made up from position %d (%s),", q, d.position(d.input, q))
		d.say("==    and in the node phase a VM trace made up from step %d", d.lieAt)
	} else {
		d.say("\n== 1. Alice posts the right result; Bob challenges it with a trace made up from step %d", d.lieAt)
	}
	honestID, _, err := alice.client.Submit(ctx, addr, d.input, native)
	if err != nil {
		return err
	}
	d.say("alice: claim %d: output %s", honestID, hex.EncodeToString(native))
	if err := d.playUntilResolved(ctx, honestID, actors); err != nil {
		return err
	}

	d.say("\n== 2. Carol posts a wrong result (%s) and defends it; Dave checks every claim", hex.EncodeToString(wrong))
	if d.twoPhase() {
		d.say("==    (Carol's phase-1 trace is the true one item by item but ends in her output; in the node phase she defends a made-up VM trace)")
	}
	wrongID, _, err := carol.client.Submit(ctx, addr, d.input, wrong)
	if err != nil {
		return err
	}
	d.say("carol: claim %d: output %s", wrongID, hex.EncodeToString(wrong))
	if err := d.playUntilResolved(ctx, wrongID, actors); err != nil {
		return err
	}

	d.say("\n== 3. The challenge window passes; the claims are settled and the bonds withdrawn")
	if err := d.passWindow(ctx, actors); err != nil {
		return err
	}
	for _, id := range []uint64{honestID, wrongID} {
		c, err := deployer.client.Claim(ctx, id)
		if err != nil {
			return err
		}
		d.say("claim %d: %v, output %s", id, c.Status, hex.EncodeToString(c.Output))
	}
	if err := d.checkOutcome(ctx, honestID, wrongID); err != nil {
		return err
	}
	d.say("\n== Who got the bonds (balance change, and what the transactions cost)")
	d.say("(Bob's bond went to Alice; Carol's claim bond: half to Dave, half burned, locked in OpML for good)")
	for _, p := range actors {
		bal, err := d.net.Client().BalanceAt(ctx, p.addr, nil)
		if err != nil {
			return err
		}
		delta := new(big.Int).Sub(bal, p.start)
		sign := "+"
		if delta.Sign() < 0 {
			sign, delta = "-", delta.Neg(delta)
		}
		d.say("%-6s %s%s  (%d transactions, %d gas)", p.name, sign, formatEther(delta), p.txs, p.gas)
	}
	if err := d.aiEVM(ctx, addr, keys, fund, alice, seq, []*person{seq, dave}); err != nil {
		return err
	}
	d.say("\ndemo done in %.1f s", time.Since(start).Seconds())
	return nil
}

// aiEVM is act 4: the AI EVM chain, its adapter to opML, and a lying
// sequencer caught.
func (d *demo) aiEVM(ctx context.Context, model oracle.Address, keys []*ecdsa.PrivateKey, fund *big.Int,
	user, seq *person, actors []*person) error {
	d.say("\n== 4. The AI EVM: contracts call the model; the sequencer lies about one inference; opML catches it")
	l2, _, err := gethadapter.NewChain(d.store, gethadapter.Options{Lie: lieAboutInput(d.l2Lie)},
		devnet.Config{Alloc: devnet.FundedAlloc(keys, fund), Debug: true, ChainID: l2ChainID})
	if err != nil {
		return err
	}
	defer l2.Close()
	s, err := onchain.NewSender(ctx, l2.Client(), user.key, nil)
	if err != nil {
		return err
	}
	s.Poll = 5 * time.Millisecond
	r, err := s.Send(ctx, "deploy AIContract", nil, common.FromHex(bindings.AIContractMetaData.Bin), nil)
	if err != nil {
		return err
	}
	contract := r.ContractAddress
	d.say("AI EVM (chain %d): inference precompile at %s; alice deployed AIContract at %s", l2ChainID, gethadapter.Address, contract)
	ai := bindings.NewAIContract()
	var l2Outputs [][]byte
	for _, image := range [][]byte{d.input, d.l2Lie} {
		r, err := s.Send(ctx, "inference", &contract, ai.PackInference(model, image, big.NewInt(1)), nil)
		if err != nil {
			return err
		}
		for _, l := range r.Logs {
			if e, err := ai.UnpackInferenceEvent(l); err == nil {
				d.say("alice: AIContract.inference(model, image %x…, 1) in L2 block %d: event Inference, output %s (class %d), gas %d",
					crypto.Keccak256(image)[:4], r.BlockNumber, hex.EncodeToString(e.Output), e.Output[0], r.GasUsed)
				l2Outputs = append(l2Outputs, e.Output)
			}
		}
	}
	truth, err := models.Infer(d.model, d.l2Lie)
	if err != nil {
		return err
	}
	d.say("(the second image is class %d: the sequencer said %d)", truth[0], l2Outputs[1][0])

	ad, err := gethadapter.NewAdapter(ctx, gethadapter.AdapterConfig{L2: l2.Client(), L1: seq.client, RegisterFrom: d.store,
		StateFile: filepath.Join(d.cache, "adapter.json"), Log: slog.New(&storyHandler{w: d.out, name: "adapter", mu: &d.mu})})
	if err != nil {
		return err
	}
	if err := ad.Sync(ctx); err != nil {
		return err
	}
	// The sequencer defends its claims on L1, the lie with made-up traces.
	if err := d.newAgent(seq, true, false, nil, d.lyingDefender(ctx)); err != nil {
		return err
	}
	n, err := seq.client.ClaimCount(ctx)
	if err != nil {
		return err
	}
	if err := d.playUntilResolved(ctx, n-1, actors); err != nil {
		return err
	}
	if err := d.passWindow(ctx, actors); err != nil {
		return err
	}
	entries, err := ad.Report(ctx, 0, 1<<62)
	if err != nil {
		return err
	}
	d.say("\nreport: the AI EVM's inference results and what opML says of them")
	var cmdOut bytes.Buffer
	c := &cobra.Command{}
	c.SetOut(&cmdOut)
	if err := printReport(c, entries, ad.Synced(), false); err != nil {
		return err
	}
	d.say("%s", strings.TrimRight(cmdOut.String(), "\n"))
	if len(entries) != 2 || entries[0].Verdict != gethadapter.VerdictFinal || entries[1].Verdict != gethadapter.VerdictContradicted {
		return fmt.Errorf("report %+v: want the honest result final and the lie contradicted", entries)
	}
	return nil
}

// playUntilResolved ticks the agents until every challenge of the claim is
// recorded, then prints the game's summary.
func (d *demo) playUntilResolved(ctx context.Context, claimID uint64, actors []*person) error {
	c := d.people[0].client
	d.mu.Lock()
	for _, p := range d.people {
		p.actTxs, p.actGas = 0, 0
	}
	d.mu.Unlock()
	start := time.Now()
	for pass := 0; ; pass++ {
		if pass > 10*int(d.params.Game.Depth+d.params.GraphDepth)+20 {
			return fmt.Errorf("claim %d: the dispute did not end", claimID)
		}
		for _, p := range actors {
			// As Agent.Run does: a failed pass is reported and the next
			// one starts again from the chain's state (a move can race a
			// read of the game; the pass bound and checkOutcome still
			// catch a dispute that goes wrong).
			if err := p.agent.Tick(ctx); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				d.say("%s: pass failed, retrying: %v", p.name, err)
			}
		}
		chs, err := c.ChallengesOf(ctx, claimID)
		if err != nil {
			return err
		}
		done := len(chs) > 0
		for _, ch := range chs {
			done = done && ch.Resolved
		}
		if !done {
			continue
		}
		wall := time.Since(start)
		var txs int
		var gas uint64
		d.mu.Lock()
		for _, p := range d.people {
			txs += p.actTxs
			gas += p.actGas
		}
		d.mu.Unlock()
		cl, err := c.Claim(ctx, claimID)
		if err != nil {
			return err
		}
		input, err := c.ClaimInput(ctx, cl)
		if err != nil {
			return err
		}
		for _, ch := range chs {
			g, err := c.Game(ctx, ch.GameID)
			if err != nil {
				return err
			}
			winner := "the defender (submitter)"
			if ch.ChallengerWon {
				winner = "the challenger"
			}
			switch g.Stage {
			case onchain.StageSingle:
				d.say("game %d: %d rounds, disputed step %d; %s won", g.ID, g.Rounds, g.Segment.Start, winner)
			case onchain.StageGraph:
				d.say("game %d: ended in the graph phase, round %d, positions [%d, %d]; %s won", g.ID, g.Rounds,
					g.Segment.Start, g.Segment.Start+g.Segment.Length, winner)
			default:
				d.say("game %d: graph phase: %d rounds, down to position %d (%s);", g.ID, d.params.GraphDepth,
					g.Node, d.position(input, g.Node))
				d.say("        node phase: %d rounds, down to step %d of the node program's run on it; %s won", g.Rounds,
					g.Segment.Start, winner)
			}
		}
		d.say("dispute: %d transactions, %d gas, %.1f s", txs, gas, wall.Seconds())
		return nil
	}
}

// passWindow moves the chain's clock past the challenge window and lets
// the agents settle, collect and withdraw.
func (d *demo) passWindow(ctx context.Context, actors []*person) error {
	if err := d.net.AdjustTime(time.Duration(d.params.ChallengeWindow+1) * time.Second); err != nil {
		return err
	}
	for range 3 {
		for _, p := range actors {
			if err := p.agent.Tick(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkOutcome makes the demo fail loudly if the story did not end as told.
func (d *demo) checkOutcome(ctx context.Context, honestID, wrongID uint64) error {
	c := d.people[0].client
	h, err := c.Claim(ctx, honestID)
	if err != nil {
		return err
	}
	w, err := c.Claim(ctx, wrongID)
	if err != nil {
		return err
	}
	if h.Status != onchain.ClaimFinal || w.Status != onchain.ClaimRejected {
		return fmt.Errorf("the honest claim is %v and the wrong one %v: want final and rejected", h.Status, w.Status)
	}
	return nil
}

func (d *demo) sender(ctx context.Context, p *person) (*onchain.Sender, error) {
	s, err := onchain.NewSender(ctx, d.net.Client(), p.key, nil)
	if err != nil {
		return nil, err
	}
	s.Poll = 5 * time.Millisecond
	s.OnReceipt = func(what string, r *types.Receipt) {
		d.mu.Lock()
		defer d.mu.Unlock()
		p.txs++
		p.gas += r.GasUsed
		p.actTxs++
		p.actGas += r.GasUsed
	}
	return s, nil
}

func (d *demo) connect(ctx context.Context, p *person) (*onchain.Client, error) {
	s, err := d.sender(ctx, p)
	if err != nil {
		return nil, err
	}
	return onchain.Connect(ctx, d.net.Client(), d.addrs, s, nil)
}

func (d *demo) newAgent(p *person, defend, challenge bool, dispute func(onchain.Claim, bool) bool, lies liar) error {
	cfg := agent.Config{
		Client: p.client, Store: d.store, CacheDir: filepath.Join(d.cache, p.name),
		Interval: 1 << 20, Log: slog.New(&storyHandler{w: d.out, name: p.name, mu: &d.mu}),
		Defend: defend, Challenge: challenge, Dispute: dispute, Trace: lies.vm, GraphTrace: lies.graph,
	}
	if d.twoPhase() {
		cfg.NodeProgram = d.dep.program
	} else {
		cfg.Program = d.dep.program
	}
	a, err := agent.New(cfg)
	p.agent = a
	return err
}

// storyHandler prints an agent's info logs as lines of the story.
type storyHandler struct {
	w     io.Writer
	name  string
	attrs []slog.Attr
	mu    *sync.Mutex
}

func (h *storyHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelInfo }

func (h *storyHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %s", h.name+":", r.Message)
	add := func(a slog.Attr) bool {
		if a.Key == "claim" || a.Key == "exitCode" {
			return true
		}
		fmt.Fprintf(&b, "  %s=%v", a.Key, a.Value)
		return true
	}
	for _, a := range h.attrs {
		add(a)
	}
	r.Attrs(add)
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := fmt.Fprintln(h.w, b.String())
	return err
}

func (h *storyHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.attrs = append(append([]slog.Attr(nil), h.attrs...), attrs...)
	return &c
}

func (h *storyHandler) WithGroup(string) slog.Handler { return h }
