package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/spf13/cobra"
)

// Where make inference builds the programs, and the committed files that
// hold their absolute prestates.
const (
	defaultProgram      = "build/inference/inference.elf"
	defaultNodeProgram  = "build/inference/node.elf"
	programPrestateFile = "ggml-mips/cmd/inference/prestate.txt"
	nodePrestateFile    = "ggml-mips/cmd/node/prestate.txt"
)

// deployFlags are the deployment's constructor parameters.
type deployFlags struct {
	program       string
	nodeProgram   string
	singlePhase   bool
	arity         uint64
	maxSteps      uint64
	maxItems      uint64
	window, clock time.Duration
	claimBond     string
	challengeBond string
	maxInput      uint64
	maxOutput     uint64
	// The model registry.
	registrationBond string
	daBond           string
	daWindow         time.Duration // 0: the challenge window
}

// add adds the flags; window and clock are their defaults.
func (f *deployFlags) add(cmd *cobra.Command, window, clock time.Duration) {
	cmd.Flags().StringVar(&f.nodeProgram, "node-program", defaultNodeProgram,
		"the node program's `ELF` (make inference): its initial state is a two-phase deployment's absolute prestate")
	cmd.Flags().StringVar(&f.program, "program", defaultProgram,
		"the claim-checking program's `ELF` (make inference): its initial state is a single-phase deployment's absolute prestate")
	cmd.Flags().BoolVar(&f.singlePhase, "single-phase", false,
		"deploy the single-phase game (one VM game over the claim-checking program's whole run) instead of the two-phase one")
	cmd.Flags().Uint64Var(&f.arity, "arity", 8, "parts per round `K` of the game (2: bisection); more parts, fewer rounds, bigger moves")
	cmd.Flags().Uint64Var(&f.maxItems, "max-items", 1<<21-1,
		"the most work `ITEMS` a claim's plan may have (two-phase): the graph phase's trace length is the smallest arity^depth at least ITEMS+1")
	cmd.Flags().Uint64Var(&f.maxSteps, "max-steps", 1<<30,
		"the longest VM run a game holds, in `STEPS`: the node program's run on one work item (two-phase) or the claim-checking program's run (--single-phase); the VM trace length is the smallest arity^depth at least this")
	cmd.Flags().DurationVar(&f.window, "window", window, "challenge `WINDOW` after a claim is submitted")
	cmd.Flags().DurationVar(&f.clock, "clock", clock, "each side's total `TIME` for its moves in a game (chess clock), over both phases")
	cmd.Flags().StringVar(&f.claimBond, "claim-bond", "1", "the submitter's bond, in `ETH` (or with a unit: 250gwei)")
	cmd.Flags().StringVar(&f.challengeBond, "challenge-bond", "0.3", "a challenger's bond, in `ETH`")
	cmd.Flags().Uint64Var(&f.maxInput, "max-input-bytes", onchain.DefaultMaxInputBytes, fmt.Sprintf(
		"the longest input a claim may have, in `BYTES` (at most %d: the step that reads a part of the input loads the whole input as calldata, which must fit one transaction)",
		onchain.MaxInputBytesLimit))
	cmd.Flags().Uint64Var(&f.maxOutput, "max-output-bytes", onchain.DefaultMaxOutputBytes, fmt.Sprintf(
		"the longest output a claim may have, in `BYTES` (at most %d: the output is stored on chain)", onchain.MaxOutputBytesLimit))
	cmd.Flags().StringVar(&f.registrationBond, "registration-bond", "1",
		"the bond of a model's registration, in `ETH`: what its registrant loses to a data-availability challenger if it withholds the model")
	cmd.Flags().StringVar(&f.daBond, "da-bond", "0.1",
		"the bond of a data-availability challenge, in `ETH`: the responder's if the block is posted (it should cover the answer's gas, about 2.7M for a 64 KiB block)")
	cmd.Flags().DurationVar(&f.daWindow, "da-window", 0,
		"the `TIME` to answer a data-availability challenge (default: the challenge window, --window)")
}

// deployment is what the flags resolve to: the constructor parameters and
// the program whose initial state is the absolute prestate.
type deployment struct {
	onchain.DeployParams
	maxItems     uint64 // --max-items (two-phase)
	programPath  string // the ELF the prestate is computed from
	program      []byte
	what         string // "node program" or "claim-checking program"
	prestateFile string // the committed file that records the program's prestate
}

