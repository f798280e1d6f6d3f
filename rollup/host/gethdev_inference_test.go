package host

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"maps"
	"math/big"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/chain/gethdev"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Real-time windows and clocks (seconds) of TestOutputDisputeInferenceOnGethDev:
// geth --dev's time cannot be moved on, the test waits for it. OpML's
// window leaves the agent time to check and challenge the lie under load;
// its clock is what the challenger waits for its win on time. The
// OutputOracle's window is OpML's (the least its constructor allows); its
// clock, each side's total in the block program's game, covers both
// traces' first passes (a minute or more on a loaded machine) and is far
// above OpML's window plus two of its clocks, the least allowed.
const (
	gethInfOpMLWindow = 15
	gethInfOpMLClock  = 5
	gethInfWindow     = 15
	gethInfClock      = 900
)

// gethInferenceL1 is inferenceL1's L1 on a real geth --dev node: opML over
// the claim-checking program, a BatchInbox with the test chain's blocks up
// to its inference block, the block program's DisputeGame on opML's MIPS
// and PreimageOracle, an OutputOracle; and a fourth sender, uncounted, whose
// empty transfers have geth mine a block (it mines only when a transaction
// arrives) so that the chain's time shows the wall clock's.
type gethInferenceL1 struct {
	t                                    *testing.T
	client                               *ethclient.Client
	sequencer, proposer, verifier, clock *onchain.Sender
	inbox                                *batch.Inbox
	opml                                 onchain.Addresses
	claimProgram                         []byte
	blockGame                            common.Address
	gameParams                           game.Params
	oracle                               common.Address

	mu  sync.Mutex
	gas map[string]uint64
	txs map[string]int
}

