package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

// app is what the commands share: the flags of the root command and the
// logger set up from them.
type app struct {
	storeDir string
	logLevel string
	threads  int // the native ML engine's threads (0: one per core)
	log      *slog.Logger
	// onListen, when set, is told the address "da serve" listens on (tests
	// listen on port 0).
	onListen func(net.Addr)
	// onReady, when set, is told the JSON-RPC URL once "devnet" is up.
	onReady func(url string)
}

// newRootCmd builds the whole command tree for a. Each call returns a fresh
// tree, so tests can run commands in-process one after another. A command
// group lives in its own file and adds itself here.
func newRootCmd(a *app) *cobra.Command {
	defaultStore, _ := oracle.DefaultDir() // empty if unknown: a.store then says what to do
	a.storeDir, a.logLevel = defaultStore, "info"
	a.log = slog.New(slog.DiscardHandler)
	root := &cobra.Command{
		Use:   "challenger",
		Short: "Post, check, challenge and defend opML claims, and keep the models behind them",
		Long: `challenger takes part in opML disputes. A claim says what a model computed
on some input; anyone who doubts it must be able to get the model's bytes,
re-run the computation in the fraud-proof MIPS VM and, if the claim is
wrong, play the dispute game down to one VM step that the chain checks.

Models are named by their address: keccak256(root ‖ uint64be(length)),
where root is the root of the Merkle tree over the model's bytes (32-byte
leaves, zero-padded to a power of two). The VM maps a model by the same
hash with its first byte set to 3 (its "committed key").

The models live in a content-addressed store on disk: --store, by default
$OPML_HOME, else $XDG_DATA_HOME/opml, else ~/.local/share/opml. Every model
read from the store or received over the network is re-hashed and checked
against its address. See docs/oracle.md.

Commands:
  model      add, list, verify and fetch models in the store; make random ones
  da         serve the store's models over HTTP (data availability)
  check      check a claim natively and in the fraud-proof VM
  devnet     run an embedded dev chain with the contracts deployed
  deploy     deploy the contracts to a chain
  submit     post a claim with its bond (checked against the deployment's bounds)
  challenge  challenge a claim with a bond
  run        the agent: defend own claims, dispute wrong ones, collect bonds
  resolve    record decided games, settle claims, withdraw bonds
  list       claims and games with their state
  demo       the whole story on an embedded chain
  l2         run the AI EVM: a chain whose contracts call ML models
  infer      run one inference natively: output and the precompile's gas
  adapter    post every inference the AI EVM executes to opML, once
  report     which AI EVM inference results are final, pending or contradicted

Chain commands take --rpc URL and --deployment FILE; keys come from
$` + envPrivateKey + ` or --keystore FILE (password in $` + envKeystorePassword + `),
never from a flag. See docs/cli.md and docs/dispute.md.`,
		Example: `  # put a model in the store and look at what is there
  challenger model add llama.gguf
  challenger model list

  # serve the store to other parties, and fetch from such a server
  challenger da serve --listen 127.0.0.1:7645
  challenger model fetch --from http://127.0.0.1:7645 0x5a1f...

  # the whole dispute story on an embedded chain
  challenger demo`,
		SilenceUsage:  true, // runtime errors are not usage errors
		SilenceErrors: true, // execute prints errors as "challenger: error: ..."
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if a.threads < 0 {
				return fmt.Errorf("invalid --threads %d: want 0 (one per core) or more", a.threads)
			}
			ggml.SetThreads(a.threads)
			return a.setupLogger(cmd)
		},
	}
	root.PersistentFlags().StringVar(&a.storeDir, "store", a.storeDir,
		"`DIR` of the model store; without --store: $OPML_HOME, else $XDG_DATA_HOME/opml, else ~/.local/share/opml")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", a.logLevel,
		"log `LEVEL`: debug, info, warn or error (logs go to stderr)")
	root.PersistentFlags().IntVar(&a.threads, "threads", 0,
		"`N` threads for native inference (0: one per CPU core); results are the same for any N. The VM always runs one")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w\nrun '%s --help' for usage", err, cmd.CommandPath())
	})
	root.AddCommand(
		newModelCmd(a),
		newDACmd(a),
		newCheckCmd(a),
		newDevnetCmd(a),
		newDeployCmd(a),
		newSubmitCmd(a),
		newChallengeCmd(a),
		newRunCmd(a),
		newResolveCmd(a),
		newListCmd(a),
		newDemoCmd(a),
		newL2Cmd(a),
		newInferCmd(a),
		newAdapterCmd(a),
		newReportCmd(a),
	)
	return root
}

// setupLogger creates the logger, writing to the command's stderr.
func (a *app) setupLogger(cmd *cobra.Command) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(a.logLevel)); err != nil {
		return fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", a.logLevel)
	}
	a.log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
	return nil
}

// store opens the model store named by --store.
func (a *app) store() (*oracle.Store, error) {
	if a.storeDir == "" {
		return nil, errors.New("no model store: the home directory is unknown; give --store DIR or set OPML_HOME")
	}
	return oracle.OpenStore(a.storeDir)
}
