package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

// The demo's windows and clocks, in L1 seconds (the embedded L1's clock is
// moved forward instead of waited for). The OutputOracle's window is at
// least opML's, its clock longer than opML's window plus two of its clocks
// (output.Params).
const (
	demoChainID    = 901
	demoOpMLWindow = 60
	demoOpMLClock  = 60
	demoWindow     = 120
	demoClock      = 3600
	demoL2Start    = 1_767_225_600 // the L2 clock's start, 2026-01-01 00:00 UTC
)

// demoOpMLGame holds the claim program's run on the classifier (~7.2M
// steps) in 4^12 = 16.8M.
var demoOpMLGame = game.Params{Arity: 4, Depth: 12}

var gateABI = bindings.NewFashionGate()

// footwear are the Fashion-MNIST classes FashionGate admits.
func footwear(class byte) bool { return class == 5 || class == 7 || class == 9 }

func newDemoCmd(a *app) *cobra.Command {
	var modelPath, inputPath, program, claimProgram string
	cmd := &cobra.Command{
		Use:   "demo --model FILE --input FILE",
		Short: "The rollup's story on an embedded L1: deposit, an inference lie, opML, a dispute, a withdrawal",
		Long: `demo runs the rollup's players (rollup/node) and an opML agent on an
embedded L1 (chain/devnet, in this process) and checks every outcome:

 1. Alice deposits 1 ETH on L1; the sequencer credits it in L2 block 1, in
    which a shop also deploys FashionGate (footwear only) on the model.
 2. In L2 block 2 Alice shows the gate the input image and starts a 0.5 ETH
    withdrawal; the sequencer's inference precompile lies about her image
    (non-footwear becomes an ankle boot, footwear a pullover), so its gate
    decides otherwise than the model.
 3. The sequencer posts its inference results to opML as claims; the
    verifier's opML agent (challenge and repost on) checks them natively
    and challenges the lie; the sequencer does not defend it, the agent wins
    on time and posts the honest claim, which becomes Final after opML's
    window.
 4. The sequencer proposes its output roots; the verifier derives L2 from
    L1 alone, disputes block 2's root, proposes the honest one and plays the
    game over the block program's trace (~190M steps) down to one step: the
    read of Alice's inference result. Until the honest claim is Final the
    verifier waits; then it loads the result from the claim and MIPS.sol
    executes the step: the sequencer's root is Rejected.
 5. After the window the honest root is Final.
 6. Alice withdraws on L1 against it with a Merkle-Patricia proof of her
    withdrawal in L2Withdrawals' storage: her balance grows by exactly 0.5
    ETH; a second withdrawal is refused.

The embedded L1's clock is moved forward for the windows. The demo exits
with status 1 if any expectation fails.`,
		Example: `  rollup demo --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0001-2.bin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), a, cmd.OutOrStdout(), demoFiles{modelPath, inputPath, program, claimProgram})
		},
	}
	cmd.Flags().StringVar(&modelPath, "model", "", "the Fashion-MNIST classifier `FILE` (GGUF) Alice's call uses")
	cmd.Flags().StringVar(&inputPath, "input", "", "her image `FILE` (784 bytes, 28×28 grayscale)")
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	cmd.Flags().StringVar(&claimProgram, "claim-program", defaultClaimProgram, "opML's claim-checking program `ELF` (make inference)")
	_ = cmd.MarkFlagRequired("model")
	_ = cmd.MarkFlagRequired("input")
	return cmd
}

type demoFiles struct{ model, input, program, claimProgram string }

// demo is the story's cast and their contracts.
type demo struct {
	out   io.Writer
	start time.Time
	log   *slog.Logger
	tmp   string

	l1                              *devnet.Devnet
	seqS, verS, aliceS, shopS       *onchain.Sender
	aliceKey, shopKey               *ecdsa.PrivateKey
	gas                             map[string]uint64
	txs                             map[string]int
	deployment                      *node.Deployment
	seqOpML, verOpML                *onchain.Client
	model                           *oracle.Model
	call                            gethadapter.Call
	lie                             func(gethadapter.Call, []byte) []byte
	inf                             *node.Inferences
	seq                             *node.Sequencer
	proposer                        *node.Proposer
	verifier                        *node.Verifier
	agent                           *agent.Agent
	bridge                          *bridge.Client
	gate                            common.Address
	honestClass, liedClass          byte
	lieClaim, honestClaim           uint64
	liarProposal, gameID, disputeID uint64
	stepAt                          uint64
	withdrawal                      bridge.Withdrawal
	withdrawBlock, liarRoot, okRoot common.Hash
	closers                         []func()
}

func (d *demo) say(format string, args ...any) {
	fmt.Fprintf(d.out, "[%5.1fs] "+format+"\n", append([]any{time.Since(d.start).Seconds()}, args...)...)
}

func (d *demo) close() {
	for i := len(d.closers) - 1; i >= 0; i-- {
		d.closers[i]()
	}
}

func eth(wei *big.Int) string {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(params.Ether)).Float64()
	return fmt.Sprintf("%.6f ETH", f)
}

func runDemo(ctx context.Context, a *app, out io.Writer, files demoFiles) error {
	d := &demo{out: out, start: time.Now(), log: a.log, gas: map[string]uint64{}, txs: map[string]int{}}
	defer d.close()
	for _, act := range []func(context.Context, demoFiles) error{
		d.setup, d.deposit, d.callModel, d.postClaims, d.propose, d.challengeLie, d.bisect,
		d.opmlRuling, d.step, d.finalize, d.withdraw,
	} {
		if err := act(ctx, files); err != nil {
			return err
		}
	}
	d.gasTable()
	d.say("== Done: every expectation held")
	return nil
}

// setup reads the files, starts the embedded L1, deploys opML (over the
// claim program) and the rollup, and wires the players.
func (d *demo) setup(ctx context.Context, f demoFiles) error {
	modelBytes, err := os.ReadFile(f.model)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	input, err := os.ReadFile(f.input)
	if err != nil {
		return fmt.Errorf("--input: %w", err)
	}
	prestate, prestateHash, err := loadProgram(f.program)
	if err != nil {
		return err
	}
	claimELF, err := os.ReadFile(f.claimProgram)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("--claim-program %s: not found (run 'make inference' to build the claim-checking program)", f.claimProgram)
	}
	if err != nil {
		return fmt.Errorf("--claim-program: %w", err)
	}
	claimPre, err := claim.Prestate(claimELF)
	if err != nil {
		return fmt.Errorf("--claim-program %s: %w", f.claimProgram, err)
	}
	if d.tmp, err = os.MkdirTemp("", "rollup-demo-"); err != nil {
		return err
	}
	d.closers = append(d.closers, func() { os.RemoveAll(d.tmp) })
	store, err := oracle.OpenStore(filepath.Join(d.tmp, "store"))
	if err != nil {
		return err
	}
	modelAddr, err := store.Add(modelBytes)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	if d.model, err = store.Open(modelAddr); err != nil {
		return err
	}
	d.call = gethadapter.Call{Model: modelAddr, Input: input, OutputSize: 1}
	if len(input) != 28*28 {
		return fmt.Errorf("--input %s: %d bytes, want a 28×28 grayscale image (784 bytes) for FashionGate", f.input, len(input))
	}
	inf, uninstall := node.InstallInferences(store, gethadapter.Options{})
	d.inf = inf
	d.closers = append(d.closers, uninstall)
	// The sequencer's precompile lies about Alice's call only: footwear
	// becomes a pullover, anything else an ankle boot, so its gate decides
	// otherwise than the model.
	d.lie = func(c gethadapter.Call, honest []byte) []byte {
		if c.Model != d.call.Model || !bytes.Equal(c.Input, d.call.Input) || len(honest) != 1 {
			return honest
		}
		if footwear(honest[0]) {
			return []byte{2}
		}
		return []byte{9}
	}

	// L1, with four funded accounts.
	keys := devnet.DevKeys(4)
	d.aliceKey, d.shopKey = keys[2], keys[3]
	if d.l1, err = devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))}); err != nil {
		return err
	}
	d.closers = append(d.closers, func() { d.l1.Close() })
	l1 := d.l1.Client()
	senders := make([]*onchain.Sender, len(keys))
	for i, k := range keys {
		if senders[i], err = onchain.NewSender(ctx, l1, k, nil); err != nil {
			return err
		}
		senders[i].Poll = 10 * time.Millisecond
		role := [...]string{"sequencer", "verifier", "alice", "shop"}[i]
		senders[i].OnReceipt = func(what string, r *types.Receipt) {
			d.gas[role+": "+txKind(what)] += r.GasUsed
			d.txs[role+": "+txKind(what)]++
		}
	}
	d.seqS, d.verS, d.aliceS, d.shopS = senders[0], senders[1], senders[2], senders[3]

	opml, _, err := onchain.Deploy(ctx, d.seqS, onchain.DeployParams{
		Prestate: claimPre.Hash(), Game: demoOpMLGame, ChallengeWindow: demoOpMLWindow, Clock: demoOpMLClock,
		ClaimBond: big.NewInt(params.Ether / 100), ChallengeBond: big.NewInt(params.Ether / 100),
	})
	if err != nil {
		return err
	}
	// The shop's L2 gas money is in the L2 genesis, backed by the bridge's
	// initial L1 funds.
	shopFunds := big.NewInt(params.Ether)
	dep, err := node.Deploy(ctx, d.seqS, opml, node.DeployConfig{
		ChainID: demoChainID, Sequencer: d.seqS.Address(), Prestate: prestateHash, Fund: shopFunds,
		Alloc:  types.GenesisAlloc{d.shopS.Address(): {Balance: shopFunds}},
		Output: output.Params{ChallengeWindow: demoWindow, Clock: demoClock, ProposalBond: big.NewInt(params.Ether / 10), DisputeBond: big.NewInt(params.Ether / 100)},
	})
	if err != nil {
		return err
	}
	d.deployment = dep
	d.say("L1 up (embedded, chain id %d); opML deployed over the claim program (prestate %x, arity %d, depth %d, window and clocks %d s)",
		d.l1.ChainID(), claimPre.Hash(), demoOpMLGame.Arity, demoOpMLGame.Depth, demoOpMLWindow)
	d.say("rollup deployed: BatchInbox %s, OutputOracle %s (window %d s), Bridge %s; block program prestate %x",
		dep.Inbox, dep.OutputOracle, demoWindow, dep.Bridge, prestateHash)

	if d.seqOpML, err = onchain.Connect(ctx, l1, opml, d.seqS, d.log); err != nil {
		return err
	}
	if d.verOpML, err = onchain.Connect(ctx, l1, opml, d.verS, d.log); err != nil {
		return err
	}

	// The players: the (lying) sequencer and its proposer share its chain;
	// the verifier derives its own from L1.
	g, err := node.Genesis(dep.ChainID, dep.Genesis)
	if err != nil {
		return err
	}
	seqChain, err := batch.NewChain(g)
	if err != nil {
		return err
	}
	d.closers = append(d.closers, seqChain.Close)
	inbox, err := batch.Connect(ctx, l1, dep.Inbox, dep.InboxFrom, d.seqS)
	if err != nil {
		return err
	}
	// L2 time is a fixed clock, two seconds a block, so that every run
	// makes the same L2 blocks (and prints the same roots and step).
	l2Time := uint64(demoL2Start)
	d.seq = &node.Sequencer{Chain: seqChain, Inbox: inbox, Bridge: dep.Bridge, BridgeFrom: dep.BridgeFrom, L1: l1,
		Inferences: inf, Lie: d.lie, Log: d.log, Now: func() uint64 { l2Time += 2; return l2Time }}
	d.proposer = &node.Proposer{Chain: seqChain, Inbox: inbox, Inferences: inf, InferenceLie: d.lie,
		StateFile: filepath.Join(d.tmp, "proposer.json"), Log: d.log}
	if d.proposer.Outputs, err = output.Connect(ctx, l1, dep.OutputOracle, d.seqS); err != nil {
		return err
	}
	gc, err := onchain.ConnectGame(ctx, l1, dep.Game, d.seqS, d.log)
	if err != nil {
		return err
	}
	d.proposer.Games = &node.Games{Game: gc, OpML: d.seqOpML, Prestate: prestate, Dir: filepath.Join(d.tmp, "proposer"), Log: d.log}
	d.closers = append(d.closers, d.proposer.Games.Close)
	verifier, closeV, err := newVerifier(ctx, &app{log: d.log}, l1, d.verS, dep, prestate, filepath.Join(d.tmp, "verifier"), inf)
	if err != nil {
		return err
	}
	d.verifier = verifier
	d.closers = append(d.closers, closeV)
	// The verifier's opML agent: it checks claims natively, challenges
	// wrong ones and reposts the honest claim after a win.
	d.agent, err = agent.New(agent.Config{Client: d.verOpML, Store: store, Program: claimELF, CacheDir: filepath.Join(d.tmp, "agent"),
		Log: d.log.With("agent", "verifier"), Challenge: true, Defend: true, Repost: true})
	if err != nil {
		return err
	}
	d.closers = append(d.closers, d.agent.Close)
	d.bridge, err = bridge.Connect(ctx, l1, dep.Bridge, d.aliceS)
	return err
}

// txKind is a transaction's description without its numbers (ids),
// for the gas table.
func txKind(what string) string {
	var out []string
	for _, f := range strings.Fields(what) {
		if strings.Trim(f, "0123456789:#") == "" || strings.HasPrefix(f, "0x") || len(f) == 8 && strings.Trim(f, "0123456789abcdef") == "" {
			continue // an id, an address or a model's short hash
		}
		if i := strings.IndexByte(f, '('); i > 0 {
			f = f[:i] // BatchInbox.post(n)
		}
		out = append(out, f)
	}
	return strings.Join(out, " ")
}

// l2Tx signs an L2 transaction of key's with the given nonce.
func (d *demo) l2Tx(key *ecdsa.PrivateKey, nonce uint64, to *common.Address, value *big.Int, data []byte, gas uint64) *types.Transaction {
	return types.MustSignNewTx(key, types.LatestSigner(d.seq.Chain.BC.Config()), &types.DynamicFeeTx{
		ChainID: big.NewInt(demoChainID), Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: gas, To: to, Value: value, Data: data,
	})
}

// deposit: Alice deposits on L1; the sequencer credits her in block 1,
// where the shop deploys the gate.
func (d *demo) deposit(ctx context.Context, _ demoFiles) error {
	alice := d.aliceS.Address()
	amount := big.NewInt(params.Ether)
	d.say("== 1. Alice (%s) deposits %s on L1 through the Bridge", alice, eth(amount))
	dep, _, err := d.bridge.Deposit(ctx, alice, amount)
	if err != nil {
		return err
	}
	d.gate = crypto.CreateAddress(d.shopS.Address(), 0)
	deploy := append(common.FromHex(bindings.FashionGateMetaData.Bin), gateABI.PackConstructor([32]byte(d.call.Model))...)
	if err := d.seq.Submit(d.l2Tx(d.shopKey, 0, nil, nil, deploy, 2_000_000)); err != nil {
		return err
	}
	b1, err := d.seq.Build(ctx)
	if err != nil {
		return err
	}
	if b1 == nil || b1.NumberU64() != 1 {
		return errors.New("the sequencer built no block 1")
	}
	st, err := d.seq.Chain.BC.StateAt(b1.Root(), b1.Number(), b1.Time())
	if err != nil {
		return err
	}
	if bal := st.GetBalance(alice).ToBig(); bal.Cmp(amount) != 0 {
		return fmt.Errorf("after L2 block 1 Alice has %s on L2, want the %s deposit", eth(bal), eth(amount))
	}
	if len(st.GetCode(d.gate)) == 0 {
		return errors.New("the shop's FashionGate deployment failed in L2 block 1")
	}
	d.say("   deposit %d on L1; L2 block 1 (%s) credits it: Alice has %s on L2; the shop deployed FashionGate at %s on model %x",
		dep.Index, b1.Hash(), eth(amount), d.gate, d.call.Model[:8])
	return nil
}

// callModel: Alice shows the gate her image and starts a withdrawal in
// block 2; the sequencer's precompile lies about her image.
func (d *demo) callModel(ctx context.Context, f demoFiles) error {
	alice := d.aliceS.Address()
	d.say("== 2. On L2 Alice shows FashionGate her image (%s) and starts a withdrawal of 0.5 ETH to L1", filepath.Base(f.input))
	for i, tx := range []*types.Transaction{
		d.l2Tx(d.aliceKey, 0, &d.gate, nil, gateABI.PackEnter(d.call.Input), 1_000_000),
		d.l2Tx(d.aliceKey, 1, &rollup.WithdrawalContract, big.NewInt(params.Ether/2), bridge.InitiateCalldata(alice), 200_000),
	} {
		if err := d.seq.Submit(tx); err != nil {
			return fmt.Errorf("Alice's transaction %d: %w", i, err)
		}
	}
	b2, err := d.seq.Build(ctx)
	if err != nil {
		return err
	}
	if b2 == nil || b2.NumberU64() != 2 || len(b2.Transactions()) != 2 {
		return errors.New("the sequencer did not include Alice's two transactions in L2 block 2")
	}
	served := d.inf.Used(true)
	honest := d.inf.Used(false)
	if len(served) != 1 || len(honest) != 1 || len(served[0].Output) != 1 || len(honest[0].Output) != 1 {
		return fmt.Errorf("block 2 made %d inference calls, want Alice's one", len(served))
	}
	d.honestClass, d.liedClass = honest[0].Output[0], served[0].Output[0]
	if d.honestClass == d.liedClass {
		return errors.New("the sequencer's precompile did not lie")
	}
	rs := d.seq.Chain.BC.GetReceiptsByHash(b2.Hash())
	admitted := rs[0].Status == types.ReceiptStatusSuccessful
	if admitted != footwear(d.liedClass) || rs[1].Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("L2 block 2's receipts: entry %d, withdrawal %d; want the entry to follow class %d", rs[0].Status, rs[1].Status, d.liedClass)
	}
	for _, l := range rs[1].Logs {
		if w, err := bridge.WithdrawalFromLog(l); err == nil {
			d.withdrawal = w
		}
	}
	if d.withdrawal.Value == nil || d.withdrawal.Value.Cmp(big.NewInt(params.Ether/2)) != 0 || d.withdrawal.Recipient != alice {
		return fmt.Errorf("L2 block 2 logs no withdrawal of 0.5 ETH to Alice: %+v", d.withdrawal)
	}
	verdict := map[bool]string{true: "admits her", false: "turns her away (NotFootwear)"}
	d.say("   L2 block %d (%s): the sequencer's precompile says class %d (the model says %d), so its gate %s;",
		b2.NumberU64(), b2.Hash(), d.liedClass, d.honestClass, verdict[admitted])
	d.say("   her withdrawal %s (%s) is in L2Withdrawals' storage; both batches are on L1", d.withdrawal.Hash(), eth(d.withdrawal.Value))
	return nil
}

// postClaims: the sequencer posts the inference results its blocks used to
// opML, as the AI EVM's adapter does (gethadapter.Adapter reads them from
// an L2 node's traces; here the sequencer's precompile recorded them).
func (d *demo) postClaims(ctx context.Context, _ demoFiles) error {
	d.say("== 3. opML: the sequencer posts its inference result as a claim (as the AI EVM's adapter does)")
	if _, err := d.seqOpML.RegisterModel(ctx, d.model.Root(), d.model.Len(),
		onchain.Limits{MaxInputBytes: d.seqOpML.Config.MaxInputBytes, MaxOutputBytes: d.seqOpML.Config.MaxOutputBytes}); err != nil {
		return err
	}
	honest := d.inf.Used(false)
	lied := false
	for i, r := range d.inf.Used(true) {
		id, _, err := d.seqOpML.Submit(ctx, r.Model, r.Input, r.Output)
		if err != nil {
			return err
		}
		what := "the model's result"
		if !bytes.Equal(r.Output, honest[i].Output) {
			d.lieClaim, lied, what = id, true, "the lie"
		}
		d.say("   claim %d: model %x…, input hash %x…, output %x (%s)", id, r.Model[:8], crypto.Keccak256(r.Input)[:8], r.Output, what)
	}
	if !lied {
		return errors.New("the sequencer posted no claim with its lie")
	}
	return nil
}

// propose: the sequencer's proposer proposes its roots; the verifier
// derives L2 from L1, disputes block 2's and proposes the honest one.
func (d *demo) propose(ctx context.Context, _ demoFiles) error {
	d.say("== 4. The sequencer's proposer proposes its output roots of blocks 1 and 2")
	if err := d.proposer.Step(ctx); err != nil {
		return err
	}
	if err := d.verifier.Step(ctx); err != nil {
		return err
	}
	ps, err := node.Proposals(ctx, d.l1.Client(), d.proposer.Outputs)
	if err != nil {
		return err
	}
	found := false
	for _, p := range ps {
		if p.L2Block == 2 && p.Proposer == d.seqS.Address() {
			d.liarProposal, d.liarRoot, found = p.ID, p.OutputRoot, true
		}
	}
	if !found {
		return errors.New("the sequencer proposed no output root for L2 block 2")
	}
	if d.okRoot, err = d.verifier.HonestRoot(2); err != nil {
		return err
	}
	if d.okRoot == d.liarRoot {
		return errors.New("the lie did not change block 2's output root")
	}
	p, err := d.proposer.Outputs.Proposal(ctx, d.liarProposal)
	if err != nil {
		return err
	}
	if p.Disputes != 1 {
		return fmt.Errorf("the sequencer's proposal %d of block 2 has %d disputes, want the verifier's", p.ID, p.Disputes)
	}
	dis, err := d.verifier.Outputs.ReadDispute(ctx, 0)
	if err != nil {
		return err
	}
	if dis.ProposalID != d.liarProposal || dis.Challenger != d.verS.Address() {
		return fmt.Errorf("dispute 0 is %+v, want the verifier's of proposal %d", dis, d.liarProposal)
	}
	d.disputeID, d.gameID = dis.ID, dis.GameID
	d.say("   the verifier derives L2 from L1 alone (genesis + batches): block 2's root is %s,", d.okRoot)
	d.say("   not the sequencer's %s (proposal %d): it disputes it (dispute %d, game %d) and proposes the honest root",
		d.liarRoot, d.liarProposal, d.disputeID, d.gameID)
	if err := printProposalsTo(d.out, viewsOf(ps)); err != nil {
		return err
	}
	return nil
}

// tickUntil runs the agent's passes until done (at most 8).
func (d *demo) tickUntil(ctx context.Context, what string, done func() (bool, error)) error {
	for range 8 {
		if err := d.agent.Tick(ctx); err != nil {
			d.log.Warn("agent pass", "err", err)
		}
		ok, err := done()
		if err != nil || ok {
			return err
		}
	}
	return fmt.Errorf("the opML agent: %s not done after 8 passes", what)
}

// challengeLie: the verifier's opML agent checks the claim natively and
// challenges it.
func (d *demo) challengeLie(ctx context.Context, _ demoFiles) error {
	if err := d.tickUntil(ctx, "challenge", func() (bool, error) {
		cl, err := d.verOpML.Claim(ctx, d.lieClaim)
		return cl.Challenges == 1, err
	}); err != nil {
		return err
	}
	d.say("   opML: the verifier's agent runs the model natively (class %d) and challenges claim %d", d.honestClass, d.lieClaim)
	return nil
}

// game is the output game as on chain.
func (d *demo) game(ctx context.Context) (onchain.Game, error) {
	return d.verifier.Games.Game.Game(ctx, d.gameID)
}

// bisect: the players bisect the block program's trace to one step, which
// the verifier cannot execute yet.
func (d *demo) bisect(ctx context.Context, _ demoFiles) error {
	d.say("   the output game is played over the block program's trace by the proposer and the verifier…")
	gameStart := time.Now()
	var g onchain.Game
	for i := 0; ; i++ {
		if i > 2*int(node.DefaultGame.Depth)+4 {
			return errors.New("the output game does not reach its step")
		}
		if err := d.proposer.Step(ctx); err != nil {
			return fmt.Errorf("the sequencer's side of the game: %w", err)
		}
		if err := d.verifier.Step(ctx); err != nil {
			return fmt.Errorf("the verifier's side of the game: %w", err)
		}
		var err error
		if g, err = d.game(ctx); err != nil {
			return err
		}
		if g.Status != onchain.GameInProgress {
			return fmt.Errorf("the output game ended (%v) before its step: the step needs a Final opML claim, and none is", g.Status)
		}
		if g.Phase == onchain.PhaseStep {
			break
		}
	}
	if g.Segment.Length != 1 {
		return fmt.Errorf("the game's step phase is at %v, want one step", g.Segment)
	}
	d.stepAt = g.Segment.Start
	w, exit, err := d.verifier.Games.Witness(ctx, d.gameID, d.stepAt)
	if err != nil {
		return err
	}
	key := mipsevm.InferenceKey(d.call.Model, crypto.Keccak256Hash(d.call.Input), d.call.OutputSize)
	if !w.HasPreimage || w.PreimageKey != key || !bytes.Equal(w.PreimageValue, []byte{d.honestClass}) {
		return fmt.Errorf("the disputed step %d reads key %x (value %x, preimage %v); want Alice's inference result under %x",
			d.stepAt, w.PreimageKey, w.PreimageValue, w.HasPreimage, key)
	}
	d.say("   bisected in %v: %d rounds, down to step %d of %d (%s, preimage offset %d):",
		time.Since(gameStart).Round(100*time.Millisecond), g.Rounds, d.stepAt, exit, agent.Instruction(w), w.PreimageOffset)
	d.say("   the block program's read of Alice's inference result (key %x…: %x in the verifier's trace, %x in the sequencer's)",
		key[:8], d.honestClass, d.liedClass)
	// The oracle loads the result only from a Final claim, and none is:
	// the verifier waits (its Step returned without moving).
	if _, err := d.verOpML.FinalClaimFor(ctx, key); !errors.Is(err, onchain.ErrNoFinalClaim) {
		return fmt.Errorf("a Final opML claim on Alice's call before opML ruled: %v", err)
	}
	d.say("   no opML claim on that call is Final yet: the verifier waits (the step loads the result only from one)")
	return nil
}

// opmlRuling: the sequencer does not defend its claim; the agent wins on
// time, reposts the honest claim, and settles it Final after the window.
func (d *demo) opmlRuling(ctx context.Context, _ demoFiles) error {
	d.say("== 3 (cont.). opML: the sequencer does not defend its claim (a full opML game takes the claim program's ~7M-step")
	d.say("   trace; the opML demo, step 7, plays one); after its clock (%d s, the L1 clock moved forward) the agent wins", demoOpMLClock)
	if err := d.l1.AdjustTime((demoOpMLClock + 1) * time.Second); err != nil {
		return err
	}
	key := mipsevm.InferenceKey(d.call.Model, crypto.Keccak256Hash(d.call.Input), d.call.OutputSize)
	if err := d.tickUntil(ctx, "rejection", func() (bool, error) {
		cl, err := d.verOpML.Claim(ctx, d.lieClaim)
		return cl.Status == onchain.ClaimRejected, err
	}); err != nil {
		return err
	}
	// The honest result's claim: the verifier posts the honest results a
	// disputed block reads when it opens its dispute (a step may come down
	// to one); had it not, the agent would repost it after its win.
	n, err := d.verOpML.ClaimCount(ctx)
	if err != nil {
		return err
	}
	found := false
	for id := range n {
		cl, err := d.verOpML.Claim(ctx, id)
		if err != nil {
			return err
		}
		if cl.InferenceKey() == key && bytes.Equal(cl.Output, []byte{d.honestClass}) && cl.Status != onchain.ClaimRejected {
			if cl.Submitter != d.verS.Address() {
				return fmt.Errorf("the honest claim %d on Alice's call was posted by %s, not the verifier", id, cl.Submitter)
			}
			d.honestClaim, found = id, true
			break
		}
	}
	if !found {
		return fmt.Errorf("no honest claim (class %d) on Alice's call after opML rejected the lie", d.honestClass)
	}
	d.say("   claim %d (class %d) Rejected; the honest result is claim %d (class %d), posted by the verifier when it",
		d.lieClaim, d.liedClass, d.honestClaim, d.honestClass)
	d.say("   disputed the sequencer's root (the agent would have reposted it after its win otherwise)")
	if err := d.l1.AdjustTime((demoOpMLWindow + 1) * time.Second); err != nil {
		return err
	}
	if err := d.tickUntil(ctx, "settle", func() (bool, error) {
		cl, err := d.verOpML.Claim(ctx, d.honestClaim)
		return cl.Status == onchain.ClaimFinal, err
	}); err != nil {
		return err
	}
	final, err := d.verOpML.FinalClaimFor(ctx, key)
	if err != nil || final.ID != d.honestClaim {
		return fmt.Errorf("the Final claim on Alice's call: %+v, %v; want claim %d", final, err, d.honestClaim)
	}
	d.say("   after opML's window (%d s) the agent settles claim %d: Final", demoOpMLWindow, d.honestClaim)
	return nil
}

// step: the verifier loads the result from the Final claim and MIPS.sol
// executes the step; the sequencer's root is Rejected.
func (d *demo) step(ctx context.Context, _ demoFiles) error {
	d.say("== 4 (cont.). The verifier loads Alice's result from Final claim %d into the PreimageOracle; MIPS.sol executes step %d",
		d.honestClaim, d.stepAt)
	before := maps.Clone(d.gas)
	// One Step executes the step, the next resolves the decided game.
	for range 3 {
		if err := d.verifier.Step(ctx); err != nil {
			return err
		}
		p, err := d.verifier.Outputs.Proposal(ctx, d.liarProposal)
		if err != nil {
			return err
		}
		if p.Open == 0 {
			break
		}
	}
	g, err := d.game(ctx)
	if err != nil {
		return err
	}
	p, err := d.verifier.Outputs.Proposal(ctx, d.liarProposal)
	if err != nil {
		return err
	}
	if g.Status != onchain.GameChallengerWon || p.Open != 0 {
		return fmt.Errorf("after the step the game is %v and proposal %d has %d open disputes; want the challenger's win, resolved", g.Status, p.ID, p.Open)
	}
	var load, step uint64
	for k, v := range d.gas {
		if !strings.HasPrefix(k, "verifier: ") {
			continue
		}
		switch used := v - before[k]; {
		case strings.Contains(k, "load inference part"):
			load += used
		case strings.Contains(strings.ToLower(k), "step"):
			step += used
		}
	}
	d.say("   the verifier wins the game (load: %d gas, step: %d gas); the dispute is resolved", load, step)
	return nil
}

// finalize: after the window the lie is Rejected and the honest root Final.
func (d *demo) finalize(ctx context.Context, _ demoFiles) error {
	d.say("== 5. After the OutputOracle's window (%d s, the L1 clock moved forward) the players settle", demoWindow)
	if err := d.l1.AdjustTime((demoWindow + 1) * time.Second); err != nil {
		return err
	}
	for range 2 {
		for _, s := range []node.Stepper{d.proposer, d.verifier} {
			if err := s.Step(ctx); err != nil {
				return err
			}
		}
	}
	ps, err := node.Proposals(ctx, d.l1.Client(), d.proposer.Outputs)
	if err != nil {
		return err
	}
	if err := printProposalsTo(d.out, viewsOf(ps)); err != nil {
		return err
	}
	for _, p := range ps {
		if p.ID == d.liarProposal && p.Status != output.Rejected {
			return fmt.Errorf("the sequencer's root of block 2 is %v, want Rejected", p.Status)
		}
	}
	root, err := d.proposer.Outputs.FinalOutput(ctx, 2)
	if err != nil {
		return err
	}
	if root != d.okRoot {
		return fmt.Errorf("block 2's final output root is %s, want the honest %s", root, d.okRoot)
	}
	d.say("   the sequencer's root of block 2 is Rejected; the honest root %s is Final", root)
	return nil
}

// withdraw: Alice withdraws on L1 against the final root; a second
// withdrawal is refused.
func (d *demo) withdraw(ctx context.Context, _ demoFiles) error {
	d.say("== 6. Alice withdraws %s on L1 against block 2's final root", eth(d.withdrawal.Value))
	ps, err := node.Proposals(ctx, d.l1.Client(), d.proposer.Outputs)
	if err != nil {
		return err
	}
	var finalID uint64
	found := false
	for _, p := range ps {
		if p.L2Block == 2 && p.Status == output.Final && p.OutputRoot == d.okRoot {
			finalID, found = p.ID, true
		}
	}
	if !found {
		return errors.New("block 2 has no final proposal")
	}
	c, err := d.verifier.Claim(2)
	if err != nil {
		return err
	}
	proof, err := bridge.StorageProof(d.verifier.Chain.BC.TrieDB(), c.Output.StateRoot, c.Output.WithdrawalStorageRoot, d.withdrawal.Hash())
	if err != nil {
		return err
	}
	alice := d.aliceS.Address()
	before, err := d.l1.Client().BalanceAt(ctx, alice, nil)
	if err != nil {
		return err
	}
	r, err := d.bridge.FinalizeWithdrawal(ctx, d.withdrawal, finalID, c.Output, proof)
	if err != nil {
		return err
	}
	after, err := d.l1.Client().BalanceAt(ctx, alice, nil)
	if err != nil {
		return err
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	grew := new(big.Int).Sub(new(big.Int).Add(after, fee), before)
	if grew.Cmp(d.withdrawal.Value) != 0 {
		return fmt.Errorf("Alice's L1 balance grew by %s wei (gas added back), want %s", grew, d.withdrawal.Value)
	}
	d.say("   proof: %d nodes of L2Withdrawals' storage trie (the output's withdrawal-storage root); paid against proposal %d: %s → %s (+%s wei, and %d gas paid)",
		len(proof), finalID, eth(before), eth(after), grew, r.GasUsed)
	_, err = d.bridge.FinalizeWithdrawal(ctx, d.withdrawal, finalID, c.Output, proof)
	if err == nil || !onchain.IsRevert(err) {
		return fmt.Errorf("a second withdrawal of %s: %v, want the bridge's refusal", d.withdrawal.Hash(), err)
	}
	reason, _, _ := strings.Cut(onchain.RevertReason(err), "(")
	d.say("   a second withdrawal is refused: the Bridge reverts with %s", reason)
	return nil
}

func (d *demo) gasTable() {
	d.say("== L1 gas by player and transaction")
	for _, k := range slices.Sorted(maps.Keys(d.gas)) {
		fmt.Fprintf(d.out, "   %-45s %3d tx %10d gas\n", k, d.txs[k], d.gas[k])
	}
}

func printProposalsTo(out io.Writer, views []proposalView) error {
	fmt.Fprintf(out, "   %-4s %-8s %-66s %-9s %s\n", "ID", "L2BLOCK", "OUTPUT ROOT", "STATUS", "DISPUTES (OPEN)")
	for _, v := range views {
		fmt.Fprintf(out, "   %-4d %-8d %-66s %-9s %d (%d)\n", v.ID, v.L2Block, v.OutputRoot, v.Status, v.Disputes, v.Open)
	}
	return nil
}
