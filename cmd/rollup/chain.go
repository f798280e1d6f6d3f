package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
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
the clock at least opML's window plus two of its clocks. The opML deployment
must be able to settle every inference result the L2 accepts: two-phase, with
at least the default deployment's graph length (8^7), VM game (2^30 steps)
and size limits (challenger deploy's defaults); another is refused.`,
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
			// The opML deployment must settle every inference result the
			// L2 accepts: else outputs stall, or a wrong result stands.
			oc, err := onchain.Connect(ctx, l1, opml, nil, nil)
			if err != nil {
				return fmt.Errorf("--opml-deployment %s: %w", opmlFile, err)
			}
			if err := node.CheckOpML(oc.Config); err != nil {
				return fmt.Errorf("--opml-deployment %s: %w", opmlFile, err)
			}
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
	// The OpML claims of the inference results the block reads: the
	// proposal settles only once each is Final.
	Claims []uint64 `json:"opmlClaims"`
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
			return printProposals(cmd, viewsOf(ps), asJSON)
		},
	}
	f.add(cmd)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// viewsOf is how outputs shows proposals.
func viewsOf(ps []output.Proposal) []proposalView {
	views := make([]proposalView, len(ps))
	for i, p := range ps {
		views[i] = proposalView{p.ID, p.L2Block, p.OutputRoot, p.Proposer, p.ProposedAt, p.Disputes, p.Open, p.Status.String(), p.Claims}
		if views[i].Claims == nil {
			views[i].Claims = []uint64{}
		}
	}
	return views
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
	fmt.Fprintf(out, "%-4s %-8s %-66s %-9s %-15s %s\n", "ID", "L2BLOCK", "OUTPUT ROOT", "STATUS", "DISPUTES (OPEN)", "OPML CLAIMS")
	for _, v := range views {
		claims := "-"
		if len(v.Claims) > 0 {
			claims = strings.Trim(fmt.Sprint(v.Claims), "[]")
		}
		fmt.Fprintf(out, "%-4d %-8d %-66s %-9s %-15s %s\n", v.ID, v.L2Block, v.OutputRoot, v.Status, fmt.Sprintf("%d (%d)", v.Disputes, v.Open), claims)
	}
	return nil
}

