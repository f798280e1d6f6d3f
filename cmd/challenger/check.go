package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/mipsevm/unicorn"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

// errRejected is returned when the VM rejects the claim (exit status 1).
var errRejected = errors.New("the VM rejected the claim")

func newCheckCmd(a *app) *cobra.Command {
	var modelArg, inputPath, outputHex, programPath, engine string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "check --model FILE|ADDRESS --input FILE [--output HEX]",
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

--model is a GGUF file, or the address of a model in the store (--store).
--program is the claim-checking program, built by 'make inference'.`,
		Example: `  # an honest claim about the committed Fashion-MNIST classifier
  challenger check --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin

  # a wrong one: claim class 3
  challenger check --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin --output 03`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			model, err := a.loadModel(modelArg)
			if err != nil {
				return err
			}
			input, err := os.ReadFile(inputPath)
			if err != nil {
				return fmt.Errorf("--input: %w", err)
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
				fmt.Fprintf(out, "VM run:       %d steps in %.2f s, exit %d (%s)\n", report.Steps, report.VMSeconds, report.ExitCode, report.Meaning)
				fmt.Fprintf(out, "prestate:     %s\n", report.Prestate)
				fmt.Fprintf(out, "final state:  %s\n", report.FinalState)
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
	cmd.Flags().StringVar(&inputPath, "input", "", "`FILE` holding the input bytes, in the model's encoding (required)")
	cmd.Flags().StringVar(&outputHex, "output", "", "the claimed output as `HEX` (default: the native result, an honest claim)")
	cmd.Flags().StringVar(&programPath, "program", "build/inference/inference.elf", "the claim-checking program's `ELF` (make inference)")
	cmd.Flags().StringVar(&engine, "engine", "go", "VM `ENGINE`: go (the interpreter), unicorn, or auto (times both, keeps the faster); identical results")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.MarkFlagRequired("model")
	cmd.MarkFlagRequired("input")
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
}

// loadModel reads a model from a file, or from the store by address.
func (a *app) loadModel(arg string) (*oracle.Model, error) {
	if addr, err := oracle.ParseAddress(arg); err == nil {
		st, err := a.store()
		if err != nil {
			return nil, err
		}
		return st.Open(addr)
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
