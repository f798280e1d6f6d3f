package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm"
	"github.com/spf13/cobra"
)

func newStepCmd(a *app) *cobra.Command {
	var input, output string
	cmd := &cobra.Command{
		Use:   "step --input SNAPSHOT [--output SNAPSHOT2]",
		Short: "Execute one step of a snapshot and show its witness",
		Long: `step executes the next step of a snapshot with witness generation. It
prints the pre- and post-state hashes and the instruction at pc
(disassembled) on stderr, and the witness JSON (the same as mipsvm proof
prints) on stdout. With --output it saves the state after the step.

The guest's output from that step, if any, is discarded.`,
		Example: `  mipsvm step --input snaps/1000.bin.gz
  mipsvm step --input snaps/1000.bin.gz --output snaps/1001.bin.gz > proof-1000.json`,
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
			// Checking the witness against the on-chain verifier (a future
			// --verify flag) belongs here: replay p in the verifier and
			// compare its post-state hash with p.PostHash.
			info := cmd.ErrOrStderr()
			fmt.Fprintf(info, "step:  %d\n", p.Step)
			fmt.Fprintf(info, "insn:  0x%08x: %08x %s\n", pc, insn, mipsevm.Disassemble(insn))
			fmt.Fprintf(info, "pre:   %s\n", p.PreHash)
			fmt.Fprintf(info, "post:  %s\n", p.PostHash)
			if f := vm.Fault(); f != nil {
				fmt.Fprintf(info, "fault: %s\n", f)
			}
			if output != "" {
				if err := saveSnapshot(output, s, ""); err != nil {
					return err
				}
				a.log.Debug("saved post-state", "path", output, "step", s.Step)
			}
			return writeProof(p, "", cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the `SNAPSHOT` to step (required)")
	cmd.Flags().StringVar(&output, "output", "", "save the state after the step as a snapshot in `FILE`")
	cmd.MarkFlagRequired("input")
	return cmd
}
