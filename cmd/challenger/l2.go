package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/chain/devnet"
	"github.com/axonum/opml/contracts/bindings"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/spf13/cobra"
)

// l2ChainID is the AI EVM dev chain's id (the L1 devnet is 1337).
const l2ChainID = 4242

func newL2Cmd(a *app) *cobra.Command {
	var listen, lieAbout string
	var accounts int
	var blockTime time.Duration
	cmd := &cobra.Command{
		Use:   "l2 [--listen HOST:PORT] [--lie-about FILE]",
		Short: "Run the AI EVM: an embedded chain whose EVM runs ML models (the inference precompile)",
		Long: `l2 starts the AI EVM dev chain in this process: a go-ethereum chain whose EVM
has the inference precompile at ` + gethadapter.Address.Hex() + `, serving the models of
the store (--store). A contract calls AILib.inference(model, input,
output_size) and the chain runs the model natively. It funds the same test
accounts as devnet, deploys the example AIContract, and serves JSON-RPC on
--listen (with the debug API, which the adapter traces blocks with) until
SIGINT or SIGTERM.

--lie-about FILE makes this sequencer dishonest about that one input: its
result is replaced by another class, so that the adapter posts a wrong
claim for opML to catch ('challenger run' on L1 disputes it).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !isLoopback(listen) {
				return fmt.Errorf("--listen %s: the test keys are public; listen on loopback only", listen)
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			opts := gethadapter.Options{}
			if lieAbout != "" {
				target, err := os.ReadFile(lieAbout)
				if err != nil {
					return fmt.Errorf("--lie-about: %w", err)
				}
				opts.Lie = lieAboutInput(target)
			}
			keys := devnet.DevKeys(accounts)
			fund := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))
			l2, _, err := gethadapter.NewChain(st, opts, devnet.Config{Alloc: devnet.FundedAlloc(keys, fund), Listen: listen,
				ChainID: l2ChainID, Debug: true, BlockTime: blockTime})
			if err != nil {
				return err
			}
			defer l2.Close()
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			s, err := onchain.NewSender(ctx, l2.Client(), keys[0], a.log)
			if err != nil {
				return err
			}
			r, err := s.Send(ctx, "deploy AIContract", nil, common.FromHex(bindings.AIContractMetaData.Bin), nil)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "AI EVM: chain id %d, JSON-RPC on %s, inference precompile at %s\n", l2ChainID, l2.URL(), gethadapter.Address)
			fmt.Fprintf(out, "AIContract deployed at %s\n", r.ContractAddress)
			if lieAbout != "" {
				fmt.Fprintf(out, "this sequencer LIES about the input in %s\n", lieAbout)
			}
			for i, k := range keys {
				fmt.Fprintf(out, "  %d  %s\n", i, crypto.PubkeyToAddress(k.PublicKey))
			}
			if a.onReady != nil {
				a.onReady(l2.URL())
			}
			<-ctx.Done()
			return nil
		},
	}
	cmd.Flags().StringVar(&listen, "listen", "127.0.0.1:8546", "`HOST:PORT` for JSON-RPC over HTTP (loopback only)")
	cmd.Flags().StringVar(&lieAbout, "lie-about", "", "be a dishonest sequencer about the input in `FILE`")
	cmd.Flags().IntVar(&accounts, "accounts", 5, "number of funded test accounts (the same keys as devnet)")
	cmd.Flags().DurationVar(&blockTime, "block-time", 2*time.Second, "the longest `TIME` without a block")
	return cmd
}

// lieAboutInput is a dishonest sequencer's rule: another output for one
// input (the next class, for a classifier), the truth otherwise.
func lieAboutInput(target []byte) func(gethadapter.Call, []byte) []byte {
	return func(c gethadapter.Call, out []byte) []byte {
		if !bytes.Equal(c.Input, target) || len(out) == 0 {
			return out
		}
		lie := bytes.Clone(out)
		lie[len(lie)-1] = (lie[len(lie)-1] + 1) % 10
		return lie
	}
}

func newInferCmd(a *app) *cobra.Command {
	var modelArg, inputPath string
	var pf promptFlags
	cmd := &cobra.Command{
		Use:   "infer --model FILE|ADDRESS (--input FILE | --prompt TEXT [--tokens N])",
		Short: "Run one inference natively and print the output and the gas the precompile charges for it",
		Long: `infer runs the model on the input natively, as the AI EVM's inference
precompile does, and prints the output (hex), its size (the output_size a
contract must pass) and the gas the precompile charges (docs/design.md,
"The inference precompile").

The input is --input's bytes in the model's encoding, or, for a llama
model, --prompt: text tokenized with the model's own vocabulary (its GGUF
metadata, as llama.cpp tokenizes it), from which the input is N (--tokens)
and the prompt's token ids, the bytes a contract passes the precompile.
For a llama model infer also prints the prompt's ids and text and the
generated ids and text.`,
		Example: `  challenger infer --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin
  challenger model random --params 15m --tokenizer tokenizer.json --out 15m.gguf
  challenger infer --model 15m.gguf --prompt "Once upon a time" --tokens 8`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			model, err := a.loadModel(modelArg)
			if err != nil {
				return err
			}
			tv := newTextView(model.Bytes())
			input, err := pf.input(cmd, tv, inputPath)
			if err != nil {
				return err
			}
			start := time.Now()
			out, err := models.Infer(model.Bytes(), input)
			if err != nil {
				return fmt.Errorf("inference: %w", err)
			}
			took := time.Since(start)
			// A call the precompile refuses still has an output; print it,
			// then the reason.
			gas, gasErr := gethadapter.Gas(model.Bytes(), gethadapter.Call{Model: model.Address(), Input: input, OutputSize: uint64(len(out))})
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "model:        %s\n", model.Address())
			if cmd.Flags().Changed("prompt") {
				fmt.Fprintf(w, "input:        %s\n", hex.EncodeToString(input))
			}
			fmt.Fprintf(w, "output:       %s\n", hex.EncodeToString(out))
			fmt.Fprintf(w, "output_size:  %d\n", len(out))
			if gasErr == nil {
				fmt.Fprintf(w, "gas:          %d (the precompile's charge)\n", gas)
			} else {
				fmt.Fprintf(w, "gas:          none: the precompile refuses this call\n")
			}
			fmt.Fprintf(w, "native time:  %.3f s\n", took.Seconds())
			tv.report(input, out, nil, nil).print(w, false)
			return gasErr
		},
	}
	cmd.Flags().StringVar(&modelArg, "model", "", "the model: a GGUF `FILE`, or the ADDRESS of a model in the store (required)")
	cmd.Flags().StringVar(&inputPath, "input", "", "`FILE` holding the input bytes (or --prompt)")
	pf.add(cmd)
	cmd.MarkFlagRequired("model")
	return cmd
}

// adapterFlags are the adapter's and the report's flags.
type adapterFlags struct {
	chainFlags
	l2RPC    string
	state    string
	register bool // register the models it posts claims on (the adapter)
}

func (f *adapterFlags) add(cmd *cobra.Command, needsKey bool) {
	f.chainFlags.add(cmd, needsKey)
	cmd.Flags().StringVar(&f.l2RPC, "l2-rpc", "http://127.0.0.1:8546", "the AI EVM chain's JSON-RPC `URL` (with the debug API)")
	cmd.Flags().StringVar(&f.state, "state", "", "the adapter's state `FILE` (default: adapter.json in the store directory)")
}

func (a *app) openAdapter(ctx context.Context, f *adapterFlags, withKey bool) (*gethadapter.Adapter, *onchain.Client, func(), error) {
	state := f.state
	if state == "" {
		if a.storeDir == "" {
			return nil, nil, nil, errors.New("no adapter state file: give --state FILE")
		}
		state = filepath.Join(a.storeDir, "adapter.json")
	}
	l1, closeL1, err := a.connect(ctx, &f.chainFlags, withKey)
	if err != nil {
		return nil, nil, nil, err
	}
	l2, err := ethclient.DialContext(ctx, f.l2RPC)
	if err != nil {
		closeL1()
		return nil, nil, nil, fmt.Errorf("--l2-rpc %s: %w", f.l2RPC, err)
	}
	closeAll := func() { l2.Close(); closeL1() }
	cfg := gethadapter.AdapterConfig{L2: l2, L1: l1, StateFile: state, Log: a.log, Poll: time.Second}
	if f.register && withKey {
		if cfg.RegisterFrom, err = a.store(); err != nil {
			closeAll()
			return nil, nil, nil, err
		}
	}
	ad, err := gethadapter.NewAdapter(ctx, cfg)
	if err != nil {
		closeAll()
		return nil, nil, nil, err
	}
	return ad, l1, closeAll, nil
}

func newAdapterCmd(a *app) *cobra.Command {
	var f adapterFlags
	var defend bool
	var program, nodeProgram, cacheDir string
	cmd := &cobra.Command{
		Use:   "adapter --l2-rpc URL --rpc URL",
		Short: "Follow the AI EVM chain and post every inference it executes to opML, once, and defend the claims",
		Long: `adapter follows the AI EVM chain's blocks (--l2-rpc), finds every inference
call a block executed (by tracing it: calls to the precompile that did not
revert) and posts each result as an opML claim on the L1 registry (--rpc,
--deployment) with the key's bond, once: the same model, input and output
found twice is one claim. A call the precompile must have reverted whatever
the model (not the canonical encoding, input_data or output_size over the
deployment's sizes, or an output that is not output_size bytes), which only
a lying sequencer answers, is posted too, as a claim on the zero model
address with keccak256(call) ‖ keccak256(output) as input and no output:
it names no model, so challengers win it. Progress is saved after each
block (--state);
restarted, it goes on where it stopped, and before posting it checks the
registry for a claim it already made, so it never posts twice.

With --defend (the default) the same process also runs the agent of
'challenger run --challenge=false' for the key: it defends the claims it
posted, settles them and collects the bonds. One process per key: two
processes sending from one account would race for its nonces. The agent
needs the program the deployment's games run: --node-program (two-phase,
the default deployment) or --program (single-phase).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			ad, l1, closeFn, err := a.openAdapter(ctx, &f, true)
			if err != nil {
				return err
			}
			defer closeFn()
			errc := make(chan error, 1)
			if defend {
				ag, err := a.newDefender(l1, program, nodeProgram, cacheDir)
				if err != nil {
					return err
				}
				go func() { errc <- ag.Run(ctx) }()
			}
			a.log.Info("adapter running", "l2", f.l2RPC, "from block", ad.Synced(), "defend", defend)
			err = ad.Run(ctx)
			if defend {
				if aerr := <-errc; ctx.Err() == nil && aerr != nil {
					err = errors.Join(err, aerr)
				}
			}
			if ctx.Err() != nil {
				return nil
			}
			return err
		},
	}
	f.add(cmd, true)
	cmd.Flags().BoolVar(&f.register, "register", true,
		"register a model the L1 deployment does not know, from the store, before posting a claim on it (with the registration bond)")
	cmd.Flags().BoolVar(&defend, "defend", true, "also defend the posted claims (the agent, in this process)")
	addProgramFlags(cmd, &program, &nodeProgram, ", for --defend")
	cmd.Flags().StringVar(&cacheDir, "cache", "", "`DIR` for VM snapshots, for --defend (default: traces in the store directory)")
	return cmd
}

