package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/host"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
)

// envPrivateKey holds the signing key: never a flag, which other users see
// in ps. The same variable as challenger's.
const envPrivateKey = "OPML_PRIVATE_KEY"

const (
	defaultRPC        = "http://127.0.0.1:8545"
	defaultDeployment = "rollup.json"
	defaultProgram    = "build/blockprog/blockprog.elf"
	// opML's programs (make inference): the claim-checking program, and
	// the node program of a two-phase deployment.
	defaultClaimProgram = "build/inference/inference.elf"
	defaultNodeProgram  = "build/inference/node.elf"
)

// app is what the commands share.
type app struct {
	logLevel string
	log      *slog.Logger
}

func newRootCmd(a *app) *cobra.Command {
	a.logLevel = "info"
	a.log = slog.New(slog.DiscardHandler)
	root := &cobra.Command{
		Use:   "rollup",
		Short: "Run the Axonum rollup's players: sequencer, proposer, verifier, bridge",
		Long: `rollup takes part in the Axonum optimistic rollup. The sequencer posts each
L2 block's batch to the BatchInbox on L1; proposers post output roots to the
OutputOracle with a bond; a verifier derives the L2 chain from L1 alone,
recomputes each proposed root and disputes a wrong one with the block
program (the fault-proof program that re-executes one L2 block in the MIPS
VM), playing the same DisputeGame as opML's claims. Inference results in L2
blocks are settled by opML: the canonical L2 state uses the result opML
finalized. Deposits go L1 → L2 through the Bridge; withdrawals are paid on L1
against a final output root.

Commands:
  node      run an L2 (sequencer, proposer, JSON-RPC) on an embedded or given L1
  deploy    deploy the rollup's L1 contracts next to an opML deployment
  propose   the proposer daemon: propose output roots from a chain derived from L1
  verify    the verifier daemon: derive, dispute wrong roots, play, settle
  deposit   deposit ETH on L1 to an L2 account
  withdraw  withdraw ETH from L2: start, status, finalize on L1
  outputs   list output proposals and their status
  demo      the whole story on an embedded L1

Chain commands take --rpc URL and --deployment FILE (written by deploy); the
key comes from $` + envPrivateKey + `, never from a flag. See docs/rollup.md.`,
		Example: `  # the whole story: deposit, an inference lie, a dispute, a withdrawal
  rollup demo --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0001-2.bin`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(a.logLevel)); err != nil {
				return fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", a.logLevel)
			}
			a.log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
			return nil
		},
	}
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", a.logLevel, "log `LEVEL`: debug, info, warn or error (logs go to stderr)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w\nrun '%s --help' for usage", err, cmd.CommandPath())
	})
	root.AddCommand(newDeployCmd(a), newVerifyCmd(a), newDepositCmd(a), newOutputsCmd(a), newDemoCmd(a))
	root.AddCommand(newNodeCmd(a), newWithdrawCmd(a), newProposeCmd(a))
	return root
}

// chainFlags are the flags of the commands that talk to an L1.
type chainFlags struct {
	rpc, deployment string
}

func (f *chainFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rpc, "rpc", defaultRPC, "L1 JSON-RPC `URL` (http, ws or an IPC path)")
	cmd.Flags().StringVar(&f.deployment, "deployment", defaultDeployment, "rollup deployment `FILE`, written by 'rollup deploy'")
}

func (f *chainFlags) dial(ctx context.Context) (*ethclient.Client, error) {
	c, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, fmt.Errorf("--rpc %s: %w", f.rpc, err)
	}
	if _, err := c.ChainID(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("--rpc %s: %w (is the L1 node running? 'challenger devnet' starts one)", f.rpc, err)
	}
	return c, nil
}

// key is the signing key from the environment.
func key() (*ecdsa.PrivateKey, error) {
	hexKey := strings.TrimPrefix(strings.TrimSpace(os.Getenv(envPrivateKey)), "0x")
	if hexKey == "" {
		return nil, fmt.Errorf("no key: set $%s to a hex private key", envPrivateKey)
	}
	k, err := crypto.HexToECDSA(hexKey)
	if err != nil {
		return nil, fmt.Errorf("$%s: %w", envPrivateKey, err)
	}
	return k, nil
}

// sender is a sender with the environment's key.
func (a *app) sender(ctx context.Context, l1 onchain.Backend) (*onchain.Sender, error) {
	k, err := key()
	if err != nil {
		return nil, err
	}
	return onchain.NewSender(ctx, l1, k, a.log)
}

// loadProgram reads the block program's ELF and returns its prestate
// function and hash.
func loadProgram(path string) (func() (*mipsevm.State, error), [32]byte, error) {
	elf, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, [32]byte{}, fmt.Errorf("--program %s: not found (run 'make blockprog' to build the block program)", path)
	}
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("--program: %w", err)
	}
	f := func() (*mipsevm.State, error) { return host.Prestate(elf) }
	s, err := f()
	if err != nil {
		return nil, [32]byte{}, fmt.Errorf("--program %s: %w", path, err)
	}
	return f, s.Hash(), nil
}