// params turns the flags into constructor parameters.
func (f *deployFlags) params() (deployment, error) {
	var d deployment
	p := &d.DeployParams
	d.programPath, d.what, d.prestateFile = f.nodeProgram, "node program", nodePrestateFile
	flag := "--node-program"
	if f.singlePhase {
		d.programPath, d.what, d.prestateFile = f.program, "claim-checking program", programPrestateFile
		flag = "--program"
	}
	elf, err := os.ReadFile(d.programPath)
	if err != nil {
		return d, fmt.Errorf("%s: %w (build the %s with 'make inference')", flag, err, d.what)
	}
	d.program = elf
	s, err := claim.Prestate(elf)
	if err != nil {
		return d, fmt.Errorf("%s %s: %w", flag, d.programPath, err)
	}
	if f.arity < 2 || f.arity > 256 {
		return d, fmt.Errorf("--arity %d: want 2 to 256", f.arity)
	}
	depth, err := game.DepthFor(f.arity, f.maxSteps)
	if err != nil {
		return d, fmt.Errorf("--arity/--max-steps: %w", err)
	}
	p.Game = game.Params{Arity: f.arity, Depth: depth}
	if err := p.Game.Validate(); err != nil {
		return d, fmt.Errorf("--arity/--max-steps: %w", err)
	}
	if !f.singlePhase {
		if f.maxItems < 1 || f.maxItems >= 1<<62 {
			return d, fmt.Errorf("--max-items %d: want 1 to 2^62", f.maxItems)
		}
		if p.GraphDepth, err = game.DepthFor(f.arity, f.maxItems+1); err != nil {
			return d, fmt.Errorf("--arity/--max-items: %w", err)
		}
		if err := (game.Params{Arity: f.arity, Depth: p.GraphDepth}).Validate(); err != nil {
			return d, fmt.Errorf("--arity/--max-items: %w", err)
		}
		d.maxItems = f.maxItems
	}
	if f.window < time.Second || f.clock < time.Second {
		return d, fmt.Errorf("--window and --clock must be at least a second")
	}
	p.Prestate = s.Hash()
	p.ChallengeWindow = uint64(f.window / time.Second)
	p.Clock = uint64(f.clock / time.Second)
	if p.ClaimBond, err = parseBond(f.claimBond); err != nil {
		return d, fmt.Errorf("--claim-bond: %w", err)
	}
	if p.ChallengeBond, err = parseBond(f.challengeBond); err != nil {
		return d, fmt.Errorf("--challenge-bond: %w", err)
	}
	if f.maxInput < 1 || f.maxInput > onchain.MaxInputBytesLimit {
		return d, fmt.Errorf("--max-input-bytes %d: want 1 to %d (OpML.MAX_INPUT_BYTES: the step that reads a part of the input loads the whole input in one transaction)",
			f.maxInput, onchain.MaxInputBytesLimit)
	}
	if f.maxOutput < 1 || f.maxOutput > onchain.MaxOutputBytesLimit {
		return d, fmt.Errorf("--max-output-bytes %d: want 1 to %d (OpML.MAX_OUTPUT_BYTES)", f.maxOutput, onchain.MaxOutputBytesLimit)
	}
	p.MaxInputBytes, p.MaxOutputBytes = f.maxInput, f.maxOutput
	if p.RegistrationBond, err = parseBond(f.registrationBond); err != nil {
		return d, fmt.Errorf("--registration-bond: %w", err)
	}
	if p.DABond, err = parseBond(f.daBond); err != nil {
		return d, fmt.Errorf("--da-bond: %w", err)
	}
	switch {
	case f.daWindow == 0:
		p.DAWindow = p.ChallengeWindow
	case f.daWindow < time.Second:
		return d, fmt.Errorf("--da-window %v: want at least a second", f.daWindow)
	default:
		p.DAWindow = uint64(f.daWindow / time.Second)
	}
	return d, nil
}

// parseBond parses a bond: an amount of ether that must come to at least
// one wei, since a free claim costs a liar nothing and a free challenge a
// griefer nothing.
func parseBond(s string) (*big.Int, error) {
	wei, err := parseEther(s)
	if err != nil {
		return nil, err
	}
	if wei.Sign() <= 0 {
		return nil, fmt.Errorf("%q is 0 wei: a bond must be positive (a free claim or challenge costs its author nothing to lose)", s)
	}
	return wei, nil
}

// graph is the graph phase's arithmetic (two-phase).
func (d deployment) graph() game.Params {
	return game.Params{Arity: d.Game.Arity, Depth: d.GraphDepth}
}

