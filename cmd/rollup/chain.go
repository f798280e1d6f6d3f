package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

func newDeployCmd(a *app) *cobra.Command {
	var f chainFlags
	var opmlFile, program, sequencer string
	var chainID, window, clock uint64
	var fund string
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the rollup's L1 contracts next to an opML deployment",
		Long: `deploy deploys the BatchInbox (batches from --sequencer only), the block
program's DisputeGame (on the opML deployment's MIPS and PreimageOracle, with
the prestate of --program), the OutputOracle and the Bridge, and writes their
addresses to --deployment. The opML deployment is challenger's deployment file
(challenger deploy or devnet writes it). The window must be at least opML's,
the clock at least opML's window plus two of its clocks.`,
		Example: `  OPML_PRIVATE_KEY=... rollup deploy --rpc http://127.0.0.1:8545 \
      --opml-deployment ~/.local/share/opml/deployment.json --sequencer 0x... --chain-id 901`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(sequencer) {
				return fmt.Errorf("--sequencer %q: want the sequencer's L1 address", sequencer)
			}
			opml, err := onchain.ReadAddresses(opmlFile)
			if err != nil {
				return err
			}
			_, prestate, err := loadProgram(program)
			if err != nil {
				return err
			}
			funds, ok := new(big.Float).SetString(fund)
			if !ok {
				return fmt.Errorf("--fund %q: want ether", fund)
			}
			wei, _ := funds.Mul(funds, big.NewFloat(params.Ether)).Int(nil)
			l1, err := f.dial(ctx)
			if err != nil {
				return err
			}
			defer l1.Close()
			s, err := a.sender(ctx, l1)
			if err != nil {
				return err
			}
			d, err := node.Deploy(ctx, s, opml, node.DeployConfig{
				ChainID: chainID, Sequencer: common.HexToAddress(sequencer), Prestate: prestate,
				Output: output.Params{ChallengeWindow: window, Clock: clock, ProposalBond: big.NewInt(params.Ether / 10), DisputeBond: big.NewInt(params.Ether / 100)},
				Fund:   wei,
			})
			if err != nil {
				return err
			}
			if err := d.Write(f.deployment); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "inbox %s\noutput oracle %s\nblock game %s\nbridge %s\nwritten to %s\n", d.Inbox, d.OutputOracle, d.Game, d.Bridge, f.deployment)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&opmlFile, "opml-deployment", "", "opML deployment `FILE` (challenger's deployment.json)")
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	cmd.Flags().StringVar(&sequencer, "sequencer", "", "the sequencer's L1 `ADDRESS`: the only one that may post batches")
	cmd.Flags().Uint64Var(&chainID, "chain-id", 901, "the L2's chain `ID`")
	cmd.Flags().Uint64Var(&window, "window", 7200, "challenge window in `SECONDS` (at least opML's)")
	cmd.Flags().Uint64Var(&clock, "clock", 14400, "each side's time in a game in `SECONDS` (at least opML's window + 2 clocks)")
	cmd.Flags().StringVar(&fund, "fund", "0", "`ETH` the bridge starts with (backs the L2 genesis's balances)")
	_ = cmd.MarkFlagRequired("opml-deployment")
	_ = cmd.MarkFlagRequired("sequencer")
	return cmd
}

func newDepositCmd(a *app) *cobra.Command {
	var f chainFlags
	var to, value string
	cmd := &cobra.Command{
		Use:   "deposit",
		Short: "Deposit ETH on L1 to an L2 account",
		Long: `deposit sends --value ETH to the Bridge for --to on L2. The sequencer credits
it in a following L2 block (its batch carries the deposit, and BatchInbox
checks the batch against the bridge's running hash).`,
		Example: `  OPML_PRIVATE_KEY=... rollup deposit --to 0xa11ce... --value 0.5`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(to) {
				return fmt.Errorf("--to %q: want an L2 address", to)
			}
			v, ok := new(big.Float).SetString(value)
			if !ok || v.Sign() <= 0 {
				return fmt.Errorf("--value %q: want a positive amount of ether", value)
			}
			wei, _ := v.Mul(v, big.NewFloat(params.Ether)).Int(nil)
			d, err := node.ReadDeployment(f.deployment)
			if err != nil {
				return err
			}
			l1, err := f.dial(ctx)
			if err != nil {
				return err
			}
			defer l1.Close()
			s, err := a.sender(ctx, l1)
			if err != nil {
				return err
			}
			br, err := bridge.Connect(ctx, l1, d.Bridge, s)
			if err != nil {
				return err
			}
			dep, h, err := br.Deposit(ctx, common.HexToAddress(to), wei)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deposit %d: %s wei to %s (bridge hash %s)\n", dep.Index, dep.Value, dep.Recipient, h)
			return nil
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&to, "to", "", "the L2 recipient `ADDRESS`")
	cmd.Flags().StringVar(&value, "value", "", "`ETH` to deposit")
	_ = cmd.MarkFlagRequired("to")
	_ = cmd.MarkFlagRequired("value")
	return cmd
}

// proposalView is one proposal as outputs prints it.
type proposalView struct {
	ID         uint64         `json:"id"`
	L2Block    uint64         `json:"l2Block"`
	OutputRoot common.Hash    `json:"outputRoot"`
	Proposer   common.Address `json:"proposer"`
	ProposedAt uint64         `json:"proposedAt"`
	Disputes   uint32         `json:"disputes"`
	Open       uint32         `json:"openDisputes"`
	Status     string         `json:"status"`
}

