package host

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
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
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/ethash"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
)

// inferenceL1 is an L1 (the embedded chain) for a dispute over an
// inference result: opML deployed over the claim-checking program (so an
// agent can play its games), a BatchInbox holding the test chain's blocks
// up to its inference block, the block program's DisputeGame on opML's
// MIPS and PreimageOracle, and an OutputOracle.
type inferenceL1 struct {
	l1                            *devnet.Devnet
	sequencer, proposer, verifier *onchain.Sender
	inbox                         *batch.Inbox
	opml                          onchain.Addresses
	claimProgram                  []byte
	blockGame                     common.Address
	gameParams                    game.Params
	oracle                        common.Address // the OutputOracle
	gas                           map[string]uint64
	txs                           map[string]int
}

func newInferenceL1(t *testing.T, ctx context.Context, c *testChain, prestate [32]byte) *inferenceL1 {
	t.Helper()
	keys := devnet.DevKeys(3)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l1.Close() })
	o := &inferenceL1{l1: l1, gas: map[string]uint64{}, txs: map[string]int{}}
	senders := make([]*onchain.Sender, 3)
	for i, k := range keys {
		s, err := onchain.NewSender(ctx, l1.Client(), k, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Poll = 10 * time.Millisecond
		role := [...]string{"sequencer", "proposer", "verifier"}[i]
		s.OnReceipt = func(what string, r *types.Receipt) {
			o.gas[role+": "+kind(what)] += r.GasUsed
			o.txs[role+": "+kind(what)]++
		}
		senders[i] = s
	}
	o.sequencer, o.proposer, o.verifier = senders[0], senders[1], senders[2]

	addr, r, err := batch.Deploy(ctx, o.sequencer, o.sequencer.Address())
	if err != nil {
		t.Fatal(err)
	}
	if o.inbox, err = batch.Connect(ctx, l1.Client(), addr, r.BlockNumber.Uint64(), o.sequencer); err != nil {
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
	// opML over the claim program: arity 4, 4^12 = 16.8M steps hold the
	// classifier's run (7.2M).
	if o.opml, _, err = onchain.Deploy(ctx, o.sequencer, onchain.DeployParams{
		Prestate: pre.Hash(), Game: game.Params{Arity: 4, Depth: 12}, ChallengeWindow: outputOpMLWindow, Clock: outputOpMLClock,
		ClaimBond: big.NewInt(1000), ChallengeBond: big.NewInt(100),
	}); err != nil {
		t.Fatal(err)
	}
	o.gameParams = game.Params{Arity: 4, Depth: 14}
	if o.blockGame, _, err = onchain.DeployGame(ctx, o.sequencer, o.opml.MIPS, o.opml.Oracle, prestate, o.gameParams); err != nil {
		t.Fatal(err)
	}
	if o.oracle, _, err = output.Deploy(ctx, o.sequencer, addr, o.blockGame, o.opml.OpML, output.Params{
		ChainID: testChainID, ChallengeWindow: outputWindow, Clock: outputClock,
		ProposalBond: proposalBond, DisputeBond: disputeBond, GenesisOutput: genesisOutput(t, c),
	}); err != nil {
		t.Fatal(err)
	}
	return o
}

// logWriter writes an agent's log lines to the test's log.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(string(bytes.TrimRight(p, "\n")))
	return len(p), nil
}

// fashionDir holds the committed Fashion-MNIST classifier and test images.
var fashionDir = filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata")