func newVerifyCmd(a *app) *cobra.Command {
	var f chainFlags
	var program, dataDir, store string
	var poll, retryFor time.Duration
	var opmlAgent bool
	var of opmlFlags
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
the model store --store (honest results, which opML finalizes): it must hold
the models the L2's blocks call, or their derived roots are wrong.

The L2 uses the results opML finalizes, so the verifier's roots are right only
if opML finalizes honest results. With --store the verifier therefore also
runs an opML agent on its key (--opml-agent, on by default): it checks every
opML claim natively, challenges a wrong one and plays its game (with
--node-program, or --claim-program for a single-phase deployment), posts the
honest claim after a win, and defends and settles the claims the verifier
posts for the blocks it disputes (its traces under --data/opml-traces).
Without it, run 'challenger run' on the same key, or those claims are never
settled.`,
		Example: `  OPML_PRIVATE_KEY=... rollup verify --rpc http://127.0.0.1:8545 --deployment rollup.json --data ./verifier`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			d, err := node.ReadDeployment(f.deployment)
			if err != nil {
				return err
			}
			prestate, _, err := loadProgram(program)
			if err != nil {
				return err
			}
			c, err := f.dial(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			l1 := retryL1{c, a.log}
			s, err := a.sender(ctx, l1)
			if err != nil {
				return err
			}
			if err := claimState(dataDir, "verifier.json", d); err != nil {
				return err
			}
			inf, uninstall, err := openInferences(store)
			if err != nil {
				return err
			}
			defer uninstall()
			v, closeFn, err := newVerifier(ctx, a, l1, s, d, prestate, dataDir, inf)
			if err != nil {
				return err
			}
			defer closeFn()
			fmt.Fprintf(cmd.OutOrStdout(), "verifying L2 chain %d (output oracle %s) as %s\n", d.ChainID, d.OutputOracle, s.Address())
			switch {
			case !opmlAgent || inf == nil:
			case v.Games.OpML.Config.Prestate == [32]byte{}:
				// A deployment with no program (an embedded node's without
				// --store) has no claims anyone can dispute.
				fmt.Fprintln(cmd.OutOrStdout(), "opML agent: off (the opML deployment has no program, so no claims to check)")
			default:
				ag, err := newOpMLAgent(a, v.Games.OpML, inf, of, filepath.Join(dataDir, opmlTracesDir), poll, true)
				if err != nil {
					return fmt.Errorf("%w (or --opml-agent=false, with another opML challenger on this key)", err)
				}
				defer runAgent(ctx, ag)()
				v.OwnClaims = true // the agent defends the claims the verifier posts
				fmt.Fprintf(cmd.OutOrStdout(), "opML agent: checking every claim of %s natively, challenging wrong ones\n", d.OpML.OpML)
			}
			return runDaemon(ctx, cmd.OutOrStdout(), poll, runStep{retrying(a, retryFor, poll, "verifier", v)})
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	cmd.Flags().StringVar(&dataDir, "data", "verifier", "`DIR` for the state file and the games' trace snapshots")
	cmd.Flags().StringVar(&store, "store", defaultStoreDir(), "model store `DIR` for the inference calls of L2 blocks (default: challenger's store, if it exists); without the models a block calls, its derived root is not the sequencer's")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to look at L1")
	cmd.Flags().DurationVar(&retryFor, "retry-for", 2*time.Minute, "how long the verifier may keep failing (an L1 request that failed, the L1 down) before it stops with the error (0: at the first error)")
	cmd.Flags().BoolVar(&opmlAgent, "opml-agent", true, "with --store: also run an opML agent on this key (check and challenge claims, repost honest ones, defend and settle its own)")
	of.add(cmd, "with --store and --opml-agent")
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
	opml, err := onchain.Connect(ctx, l1, d.OpML, s, a.log)
	if err != nil {
		chain.Close()
		return nil, nil, fmt.Errorf("the opML deployment the rollup's inference results come from: %w", err)
	}
	games := &node.Games{Game: gc, OpML: opml, Prestate: prestate, Dir: filepath.Join(dir, "games"), Log: a.log}
	v := &node.Verifier{Chain: chain, Inbox: in, Outputs: o, Games: games, Inferences: inf, ProposeHonest: true,
		StateFile: filepath.Join(dir, "verifier.json"), Log: a.log}
	return v, func() { games.Close(); chain.Close() }, nil
}

// retryL1 is an L1 connection whose reads are tried again when the
// transport fails (no answer, an HTTP error: an endpoint that drops a
// request in a few), up to l1ReadAttempts times with a doubling wait. The
// players make many reads a Step and a Step does nothing unless all of
// them succeed: without this, an endpoint that fails one request in five
// leaves them failing every Step. A JSON-RPC error (a revert, a refusal)
// and "not found" are answers, returned at once. Transactions are the
// sender's (onchain.Sender retries them itself).
type retryL1 struct {
	*ethclient.Client
	log *slog.Logger
}

// l1ReadAttempts bounds the tries of one read (waits of 0.1, 0.2, 0.4 …
// 1.6 s between them).
const l1ReadAttempts = 6

// retryRead calls f until it succeeds, fails with an answer, or the
// attempts or ctx run out.
func retryRead[T any](ctx context.Context, log *slog.Logger, what string, f func() (T, error)) (T, error) {
	wait := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		v, err := f()
		var answer rpc.Error
		if err == nil || errors.As(err, &answer) || errors.Is(err, ethereum.NotFound) || ctx.Err() != nil || attempt == l1ReadAttempts {
			return v, err
		}
		log.Debug("L1 read failed; trying again", "call", what, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return v, err
		case <-time.After(wait):
		}
		wait *= 2
	}
}

func (c retryL1) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	return retryRead(ctx, c.log, "eth_call", func() ([]byte, error) { return c.Client.CallContract(ctx, msg, block) })
}

func (c retryL1) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	return retryRead(ctx, c.log, "eth_getCode", func() ([]byte, error) { return c.Client.CodeAt(ctx, a, block) })
}

func (c retryL1) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	return retryRead(ctx, c.log, "eth_getBlockByNumber", func() (*types.Header, error) { return c.Client.HeaderByNumber(ctx, n) })
}

func (c retryL1) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	return retryRead(ctx, c.log, "eth_getLogs", func() ([]types.Log, error) { return c.Client.FilterLogs(ctx, q) })
}

func (c retryL1) BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error) {
	return retryRead(ctx, c.log, "eth_getBalance", func() (*big.Int, error) { return c.Client.BalanceAt(ctx, a, block) })
}

func (c retryL1) NonceAt(ctx context.Context, a common.Address, block *big.Int) (uint64, error) {
	return retryRead(ctx, c.log, "eth_getTransactionCount", func() (uint64, error) { return c.Client.NonceAt(ctx, a, block) })
}

func (c retryL1) ChainID(ctx context.Context) (*big.Int, error) {
	return retryRead(ctx, c.log, "eth_chainId", func() (*big.Int, error) { return c.Client.ChainID(ctx) })
}

func (c retryL1) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	return retryRead(ctx, c.log, "eth_getTransactionReceipt", func() (*types.Receipt, error) { return c.Client.TransactionReceipt(ctx, h) })
}

func (c retryL1) TransactionByHash(ctx context.Context, h common.Hash) (*types.Transaction, bool, error) {
	type txp struct {
		tx      *types.Transaction
		pending bool
	}
	r, err := retryRead(ctx, c.log, "eth_getTransactionByHash", func() (txp, error) {
		tx, pending, err := c.Client.TransactionByHash(ctx, h)
		return txp{tx, pending}, err
	})
	return r.tx, r.pending, err
}