func newOutputsCmd(a *app) *cobra.Command {
	var f chainFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "outputs",
		Short:   "List output proposals and their status",
		Long:    `outputs lists every proposal of the OutputOracle: its L2 block, root, proposer, disputes and status (pending, final, rejected).`,
		Example: `  rollup outputs --rpc http://127.0.0.1:8545 --deployment rollup.json --json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			d, err := node.ReadDeployment(f.deployment)
			if err != nil {
				return err
			}
			l1, err := f.dial(ctx)
			if err != nil {
				return err
			}
			defer l1.Close()
			o, err := output.Connect(ctx, l1, d.OutputOracle, nil)
			if err != nil {
				return err
			}
			ps, err := node.Proposals(ctx, l1, o)
			if err != nil {
				return err
			}
			views := make([]proposalView, len(ps))
			for i, p := range ps {
				views[i] = proposalView{p.ID, p.L2Block, p.OutputRoot, p.Proposer, p.ProposedAt, p.Disputes, p.Open, p.Status.String()}
			}
			return printProposals(cmd, views, asJSON)
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printProposals(cmd *cobra.Command, views []proposalView, asJSON bool) error {
	out := cmd.OutOrStdout()
	if asJSON {
		e := json.NewEncoder(out)
		e.SetIndent("", "  ")
		return e.Encode(views)
	}
	if len(views) == 0 {
		fmt.Fprintln(out, "no proposals")
		return nil
	}
	fmt.Fprintf(out, "%-4s %-8s %-66s %-9s %s\n", "ID", "L2BLOCK", "OUTPUT ROOT", "STATUS", "DISPUTES (OPEN)")
	for _, v := range views {
		fmt.Fprintf(out, "%-4d %-8d %-66s %-9s %d (%d)\n", v.ID, v.L2Block, v.OutputRoot, v.Status, v.Disputes, v.Open)
	}
	return nil
}

func newVerifyCmd(a *app) *cobra.Command {
	var f chainFlags
	var program, dataDir string
	var poll time.Duration
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "The verifier daemon: derive L2 from L1, dispute wrong output roots, play, settle",
		Long: `verify derives the L2 chain from the L2 genesis and the BatchInbox's batches,
recomputes the output root of every proposed block, disputes a wrong one
(with the dispute bond) and plays its game as the challenger with the block
program's trace (snapshots under --data), resolves it, claims its reward,
settles proposals whose window is over and withdraws its credit. It also
proposes the honest root of a block it disputes. Stop it any time: it
restarts from L1 and --data/verifier.json without a repeated move or a
second dispute.

Inference calls in L2 blocks are executed by this process's precompile over
the model store --store (honest results, which opML finalizes).`,
		Example: `  OPML_PRIVATE_KEY=... rollup verify --rpc http://127.0.0.1:8545 --deployment rollup.json --data ./verifier`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			d, err := node.ReadDeployment(f.deployment)
			if err != nil {
				return err
			}
			prestate, _, err := loadProgram(program)
			if err != nil {
				return err
			}
			l1, err := f.dial(ctx)
			if err != nil {
				return err
			}
			defer l1.Close()
			s, err := a.sender(ctx, l1)
			if err != nil {
				return err
			}
			v, closeFn, err := newVerifier(ctx, a, l1, s, d, prestate, dataDir, nil)
			if err != nil {
				return err
			}
			defer closeFn()
			fmt.Fprintf(cmd.OutOrStdout(), "verifying L2 chain %d (output oracle %s) as %s\n", d.ChainID, d.OutputOracle, s.Address())
			return node.Run(ctx, poll, v)
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	cmd.Flags().StringVar(&dataDir, "data", "verifier", "`DIR` for the state file and the games' trace snapshots")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to look at L1")
	return cmd
}

// newVerifier wires a Verifier for deployment d.
func newVerifier(ctx context.Context, a *app, l1 batch.L1, s *onchain.Sender, d *node.Deployment, prestate func() (*mipsevm.State, error), dir string, inf *node.Inferences) (*node.Verifier, func(), error) {
	g, err := node.Genesis(d.ChainID, d.Genesis)
	if err != nil {
		return nil, nil, err
	}
	chain, err := batch.NewChain(g)
	if err != nil {
		return nil, nil, err
	}
	in, err := batch.Connect(ctx, l1, d.Inbox, d.InboxFrom, nil)
	if err != nil {
		chain.Close()
		return nil, nil, err
	}
	o, err := output.Connect(ctx, l1, d.OutputOracle, s)
	if err != nil {
		chain.Close()
		return nil, nil, err
	}
	gc, err := onchain.ConnectGame(ctx, l1, d.Game, s, a.log)
	if err != nil {
		chain.Close()
		return nil, nil, err
	}
	// The opML deployment whose Final claims a step that reads an
	// inference result loads it from.
	opml, err := onchain.Connect(ctx, l1, d.OpML, s, a.log)
	if err != nil {
		chain.Close()
		return nil, nil, fmt.Errorf("the deployment's opML contracts: %w", err)
	}
	games := &node.Games{Game: gc, Prestate: prestate, Dir: filepath.Join(dir, "games"), Log: a.log, OpML: opml}
	v := &node.Verifier{Chain: chain, Inbox: in, Outputs: o, Games: games, Inferences: inf, ProposeHonest: true,
		StateFile: filepath.Join(dir, "verifier.json"), Log: a.log}
	return v, func() { games.Close(); chain.Close() }, nil
}