// newGateChain is an L2 chain of two blocks around the FashionGate example
// contract (footwear only, decided by the Fashion-MNIST classifier through
// the inference precompile): block 1 deploys it on the model; in block 2
// key 1 tries to enter with a pullover (class 2) and key 2 with an ankle
// boot (class 9). The precompile answers lie(call, honest output) (nil:
// honest) and is installed until the test ends; inferences records the
// honest outputs.
func newGateChain(t *testing.T, lie func(gethadapter.Call, []byte) []byte) (c *testChain, gate common.Address, pullover, boot []byte) {
	t.Helper()
	file, err := os.ReadFile(filepath.Join(fashionDir, "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	model := oracle.NewModel(file)
	if pullover, err = os.ReadFile(filepath.Join(fashionDir, "images", "0001-2.bin")); err != nil {
		t.Fatal(err)
	}
	if boot, err = os.ReadFile(filepath.Join(fashionDir, "images", "0000-9.bin")); err != nil {
		t.Fatal(err)
	}
	config := rollup.ChainConfig(testChainID)
	c = &testChain{config: config, infer: 2, models: map[oracle.Address]*oracle.Model{model.Address(): model}}
	store, err := oracle.OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.Add(model.Bytes()); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	record := func(call gethadapter.Call, out []byte) []byte {
		if id := string(gethadapter.EncodeCall(call)); !seen[id] {
			seen[id] = true
			c.inferences = append(c.inferences, Inference{Model: call.Model, Input: bytes.Clone(call.Input), Output: bytes.Clone(out)})
		}
		if lie != nil {
			return lie(call, out)
		}
		return out
	}
	t.Cleanup(gethadapter.Install(gethadapter.New(store, gethadapter.Options{Lie: record, Bounds: gethadapter.DefaultBounds()})))
	alloc := core.SystemContractAllocs()
	for i := range 3 {
		c.keys = append(c.keys, testKey(i))
		alloc[crypto.PubkeyToAddress(c.keys[i].PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e6), big.NewInt(params.Ether))}
	}
	alloc[rollup.WithdrawalContract] = types.Account{Code: withdrawalCode, Balance: new(big.Int)}
	c.genesis = &core.Genesis{Config: config, GasLimit: 30_000_000, Alloc: alloc, BaseFee: big.NewInt(params.InitialBaseFee)}
	signer := types.LatestSigner(config)
	engine := beacon.New(ethash.NewFaker())
	gate = crypto.CreateAddress(crypto.PubkeyToAddress(c.keys[0].PublicKey), 0)
	gen := func(i int, b *core.BlockGen) {
		tx := func(k int, to *common.Address, data []byte, gas uint64) {
			from := crypto.PubkeyToAddress(c.keys[k].PublicKey)
			b.AddTx(types.MustSignNewTx(c.keys[k], signer, &types.DynamicFeeTx{
				ChainID: config.ChainID, Nonce: b.TxNonce(from), GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
				Gas: gas, To: to, Data: data,
			}))
		}
		switch i + 1 {
		case 1:
			tx(0, nil, append(common.FromHex(bindings.FashionGateMetaData.Bin), gateABI.PackConstructor([32]byte(model.Address()))...), 2_000_000)
		case 2:
			tx(1, &gate, gateABI.PackEnter(pullover), 1_000_000)
			tx(2, &gate, gateABI.PackEnter(boot), 1_000_000)
		}
	}
	_, blocks, _ := core.GenerateChainWithGenesis(c.genesis, engine, 2, gen)
	bc, err := core.NewBlockChain(rawdb.NewMemoryDatabase(), c.genesis, engine, core.DefaultConfig().WithArchive(true))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(bc.Stop)
	if _, err := bc.InsertChain(blocks); err != nil {
		t.Fatalf("insert chain: %v", err)
	}
	c.bc = bc
	return c, gate, pullover, boot
}

// admitted is whether block 2's two entries succeeded.
func admitted(c *testChain) (pullover, boot bool) {
	r := c.receipts(2)
	return r[0].Status == types.ReceiptStatusSuccessful, r[1].Status == types.ReceiptStatusSuccessful
}

var gateABI = bindings.NewFashionGate()

// TestOutputDisputeInference: a sequencer lies about an inference result
// in an L2 block (its precompile classifies a pullover as an ankle boot, so
// its FashionGate admits the pullover's sender) and posts the lie to opML
// as a claim; an honest agent challenges it, wins (the liar does not defend),
// and posts the honest claim (Config.Repost), which becomes Final. The
// sequencer proposes the output root its lying block gives; the honest
// verifier disputes it. The liar's trace is the block program run with its
// lying result served under the inference key (it accepts the lie's
// root), the verifier's the run with the results of the opML claims on
// the block's calls (it rejects it): the game bisects to the step that
// reads the result's byte, which cannot be executed while the honest claim
// is pending (the oracle refuses a pending or rejected claim; the Player
// says no claim is Final yet) and is executed once it is Final: the
// Player loads the part from the Final claim (loadInferencePart) and
// MIPS.sol executes the step. The lie is rejected; the honest root, which
// the honest chain's block has, is proposed, undisputed, and settles Final.
func TestOutputDisputeInference(t *testing.T) {
	start := time.Now()
	// The honest chain first (its claim prepared while its precompile is
	// the one installed), then the lying one, whose precompile stays
	// installed for what follows: go-ethereum's precompiles are
	// process-wide, and Prepare re-executes the block. The lying
	// sequencer's precompile classifies the pullover as an ankle boot
	// (class 9), and its gate admits it.
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
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	o := newInferenceL1(t, ctx, lyingChain, prestate)
	l1 := o.l1.Client()
	t.Logf("setup (two L2 chains, L1 contracts, %d batches): %v", n, time.Since(start).Round(time.Millisecond))

	// opML: the sequencer registers the model and posts its two results,
	// the lie and the other, honest one.
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
	claimOf := func(id uint64) onchain.Claim {
		t.Helper()
		cl, err := verOpML.Claim(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return cl
	}
	tickUntil("challenge", func() bool { return claimOf(lieID).Challenges == 1 })
	// The sequencer does not defend its lie: the challenger wins on time.
	if err := o.l1.AdjustTime((outputOpMLClock + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	count := func() uint64 {
		t.Helper()
		c, err := verOpML.ClaimCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tickUntil("repost", func() bool { return count() == 3 })
	if st := claimOf(lieID).Status; st != onchain.ClaimRejected {
		t.Fatalf("the lie's opML claim: %v, want rejected", st)
	}
	honestID := count() - 1
	if cl := claimOf(honestID); cl.Submitter != o.verifier.Address() || cl.Status != onchain.ClaimPending ||
		cl.InferenceKey() != targetKey || !bytes.Equal(cl.Output, honestOut) {
		t.Fatalf("the reposted claim %+v: want the verifier's, pending, on the lie's call with output %x", cl, honestOut)
	}
	if _, err := seqOpML.Settle(ctx, otherID); err != nil {
		t.Fatal(err)
	}
	t.Logf("opML: the lie rejected, the honest claim %d posted: %v", honestID, time.Since(start).Round(time.Millisecond))

	// What each side's block program reads for the block's calls: the liar
	// its own results; the verifier the outputs of the opML claims it
	// relies on (the honest claim it posted, the sequencer's Final one).
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
	// Proposals list the OpML claims of the results the block reads, in
	// first-read order (docs/rollup.md, "The inference rule"). The lie's
	// claim is Rejected, so the liar lists the Final claims on the same
	// calls (an inference key names the call, not the result): its word
	// folds its lying root with the same keys the honest word folds.
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

	// The sequencer proposes its root; the verifier disputes it.
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
	// Block 1 (the gate's deployment) is the same on both chains: its
	// honest output, proposed first, is the parent both proposals of
	// block 2 name.
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
	// The step is the read of the result's byte: the liar's post-state is
	// another than the verifier's only through what it read.
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

	// Not while the honest claim is pending: the Player finds no Final
	// claim and sends nothing; the oracle refuses the pending claim and
	// the rejected lie.
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

	// The honest claim's window ends; the agent settles it Final.
	if err := o.l1.AdjustTime((outputOpMLWindow + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	tickUntil("settle", func() bool { return claimOf(honestID).Status == onchain.ClaimFinal })
	final, err := verOpML.FinalClaimFor(ctx, targetKey)
	if err != nil || final.ID != honestID {
		t.Fatalf("the Final claim for the call: %+v, %v; want claim %d", final, err, honestID)
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
	t.Logf("game over after %v", time.Since(gameStart).Round(time.Millisecond))
	if _, err := ver.ResolveDispute(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if p, err := ver.Proposal(ctx, wrongID); err != nil || p.Status != output.Rejected {
		t.Fatalf("the lie after its dispute: %+v, %v", p, err)
	}

	// The honest root, undisputed, settles Final after the window.
	if r := RunNative(verClaim.Host(rollup.ClaimedWord(honestRoot, keys)), nil); r.Code != blockprog.ExitMatch {
		t.Fatalf("natively, the honest root with its claims: exit %d (%v)", r.Code, r.Err)
	}
	okID, _, err := prop.ProposeWithClaims(ctx, n, honestRoot, claimIDs, parentID)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.l1.AdjustTime((outputWindow + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	settle := []uint64{wrongID, okID}
	if n > 1 {
		settle = append([]uint64{parentID}, settle...)
	}
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
	for _, k := range slices.Sorted(maps.Keys(o.gas)) {
		t.Logf("gas: %-45s %3d transactions %10d gas", k, o.txs[k], o.gas[k])
	}
	t.Logf("wall time: %v", time.Since(start).Round(time.Millisecond))
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("out of time")
	}
}