// newDefender is the agent that defends the key's claims, on l1's sender:
// with the node program in a two-phase deployment, the claim-checking
// program in a single-phase one.
func (a *app) newDefender(l1 *onchain.Client, program, nodeProgram, cacheDir string) (*agent.Agent, error) {
	elf, node, err := agentPrograms(l1.Config, program, nodeProgram)
	if err != nil {
		return nil, err
	}
	st, err := a.store()
	if err != nil {
		return nil, err
	}
	if cacheDir == "" {
		cacheDir = filepath.Join(st.Dir(), "traces")
	}
	return agent.New(agent.Config{Client: l1, Store: st, Program: elf, NodeProgram: node, CacheDir: cacheDir, Interval: 1 << 22,
		Poll: 2 * time.Second, Log: a.log.With("role", "defender"), Defend: true})
}

func newReportCmd(a *app) *cobra.Command {
	var f adapterFlags
	var from, to uint64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "report [--from N] [--to M] [--json]",
		Short: "Which inference results of a range of AI EVM blocks opML finalized, holds pending, or contradicted",
		Long: `report lists the inferences the adapter found in AI EVM blocks --from to --to
(inclusive), each with its opML claim and verdict: final (the challenge
window passed and no challenger won), pending (in its window or disputed),
contradicted (a challenger proved it wrong: the L2 result must not be
trusted). A result of a call the precompile must have reverted (not the
canonical encoding, sizes over the deployment's, or an output that is not
output_size bytes) is marked "malformed call" with the reason; its claim names no model, so it is
contradicted once challenged. It reads the adapter's state file and the
L1 registry; no key.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ad, _, closeFn, err := a.openAdapter(cmd.Context(), &f, false)
			if err != nil {
				return err
			}
			defer closeFn()
			entries, err := ad.Report(cmd.Context(), from, to)
			if err != nil {
				return err
			}
			return printReport(cmd, entries, ad.Synced(), asJSON)
		},
	}
	f.add(cmd, false)
	cmd.Flags().Uint64Var(&from, "from", 0, "first L2 `BLOCK`")
	cmd.Flags().Uint64Var(&to, "to", 1<<62, "last L2 `BLOCK` (default: all)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printReport(cmd *cobra.Command, entries []gethadapter.ReportEntry, synced uint64, asJSON bool) error {
	out := cmd.OutOrStdout()
	if asJSON {
		if entries == nil {
			entries = []gethadapter.ReportEntry{}
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(entries)
	}
	tw := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "L2 BLOCK\tTX\tMODEL\tOUTPUT\tCLAIM\tVERDICT\t")
	for _, e := range entries {
		note := ""
		if e.Malformed != "" {
			note = "malformed call: " + e.Malformed
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", e.Block, e.Tx.Hex()[:18]+"…", e.Model.Hex()[:18]+"…",
			hex.EncodeToString(e.Output), e.Claim, strings.ToUpper(string(e.Verdict)), note)
	}
	fmt.Fprintf(tw, "(the adapter has handled L2 blocks up to %d)\n", synced-1)
	return tw.Flush()
}
