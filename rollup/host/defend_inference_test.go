package host

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"maps"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestOutputDefendInference: the honest proposer defends the honest
// output root of an L2 block with inference calls (FashionGate: a pullover
// refused, an ankle boot admitted) against a lying challenger, twice, on
// one proposal. The honest sequencer's OpML claims on the block's two
// calls are Final; the liar's claim that the pullover is an ankle boot
// (class 9) was challenged by the honest agent and is Rejected.
//
//   - The first dispute's liar plays a real trace: the block program run
//     with its lying result served under the call's inference key (it
//     rejects the honest root). The game narrows to the step that reads
//     the result's byte; the liar must execute it and cannot: the
//     PreimageOracle loads an inference result only from a Final claim,
//     and the only Final claim on the call holds the honest output (its
//     Player refuses to step, and loadInferencePart from its Rejected
//     claim reverts). It loses by its clock.
//   - The second dispute's liar plays the honest trace up to the read and
//     a made-up one after it (game.Lie from the read's step + 1). The game
//     narrows to the same step; the liar executes it, loading the result
//     from the Final claim (the only loadable value); MIPS.sol's post-state
//     is the honest one and the defender wins.
//
// The proposal settles Final and both dispute bonds go to the proposer.
//
// Accounts: o.sequencer posts the batches and the honest OpML claims;
// o.proposer proposes and runs the honest opML agent; o.verifier is the
// liar (its opML lie and both disputes).
func TestOutputDefendInference(t *testing.T) {
	start := time.Now()
	c, _, pullover, _ := newGateChain(t, nil)
	if p, b := admitted(c); p || !b {
		t.Fatalf("the honest gate admitted the pullover: %v, the boot: %v; want only the boot", p, b)
	}
	n := c.infer
	if len(c.inferences) != 2 || !bytes.Equal(c.inferences[0].Input, pullover) {
		t.Fatalf("the chain's inferences: %+v", c.inferences)
	}
	target, other := c.inferences[0], c.inferences[1]
	honestOut, lieOut := target.Output, []byte{9}
	if !bytes.Equal(honestOut, []byte{2}) {
		t.Fatalf("the model classifies the pullover as %x, want 02", honestOut)
	}
	model := c.models[target.Model]
	targetKey := mipsevm.InferenceKey(target.Model, crypto.Keccak256Hash(target.Input), uint64(len(honestOut)))

	// Each side's view of block n: the honest one reads the honest results
	// (what the Final claims hold), the liar its lie for the pullover.
	honestClaim := inferenceClaim(t, c)
	honestRoot := honestClaim.Output.Root()
	liarClaim, err := Prepare(BlockChain{c.bc}, testChainID, n)
	if err != nil {
		t.Fatal(err)
	}
	liarClaim.AddInferences([]Inference{{Model: target.Model, Input: target.Input, Output: lieOut}, other}, c.models)
	keys := honestClaim.InferenceKeys()
	if !slices.Equal(keys, liarClaim.InferenceKeys()) || len(keys) != 2 || keys[0] != targetKey {
		t.Fatalf("inference keys: honest %v, liar's %v; want the same two, the pullover's %x first", keys, liarClaim.InferenceKeys(), targetKey)
	}
	word := rollup.ClaimedWord(honestRoot, keys)
	if word != honestClaim.Word() {
		t.Fatalf("the proposal's word %s is not the honest claim's %s", word, honestClaim.Word())
	}
	if r := RunNative(honestClaim.Host(word), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("natively, the honest root with the honest results: exit %d (%v), want a match", r.Code, r.Err)
	}
	if r := RunNative(liarClaim.Host(word), nil); r.Code != blockprog.ExitMismatch || r.Root == honestRoot {
		t.Fatalf("natively, the honest root with the lying result: exit %d (%v), root %s; want a mismatch", r.Code, r.Err, r.Root)
	}

	newPrestate := blockPrestate(t)
	prestate := newPrestate().Hash()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	o := newInferenceL1(t, ctx, c, prestate)
	l1 := o.l1.Client()
	t.Logf("setup (L2 chain, L1 contracts, %d batches): %v", n, time.Since(start).Round(time.Millisecond))

	// opML: the honest sequencer registers the model and posts both
	// results; the liar posts its lie on the pullover's call.
	seqOpML, err := onchain.Connect(ctx, l1, o.opml, o.sequencer, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := seqOpML.RegisterModel(ctx, model.Root(), model.Len(),
		onchain.Limits{MaxInputBytes: seqOpML.Config.MaxInputBytes, MaxOutputBytes: seqOpML.Config.MaxOutputBytes}); err != nil {
		t.Fatal(err)
	}
	var claimIDs []uint64
	for _, inf := range c.inferences {
		id, _, err := seqOpML.Submit(ctx, inf.Model, inf.Input, inf.Output)
		if err != nil {
			t.Fatal(err)
		}
		claimIDs = append(claimIDs, id)
	}
	liarOpML, err := onchain.Connect(ctx, l1, o.opml, o.verifier, nil)
	if err != nil {
		t.Fatal(err)
	}
	lieID, _, err := liarOpML.Submit(ctx, target.Model, target.Input, lieOut)
	if err != nil {
		t.Fatal(err)
	}

	// The proposer's opML agent checks the three natively and challenges
	// the lie; the liar does not defend it and loses on time.
	propOpML, err := onchain.Connect(ctx, l1, o.opml, o.proposer, nil)
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
	ag, err := agent.New(agent.Config{Client: propOpML, Store: store, Program: o.claimProgram, CacheDir: t.TempDir(),
		Log:    slog.New(slog.NewTextHandler(logWriter{t}, nil)).With("agent", "proposer"),
		Defend: true, Challenge: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ag.Close()
	claimOf := func(id uint64) onchain.Claim {
		t.Helper()
		cl, err := propOpML.Claim(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return cl
	}
	tickUntil := func(what string, done func() bool) {
		t.Helper()
		for range 8 {
			if err := ag.Tick(ctx); err != nil {
				t.Logf("tick: %v", err)
			}
			if done() {
				return
			}
		}
		t.Fatalf("the agent: %s not done after 8 passes", what)
	}
	tickUntil("challenge", func() bool { return claimOf(lieID).Challenges == 1 })
	for _, id := range claimIDs {
		if cl := claimOf(id); cl.Challenges != 0 {
			t.Fatalf("the agent challenged the honest claim %d: %+v", id, cl)
		}
	}
	if err := o.l1.AdjustTime((outputOpMLClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tickUntil("win on time", func() bool { return claimOf(lieID).Status == onchain.ClaimRejected })
	if err := o.l1.AdjustTime((outputOpMLWindow + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, id := range claimIDs {
		if _, err := seqOpML.Settle(ctx, id); err != nil {
			t.Fatalf("settle claim %d: %v", id, err)
		}
		if st := claimOf(id).Status; st != onchain.ClaimFinal {
			t.Fatalf("the honest claim %d: %v, want Final", id, st)
		}
	}
	if final, err := propOpML.FinalClaimFor(ctx, targetKey); err != nil || final.ID != claimIDs[0] || !bytes.Equal(final.Output, honestOut) {
		t.Fatalf("the Final claim for the pullover's call: %+v, %v; want claim %d with %x", final, err, claimIDs[0], honestOut)
	}
	t.Logf("opML: the lie (claim %d) rejected, the honest claims %v Final: %v", lieID, claimIDs, time.Since(start).Round(time.Millisecond))

	// The honest proposer proposes block n-1 (the parent) and block n's
	// honest root listing the Final claims; the liar disputes the latter
	// twice, at once (the window runs in the L1's time).
	prop, err := output.Connect(ctx, l1, o.oracle, o.proposer)
	if err != nil {
		t.Fatal(err)
	}
	liar, err := output.Connect(ctx, l1, o.oracle, o.verifier)
	if err != nil {
		t.Fatal(err)
	}
	parentID := output.Genesis
	if n > 1 {
		if parentID, _, err = prop.Propose(ctx, n-1, honestClaim.ParentOutput.Root(), output.Genesis); err != nil {
			t.Fatal(err)
		}
	}
	okID, _, err := prop.ProposeWithClaims(ctx, n, honestRoot, claimIDs, parentID)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := o.inbox.Raw(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	d1, _, err := liar.Dispute(ctx, okID, raw)
	if err != nil {
		t.Fatal(err)
	}
	d2, _, err := liar.Dispute(ctx, okID, raw)
	if err != nil {
		t.Fatal(err)
	}

	provider := func(cl *BlockClaim, who string) *trace.Provider {
		t.Helper()
		p, err := trace.New(trace.Config{
			Prestate: func() (*mipsevm.State, error) { return newPrestate(), nil },
			Oracle:   cl.Host(word),
			Identity: who + " " + word.Hex(),
			Dir:      t.TempDir(),
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		return p
	}
	honestTrace, liarTrace := provider(honestClaim, "honest"), provider(liarClaim, "liar")
	propGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.proposer, nil)
	if err != nil {
		t.Fatal(err)
	}
	liarGame, err := onchain.ConnectGame(ctx, l1, o.blockGame, o.verifier, nil)
	if err != nil {
		t.Fatal(err)
	}
	// toStep plays a game until its step phase (the defender bisects, the
	// challenger chooses) and returns it there.
	toStep := func(defender, challenger *output.Player) onchain.Game {
		t.Helper()
		for i := 0; ; i++ {
			if i > 2*int(o.gameParams.Depth)+4 {
				t.Fatal("the game does not reach its step")
			}
			g, _, err := defender.Move(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if g.Phase == onchain.PhaseStep || g.Status != onchain.GameInProgress {
				if g.Status != onchain.GameInProgress || g.Segment.Length != 1 {
					t.Fatalf("game %d is %v in phase %v at %v, want the step", defender.ID, g.Status, g.Phase, g.Segment)
				}
				return g
			}
			if _, _, err := challenger.Move(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}

	// Dispute 1: the liar's real trace with the lying result.
	gameStart := time.Now()
	def1 := &output.Player{Game: propGame, ID: d1.GameID, Me: o.proposer.Address(), Trace: honestTrace}
	chal1 := &output.Player{Game: liarGame, ID: d1.GameID, Me: o.verifier.Address(), Trace: liarTrace, Witness: liarTrace, OpML: liarOpML}
	g1 := toStep(def1, chal1)
	s := g1.Segment.Start
	// The step is the read of the result's byte: the honest run reads the
	// Final output, the liar's its lie, under the same key and offset.
	hw, err := honestTrace.Witness(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if !hw.HasPreimage || hw.PreimageKey != targetKey || !bytes.Equal(hw.PreimageValue, honestOut) || hw.PreimageOffset < 8 {
		t.Fatalf("the disputed step %d reads key %x at offset %d (value %x, preimage %v); want the result %x of key %x",
			s, hw.PreimageKey, hw.PreimageOffset, hw.PreimageValue, hw.HasPreimage, honestOut, targetKey)
	}
	lw, err := liarTrace.Witness(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if !lw.HasPreimage || lw.PreimageKey != targetKey || !bytes.Equal(lw.PreimageValue, lieOut) || lw.PreimageOffset != hw.PreimageOffset {
		t.Fatalf("the liar's step %d reads key %x at offset %d (value %x); want its lie %x under %x at %d",
			s, lw.PreimageKey, lw.PreimageOffset, lw.PreimageValue, lieOut, targetKey, hw.PreimageOffset)
	}
	if pre, err := liarTrace.StateHash(ctx, s); err != nil || pre != g1.StartHash {
		t.Fatalf("the liar's state at %d: %x, %v; the game's start %x", s, pre, err, g1.StartHash)
	}
	exit, err := honestTrace.ExitStep(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("game 1 bisected to step %d of %d (%s, preimage offset %d) in %v", s, exit, agent.Instruction(hw),
		hw.PreimageOffset, time.Since(gameStart).Round(time.Millisecond))
	// The liar cannot execute it with its lie: the Final claim holds
	// another output, and its own claim is Rejected.
	if _, rs, err := chal1.Move(ctx); err == nil || len(rs) != 0 || !strings.Contains(err.Error(), "is not the result") {
		t.Fatalf("the liar's step with its lie: %v (%d transactions); want a refusal and nothing sent", err, len(rs))
	} else {
		t.Logf("the liar's step: %v", err)
	}
	part := mipsevm.PreimagePart(lw.PreimageValue, lw.PreimageOffset)
	if _, err := liarGame.LoadInferencePart(ctx, lieID, [32]byte(target.Model), crypto.Keccak256Hash(target.Input), uint64(len(lieOut)), part); !onchain.IsRevert(err) || onchain.RevertReason(err) != "PreimageOracle: claim not final" {
		t.Fatalf("loading the lie from its Rejected claim %d: %v; want the oracle's refusal", lieID, err)
	}
	// Nor can it step without loading: nothing is loaded under the key.
	if _, err := liarGame.StepLoaded(ctx, d1.GameID, lw); !onchain.IsRevert(err) || !strings.Contains(onchain.RevertReason(err), "not loaded") {
		t.Fatalf("the liar's step with nothing loaded: %v; want the oracle's refusal", err)
	} else {
		t.Logf("the liar's step with nothing loaded: %s", onchain.RevertReason(err))
	}
	// Not decided while the liar's clock runs.
	if _, err := prop.ResolveDispute(ctx, d1.ID); !onchain.IsRevert(err) {
		t.Fatalf("resolving dispute %d before the liar's clock ran out: %v; want a revert", d1.ID, err)
	}

	// Dispute 2: the honest trace up to the read, made up after it.
	gameStart = time.Now()
	def2 := &output.Player{Game: propGame, ID: d2.GameID, Me: o.proposer.Address(), Trace: honestTrace}
	chal2 := &output.Player{Game: liarGame, ID: d2.GameID, Me: o.verifier.Address(),
		Trace: game.Lie{Honest: honestTrace, From: s + 1, Length: o.gameParams.TraceLength()}, Witness: honestTrace, OpML: liarOpML}
	g2 := toStep(def2, chal2)
	if g2.Segment.Start != s {
		t.Fatalf("game 2 narrowed to %v, want the read's step %d", g2.Segment, s)
	}
	t.Logf("game 2 bisected to step %d in %v", s, time.Since(gameStart).Round(time.Millisecond))
	// The liar believes its trace and executes the step: the only value it
	// can load is the Final claim's, and MIPS.sol's post-state is the
	// honest one.
	_, rs, err := chal2.Move(ctx)
	if err != nil {
		t.Fatalf("the liar's step: %v", err)
	}
	if len(rs) != 2 {
		t.Fatalf("the liar's step sent %d transactions, want 2 (load the part, step)", len(rs))
	}
	t.Logf("loadInferencePart (from Final claim %d): %d gas; step: %d gas", claimIDs[0], rs[0].GasUsed, rs[1].GasUsed)
	if g, err := propGame.Game(ctx, d2.GameID); err != nil || g.Status != onchain.GameDefenderWon {
		t.Fatalf("game 2 after the step: %v, %v; want the defender's win", g.Status, err)
	}
	if _, err := prop.ResolveDispute(ctx, d2.ID); err != nil {
		t.Fatal(err)
	}

	// Game 1: the liar's clock runs out; the defender wins.
	if err := o.l1.AdjustTime((outputClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := prop.ResolveDispute(ctx, d1.ID); err != nil {
		t.Fatal(err)
	}
	if g, err := propGame.Game(ctx, d1.GameID); err != nil || g.Status != onchain.GameDefenderWon {
		t.Fatalf("game 1 after the liar's clock: %v, %v; want the defender's win", g.Status, err)
	}
	for _, d := range []output.Dispute{d1, d2} {
		if r, err := prop.ReadDispute(ctx, d.ID); err != nil || !r.Resolved || r.ChallengerWon {
			t.Fatalf("dispute %d: %+v, %v; want resolved for the proposer", d.ID, r, err)
		}
	}
	if _, err := liar.ClaimReward(ctx, d1.ID); !onchain.IsRevert(err) {
		t.Fatalf("the liar's reward for a lost dispute: %v; want a revert", err)
	}

	// The honest proposal (and its parent) settle Final.
	if err := o.l1.AdjustTime((outputWindow + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	settle := []uint64{okID}
	if n > 1 {
		settle = []uint64{parentID, okID}
	}
	for _, id := range settle {
		if _, err := prop.Settle(ctx, id); err != nil {
			t.Fatalf("settle proposal %d: %v", id, err)
		}
	}
	if p, err := prop.Proposal(ctx, okID); err != nil || p.Status != output.Final {
		t.Fatalf("the honest proposal: %+v, %v; want Final", p, err)
	}
	if root, err := prop.FinalOutput(ctx, n); err != nil || root != honestRoot {
		t.Fatalf("final output of block %d: %s, %v; want %s", n, root, err, honestRoot)
	}
	// The proposer: its proposals' bonds back and both of the liar's
	// dispute bonds; the liar: nothing.
	want := new(big.Int).Add(new(big.Int).Mul(proposalBond, big.NewInt(int64(len(settle)))), new(big.Int).Mul(disputeBond, big.NewInt(2)))
	if got, err := prop.Credit(ctx, o.proposer.Address()); err != nil || got.Cmp(want) != 0 {
		t.Fatalf("the proposer's credit %v, %v; want %v", got, err, want)
	}
	if got, err := liar.Credit(ctx, o.verifier.Address()); err != nil || got.Sign() != 0 {
		t.Fatalf("the liar's credit %v, %v; want 0", got, err)
	}
	t.Log("gas (account \"verifier\" is the liar, \"proposer\" the honest proposer and opML agent):")
	for _, k := range slices.Sorted(maps.Keys(o.gas)) {
		t.Logf("gas: %-45s %3d transactions %10d gas", k, o.txs[k], o.gas[k])
	}
	t.Logf("wall time: %v", time.Since(start).Round(time.Millisecond))
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("out of time")
	}
}
