package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

// inferCode is the demo's L2 contract: it passes its calldata to the
// inference precompile and stores the first word of the result in the
// slot numbered by the caller (and the call's success in slot 1):
//
//	calldatacopy(0, 0, calldatasize())
//	sstore(1, call(gas(), 0xa1000, 0, 0, calldatasize(), 0, 32))
//	sstore(caller(), mload(0))
var (
	inferAddr = common.HexToAddress("0x000000000000000000000000000000000000a1c0")
	inferCode = common.FromHex("366000600037" + "602060003660006000620a10005af1" + "600155" + "6000513355" + "00")
)

const (
	demoChainID    = 901
	demoOpMLWindow = 60
	demoOpMLClock  = 60
	demoWindow     = 120
	demoClock      = 3600
)

func newDemoCmd(a *app) *cobra.Command {
	var modelPath, inputPath, program string
	cmd := &cobra.Command{
		Use:   "demo --model FILE --input FILE",
		Short: "The rollup's story on an embedded L1: deposit, an inference lie, a dispute, a withdrawal",
		Long: `demo runs the rollup on an embedded L1 (chain/devnet, in this process):
Alice deposits on L1; on L2 she calls the model on the input through a
contract that stores the result, and starts a withdrawal; the sequencer's
precompile lies about her inference; the sequencer proposes its output root;
the verifier derives the chain from L1 alone, computes another root (the
model's true result), disputes the sequencer's root, proposes the honest one
and plays the game over the block program's trace down to one VM step. If
the liar loses, the honest root becomes final after the window and Alice's
withdrawal is paid on L1 against it.

The disputed step is the one where the block program reads Alice's
inference result: on chain that step needs the result loaded from a Final
opML claim. Until the player does that, the demo stops there with an error
saying so.`,
		Example: `  rollup demo --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), a, cmd.OutOrStdout(), modelPath, inputPath, program)
		},
	}
	cmd.Flags().StringVar(&modelPath, "model", "", "model `FILE` (GGUF) Alice calls on L2")
	cmd.Flags().StringVar(&inputPath, "input", "", "input `FILE` of her call")
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	_ = cmd.MarkFlagRequired("model")
	_ = cmd.MarkFlagRequired("input")
	return cmd
}

func runDemo(ctx context.Context, a *app, out io.Writer, modelPath, inputPath, program string) error {
	start := time.Now()
	say := func(format string, args ...any) {
		fmt.Fprintf(out, "[%5.1fs] "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
	}
	modelBytes, err := os.ReadFile(modelPath)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	input, err := os.ReadFile(inputPath)
	if err != nil {
		return fmt.Errorf("--input: %w", err)
	}
	prestate, prestateHash, err := loadProgram(program)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "rollup-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	store, err := oracle.OpenStore(filepath.Join(tmp, "store"))
	if err != nil {
		return err
	}
	modelAddr, err := store.Add(modelBytes)
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	call := gethadapter.Call{Model: modelAddr, Input: input, OutputSize: 1}
	inf, uninstall := node.InstallInferences(store, gethadapter.Options{})
	defer uninstall()

	// L1 and the contracts.
	keys := devnet.DevKeys(3)
	l1, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)))})
	if err != nil {
		return err
	}
	defer l1.Close()
	senders := make([]*onchain.Sender, len(keys))
	for i, k := range keys {
		if senders[i], err = onchain.NewSender(ctx, l1.Client(), k, nil); err != nil {
			return err
		}
		senders[i].Poll = 20 * time.Millisecond
	}
	seqS, verS, aliceS := senders[0], senders[1], senders[2]
	alice := aliceS.Address()
	opml, _, err := onchain.Deploy(ctx, seqS, onchain.DeployParams{
		Game: game.Params{Arity: 2, Depth: 3}, ChallengeWindow: demoOpMLWindow, Clock: demoOpMLClock,
		ClaimBond: big.NewInt(params.Ether / 100), ChallengeBond: big.NewInt(params.Ether / 100),
	})
	if err != nil {
		return err
	}
	d, err := node.Deploy(ctx, seqS, opml, node.DeployConfig{
		ChainID: demoChainID, Sequencer: seqS.Address(), Prestate: prestateHash,
		Output: output.Params{ChallengeWindow: demoWindow, Clock: demoClock, ProposalBond: big.NewInt(params.Ether / 10), DisputeBond: big.NewInt(params.Ether / 100)},
	})
	if err != nil {
		return err
	}
	d.Genesis = types.GenesisAlloc{inferAddr: {Code: inferCode, Balance: new(big.Int)}}
	say("L1 up (embedded); rollup deployed: inbox %s, output oracle %s, bridge %s", d.Inbox, d.OutputOracle, d.Bridge)

	// The sequencer: lies about Alice's inference.
	g, err := node.Genesis(d.ChainID, d.Genesis)
	if err != nil {
		return err
	}
	seqChain, err := batch.NewChain(g)
	if err != nil {
		return err
	}
	defer seqChain.Close()
	inbox, err := batch.Connect(ctx, l1.Client(), d.Inbox, d.InboxFrom, seqS)
	if err != nil {
		return err
	}
	lie := func(c gethadapter.Call, honest []byte) []byte {
		if c.Model == call.Model && bytes.Equal(c.Input, call.Input) && len(honest) == 1 {
			return []byte{(honest[0] + 1) % 10}
		}
		return honest
	}
	seq := &node.Sequencer{Chain: seqChain, Inbox: inbox, Bridge: d.Bridge, BridgeFrom: d.BridgeFrom, L1: l1.Client(),
		Inferences: inf, Lie: lie, Log: a.log}

	say("== Alice deposits 1 ETH on L1")
	br, err := bridge.Connect(ctx, l1.Client(), d.Bridge, aliceS)
	if err != nil {
		return err
	}
	if _, _, err := br.Deposit(ctx, alice, big.NewInt(params.Ether)); err != nil {
		return err
	}
	b1, err := seq.Build(ctx)
	if err != nil {
		return err
	}
	say("   L2 block %d credits it; its batch is on L1", b1.NumberU64())

	say("== On L2 Alice calls the model (class of %s) and starts a withdrawal of 0.5 ETH", filepath.Base(inputPath))
	signer := types.LatestSigner(seqChain.BC.Config())
	aliceKey := keys[2]
	for i, tx := range []*types.DynamicFeeTx{
		{To: &inferAddr, Gas: 2_000_000, Data: gethadapter.EncodeCall(call)},
		{To: &rollup.WithdrawalContract, Gas: 200_000, Value: big.NewInt(params.Ether / 2), Data: bridge.InitiateCalldata(alice)},
	} {
		tx.ChainID, tx.Nonce = big.NewInt(demoChainID), uint64(i)
		tx.GasTipCap, tx.GasFeeCap = big.NewInt(params.GWei), big.NewInt(100*params.GWei)
		if err := seq.Submit(types.MustSignNewTx(aliceKey, signer, tx)); err != nil {
			return err
		}
	}
	b2, err := seq.Build(ctx)
	if err != nil {
		return err
	}
	if b2 == nil || len(b2.Transactions()) != 2 {
		return errors.New("the sequencer did not include Alice's transactions")
	}
	st, err := seqChain.BC.StateAt(b2.Root(), b2.Number(), b2.Time())
	if err != nil {
		return err
	}
	lied := st.GetState(inferAddr, common.BytesToHash(alice.Bytes()))
	say("   L2 block %d: the sequencer's precompile says class %d", b2.NumberU64(), lied[0])

	proposer := &node.Proposer{Chain: seqChain, Inbox: inbox, Inferences: inf, InferenceLie: lie, StateFile: filepath.Join(tmp, "proposer.json"), Log: a.log}
	if proposer.Outputs, err = output.Connect(ctx, l1.Client(), d.OutputOracle, seqS); err != nil {
		return err
	}
	gc, err := onchain.ConnectGame(ctx, l1.Client(), d.Game, seqS, a.log)
	if err != nil {
		return err
	}
	proposer.Games = &node.Games{Game: gc, Prestate: prestate, Dir: filepath.Join(tmp, "proposer"), Log: a.log}
	defer proposer.Games.Close()
	verifier, closeV, err := newVerifier(ctx, a, l1.Client(), verS, d, prestate, filepath.Join(tmp, "verifier"), inf)
	if err != nil {
		return err
	}
	defer closeV()

	if err := proposer.Step(ctx); err != nil {
		return err
	}
	say("== The sequencer proposes its output roots of blocks 1 and 2")
	if err := verifier.Step(ctx); err != nil {
		return err
	}
	vst, err := verifier.Chain.BC.State()
	if err != nil {
		return err
	}
	honestClass := vst.GetState(inferAddr, common.BytesToHash(alice.Bytes()))
	say("== The verifier derives L2 from L1 alone: the model gives class %d, so block 2's root differs; it disputes it", honestClass[0])
	say("   and proposes the honest root; the game is played over the block program's trace (~184M steps)")

	ps, err := node.Proposals(ctx, l1.Client(), proposer.Outputs)
	if err != nil {
		return err
	}
	var liarID uint64
	for _, p := range ps {
		if p.L2Block == 2 && p.Proposer == seqS.Address() {
			liarID = p.ID
		}
	}
	for i := 0; ; i++ {
		if i > 4*int(node.DefaultGame.Depth)+8 {
			return errors.New("the dispute does not end")
		}
		if err := proposer.Step(ctx); err != nil {
			return fmt.Errorf("the sequencer's side of the game: %w", err)
		}
		if err := verifier.Step(ctx); err != nil {
			var stuck error = err
			if errors.Is(err, context.Canceled) {
				return err
			}
			return fmt.Errorf("the verifier's side of the game stopped at the step: %w\n"+
				"(the one-step proof of this step must load Alice's inference result from a Final opML claim; "+
				"the output player does not do that yet: see docs/rollup.md, \"Players and CLI\")", stuck)
		}
		p, err := proposer.Outputs.Proposal(ctx, liarID)
		if err != nil {
			return err
		}
		if p.Disputes > 0 && p.Open == 0 {
			say("== The game is over: the sequencer's root of block 2 is %s", p.Status)
			break
		}
	}
	if err := l1.AdjustTime(demoWindow * time.Second); err != nil {
		return err
	}
	for _, s := range []node.Stepper{proposer, verifier} {
		if err := s.Step(ctx); err != nil {
			return err
		}
	}
	ps, err = node.Proposals(ctx, l1.Client(), proposer.Outputs)
	if err != nil {
		return err
	}
	views := make([]proposalView, len(ps))
	var finalID uint64
	found := false
	for i, p := range ps {
		views[i] = proposalView{p.ID, p.L2Block, p.OutputRoot, p.Proposer, p.ProposedAt, p.Disputes, p.Open, p.Status.String()}
		if p.L2Block == 2 && p.Status == output.Final {
			finalID, found = p.ID, true
		}
	}
	say("== After the window:")
	if err := printProposalsTo(out, views); err != nil {
		return err
	}
	if !found {
		return errors.New("block 2 has no final output root")
	}

	say("== Alice withdraws 0.5 ETH on L1 against the final root of block 2")
	claim, err := verifier.Claim(2)
	if err != nil {
		return err
	}
	var w bridge.Withdrawal
	for _, r := range verifier.Chain.BC.GetReceiptsByHash(verifier.Chain.BC.GetBlockByNumber(2).Hash()) {
		for _, l := range r.Logs {
			if x, err := bridge.WithdrawalFromLog(l); err == nil {
				w = x
			}
		}
	}
	proof, err := bridge.StorageProof(verifier.Chain.BC.TrieDB(), claim.Output.StateRoot, claim.Output.WithdrawalStorageRoot, w.Hash())
	if err != nil {
		return err
	}
	before, err := l1.Client().BalanceAt(ctx, alice, nil)
	if err != nil {
		return err
	}
	r, err := br.FinalizeWithdrawal(ctx, w, finalID, claim.Output, proof)
	if err != nil {
		return err
	}
	after, err := l1.Client().BalanceAt(ctx, alice, nil)
	if err != nil {
		return err
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	say("   paid: Alice's L1 balance grew by %s wei (plus %s wei of gas)", new(big.Int).Sub(new(big.Int).Add(after, fee), before), fee)
	return nil
}

func printProposalsTo(out io.Writer, views []proposalView) error {
	fmt.Fprintf(out, "%-4s %-8s %-66s %-9s %s\n", "ID", "L2BLOCK", "OUTPUT ROOT", "STATUS", "DISPUTES (OPEN)")
	for _, v := range views {
		fmt.Fprintf(out, "%-4d %-8d %-66s %-9s %d (%d)\n", v.ID, v.L2Block, v.OutputRoot, v.Status, v.Disputes, v.Open)
	}
	return nil
}
