package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/bridge"
	"github.com/axonum/opml/rollup/node"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

const defaultL2RPC = "http://" + defaultL2Listen

func newWithdrawCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw ETH from L2 to L1: start on L2, finalize on L1 against a final output root",
		Long: `A withdrawal has two steps. 'withdraw start' calls L2Withdrawals'
initiateWithdrawal on L2 (through the L2 JSON-RPC, 'rollup node' serves it):
the value leaves L2 and the contract records the withdrawal's hash in its
storage. Once an output root of that L2 block or a later one is final on L1
(proposed, undisputed or defended, its challenge window over, settled),
'withdraw finalize' proves the record against it (eth_getProof from the L2
node) and the Bridge pays the recipient on L1. 'withdraw status' says where a
withdrawal is.`,
		Example: `  OPML_PRIVATE_KEY=... rollup withdraw start --to 0xa11ce... --value 0.5
  rollup withdraw status 0x<L2 tx hash>
  OPML_PRIVATE_KEY=... rollup withdraw finalize 0x<L2 tx hash> --rpc http://127.0.0.1:8545 --deployment rollup.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newWithdrawStartCmd(a), newWithdrawFinalizeCmd(a), newWithdrawStatusCmd(a))
	return cmd
}

func dialL2(ctx context.Context, url string) (*ethclient.Client, *big.Int, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("--l2-rpc %s: %w", url, err)
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		c.Close()
		return nil, nil, fmt.Errorf("--l2-rpc %s: %w (is 'rollup node' running?)", url, err)
	}
	return c, id, nil
}

func newWithdrawStartCmd(a *app) *cobra.Command {
	var l2URL, to, value string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "start --to L1ADDRESS --value ETH",
		Short: "Start a withdrawal on L2 (L2Withdrawals.initiateWithdrawal)",
		Long: `start sends --value ETH to L2Withdrawals (at ` + rollup.WithdrawalContract.Hex() + `) on L2 for
--to on L1, from the key in $` + envPrivateKey + `, waits for the L2 block that
includes it and prints the withdrawal and the L2 transaction hash that
'withdraw finalize' takes.`,
		Example: `  OPML_PRIVATE_KEY=... rollup withdraw start --to 0xa11ce... --value 0.5 --l2-rpc http://127.0.0.1:9545`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if !common.IsHexAddress(to) {
				return fmt.Errorf("--to %q: want an L1 address", to)
			}
			wei, err := parseEther(value)
			if err != nil {
				return fmt.Errorf("--value %q: %w", value, err)
			}
			k, err := key()
			if err != nil {
				return err
			}
			l2, chainID, err := dialL2(ctx, l2URL)
			if err != nil {
				return err
			}
			defer l2.Close()
			opts := bind.NewKeyedTransactor(k, chainID)
			opts.Context, opts.Value = ctx, wei
			wd := bindings.NewL2Withdrawals()
			tx, err := bind.Transact(wd.Instance(l2, rollup.WithdrawalContract), opts, wd.PackInitiateWithdrawal(common.HexToAddress(to)))
			if err != nil {
				return fmt.Errorf("initiateWithdrawal on L2: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "L2 transaction %s sent; waiting for its block\n", tx.Hash())
			wctx, cancel := context.WithTimeout(ctx, timeout)
			defer cancel()
			r, err := bind.WaitMined(wctx, l2, tx.Hash())
			if err != nil {
				return fmt.Errorf("L2 transaction %s: %w", tx.Hash(), err)
			}
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("L2 transaction %s failed in block %d", tx.Hash(), r.BlockNumber)
			}
			ws := withdrawalsOf(r)
			if len(ws) == 0 {
				return fmt.Errorf("L2 transaction %s has no withdrawal log", tx.Hash())
			}
			for _, w := range ws {
				fmt.Fprintf(cmd.OutOrStdout(), "withdrawal %d: %s wei from %s to %s on L1, L2 block %d, hash %s\n",
					w.Nonce, w.Value, w.Sender, w.Recipient, r.BlockNumber, w.Hash())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "finalize once an output of block %d or later is final: rollup withdraw finalize %s\n", r.BlockNumber, tx.Hash())
			return nil
		},
	}
	cmd.Flags().StringVar(&l2URL, "l2-rpc", defaultL2RPC, "the L2 JSON-RPC `URL` ('rollup node' serves it)")
	cmd.Flags().StringVar(&to, "to", "", "the L1 recipient `ADDRESS`")
	cmd.Flags().StringVar(&value, "value", "", "`ETH` to withdraw")
	cmd.Flags().DurationVar(&timeout, "timeout", 2*time.Minute, "how long to wait for the L2 block")
	_ = cmd.MarkFlagRequired("to")
	_ = cmd.MarkFlagRequired("value")
	return cmd
}

