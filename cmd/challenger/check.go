package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/multiphase"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/mipsevm/unicorn"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
)

// errRejected is returned when the VM rejects the claim (exit status 1).
var errRejected = errors.New("the VM rejected the claim")

func newCheckCmd(a *app) *cobra.Command {
	var modelArg, inputPath, outputHex, programPath, engine string
	var asJSON bool
	var pf promptFlags
	cmd := &cobra.Command{
		Use:   "check --model FILE|ADDRESS (--input FILE | --prompt TEXT [--tokens N]) [--output HEX]",
		Short: "Check a claim the way a dispute does: natively, then in the fraud-proof VM",
		Long: `check runs one inference twice: natively (what the chain and a challenger
run first, fast) and in the fraud-proof MIPS VM with the claim-checking
program (what a dispute bisects over). The VM run starts from the program's
absolute prestate, gets the model by mapping it by address, the input as a
keccak256 preimage and the claimed output's hash as local data, and exits 0
only if its own output hashes to the claim.

The claimed output is --output (hex) if given, else the native result (an
honest claim). check prints both results, the VM's steps and exit code, and
the final state hash (its first byte: 0 valid, 1 invalid, 2 panic), and
exits 0 if the VM accepted the claim, 1 if it rejected it.

It also prints the claim's plan, what a two-phase dispute over it plays:
the work items and buffer slots, the largest item's work
and the most bytes an item maps (against what one node-phase run may do),
and the final commitment of the phase-1 trace, computed natively, which a
defender of the claimed output must be able to post.

--model is a GGUF file, or the address of a model in the store (--store).
--program is the claim-checking program, built by 'make inference'.

The input is --input's bytes in the model's encoding, or, for a llama
model, --prompt: text tokenized with the model's own vocabulary (its GGUF
metadata, as llama.cpp tokenizes it); the claim's input is then N
(--tokens) and the prompt's token ids, what the VM reads. For a llama
model check also prints the prompt's ids and text and each output as
text.`,
		Example: `  # an honest claim about the committed Fashion-MNIST classifier
  challenger check --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin

  # a wrong one: claim class 3
  challenger check --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin --output 03

  # a language model, text in and text out
  challenger check --model 15m.gguf --prompt "Once upon a time" --tokens 4`,
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
			elf, err := os.ReadFile(programPath)
			if err != nil {
				return fmt.Errorf("--program: %w (build it with 'make inference')", err)
			}
			eng, err := claimEngine(engine)
			if err != nil {
				return err
			}

			start := time.Now()
			native, err := models.Infer(model.Bytes(), input)
			if err != nil {
				return fmt.Errorf("native inference: %w", err)
			}
			nativeTime := time.Since(start)
			c := claim.Claim{Model: model.Address(), Input: input, Output: native}
			if cmd.Flags().Changed("output") {
				if c.Output, err = hex.DecodeString(strings.TrimPrefix(outputHex, "0x")); err != nil {
					return fmt.Errorf("--output: %w", err)
				}
			}

			s, err := claim.Prestate(elf)
			if err != nil {
				return err
			}
			prestate := s.Hash()
			a.log.Info("running the claim in the VM", "prestate", hex0x(prestate[:]), "engine", engine)
			var stderr bytes.Buffer
			start = time.Now()
			last := start
			res, err := claim.Run(s, c.Host(nil, model), claim.RunOptions{
				Stderr: &stderr,
				Engine: eng,
				Progress: func(step uint64) error {
					if now := time.Now(); now.Sub(last) >= 2*time.Second {
						last = now
						a.log.Info("VM progress", "steps", step, "steps/s", fmt.Sprintf("%.3g", float64(step)/now.Sub(start).Seconds()))
					}
					return cmd.Context().Err()
				},
			})
			if err != nil {
				return err
			}
			vmTime := time.Since(start)
			final := s.Hash()
			report := checkReport{
				Model: model.Address(), Input: len(input),
				Native: hex.EncodeToString(native), NativeSeconds: nativeTime.Seconds(),
				Claimed: hex.EncodeToString(c.Output), VMOutput: hex.EncodeToString(res.Output),
				Prestate: hex0x(prestate[:]), Steps: res.Steps, ExitCode: res.ExitCode,
				Meaning: protocol.ExitMeaning(int(res.ExitCode)), FinalState: hex0x(final[:]),
				VMSeconds: vmTime.Seconds(), Accepted: res.Valid(),
			}
			if res.Fault != nil {
				report.Meaning = res.Fault.Error()
			}
			report.Text = tv.report(input, native, c.Output, res.Output)
			if report.Plan, err = planSummary(model.Bytes(), input, c.Output); err != nil {
				return err
			}
			if msg := strings.TrimSpace(stderr.String()); msg != "" {
				a.log.Info("program diagnostics", "stderr", msg)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := json.NewEncoder(out).Encode(report); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(out, "model:        %s\n", report.Model)
				fmt.Fprintf(out, "native:       %s (%.3f s)\n", report.Native, report.NativeSeconds)
				fmt.Fprintf(out, "claimed:      %s\n", report.Claimed)
				fmt.Fprintf(out, "VM output:    %s\n", report.VMOutput)
				report.Text.print(out, true)
				fmt.Fprintf(out, "VM run:       %d steps in %.2f s, exit %d (%s)\n", report.Steps, report.VMSeconds, report.ExitCode, report.Meaning)
				fmt.Fprintf(out, "prestate:     %s\n", report.Prestate)
				fmt.Fprintf(out, "final state:  %s\n", report.FinalState)
				report.Plan.print(out)
				verdict := "ACCEPTED: the claim survives a dispute"
				if !report.Accepted {
					verdict = "REJECTED: a challenger wins a dispute over this claim"
				}
				fmt.Fprintf(out, "verdict:      %s\n", verdict)
			}
			if !report.Accepted {
				return errRejected
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&modelArg, "model", "", "the model: a GGUF `FILE`, or the ADDRESS of a model in the store (required)")
	cmd.Flags().StringVar(&inputPath, "input", "", "`FILE` holding the input bytes, in the model's encoding (or --prompt)")
	pf.add(cmd)
	cmd.Flags().StringVar(&outputHex, "output", "", "the claimed output as `HEX` (default: the native result, an honest claim)")
	cmd.Flags().StringVar(&programPath, "program", "build/inference/inference.elf", "the claim-checking program's `ELF` (make inference)")
	cmd.Flags().StringVar(&engine, "engine", "go", "VM `ENGINE`: go (the interpreter), unicorn, or auto (times both, keeps the faster); identical results")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.MarkFlagRequired("model")
	return cmd
}

type checkReport struct {
	Model         oracle.Address `json:"model"`
	Input         int            `json:"inputBytes"`
	Native        string         `json:"native"`
	NativeSeconds float64        `json:"nativeSeconds"`
	Claimed       string         `json:"claimed"`
	VMOutput      string         `json:"vmOutput"`
	Prestate      string         `json:"prestate"`
	Steps         uint64         `json:"steps"`
	ExitCode      uint8          `json:"exitCode"`
	Meaning       string         `json:"meaning"`
	FinalState    string         `json:"finalState"`
	VMSeconds     float64        `json:"vmSeconds"`
	Accepted      bool           `json:"accepted"`
	Plan          *planReport    `json:"plan"`
	// Text is a llama claim's prompt and outputs as text.
	Text *textReport `json:"text,omitempty"`
}

// planReport summarizes a claim's plan: what a two-phase dispute over it
// plays (docs/dispute.md, "The two-phase game").
type planReport struct {
	// Unusable says why the engine rejects the model or the input (then
	// the plan has no items and the trace's final commitment is
	// GraphUnusable).
	Unusable  string `json:"unusable,omitempty"`
	Items     int    `json:"items"`     // work items
	Slots     int    `json:"slots"`     // buffer slots
	Positions uint64 `json:"positions"` // phase-1 positions after 0: items + 1
	// The item with the most work, and the most bytes any
	// item maps (header, slot table, buffers, weight rows) in the node
	// program's window.
	MaxItem     string `json:"maxItem,omitempty"`
	MaxItemMACs int64  `json:"maxItemMACs"`
	MACBound    int64  `json:"macBound"`
	Window      int64  `json:"windowBytes"`
	WindowBound int64  `json:"windowBound"`
	// Fits is false, with the reason in Limit, if a node-phase run could
	// not adjudicate the largest item.
	Fits  bool   `json:"fits"`
	Limit string `json:"limit,omitempty"`
	// The phase-1 trace: the plan's output and its last commitment, and
	// whether that is the one a defender of the claimed output must post.
	Output          string  `json:"output"`
	FinalCommitment string  `json:"finalCommitment"`
	ClaimedFinal    string  `json:"claimedFinal"`
	MatchesClaim    bool    `json:"matchesClaim"`
	Seconds         float64 `json:"seconds"`
}

// itemMACs bounds one item's work in a node-phase run.
const itemMACs = plan.DefaultItemWork

// planSummary makes the claim's plan and computes its phase-1 trace
// natively.
func planSummary(model, input, claimed []byte) (*planReport, error) {
	start := time.Now()
	r := &planReport{MACBound: itemMACs, WindowBound: protocol.NodeWindowSize}
	claimedFinal := multiphase.GraphFinal(crypto.Keccak256Hash(claimed))
	r.ClaimedFinal = hex0x(claimedFinal[:])
	tr, err := multiphase.Compute(model, input, nil)
	if err != nil {
		return nil, fmt.Errorf("phase-1 trace: %w", err)
	}
	final := tr.Final()
	r.FinalCommitment, r.Output = hex0x(final[:]), hex.EncodeToString(tr.Output)
	r.MatchesClaim = final == claimedFinal
	r.Items, r.Slots, r.Positions = tr.Items, tr.Slots, uint64(tr.Items)+1
	if tr.Err != nil {
		r.Unusable = tr.Err.Error()
		r.Seconds = time.Since(start).Seconds()
		return r, nil
	}
	p, f, err := multiphase.Open(model, input)
	if err != nil {
		return nil, err
	}
	b := plan.Bounds{Positions: math.MaxUint64, ItemMACs: itemMACs, Window: protocol.NodeWindowSize,
		HeaderBytes: f.DataOffset, BlockBytes: 32 << protocol.ModelBlockHeight}
	n := p.Need(b)
	if n.ItemMACs > 0 {
		r.MaxItem = fmt.Sprintf("%v (%s)", n.MaxItem, p.NodeName(n.MaxItem.Node))
	}
	r.MaxItemMACs, r.Window = n.ItemMACs, n.Window
	r.Fits = true
	if err := p.Check(b); err != nil {
		r.Fits, r.Limit = false, err.Error()
	}
	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

func (r *planReport) print(w io.Writer) {
	if r.Unusable != "" {
		fmt.Fprintf(w, "plan:         none: the engine rejects the claim (%s)\n", r.Unusable)
	} else {
		fmt.Fprintf(w, "plan:         %d work items over %d buffer slots: %d phase-1 positions after the start (%.3f s)\n",
			r.Items, r.Slots, r.Positions, r.Seconds)
		fmt.Fprintf(w, "largest item: %s, %d units of work (bound %d)\n", r.MaxItem, r.MaxItemMACs, r.MACBound)
		fmt.Fprintf(w, "widest item:  maps %d bytes (node window %d)\n", r.Window, r.WindowBound)
		if !r.Fits {
			fmt.Fprintf(w, "              a two-phase dispute cannot adjudicate it: %s\n", r.Limit)
		}
	}
	verdict := "the claimed output's: a defender can post it"
	if !r.MatchesClaim {
		verdict = "NOT the claimed output's (" + r.ClaimedFinal + "): the plan computes " + r.Output
	}
	fmt.Fprintf(w, "plan final:   %s, %s\n", r.FinalCommitment, verdict)
}

// loadModel reads a model from a file, or from the store by address. A
// value that is an address but names no model (byte 0 not 0x03, such as
// an alias of a model's address) is refused, not taken for a file name.
func (a *app) loadModel(arg string) (*oracle.Model, error) {
	addr, err := oracle.ParseAddress(arg)
	switch {
	case err == nil:
		st, err := a.store()
		if err != nil {
			return nil, err
		}
		return st.Open(addr)
	case errors.Is(err, oracle.ErrNotModelAddress):
		return nil, fmt.Errorf("--model: %w", err)
	}
	data, err := os.ReadFile(arg)
	if err != nil {
		return nil, fmt.Errorf("--model: %w (give a GGUF file or a model address)", err)
	}
	return oracle.NewModel(data), nil
}

func claimEngine(name string) (claim.Engine, error) {
	switch name {
	case "go":
		return nil, nil
	case "auto":
		if !unicorn.Available {
			return nil, nil
		}
		return unicorn.StartAuto, nil
	case "unicorn":
		if !unicorn.Available {
			return nil, errors.New("--engine unicorn: this build has no unicorn engine (built with -tags nounicorn or CGO_ENABLED=0)")
		}
		return unicorn.Start, nil
	}
	return nil, fmt.Errorf("--engine %q: want go, unicorn or auto", name)
}

func hex0x(b []byte) string { return "0x" + hex.EncodeToString(b) }
