package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/spf13/cobra"
)

// openInferences installs the inference precompile over the model store
// dir, as the players share it (node.InstallInferences), and returns it
// with its uninstall. A store that is not there is an error: an empty
// store would fail every inference call, and a derived block with one
// would not be the sequencer's.
func openInferences(dir string) (*node.Inferences, func(), error) {
	if dir == "" {
		return nil, func() {}, nil
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, nil, fmt.Errorf("--store %s: no model store there (want the directory models were added to, e.g. with 'challenger model add')", dir)
	}
	st, err := oracle.OpenStore(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("--store: %w", err)
	}
	inf, uninstall := node.InstallInferences(st, gethadapter.Options{})
	return inf, uninstall, nil
}

// defaultStoreDir is the model store challenger uses by default, if it
// exists (a rollup player derives blocks whose inference calls need it).
func defaultStoreDir() string {
	dir, err := oracle.DefaultDir()
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	return dir
}

// derivedProposer is a Proposer over a chain derived from L1: each Step
// first applies the inbox's new batches (through the players' shared
// precompile), then proposes, defends and settles.
type derivedProposer struct {
	p *node.Proposer
}

func (d derivedProposer) Step(ctx context.Context) error {
	if err := d.p.Inferences.Executing(func() error {
		_, err := d.p.Chain.Sync(ctx, d.p.Inbox)
		return err
	}); err != nil {
		return fmt.Errorf("proposer: derive from L1: %w", err)
	}
	return d.p.Step(ctx)
}

func newProposeCmd(a *app) *cobra.Command {
	var f chainFlags
	var program, dataDir, store string
	var poll, retryFor time.Duration
	var once bool
	cmd := &cobra.Command{
		Use:   "propose",
		Short: "The proposer daemon: propose each posted L2 block's output root from a chain derived from L1",
		Long: `propose derives the L2 chain from the L2 genesis and the BatchInbox's batches
(as verify does) and proposes the output root of every posted block this key
has not proposed, with the proposal bond: on its own proposal of the block
before (block 1 on the L2 genesis output), listing the OpML claims of the
inference results the block reads (a block whose results have no claim
yet waits). It defends its proposals' games with the block program's trace
(snapshots under --data), settles them after the window and withdraws its
bonds. Stop it any time: it restarts from L1 and --data/proposer.json and
never proposes a block twice. --once makes one pass and exits.

'rollup node' runs a proposer next to its sequencer; this command is for a
proposer that is not the sequencer. Inference calls in L2 blocks are
executed by this process's precompile over the model store --store.`,
		Example: `  OPML_PRIVATE_KEY=... rollup propose --rpc http://127.0.0.1:8545 --deployment rollup.json --data ./proposer`,
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
			inf, uninstall, err := openInferences(store)
			if err != nil {
				return err
			}
			defer uninstall()
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
			if err := claimState(dataDir, "proposer.json", d); err != nil {
				return err
			}
			p, closeFn, err := newDerivedProposer(ctx, a, l1, s, d, prestate, dataDir, inf)
			if err != nil {
				return err
			}
			defer closeFn()
			fmt.Fprintf(cmd.OutOrStdout(), "proposing output roots of L2 chain %d (output oracle %s) as %s\n", d.ChainID, d.OutputOracle, s.Address())
			if once {
				if err := p.Step(ctx); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "derived up to L2 block %d\n", p.p.Chain.Head().Number)
				return nil
			}
			return runDaemon(ctx, cmd.OutOrStdout(), poll, runStep{retrying(a, retryFor, poll, "proposer", p)})
		},
	}
	f.add(cmd)
	cmd.Flags().StringVar(&program, "program", defaultProgram, "the block program `ELF` (make blockprog)")
	cmd.Flags().StringVar(&dataDir, "data", "proposer", "`DIR` for the state file and the games' trace snapshots")
	cmd.Flags().StringVar(&store, "store", defaultStoreDir(), "model store `DIR` for the inference calls of L2 blocks (default: challenger's store, if it exists)")
	cmd.Flags().DurationVar(&poll, "poll", 2*time.Second, "how often to look at L1")
	cmd.Flags().DurationVar(&retryFor, "retry-for", 2*time.Minute, "how long the proposer may keep failing (an L1 request that failed, the L1 down) before it stops with the error (0: at the first error)")
	cmd.Flags().BoolVar(&once, "once", false, "make one pass (derive, propose, tend, settle) and exit")
	return cmd
}

// newDerivedProposer wires a Proposer over a chain derived from L1 for
// deployment d.
func newDerivedProposer(ctx context.Context, a *app, l1 batch.L1, s *onchain.Sender, d *node.Deployment, prestate func() (*mipsevm.State, error), dir string, inf *node.Inferences) (derivedProposer, func(), error) {
	g, err := node.Genesis(d.ChainID, d.Genesis)
	if err != nil {
		return derivedProposer{}, nil, err
	}
	chain, err := batch.NewChain(g)
	if err != nil {
		return derivedProposer{}, nil, err
	}
	fail := func(err error) (derivedProposer, func(), error) { chain.Close(); return derivedProposer{}, nil, err }
	in, err := batch.Connect(ctx, l1, d.Inbox, d.InboxFrom, nil)
	if err != nil {
		return fail(err)
	}
	o, err := output.Connect(ctx, l1, d.OutputOracle, s)
	if err != nil {
		return fail(err)
	}
	gc, err := onchain.ConnectGame(ctx, l1, d.Game, s, a.log)
	if err != nil {
		return fail(err)
	}
	opml, err := onchain.Connect(ctx, l1, d.OpML, s, a.log)
	if err != nil {
		return fail(fmt.Errorf("the opML deployment the rollup's inference results come from: %w", err))
	}
	games := &node.Games{Game: gc, OpML: opml, Prestate: prestate, Dir: filepath.Join(dir, "games"), Log: a.log}
	p := &node.Proposer{Chain: chain, Inbox: in, Outputs: o, Games: games, Inferences: inf,
		StateFile: filepath.Join(dir, "proposer.json"), Log: a.log}
	return derivedProposer{p}, func() { games.Close(); chain.Close() }, nil
}