func parseEther(s string) (*big.Int, error) {
	v, ok := new(big.Float).SetString(s)
	if !ok || v.Sign() <= 0 {
		return nil, errors.New("want a positive amount of ether")
	}
	wei, _ := v.Mul(v, big.NewFloat(params.Ether)).Int(nil)
	if wei.Sign() <= 0 {
		return nil, errors.New("want a positive amount of ether (at least one wei)")
	}
	return wei, nil
}

// withdrawalsOf are the withdrawals r's logs record.
func withdrawalsOf(r *types.Receipt) []bridge.Withdrawal {
	var ws []bridge.Withdrawal
	for _, l := range r.Logs {
		if w, err := bridge.WithdrawalFromLog(l); err == nil {
			ws = append(ws, w)
		}
	}
	return ws
}

// withdrawFlags are the flags of finalize and status.
type withdrawFlags struct {
	chainFlags
	l2URL string
}

func (f *withdrawFlags) add(cmd *cobra.Command) {
	f.chainFlags.add(cmd)
	cmd.Flags().StringVar(&f.l2URL, "l2-rpc", defaultL2RPC, "the L2 JSON-RPC `URL` ('rollup node' serves it)")
}

// pendingWithdrawal is a withdrawal of an L2 transaction and where it
// stands on L1.
type pendingWithdrawal struct {
	w         bridge.Withdrawal
	l2Block   uint64
	finalized bool
	// final is the first Final proposal at or after l2Block (nil: none);
	// pending the first Pending one (nil: none).
	final, pending *output.Proposal
}

// session is what status and finalize read.
type session struct {
	l2      *ethclient.Client
	l1      *ethclient.Client
	d       *node.Deployment
	outputs *output.Client
}

func (f *withdrawFlags) open(ctx context.Context) (*session, error) {
	d, err := node.ReadDeployment(f.deployment)
	if err != nil {
		return nil, err
	}
	l2, chainID, err := dialL2(ctx, f.l2URL)
	if err != nil {
		return nil, err
	}
	if chainID.Uint64() != d.ChainID {
		l2.Close()
		return nil, fmt.Errorf("--l2-rpc %s is chain %s, the deployment's L2 is %d", f.l2URL, chainID, d.ChainID)
	}
	l1, err := f.dial(ctx)
	if err != nil {
		l2.Close()
		return nil, err
	}
	o, err := output.Connect(ctx, l1, d.OutputOracle, nil)
	if err != nil {
		l1.Close()
		l2.Close()
		return nil, err
	}
	return &session{l2: l2, l1: l1, d: d, outputs: o}, nil
}

func (s *session) close() { s.l1.Close(); s.l2.Close() }

