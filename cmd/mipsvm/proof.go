package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm"
	"github.com/spf13/cobra"
)

func newProofCmd(a *app) *cobra.Command {
	var input, output string
	var step uint64
	engine := "auto"
	cmd := &cobra.Command{
		Use:   "proof --input SNAPSHOT --step N [--output FILE]",
		Short: "Produce the witness of one step as JSON",
		Long: `proof runs the snapshot at full speed up to step N (the state whose step
counter is N), then executes step N with witness generation and prints the
witness as JSON on stdout, or writes it to --output. The guest's output
during the run is discarded.

The JSON fields (byte strings are 0x-hex):
  step         N, the step proven
  pre          the packed pre-state (see mipsvm witness)
  preHash      the hash of the pre-state
  postHash     the hash of the state after the step
  proof        the memory proofs the step needs, instruction fetch first
  threadProof  only when the step resumes a waiting thread: that thread's
               packed context and the root of the stack below it
  preimage     only when the step reads the preimage oracle: key, value and
               offset

N must be at least the snapshot's step, and the guest must not exit before
step N.`,
		Example: `  mipsvm proof --input state0.bin.gz --step 1000
  mipsvm proof --input snaps/20000000.bin.gz --step 20000123 --output proof.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := loadSnapshot(input)
			if err != nil {
				return err
			}
			if step < s.Step {
				return fmt.Errorf("--step %d is before the snapshot's step %d; use an earlier snapshot", step, s.Step)
			}
			vm := mipsevm.NewVM(s, nil, nil, nil)
			exec, _, closeEngine, err := newExecutor(engine, vm)
			if err != nil {
				return err
			}
			defer closeEngine()
			r := &runner{vm: vm, exec: exec, log: a.log, stopAt: stepPattern{kind: patAt, n: step},
				progress: newProgress(cmd.ErrOrStderr(), s.Step)}
			stopped, err := r.run()
			if err != nil {
				return err
			}
			if !stopped {
				return fmt.Errorf("the guest exited at step %d (exit code %d), before step %d", s.Step, s.ExitCode, step)
			}
			p, err := proveStep(vm)
			if err != nil {
				return err
			}
			return writeProof(p, output, cmd.OutOrStdout())
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the `SNAPSHOT` to start from (required)")
	cmd.Flags().Uint64Var(&step, "step", 0, "the step `N` to prove (required)")
	cmd.Flags().StringVar(&output, "output", "", "write the JSON to `FILE` instead of stdout")
	cmd.Flags().StringVar(&engine, "engine", engine, "`ENGINE` that runs to step N: go, unicorn or auto (as in run); the witness always comes from the interpreter")
	cmd.MarkFlagRequired("input")
	cmd.MarkFlagRequired("step")
	return cmd
}
