package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

const (
	defaultL2Listen    = "127.0.0.1:9545"
	defaultL1Listen    = "127.0.0.1:8545"
	nodeDevAccounts    = 4 // account 0 sequences and proposes; 1…3 are users'
	nodeDevL1Ether     = 1000
	nodeDevL2Ether     = 100
	nodeDefaultChainID = 901
)

// nodeFlags are rollup node's flags.
type nodeFlags struct {
	l1RPC, deployment, state, listen, l1Listen, program, store string
	opml                                                       opmlFlags
	blockTime, retryFor                                        time.Duration
	window                                                     uint64
	chainID                                                    uint64
}

func newNodeCmd(a *app) *cobra.Command {
	var f nodeFlags
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run an L2 (sequencer, proposer, JSON-RPC) that settles on an L1, embedded by default",
		Long: `node runs the rollup's L2: the sequencer builds a block of the transactions
it was sent and the bridge's new deposits every --block-time and posts its
batch to the BatchInbox, the proposer proposes each posted block's output root
to the OutputOracle (with the proposal bond), defends it if disputed and
settles it after the window, and the L2 JSON-RPC is served on --listen
(loopback only): eth_chainId, blocks, balances, nonces, code, storage,
eth_call, eth_estimateGas, fees, eth_sendRawTransaction, receipts,
transactions, logs and eth_getProof, so ethclient, wallets and contract
bindings work, and 'rollup withdraw' can prove withdrawals.

With no --l1-rpc, the L1 is embedded (chain/devnet, in this process, served on
--l1-listen): opML (see below) and the rollup's contracts are deployed on
it, with a --window seconds challenge window, and four INSECURE test
accounts are funded on L1 and L2 (account 0 sequences and proposes). The
deployment is written to --state/rollup.json, for the other commands'
--deployment. The embedded L1 lives in memory: a restart starts a new one and
resets --state.

With --l1-rpc URL, the node settles on that L1 with the deployment --deployment
('rollup deploy' wrote it) and the key in $` + envPrivateKey + `, which must be
the deployment's sequencer. A restart rebuilds the L2 from the batches on L1
and continues the proposer from --state/proposer.json; transactions queued
and not yet in a posted block are lost with the process.

Inference calls on L2 are served by the model store --store (none: the
inference precompile is not installed). With --store the node also settles
them in opML: the proposer posts the result of every inference call its
blocks read to the opML deployment as a claim (registering the model first,
with the bonds), since a proposal of a block lists the claims of the results
it read and settles only once they are Final; an opML agent in this process
(the sequencer's key) defends those claims with --node-program (or
--claim-program for a single-phase deployment) and settles them after opML's
window. The embedded L1's opML deployment is the default two-phase one
('challenger deploy' with its defaults, the bounds the inference precompile
checks calls against) over --node-program.

SIGINT or SIGTERM stops the node cleanly.`,
		Example: `  # an L2 on an embedded L1, with a one-minute challenge window
  rollup node --state ./l2 --window 60

  # the same with the inference precompile over challenger's model store
  # (make inference builds the node program its opML claims are defended with)
  rollup node --state ./l2 --window 60 --store ~/.local/share/opml

  # an L2 settling on a running L1
  OPML_PRIVATE_KEY=... rollup node --l1-rpc http://127.0.0.1:8545 --deployment rollup.json --state ./l2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return runNode(ctx, a, cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.l1RPC, "l1-rpc", "", "the L1's JSON-RPC `URL` (none: an embedded L1)")
	cmd.Flags().StringVar(&f.deployment, "deployment", defaultDeployment, "with --l1-rpc: the rollup deployment `FILE`, written by 'rollup deploy'")
	cmd.Flags().StringVar(&f.state, "state", "rollup-node", "state `DIR`: the proposer's state, its games' traces, the embedded L1's deployment file")
	cmd.Flags().StringVar(&f.listen, "listen", defaultL2Listen, "the L2 JSON-RPC's loopback `HOST:PORT` (port 0: any free one)")
	cmd.Flags().StringVar(&f.l1Listen, "l1-listen", defaultL1Listen, "the embedded L1's JSON-RPC loopback `HOST:PORT` (port 0: any free one)")
	cmd.Flags().StringVar(&f.program, "program", defaultProgram, "the block program `ELF` (make blockprog): its prestate for the embedded deployment, its trace for disputes")
	cmd.Flags().StringVar(&f.store, "store", "", "model store `DIR` serving the inference precompile (none: no precompile)")
	f.opml.add(cmd, "with --store")
	cmd.Flags().DurationVar(&f.blockTime, "block-time", 2*time.Second, "how often the sequencer builds a block (of whatever came) and the proposer looks at L1")
	cmd.Flags().DurationVar(&f.retryFor, "retry-for", 2*time.Minute, "how long the sequencer or the proposer may keep failing (an L1 request that failed, the L1 down) before the node stops with the error (0: at the first error)")
	cmd.Flags().Uint64Var(&f.window, "window", 600, "embedded L1: the output oracle's challenge window in `SECONDS` (opML's too)")
	cmd.Flags().Uint64Var(&f.chainID, "chain-id", nodeDefaultChainID, "embedded L1: the L2's chain `ID`")
	return cmd
}

// l1Conn is the L1 the node settles on.
type l1Conn struct {
	backend onchain.Backend
	url     string
	close   func()
}

func runNode(ctx context.Context, a *app, out io.Writer, f nodeFlags) error {
	if !node.IsLoopback(f.listen) {
		return fmt.Errorf("--listen %s: want a loopback host:port (the endpoint has no access control)", f.listen)
	}
	if f.blockTime <= 0 {
		return fmt.Errorf("--block-time %v: want a positive duration", f.blockTime)
	}
	if f.retryFor < 0 {
		return fmt.Errorf("--retry-for %v: want a duration of at least 0", f.retryFor)
	}
	prestate, prestateHash, err := loadProgram(f.program)
	if err != nil {
		return err
	}
	inf, uninstall, err := openInferences(f.store)
	if err != nil {
		return err
	}
	defer uninstall()
	// The embedded opML deployment's games run the node program: read it
	// now, before anything is deployed. Without the precompile there are
	// no inference results to claim, and no program.
	var opmlPrestate [32]byte
	if f.l1RPC == "" && inf != nil {
		if opmlPrestate, err = nodePrestate(f.opml.nodeProgram); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(f.state, 0o755); err != nil {
		return fmt.Errorf("--state: %w", err)
	}
	var (
		l1     l1Conn
		d      *node.Deployment
		seqKey *ecdsa.PrivateKey
		keys   []*ecdsa.PrivateKey
	)
	if f.l1RPC == "" {
		if !node.IsLoopback(f.l1Listen) {
			return fmt.Errorf("--l1-listen %s: want a loopback host:port (the test keys are public)", f.l1Listen)
		}
		if f.window == 0 {
			return errors.New("--window: want a positive number of seconds")
		}
		keys = devnet.DevKeys(nodeDevAccounts)
		seqKey = keys[0]
		if l1, d, err = embeddedL1(ctx, a, f, keys, prestateHash, opmlPrestate); err != nil {
			return err
		}
	} else {
		if d, err = node.ReadDeployment(f.deployment); err != nil {
			return err
		}
		if seqKey, err = key(); err != nil {
			return err
		}
		if me := crypto.PubkeyToAddress(seqKey.PublicKey); me != d.Sequencer {
			return fmt.Errorf("$%s is the key of %s, the deployment's sequencer is %s", envPrivateKey, me, d.Sequencer)
		}
		c, err := ethclient.DialContext(ctx, f.l1RPC)
		if err != nil {
			return fmt.Errorf("--l1-rpc %s: %w", f.l1RPC, err)
		}
		if _, err := c.ChainID(ctx); err != nil {
			c.Close()
			return fmt.Errorf("--l1-rpc %s: %w (is the L1 node running?)", f.l1RPC, err)
		}
		l1 = l1Conn{backend: retryL1{c, a.log}, url: f.l1RPC, close: c.Close}
	}
	defer l1.close()
	if err := claimState(f.state, "proposer.json", d); err != nil {
		return err
	}

	s, err := onchain.NewSender(ctx, l1.backend, seqKey, a.log)
	if err != nil {
		return err
	}
	if f.l1RPC == "" {
		s.Poll = 50 * time.Millisecond
	}
	n, err := newL2Node(ctx, a, l1.backend, s, d, prestate, f, inf)
	if err != nil {
		return err
	}
	defer n.close()
	if n.defender != nil {
		defer runAgent(ctx, n.defender)()
	}
	// Catch up with L1 before serving: a restarted node rebuilds its chain
	// from the posted batches.
	seqPlayer, propPlayer := retrying(a, f.retryFor, f.blockTime, "sequencer", n.rpc), retrying(a, f.retryFor, f.blockTime, "proposer", n.proposer)
	if err := seqPlayer.stepUntil(ctx); err != nil {
		return err
	}
	sctx, stopServing := context.WithCancel(ctx)
	defer stopServing()
	addr, served, err := n.rpc.Serve(sctx, f.listen)
	if err != nil {
		return err
	}
	depFile := f.deployment
	if f.l1RPC == "" {
		depFile = filepath.Join(f.state, "rollup.json")
	}
	fmt.Fprintf(out, "L1 JSON-RPC  %s", l1.url)
	if f.l1RPC == "" {
		fmt.Fprintf(out, " (embedded, in this process)")
	}
	fmt.Fprintf(out, "\nL2 JSON-RPC  http://%s (chain id %d)\n", addr, d.ChainID)
	fmt.Fprintf(out, "deployment   %s\n", depFile)
	fmt.Fprintf(out, "sequencer and proposer %s; a block every %v\n", s.Address(), f.blockTime)
	if n.defender != nil {
		fmt.Fprintf(out, "opML: the proposer posts its blocks' inference results as claims (%s), the agent defends and settles them\n", d.OpML.OpML)
	}
	if keys != nil {
		fmt.Fprintf(out, "accounts (INSECURE test keys, %d ETH on L1 and %d ETH on L2 each; 0 is the sequencer's):\n", nodeDevL1Ether, nodeDevL2Ether)
		for i, k := range keys {
			fmt.Fprintf(out, "  %d  %s  %s\n", i, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)))
		}
	}
	fmt.Fprintln(out, "running; stop with Ctrl-C")
	err = node.Run(ctx, f.blockTime, runStep{seqPlayer}, runStep{propPlayer})
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		err = nil
	}
	stopServing() // a player's error ends the node too
	if serr := <-served; err == nil && serr != nil {
		err = fmt.Errorf("L2 JSON-RPC: %w", serr)
	}
	if err == nil {
		fmt.Fprintln(out, "stopped")
	}
	return err
}

// stateOwnerFile, in --state, names the deployment whose state the
// directory holds.
const stateOwnerFile = "deployment-id.json"

// stateOwner is a deployment's identity, as stateOwnerFile holds it.
type stateOwner struct {
	ChainID      uint64         `json:"l2ChainId"`
	Inbox        common.Address `json:"batchInbox"`
	OutputOracle common.Address `json:"outputOracle"`
}

// claimState checks that dir holds the state of deployment d (or none)
// and records d in it; it also checks that the player's state file
// (stateFile in dir) reads. A state directory of another deployment would make the proposer
// skip blocks (its next block is the other chain's) and tend proposals
// that are not its own; a corrupt state file would make every proposer
// Step fail (tried again until --retry-for).
func claimState(dir, stateFile string, d *node.Deployment) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("state directory: %w", err)
	}
	if data, err := os.ReadFile(filepath.Join(dir, stateFile)); err == nil {
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("state: %s: %w (delete it to start over from L1)", filepath.Join(dir, stateFile), err)
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("state: %w", err)
	}
	want := stateOwner{ChainID: d.ChainID, Inbox: d.Inbox, OutputOracle: d.OutputOracle}
	path := filepath.Join(dir, stateOwnerFile)
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist): // new, or written before this file existed
	case err != nil:
		return fmt.Errorf("state: %w", err)
	default:
		var got stateOwner
		if err := json.Unmarshal(data, &got); err != nil {
			return fmt.Errorf("state: %s: %w (delete it if the directory is this deployment's)", path, err)
		}
		if got != want {
			return fmt.Errorf("state directory %s holds the state of another deployment (L2 chain %d, output oracle %s), not this one's (L2 chain %d, output oracle %s): use another directory",
				dir, got.ChainID, got.OutputOracle, want.ChainID, want.OutputOracle)
		}
		return nil
	}
	data, err = json.MarshalIndent(want, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path+".tmp", data, 0o644); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		return fmt.Errorf("state: %w", err)
	}
	return nil
}

// retryingPlayer is a player whose failing Steps are logged and tried
// again on the next tick, until it has failed for longer than retryFor:
// one L1 request that failed after the sender's retries must not stop the
// node (a restart loses the transactions queued and not yet posted). Both
// players read what they act on from L1 on every Step (the sequencer its
// inbox, the proposer its proposals and their games), so a Step after a
// failed one does not repeat what the failed one did on L1; a state only a
// restart clears ends in an error after retryFor.
type retryingPlayer struct {
	name     string
	p        node.Stepper
	retryFor time.Duration
	poll     time.Duration
	log      *slog.Logger
	since    time.Time // the first failure of the current run of failures (zero: none)
}

func retrying(a *app, retryFor, poll time.Duration, name string, p node.Stepper) *retryingPlayer {
	return &retryingPlayer{name: name, p: p, retryFor: retryFor, poll: poll, log: a.log}
}

// Step steps the player; an error within retryFor of the first failure of
// a run of them is logged, and Step returns nil.
func (r *retryingPlayer) Step(ctx context.Context) error {
	err := r.p.Step(ctx)
	if err == nil {
		if !r.since.IsZero() {
			r.log.Info(r.name+": working again", "after", time.Since(r.since).Round(time.Millisecond))
		}
		r.since = time.Time{}
		return nil
	}
	if ctx.Err() != nil {
		return err
	}
	if r.since.IsZero() {
		r.since = time.Now()
	}
	if failing := time.Since(r.since); failing >= r.retryFor {
		if r.retryFor > 0 {
			return fmt.Errorf("%s: failing for %v (--retry-for): %w", r.name, failing.Round(time.Second), err)
		}
		return err
	}
	r.log.Warn(r.name+": step failed; trying again", "err", err, "failing for", time.Since(r.since).Round(time.Millisecond), "retry-for", r.retryFor)
	return errRetry
}

// errRetry is a Step error the node tries again after a tick.
var errRetry = errors.New("retry")

// stepUntil steps r until a Step succeeds (nil) or fails for good.
func (r *retryingPlayer) stepUntil(ctx context.Context) error {
	for {
		switch err := r.Step(ctx); {
		case err == nil:
			return nil
		case !errors.Is(err, errRetry):
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(r.poll):
		}
	}
}

// runStep is r for node.Run: a failure to retry is not an error.
type runStep struct{ *retryingPlayer }

// runDaemon runs players every poll until ctx ends (SIGINT, SIGTERM: a
// clean stop, "stopped" and no error) or one of them fails.
func runDaemon(ctx context.Context, out io.Writer, poll time.Duration, players ...node.Stepper) error {
	err := node.Run(ctx, poll, players...)
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		fmt.Fprintln(out, "stopped")
		return nil
	}
	return err
}

func (r runStep) Step(ctx context.Context) error {
	if err := r.retryingPlayer.Step(ctx); !errors.Is(err, errRetry) {
		return err
	}
	return nil
}

// embeddedL1 starts chain/devnet on --l1-listen with keys funded, deploys
// opML (the default two-phase deployment over opmlPrestate, the node
// program's) and the rollup on it (account 0 the sequencer),
// with the L2 genesis funding every key, and writes the deployment to
// --state/rollup.json (and opML's to --state/opml.json).
func embeddedL1(ctx context.Context, a *app, f nodeFlags, keys []*ecdsa.PrivateKey, prestate, opmlPrestate [32]byte) (l1Conn, *node.Deployment, error) {
	// A new L1: the state of a previous one means nothing.
	for _, name := range []string{"proposer.json", "games", opmlTracesDir, "rollup.json", "opml.json", stateOwnerFile} {
		if err := os.RemoveAll(filepath.Join(f.state, name)); err != nil {
			return l1Conn{}, nil, fmt.Errorf("--state: %w", err)
		}
	}
	ether := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }
	l1net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, ether(nodeDevL1Ether)), Listen: f.l1Listen, BlockTime: time.Second})
	if err != nil {
		return l1Conn{}, nil, fmt.Errorf("embedded L1: %w", err)
	}
	fail := func(err error) (l1Conn, *node.Deployment, error) {
		l1net.Close()
		return l1Conn{}, nil, err
	}
	s, err := onchain.NewSender(ctx, l1net.Client(), keys[0], a.log)
	if err != nil {
		return fail(err)
	}
	s.Poll = 20 * time.Millisecond
	opml, _, err := onchain.Deploy(ctx, s, onchain.DeployParams{
		Prestate: opmlPrestate, Game: embeddedOpMLGame, GraphDepth: spec.DefaultGraphDepth, ChallengeWindow: f.window, Clock: f.window,
		ClaimBond: big.NewInt(params.Ether / 100), ChallengeBond: big.NewInt(params.Ether / 100),
	})
	if err != nil {
		return fail(fmt.Errorf("embedded L1: deploy opML: %w", err))
	}
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: ether(nodeDevL2Ether)}
	}
	d, err := node.Deploy(ctx, s, opml, node.DeployConfig{
		ChainID: f.chainID, Sequencer: s.Address(), Prestate: prestate,
		Output: output.Params{ChallengeWindow: f.window, Clock: 3 * f.window, ProposalBond: big.NewInt(params.Ether / 10), DisputeBond: big.NewInt(params.Ether / 100)},
		// The bridge holds the L1 ETH that backs the L2 genesis's balances.
		Fund:  ether(nodeDevL2Ether * int64(len(keys))),
		Alloc: alloc,
	})
	if err != nil {
		return fail(fmt.Errorf("embedded L1: %w", err))
	}
	if err := d.Write(filepath.Join(f.state, "rollup.json")); err != nil {
		return fail(err)
	}
	if err := opml.Write(filepath.Join(f.state, "opml.json")); err != nil {
		return fail(err)
	}
	return l1Conn{backend: l1net.Client(), url: l1net.URL(), close: func() { l1net.Close() }}, d, nil
}

// l2Node is the sequencer's chain, its RPC, the proposer and, with an
// inference precompile, the opML agent that defends and settles the
// proposer's claims.
type l2Node struct {
	rpc      *node.RPC
	proposer *node.Proposer
	defender *agent.Agent
	close    func()
}

// opmlTracesDir, in --state, holds the opML agent's trace snapshots.
const opmlTracesDir = "opml-traces"

// newL2Node wires the sequencer (posting with s), its RPC and the
// proposer (proposing with s) for deployment d, with state under
// f.state; with inf, the proposer posts its blocks' inference results to
// opML and an agent on s defends them.
func newL2Node(ctx context.Context, a *app, l1 onchain.Backend, s *onchain.Sender, d *node.Deployment, prestate func() (*mipsevm.State, error), f nodeFlags, inf *node.Inferences) (*l2Node, error) {
	dir := f.state
	g, err := node.Genesis(d.ChainID, d.Genesis)
	if err != nil {
		return nil, err
	}
	chain, err := batch.NewChain(g)
	if err != nil {
		return nil, err
	}
	in, err := batch.Connect(ctx, l1, d.Inbox, d.InboxFrom, s)
	if err != nil {
		chain.Close()
		return nil, err
	}
	o, err := output.Connect(ctx, l1, d.OutputOracle, s)
	if err != nil {
		chain.Close()
		return nil, err
	}
	gc, err := onchain.ConnectGame(ctx, l1, d.Game, s, a.log)
	if err != nil {
		chain.Close()
		return nil, err
	}
	// The opML deployment: the claims a proposal lists for the inference
	// results its block reads, and the results a step loads.
	opml, err := onchain.Connect(ctx, l1, d.OpML, s, a.log)
	if err != nil {
		chain.Close()
		return nil, fmt.Errorf("the deployment's opML contracts: %w", err)
	}
	seq := &node.Sequencer{Chain: chain, Inbox: in, Bridge: d.Bridge, BridgeFrom: d.BridgeFrom, L1: l1, Inferences: inf, Log: a.log}
	games := &node.Games{Game: gc, OpML: opml, Prestate: prestate, Dir: filepath.Join(dir, "games"), Log: a.log}
	p := &node.Proposer{Chain: chain, Inbox: in, Outputs: o, Games: games, Inferences: inf,
		StateFile: filepath.Join(dir, "proposer.json"), Log: a.log}
	n := &l2Node{rpc: node.NewRPC(seq), proposer: p, close: func() { games.Close(); chain.Close() }}
	if inf != nil {
		var err error
		n.defender, err = newOpMLAgent(a, opml, inf, f.opml, filepath.Join(dir, opmlTracesDir), f.blockTime, false)
		if err != nil {
			n.close()
			return nil, err
		}
		p.PostClaims = true
	}
	return n, nil
}