// inspect reads the withdrawals of L2 transaction h and, for each,
// whether the bridge paid it and which proposals cover its block.
func (s *session) inspect(ctx context.Context, h common.Hash) ([]pendingWithdrawal, error) {
	r, err := s.l2.TransactionReceipt(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("L2 transaction %s: no receipt (not sent to this L2, or not yet in a block)", h)
	}
	if err != nil {
		return nil, fmt.Errorf("L2 transaction %s: %w", h, err)
	}
	ws := withdrawalsOf(r)
	if len(ws) == 0 {
		return nil, fmt.Errorf("L2 transaction %s has no withdrawal (no WithdrawalInitiated log of %s)", h, rollup.WithdrawalContract)
	}
	br, err := bridge.Connect(ctx, s.l1, s.d.Bridge, nil)
	if err != nil {
		return nil, err
	}
	ps, err := node.Proposals(ctx, s.l1, s.outputs)
	if err != nil {
		return nil, err
	}
	n := r.BlockNumber.Uint64()
	var out []pendingWithdrawal
	for _, w := range ws {
		pw := pendingWithdrawal{w: w, l2Block: n}
		if pw.finalized, err = br.Finalized(ctx, w.Hash()); err != nil {
			return nil, fmt.Errorf("bridge finalized(%s): %w", w.Hash(), err)
		}
		for i := range ps {
			p := &ps[i]
			if p.L2Block < n {
				continue
			}
			switch {
			case p.Status == output.Final && (pw.final == nil || p.L2Block < pw.final.L2Block):
				pw.final = p
			case p.Status == output.Pending && (pw.pending == nil || p.L2Block < pw.pending.L2Block):
				pw.pending = p
			}
		}
		out = append(out, pw)
	}
	return out, nil
}

// why says why pw cannot be finalized yet, given the L1 time now.
func (s *session) why(pw pendingWithdrawal, now uint64) string {
	if pw.pending == nil {
		return fmt.Sprintf("no output of L2 block %d or later is proposed yet (is the proposer running?)", pw.l2Block)
	}
	end := pw.pending.ProposedAt + s.outputs.ChallengeWindow
	if now < end {
		return fmt.Sprintf("proposal %d (L2 block %d) is pending: its challenge window ends in %ds of L1 time", pw.pending.ID, pw.pending.L2Block, end-now)
	}
	if pw.pending.Open > 0 {
		return fmt.Sprintf("proposal %d (L2 block %d) is disputed: %d dispute(s) open", pw.pending.ID, pw.pending.L2Block, pw.pending.Open)
	}
	return fmt.Sprintf("proposal %d (L2 block %d): its window is over but it is not settled yet", pw.pending.ID, pw.pending.L2Block)
}

func newWithdrawStatusCmd(a *app) *cobra.Command {
	var f withdrawFlags
	cmd := &cobra.Command{
		Use:     "status L2_TX_HASH",
		Short:   "Say where the withdrawals of an L2 transaction are: waiting for an output, finalizable, paid",
		Example: `  rollup withdraw status 0x<L2 tx hash> --rpc http://127.0.0.1:8545 --l2-rpc http://127.0.0.1:9545 --deployment rollup.json`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			h, err := txHashArg(args[0])
			if err != nil {
				return err
			}
			s, err := f.open(ctx)
			if err != nil {
				return err
			}
			defer s.close()
			pws, err := s.inspect(ctx, h)
			if err != nil {
				return err
			}
			now, err := l1Now(ctx, s.l1)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, pw := range pws {
				fmt.Fprintf(out, "withdrawal %d (%s): %s wei to %s, L2 block %d: ", pw.w.Nonce, pw.w.Hash(), pw.w.Value, pw.w.Recipient, pw.l2Block)
				switch {
				case pw.finalized:
					fmt.Fprintln(out, "finalized (paid on L1)")
				case pw.final != nil:
					fmt.Fprintf(out, "ready: proposal %d (L2 block %d) is final\n", pw.final.ID, pw.final.L2Block)
				default:
					fmt.Fprintf(out, "waiting: %s\n", s.why(pw, now))
				}
			}
			return nil
		},
	}
	f.add(cmd)
	return cmd
}