func newGethInferenceL1(t *testing.T, ctx context.Context, c *testChain, prestate [32]byte) *gethInferenceL1 {
	t.Helper()
	keys := devnet.DevKeys(5)[1:] // 0 is geth's developer account
	var fund []common.Address
	for _, k := range keys {
		fund = append(fund, crypto.PubkeyToAddress(k.PublicKey))
	}
	node := gethdev.StartForTest(t, gethdev.Options{Fund: fund})
	client, err := ethclient.DialContext(ctx, node.URL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	o := &gethInferenceL1{t: t, client: client, gas: map[string]uint64{}, txs: map[string]int{}}
	start := time.Now()
	senders := make([]*onchain.Sender, len(keys))
	for i, k := range keys {
		s, err := onchain.NewSender(ctx, client, k, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Poll = 10 * time.Millisecond
		role := [...]string{"sequencer", "proposer", "verifier", "clock"}[i]
		if role == "clock" {
			s.OnReceipt = func(string, *types.Receipt) {}
		} else {
			s.OnReceipt = func(what string, r *types.Receipt) {
				o.mu.Lock()
				defer o.mu.Unlock()
				o.gas[role+": "+kind(what)] += r.GasUsed
				o.txs[role+": "+kind(what)]++
				t.Logf("tx %-9s %-55s %9d gas  block %d  at %v", role, what, r.GasUsed, r.BlockNumber, time.Since(start).Round(time.Millisecond))
			}
		}
		senders[i] = s
	}
	o.sequencer, o.proposer, o.verifier, o.clock = senders[0], senders[1], senders[2], senders[3]

	addr, r, err := batch.Deploy(ctx, o.sequencer, o.sequencer.Address())
	if err != nil {
		t.Fatal(err)
	}
	if o.inbox, err = batch.Connect(ctx, client, addr, r.BlockNumber.Uint64(), o.sequencer); err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= c.infer; n++ {
		b, err := batch.New(c.bc.GetBlockByNumber(n))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := o.inbox.Post(ctx, b, 0); err != nil {
			t.Fatal(err)
		}
	}
	if o.claimProgram, err = os.ReadFile(testprograms.Inference(t)); err != nil {
		t.Fatal(err)
	}
	pre, err := claim.Prestate(o.claimProgram)
	if err != nil {
		t.Fatal(err)
	}
	// opML over the claim program, as on the embedded L1 (arity 4, depth
	// 12: 16.8M steps hold the classifier's run).
	if o.opml, _, err = onchain.Deploy(ctx, o.sequencer, onchain.DeployParams{
		Prestate: pre.Hash(), Game: game.Params{Arity: 4, Depth: 12}, ChallengeWindow: gethInfOpMLWindow, Clock: gethInfOpMLClock,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	}); err != nil {
		t.Fatal(err)
	}
	o.gameParams = game.Params{Arity: 4, Depth: 14}
	if o.blockGame, _, err = onchain.DeployGame(ctx, o.sequencer, o.opml.MIPS, o.opml.Oracle, prestate, o.gameParams); err != nil {
		t.Fatal(err)
	}
	if o.oracle, _, err = output.Deploy(ctx, o.sequencer, addr, o.blockGame, o.opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: gethInfWindow, Clock: gethInfClock,
		ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOutput(t, c),
	}); err != nil {
		t.Fatal(err)
	}
	// The deployment is not the story's: count from here.
	o.mu.Lock()
	clear(o.gas)
	clear(o.txs)
	o.mu.Unlock()
	return o
}

// mine has geth mine a block (an empty transfer of the clock sender to
// itself), stamped with the wall clock's time or later.
func (o *gethInferenceL1) mine(ctx context.Context) {
	o.t.Helper()
	me := o.clock.Address()
	if _, err := o.clock.Send(ctx, "a block to move the chain's time on", &me, nil, nil); err != nil {
		o.t.Fatal(err)
	}
}

// now is the latest block's time.
func (o *gethInferenceL1) now(ctx context.Context) uint64 {
	o.t.Helper()
	h, err := o.client.HeaderByNumber(ctx, nil)
	if err != nil {
		o.t.Fatal(err)
	}
	return h.Time
}

// waitUntil waits until the chain's time is at least ts (unix seconds),
// having geth mine a block each second: geth stamps a block with the wall
// clock's time or its parent's plus one, whichever is later, so after a
// burst of transactions the chain's time runs ahead of the wall clock's
// and moves on a second a block until the wall clock catches up. Bounded:
// fails after the wait plus half a minute.
func (o *gethInferenceL1) waitUntil(ctx context.Context, ts uint64, what string) {
	o.t.Helper()
	now := o.now(ctx)
	if now >= ts {
		return
	}
	o.t.Logf("waiting for the chain's time to pass %d s more: %s", ts-now, what)
	deadline := time.Now().Add(time.Duration(ts-now)*time.Second + 30*time.Second)
	for {
		time.Sleep(time.Second)
		o.mine(ctx)
		if o.now(ctx) >= ts {
			return
		}
		if time.Now().After(deadline) {
			o.t.Fatalf("%s: the chain's time is %d, still before %d", what, o.now(ctx), ts)
		}
	}
}

// TestOutputDisputeInferenceOnGethDev: TestOutputDisputeInference's story
// with a real `geth --dev` node as L1 (built from go.mod's go-ethereum
// version, over JSON-RPC, a block per transaction), in real time: the
// sequencer's lie about the pullover's class, posted to opML, is
// challenged by the verifier's agent, which wins on time (the liar does
// not defend) and reposts the honest claim; the output game over the
// sequencer's root bisects to the read of the result, which cannot be
// executed while the honest claim is pending and is once the agent has
// settled it Final (the Player loads the part from it, MIPS.sol executes
// the step); the lie is Rejected, the honest root (its claims and parent
// listed) settles Final after the window.
func TestOutputDisputeInferenceOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: two block program traces and real-time windows take a minute or more")
	}
	start := time.Now()
	// The chains as in TestOutputDisputeInference: the honest one first,
	// then the lying one, whose precompile stays installed.
	honestChain, gate, pullover, _ := newGateChain(t, nil)
	honestRoot := inferenceClaim(t, honestChain).Output.Root()
	if p, b := admitted(honestChain); p || !b {
		t.Fatalf("the honest gate admitted the pullover: %v, the boot: %v; want only the boot", p, b)
	}
	lyingChain, gate2, _, _ := newGateChain(t, func(c gethadapter.Call, out []byte) []byte {
		if bytes.Equal(c.Input, pullover) {
			return []byte{9}
		}
		return out
	})
	if p, b := admitted(lyingChain); !p || !b || gate2 != gate {
		t.Fatalf("the lying gate admitted the pullover: %v, the boot: %v; want both", p, b)
	}
	n := lyingChain.infer
	bc, err := Prepare(BlockChain{lyingChain.bc}, testChainID, n)
	if err != nil {
		t.Fatal(err)
	}
	lie := bc.Output.Root()
	if lie == honestRoot {
		t.Fatal("the lie did not change the block's output root")
	}
	if len(lyingChain.inferences) != 2 || !bytes.Equal(lyingChain.inferences[0].Input, pullover) {
		t.Fatalf("the lying chain's inferences: %+v", lyingChain.inferences)
	}
	target := lyingChain.inferences[0]
	honestOut := target.Output
	lieOut := []byte{9}
	if !bytes.Equal(honestOut, []byte{2}) {
		t.Fatalf("the model classifies the pullover as %x, want 02", honestOut)
	}
	model := lyingChain.models[target.Model]
	targetKey := mipsevm.InferenceKey(target.Model, crypto.Keccak256Hash(target.Input), uint64(len(honestOut)))

	newPrestate := blockPrestate(t)
	prestate := newPrestate().Hash()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	o := newGethInferenceL1(t, ctx, lyingChain, prestate)
	l1 := o.client
	t.Logf("setup (two L2 chains, geth --dev, L1 contracts, %d batches): %v", n, time.Since(start).Round(time.Millisecond))

	// opML: the sequencer registers the model and posts its two results.
	opmlStart := time.Now()
	seqOpML, err := onchain.Connect(ctx, l1, o.opml, o.sequencer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seqOpML.RegisterModel(ctx, model.Root(), model.Len(),
		onchain.Limits{MaxInputBytes: seqOpML.Config.MaxInputBytes, MaxOutputBytes: seqOpML.Config.MaxOutputBytes}); err != nil {
		t.Fatal(err)
	}
	lieID, _, err := seqOpML.Submit(ctx, target.Model, target.Input, lieOut)
	if err != nil {
		t.Fatal(err)
	}
	other := lyingChain.inferences[1]
	otherID, _, err := seqOpML.Submit(ctx, other.Model, other.Input, other.Output)
	if err != nil {
		t.Fatal(err)
	}

	// The verifier's opML agent checks both natively and challenges the lie.
	verOpML, err := onchain.Connect(ctx, l1, o.opml, o.verifier, nil)
	if err != nil {
		t.Fatal(err)
	}
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Add(model.Bytes()); err != nil {
		t.Fatal(err)
	}
	ag, err := agent.New(agent.Config{Client: verOpML, Store: store, Program: o.claimProgram, CacheDir: t.TempDir(),
		Log:    slog.New(slog.NewTextHandler(logWriter{t}, nil)).With("agent", "verifier"),
		Defend: true, Challenge: true, Repost: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ag.Close()
	// tickUntil runs the agent's passes until done, each after a block
	// that brings the chain's time up to the wall clock's, for at most
	// a minute.
	tickUntil := func(what string, done func() bool) {
		t.Helper()
		deadline := time.Now().Add(time.Minute)
		for pass := 1; ; pass++ {
			if err := ag.Tick(ctx); err != nil {
				t.Logf("tick: %v", err)
			}
			if done() {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the agent: %s not done after %d passes", what, pass)
			}
			time.Sleep(500 * time.Millisecond)
			o.mine(ctx)
		}
	}
	claimOf := func(id uint64) onchain.Claim {
		t.Helper()
		cl, err := verOpML.Claim(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return cl
	}
	count := func() uint64 {
		t.Helper()
		c, err := verOpML.ClaimCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tickUntil("challenge", func() bool { return claimOf(lieID).Challenges == 1 })
	chs, err := verOpML.ChallengesOf(ctx, lieID)
	if err != nil || len(chs) != 1 {
		t.Fatalf("the lie's challenges: %+v, %v", chs, err)
	}
	// The sequencer does not defend its lie: the challenger wins once the
	// defender's clock has run out, in real time.
	g0, err := verOpML.Game(ctx, chs[0].GameID)
	if err != nil {
		t.Fatal(err)
	}
	o.waitUntil(ctx, g0.LastMoveAt+g0.Clock+1, "the liar's opML clock")
	tickUntil("repost", func() bool { return count() == 3 })
	if st := claimOf(lieID).Status; st != onchain.ClaimRejected {
		t.Fatalf("the lie's opML claim: %v, want rejected", st)
	}
	honestID := count() - 1
	if cl := claimOf(honestID); cl.Submitter != o.verifier.Address() || cl.Status != onchain.ClaimPending ||
		cl.InferenceKey() != targetKey || !bytes.Equal(cl.Output, honestOut) {
		t.Fatalf("the reposted claim %+v: want the verifier's, pending, on the lie's call with output %x", cl, honestOut)
	}
	t.Logf("opML: the lie rejected, the honest claim %d posted: %v (%v in all)", honestID,
		time.Since(opmlStart).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))

	// What each side's block program reads, as on the embedded L1.
	liarClaim := *bc
	liarClaim.AddInferences([]Inference{{Model: target.Model, Input: target.Input, Output: lieOut}, other}, lyingChain.models)
	verClaim := *bc
	for _, id := range []uint64{honestID, otherID} {
		cl := claimOf(id)
		in, err := verOpML.ClaimInput(ctx, cl)
		if err != nil {
			t.Fatal(err)
		}
		verClaim.AddInferences([]Inference{{Model: oracle.Address(cl.Model), Input: in, Output: cl.Output}}, lyingChain.models)
	}
	keys := liarClaim.InferenceKeys()
	claimIDs := claimIDsFor(t, keys, claimOf(honestID), claimOf(otherID))
	word := rollup.ClaimedWord(lie, keys)
	if r := RunNative(liarClaim.Host(word), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("natively, with the lying result, the lie gives exit %d (%v), want a match", r.Code, r.Err)
	}
	if r := RunNative(verClaim.Host(word), nil); r.Code != blockprog.ExitMismatch || r.Root != honestRoot {
		t.Fatalf("natively, with opML's results, the lie gives exit %d (%v), root %s; want a mismatch and the honest chain's %s",
			r.Code, r.Err, r.Root, honestRoot)
	}

	// The sequencer proposes its root on the honest block 1; the verifier
	// disputes it.
	liar, err := output.Connect(ctx, l1, o.oracle, o.sequencer)
	if err != nil {
		t.Fatal(err)
	}
	ver, err := output.Connect(ctx, l1, o.oracle, o.verifier)
	if err != nil {
		t.Fatal(err)
	}
	prop, err := output.Connect(ctx, l1, o.oracle, o.proposer)
	if err != nil {
		t.Fatal(err)
	}
	if liarClaim.ParentOutput != verClaim.ParentOutput {
		t.Fatalf("the chains' blocks %d differ: %+v, %+v", n-1, liarClaim.ParentOutput, verClaim.ParentOutput)
	}
	parentID := output.Genesis
	if n > 1 {
		if parentID, _, err = prop.Propose(ctx, n-1, verClaim.ParentOutput.Root(), output.Genesis); err != nil {
			t.Fatal(err)
		}
	}
	wrongID, _, err := liar.ProposeWithClaims(ctx, n, lie, claimIDs, parentID)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := o.inbox.Raw(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := ver.Dispute(ctx, wrongID, raw)
	if err != nil {
		t.Fatal(err)
	}

	gameStart := time.Now()
	liarTrace, verTrace := blockTrace(t, newPrestate, &liarClaim, word, "liar"), blockTrace(t, newPrestate, &verClaim, word, "verifier")
	liarGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.sequencer, nil)
	if err != nil {
		t.Fatal(err)
	}
	verGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.verifier, nil)
	if err != nil {
		t.Fatal(err)
	}
	defender := &output.Player{Game: liarGame, ID: d.GameID, Me: o.sequencer.Address(), Trace: liarTrace}
	challenger := &output.Player{Game: verGame, ID: d.GameID, Me: o.verifier.Address(), Trace: verTrace, Witness: verTrace, OpML: verOpML}
	g := playToStep(t, ctx, defender, challenger, o.gameParams.Depth)
	w, err := verTrace.Witness(ctx, g.Segment.Start)
	if err != nil {
		t.Fatal(err)
	}
	if !w.HasPreimage || w.PreimageKey != targetKey || !bytes.Equal(w.PreimageValue, honestOut) || w.PreimageOffset < 8 {
		t.Fatalf("the disputed step %d reads key %x at offset %d (value %x, preimage %v); want the result %x of key %x",
			g.Segment.Start, w.PreimageKey, w.PreimageOffset, w.PreimageValue, w.HasPreimage, honestOut, targetKey)
	}
	exit, err := verTrace.ExitStep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bisected to step %d of %d (%s, preimage offset %d) in %v", g.Segment.Start, exit, agent.Instruction(w),
		w.PreimageOffset, time.Since(gameStart).Round(time.Millisecond))

	// Not while the honest claim is pending. Only a settle makes a claim
	// Final, and only the agent, not ticked since the repost, would send
	// it: however long the bisection took in real time, the claim is
	// pending here.
	if st := claimOf(honestID).Status; st != onchain.ClaimPending {
		t.Fatalf("the honest claim before the step: %v, want pending", st)
	}
	if _, rs, err := challenger.Move(ctx); !errors.Is(err, onchain.ErrNoFinalClaim) || len(rs) != 0 {
		t.Fatalf("the step before the honest claim is Final: %v (%d transactions), want ErrNoFinalClaim and nothing sent", err, len(rs))
	} else {
		t.Logf("before the honest claim is Final: %v", err)
	}
	part := mipsevm.PreimagePart(w.PreimageValue, w.PreimageOffset)
	for _, id := range []uint64{honestID, lieID} {
		_, err := verGame.LoadInferencePart(ctx, id, [32]byte(target.Model), crypto.Keccak256Hash(target.Input), uint64(len(honestOut)), part)
		if !onchain.IsRevert(err) || onchain.RevertReason(err) != "PreimageOracle: claim not final" {
			t.Fatalf("loading the result from claim %d (%v): %v; want the oracle's refusal", id, claimOf(id).Status, err)
		}
	}

	// The honest claim's window ends (in real time, long since, unless
	// the bisection was quick); the agent settles it Final. The sequencer
	// settles its other, honest claim.
	o.waitUntil(ctx, claimOf(honestID).SubmittedAt+gethInfOpMLWindow, "the honest claim's opML window")
	tickUntil("settle", func() bool { return claimOf(honestID).Status == onchain.ClaimFinal })
	final, err := verOpML.FinalClaimFor(ctx, targetKey)
	if err != nil || final.ID != honestID {
		t.Fatalf("the Final claim for the call: %+v, %v; want claim %d", final, err, honestID)
	}
	if cl := claimOf(otherID); cl.Status != onchain.ClaimFinal {
		o.waitUntil(ctx, cl.SubmittedAt+gethInfOpMLWindow, "the other claim's opML window")
		if _, err := seqOpML.Settle(ctx, otherID); err != nil {
			t.Fatal(err)
		}
	}
	_, rs, err := challenger.Move(ctx)
	if err != nil {
		t.Fatalf("the step: %v", err)
	}
	if len(rs) != 2 {
		t.Fatalf("the step sent %d transactions, want 2 (load the part, step)", len(rs))
	}
	t.Logf("loadInferencePart: %d gas; step: %d gas", rs[0].GasUsed, rs[1].GasUsed)
	if g, err = verGame.Game(ctx, d.GameID); err != nil || g.Status != onchain.GameChallengerWon {
		t.Fatalf("the game after the step: %v, %v; want the challenger's win", g.Status, err)
	}
	if _, err := ver.ResolveDispute(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if p, err := ver.Proposal(ctx, wrongID); err != nil || p.Status != output.Rejected {
		t.Fatalf("the lie after its dispute: %+v, %v", p, err)
	}
	t.Logf("output dispute, from the dispute to its resolution: %v", time.Since(gameStart).Round(time.Millisecond))

	// The honest root, with its claims and parent, undisputed, settles
	// Final once the window has passed in real time.
	if r := RunNative(verClaim.Host(rollup.ClaimedWord(honestRoot, keys)), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("natively, the honest root with its claims: exit %d (%v)", r.Code, r.Err)
	}
	okID, _, err := prop.ProposeWithClaims(ctx, n, honestRoot, claimIDs, parentID)
	if err != nil {
		t.Fatal(err)
	}
	okProp, err := prop.Proposal(ctx, okID)
	if err != nil {
		t.Fatal(err)
	}
	if okProp.Parent != parentID || !slices.Equal(okProp.Claims, claimIDs) {
		t.Fatalf("the honest proposal names parent %d and claims %v; want %d and %v", okProp.Parent, okProp.Claims, parentID, claimIDs)
	}
	settle := []uint64{wrongID, okID}
	if n > 1 {
		settle = append([]uint64{parentID}, settle...)
	}
	// Before the window the honest proposal cannot settle.
	if _, err := prop.Settle(ctx, okID); !onchain.IsRevert(err) {
		t.Fatalf("settling the honest proposal within its window: %v, want a revert", err)
	}
	o.waitUntil(ctx, okProp.ProposedAt+gethInfWindow+1, "the output window")
	for _, id := range settle {
		if _, err := prop.Settle(ctx, id); err != nil {
			t.Fatalf("settle proposal %d: %v", id, err)
		}
	}
	if p, err := prop.Proposal(ctx, okID); err != nil || p.Status != output.Final {
		t.Fatalf("the honest proposal: %+v, %v", p, err)
	}
	if root, err := prop.FinalOutput(ctx, n); err != nil || root != honestRoot {
		t.Fatalf("final output of block %d: %s, %v; want %s", n, root, err, honestRoot)
	}
	o.mu.Lock()
	var total uint64
	var txs int
	for _, k := range slices.Sorted(maps.Keys(o.gas)) {
		t.Logf("gas: %-45s %3d transactions %10d gas", k, o.txs[k], o.gas[k])
		total += o.gas[k]
		txs += o.txs[k]
	}
	o.mu.Unlock()
	t.Logf("all: %d transactions, %d gas; wall time %v", txs, total, time.Since(start).Round(time.Millisecond))
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("out of time")
	}
}
