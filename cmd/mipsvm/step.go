package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm"
	"github.com/spf13/cobra"
)

func newStepCmd(a *app) *cobra.Command {
	var input, output string
	var verify bool
	cmd := &cobra.Command{
		Use:   "step --input SNAPSHOT [--output SNAPSHOT2] [--verify]",
		Short: "Execute one step of a snapshot and show its witness",
		Long: `step executes the next step of a snapshot with witness generation. It
prints the pre- and post-state hashes and the instruction at pc
(disassembled) on stderr, and the witness JSON (the same as mipsvm proof
prints) on stdout. With --output it saves the state after the step.

The guest's output from that step, if any, is discarded.

With --verify the witness is also replayed in the on-chain verifier: the
committed MIPS.sol bytecode, deployed with PreimageOracle in an in-memory
EVM (the preimage part the step reads, if any, is loaded first). Three more
lines follow on stderr:
  evm:    MIPS.step's post-state hash (or "reverted: REASON")
  match:  true if it equals the Go VM's post-state hash
  gas:    MIPS.step's execution gas (without the 21000 intrinsic gas and
          the calldata cost)
The witness JSON is still printed (and --output saved), but the exit status
is 1 if MIPS.step reverted or returned another hash.`,
		Example: `  mipsvm step --input snaps/1000.bin.gz
  mipsvm step --input snaps/1000.bin.gz --output snaps/1001.bin.gz > proof-1000.json
  mipsvm step --input snaps/1000.bin.gz --verify > /dev/null`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := loadSnapshot(input)
			if err != nil {
				return err
			}
			pc := s.PC
			insn := s.Memory.GetWord(pc)
			vm := mipsevm.NewVM(s, nil, nil, nil)
			p, err := proveStep(vm)
			if err != nil {
				return err
			}
			info := cmd.ErrOrStderr()
			fmt.Fprintf(info, "step:  %d\n", p.Step)
			fmt.Fprintf(info, "insn:  0x%08x: %08x %s\n", pc, insn, mipsevm.Disassemble(insn))
			fmt.Fprintf(info, "pre:   %s\n", p.PreHash)
			fmt.Fprintf(info, "post:  %s\n", p.PostHash)
			if f := vm.Fault(); f != nil {
				fmt.Fprintf(info, "fault: %s\n", f)
			}
			var verifyErr error
			if verify {
				r, err := verifyProof(p)
				if err != nil {
					return fmt.Errorf("verify: %w", err)
				}
				verifyErr = r.report(info, p.PostHash)
			}
			if output != "" {
				if err := saveSnapshot(output, s, ""); err != nil {
					return err
				}
				a.log.Debug("saved post-state", "path", output, "step", s.Step)
			}
			if err := writeProof(p, "", cmd.OutOrStdout()); err != nil {
				return err
			}
			return verifyErr
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the `SNAPSHOT` to step (required)")
	cmd.Flags().StringVar(&output, "output", "", "save the state after the step as a snapshot in `FILE`")
	cmd.Flags().BoolVar(&verify, "verify", false, "also replay the step in MIPS.sol in an in-memory EVM and compare the post-state hashes")
	cmd.MarkFlagRequired("input")
	return cmd
}