func newWithdrawFinalizeCmd(a *app) *cobra.Command {
	var f withdrawFlags
	cmd := &cobra.Command{
		Use:   "finalize L2_TX_HASH",
		Short: "Finalize the withdrawals of an L2 transaction on L1 against a final output root",
		Long: `finalize reads the withdrawals that L2 transaction L2_TX_HASH made (its
receipt's WithdrawalInitiated logs, from --l2-rpc), finds the first Final
proposal of the OutputOracle at or after its L2 block, reads the withdrawal's
storage proof at that block with eth_getProof from the L2 node, checks that the
node's block and the proof's storage root make the proposal's output root, and
calls Bridge.finalizeWithdrawal on L1 with the key in $` + envPrivateKey + ` (anyone may: the
bridge pays the withdrawal's recipient). It refuses, saying why, a withdrawal
already paid and one no final output covers yet.`,
		Example: `  OPML_PRIVATE_KEY=... rollup withdraw finalize 0x<L2 tx hash> --rpc http://127.0.0.1:8545 \
      --l2-rpc http://127.0.0.1:9545 --deployment rollup.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			h, err := txHashArg(args[0])
			if err != nil {
				return err
			}
			s, err := f.open(ctx)
			if err != nil {
				return err
			}
			defer s.close()
			sender, err := a.sender(ctx, s.l1)
			if err != nil {
				return err
			}
			return s.finalize(ctx, cmd.OutOrStdout(), h, sender)
		},
	}
	f.add(cmd)
	return cmd
}

func (s *session) finalize(ctx context.Context, out io.Writer, h common.Hash, sender *onchain.Sender) error {
	pws, err := s.inspect(ctx, h)
	if err != nil {
		return err
	}
	br, err := bridge.Connect(ctx, s.l1, s.d.Bridge, sender)
	if err != nil {
		return err
	}
	now, err := l1Now(ctx, s.l1)
	if err != nil {
		return err
	}
	for _, pw := range pws {
		wh := pw.w.Hash()
		if pw.finalized {
			return fmt.Errorf("withdrawal %d (%s) is already finalized: the bridge paid it", pw.w.Nonce, wh)
		}
		if pw.final == nil {
			return fmt.Errorf("withdrawal %d (%s, L2 block %d): no final output covers it yet: %s", pw.w.Nonce, wh, pw.l2Block, s.why(pw, now))
		}
		p := pw.final
		at := new(big.Int).SetUint64(p.L2Block)
		hd, err := s.l2.HeaderByNumber(ctx, at)
		if err != nil {
			return fmt.Errorf("L2 block %d: %w", p.L2Block, err)
		}
		proof, storageRoot, err := bridge.ProofRPC(ctx, s.l2.Client(), wh, at)
		if err != nil {
			return err
		}
		o := rollup.Output{StateRoot: hd.Root, WithdrawalStorageRoot: storageRoot, BlockHash: hd.Hash()}
		if o.Root() != p.OutputRoot {
			return fmt.Errorf("proposal %d: the final output root of L2 block %d is %s, the L2 node's block and withdrawal storage make %s (is --l2-rpc this rollup's node?)",
				p.ID, p.L2Block, p.OutputRoot, o.Root())
		}
		r, err := br.FinalizeWithdrawal(ctx, pw.w, p.ID, o, proof)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "withdrawal %d (%s): %s wei paid to %s on L1 against proposal %d (L2 block %d), L1 transaction %s\n",
			pw.w.Nonce, wh, pw.w.Value, pw.w.Recipient, p.ID, p.L2Block, r.TxHash)
	}
	return nil
}

func txHashArg(s string) (common.Hash, error) {
	b, err := hexutil.Decode(s)
	if err != nil || len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("%q: want an L2 transaction hash (0x and 64 hex digits)", s)
	}
	return common.BytesToHash(b), nil
}

func l1Now(ctx context.Context, l1 *ethclient.Client) (uint64, error) {
	h, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("L1 head: %w", err)
	}
	return h.Time, nil
}