// describe says which game the deployment plays and where its prestate
// comes from, in a few lines.
func (d deployment) describe() string {
	var b strings.Builder
	g := d.Game
	if d.GraphDepth > 0 {
		fmt.Fprintf(&b, "two-phase game, arity %d:\n", g.Arity)
		fmt.Fprintf(&b, "  graph phase: %d rounds over %d positions (graph depth %d: plans of up to %d work items; --max-items %d)\n",
			d.GraphDepth, d.graph().TraceLength(), d.GraphDepth, d.graph().TraceLength()-1, d.maxItems)
		fmt.Fprintf(&b, "  node phase:  %d rounds over %d VM steps of the node program on the disputed item (depth %d)\n",
			g.Depth, g.TraceLength(), g.Depth)
	} else {
		fmt.Fprintf(&b, "single-phase game, arity %d: %d rounds over %d VM steps of the claim-checking program (depth %d)\n",
			g.Arity, g.Depth, g.TraceLength(), g.Depth)
	}
	fmt.Fprintf(&b, "claims: inputs of up to %d bytes, outputs of up to %d bytes, on registered models only\n", d.MaxInputBytes, d.MaxOutputBytes)
	fmt.Fprintf(&b, "models: registration bond %s; data-availability challenges: bond %s, %v to answer\n",
		formatEther(d.RegistrationBond), formatEther(d.DABond), time.Duration(d.DAWindow)*time.Second)
	fmt.Fprintf(&b, "absolute prestate %s: the %s %s; %s", hex0x(d.Prestate[:]), d.what, d.programPath,
		prestateMatch(d.Prestate, d.prestateFile))
	return b.String()
}

// prestateMatch compares a prestate with the committed file that records
// it (read from the working directory: the repository's root).
func prestateMatch(prestate [32]byte, file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Sprintf("to compare with %s (not readable here: %v)", file, errors.Unwrap(err))
	}
	if strings.TrimSpace(string(data)) == hex0x(prestate[:]) {
		return "matches " + file
	}
	return fmt.Sprintf("DIFFERS from %s (%s): another build of the program? ('make prestate' records it)", file, strings.TrimSpace(string(data)))
}

func newDeployCmd(a *app) *cobra.Command {
	var cf chainFlags
	var df deployFlags
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL [--single-phase] [--arity K] [--max-items N] [--max-steps N] [--window D] [--clock D] [--max-input-bytes N]",
		Short: "Deploy the opML contracts to a chain and write the deployment file",
		Long: `deploy deploys PreimageOracle, MIPS (the one-step verifier), DisputeGame and
OpML (the claim registry) from the committed bytecode, and writes their
addresses to the deployment file (--deployment, by default deployment.json
in the store directory), which every other command reads.

By default the games are two-phase (docs/dispute.md): the graph phase
bisects over the commitments after each work item of the claim's plan,
computed natively (graph depth: the smallest with arity^depth at least
--max-items + 1), down to one item; the node phase then plays the VM game
over the node program's run on that one item (depth from --max-steps). The
absolute prestate is the initial state of the node program
(--node-program; ggml-mips/cmd/node/prestate.txt holds its hash).

--single-phase deploys the single-phase game instead: one VM game over the
claim-checking program's whole run (--program, depth from --max-steps;
ggml-mips/cmd/inference/prestate.txt holds its hash).

OpML refuses claims whose input is longer than --max-input-bytes or whose
output is longer than --max-output-bytes. The input bound keeps every
claim adjudicable: executing the step that reads a part of the input loads
the whole input as calldata, which must fit one transaction (docs/dispute.md,
"Input and output sizes"). Both bonds must be positive.

A claim must name a model registered in the deployment ('challenger model
register', with --registration-bond), within the model's registered limits.
Anyone may challenge the availability of one 64 KiB block of a registered
model with --da-bond; unless someone posts the block within --da-window,
the model is unavailable and every unsettled claim on it is rejected
(docs/dispute.md, "Models").

Every party must run the same build of the program (make inference builds
both reproducibly). deploy prints the mode, the depths and whether the
prestate matches the committed file. The signing key comes from
$` + envPrivateKey + ` or --keystore.`,
		Example: `  export ` + envPrivateKey + `=0x...
  challenger deploy --rpc http://127.0.0.1:8545 --arity 4 --window 24h --clock 12h
  challenger deploy --rpc http://127.0.0.1:8545 --single-phase --max-steps 100000000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := df.params()
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
			addrs, err := a.deploy(cmd.Context(), s, d.DeployParams, path)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "deployed: OpML %s, DisputeGame %s, MIPS %s, PreimageOracle %s\nwritten to %s\n%s\n",
				addrs.OpML, addrs.Game, addrs.MIPS, addrs.Oracle, path, d.describe())
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
		"traceLength", p.Game.TraceLength(), "graphDepth", p.GraphDepth, "window", p.ChallengeWindow, "clock", p.Clock, "gas", gas)
	if err := addrs.Write(path); err != nil {
		return addrs, fmt.Errorf("write deployment file: %w", err)
	}
	return addrs, nil
}
