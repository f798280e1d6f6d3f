package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/spf13/cobra"
)

// deployFlags are the deployment's constructor parameters.
type deployFlags struct {
	program       string
	arity         uint64
	maxSteps      uint64
	window, clock time.Duration
	claimBond     string
	challengeBond string
}

// add adds the flags; window and clock are their defaults.
func (f *deployFlags) add(cmd *cobra.Command, window, clock time.Duration) {
	cmd.Flags().StringVar(&f.program, "program", "build/inference/inference.elf",
		"the claim-checking program's `ELF` (make inference): its initial state is the games' absolute prestate")
	cmd.Flags().Uint64Var(&f.arity, "arity", 8, "parts per round `K` of the game (2: bisection); more parts, fewer rounds, bigger moves")
	cmd.Flags().Uint64Var(&f.maxSteps, "max-steps", 1<<30,
		"the longest claim run the game holds, in `STEPS`; the trace length is the smallest arity^depth at least this")
	cmd.Flags().DurationVar(&f.window, "window", window, "challenge `WINDOW` after a claim is submitted")
	cmd.Flags().DurationVar(&f.clock, "clock", clock, "each side's total `TIME` for its moves in a game (chess clock)")
	cmd.Flags().StringVar(&f.claimBond, "claim-bond", "1", "the submitter's bond, in `ETH` (or with a unit: 250gwei)")
	cmd.Flags().StringVar(&f.challengeBond, "challenge-bond", "0.3", "a challenger's bond, in `ETH`")
}

// params turns the flags into constructor parameters.
func (f *deployFlags) params() (onchain.DeployParams, error) {
	var p onchain.DeployParams
	elf, err := os.ReadFile(f.program)
	if err != nil {
		return p, fmt.Errorf("--program: %w (build it with 'make inference')", err)
	}
	s, err := claim.Prestate(elf)
	if err != nil {
		return p, err
	}
	depth, err := game.DepthFor(f.arity, f.maxSteps)
	if err != nil {
		return p, fmt.Errorf("--arity/--max-steps: %w", err)
	}
	p.Game = game.Params{Arity: f.arity, Depth: depth}
	if err := p.Game.Validate(); err != nil {
		return p, fmt.Errorf("--arity: %w", err)
	}
	if f.window < time.Second || f.clock < time.Second {
		return p, fmt.Errorf("--window and --clock must be at least a second")
	}
	p.Prestate = s.Hash()
	p.ChallengeWindow = uint64(f.window / time.Second)
	p.Clock = uint64(f.clock / time.Second)
	if p.ClaimBond, err = parseEther(f.claimBond); err != nil {
		return p, fmt.Errorf("--claim-bond: %w", err)
	}
	if p.ChallengeBond, err = parseEther(f.challengeBond); err != nil {
		return p, fmt.Errorf("--challenge-bond: %w", err)
	}
	return p, nil
}

func newDeployCmd(a *app) *cobra.Command {
	var cf chainFlags
	var df deployFlags
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL [--arity K] [--max-steps N] [--window D] [--clock D]",
		Short: "Deploy the opML contracts to a chain and write the deployment file",
		Long: `deploy deploys PreimageOracle, MIPS (the one-step verifier), DisputeGame and
OpML (the claim registry) from the committed bytecode, and writes their
addresses to the deployment file (--deployment, by default deployment.json
in the store directory), which every other command reads.

The games' absolute prestate is the initial state of the claim-checking
program (--program); every party must run the same build of it (make
inference builds it reproducibly; ggml-mips/cmd/inference/prestate.txt
holds its hash). The signing key comes from $` + envPrivateKey + ` or --keystore.`,
		Example: `  export ` + envPrivateKey + `=0x...
  challenger deploy --rpc http://127.0.0.1:8545 --arity 4 --window 24h --clock 12h`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := df.params()
			if err != nil {
				return err
			}
			path, err := a.deploymentPath(&cf)
			if err != nil {
				return err
			}
			ec, err := a.dial(cmd.Context(), &cf)
			if err != nil {
				return err
			}
			defer ec.Close()
			k, err := cf.key()
			if err != nil {
				return err
			}
			s, err := onchain.NewSender(cmd.Context(), ec, k, a.log)
			if err != nil {
				return err
			}
			addrs, err := a.deploy(cmd.Context(), s, p, path)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deployed: OpML %s, DisputeGame %s, MIPS %s, PreimageOracle %s\nwritten to %s\n",
				addrs.OpML, addrs.Game, addrs.MIPS, addrs.Oracle, path)
			return nil
		},
	}
	cf.add(cmd, true)
	df.add(cmd, 24*time.Hour, 12*time.Hour)
	return cmd
}

// deploy deploys and writes the deployment file.
func (a *app) deploy(ctx context.Context, s *onchain.Sender, p onchain.DeployParams, path string) (onchain.Addresses, error) {
	addrs, receipts, err := onchain.Deploy(ctx, s, p)
	if err != nil {
		return addrs, err
	}
	var gas uint64
	for _, r := range receipts {
		gas += r.GasUsed
	}
	a.log.Info("contracts deployed", "opml", addrs.OpML, "game", addrs.Game, "arity", p.Game.Arity, "depth", p.Game.Depth,
		"traceLength", p.Game.TraceLength(), "window", p.ChallengeWindow, "clock", p.Clock, "gas", gas)
	if err := addrs.Write(path); err != nil {
		return addrs, fmt.Errorf("write deployment file: %w", err)
	}
	return addrs, nil
}
