package main

import (
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

func newDevnetCmd(a *app) *cobra.Command {
	var df deployFlags
	var listen, deployment string
	var accounts int
	var blockTime time.Duration
	cmd := &cobra.Command{
		Use:   "devnet [--listen HOST:PORT] [--accounts N]",
		Short: "Run an embedded Ethereum dev chain with the opML contracts deployed",
		Long: `devnet starts an in-process go-ethereum chain (all of it in this process, no
other server), funds --accounts test accounts, deploys the opML contracts
with the first, writes the deployment file (--deployment, by default
deployment.json in the store directory) and serves JSON-RPC on --listen
until SIGINT or SIGTERM. Blocks are mined as soon as a transaction
arrives, and an empty one after --block-time without any, so that the
chain's clock (and with it challenge windows and chess clocks) moves as on a
real chain. The chain lives in memory: it is gone when devnet stops.

The games are two-phase unless --single-phase (see 'challenger deploy
--help' for the deployment flags); the programs are the ones 'make
inference' builds.

The accounts' keys are printed: they are derived from a public seed, the
same every time, and are for this test chain only. The other commands
then work against it, e.g. in other terminals:

  export ` + envPrivateKey + `=<key of account 1>
  challenger submit --model M.gguf --input IN
  export ` + envPrivateKey + `=<key of account 2>
  challenger run

Its defaults are short (--window, --clock) so that disputes end while you
watch; 'challenger demo' plays a whole story on its own chain instead.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !isLoopback(listen) {
				return fmt.Errorf("--listen %s: the devnet's keys are public; listen on loopback only", listen)
			}
			if accounts < 1 {
				return fmt.Errorf("--accounts %d: want at least 1", accounts)
			}
			d, err := df.params()
			if err != nil {
				return err
			}
			path := deployment
			if path == "" {
				if path, err = a.deploymentPath(&chainFlags{}); err != nil {
					return err
				}
			}
			if err := os.MkdirAll(a.storeDir, 0o755); err != nil && deployment == "" {
				return err
			}
			keys := devnet.DevKeys(accounts)
			fund := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
			net, err := devnet.New(devnet.Config{Alloc: devnet.FundedAlloc(keys, fund), Listen: listen, BlockTime: blockTime})
			if err != nil {
				return err
			}
			defer net.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := onchain.NewSender(ctx, net.Client(), keys[0], a.log)
			if err != nil {
				return err
			}
			addrs, err := a.deploy(ctx, s, d.DeployParams, path)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "devnet: chain id %d, JSON-RPC on %s\n", net.ChainID(), net.URL())
			fmt.Fprintf(out, "contracts: OpML %s, DisputeGame %s, deployment file %s\n", addrs.OpML, addrs.Game, path)
			fmt.Fprintln(out, d.describe())
			fmt.Fprintf(out, "challenge window %v, clock %v per side\n", time.Duration(d.ChallengeWindow)*time.Second,
				time.Duration(d.Clock)*time.Second)
			fmt.Fprintln(out, "accounts (INSECURE test keys, 10000 ETH each; account 0 deployed):")
			for i, k := range keys {
				fmt.Fprintf(out, "  %d  %s  %s\n", i, crypto.PubkeyToAddress(k.PublicKey), hexutil.Encode(crypto.FromECDSA(k)))
			}
			if a.onReady != nil {
				a.onReady(net.URL())
			}
			<-ctx.Done()
			a.log.Info("devnet stopping")
			return nil
		},
	}
	df.add(cmd, 2*time.Minute, 5*time.Minute)
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8545", "`HOST:PORT` for JSON-RPC over HTTP (loopback only; port 0 picks one)")
	cmd.Flags().IntVar(&accounts, "accounts", 5, "number of funded test accounts")
	cmd.Flags().DurationVar(&blockTime, "block-time", 2*time.Second, "the longest `TIME` without a block (0: blocks only for transactions)")
	cmd.Flags().StringVar(&deployment, "deployment", "", "where to write the deployment `FILE` (default: deployment.json in the store directory)")
	return cmd
}
