package main

import (
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"
)

// app is what the commands share: the logger set up from --log-level.
type app struct {
	logLevel string
	log      *slog.Logger
}

// newRootCmd builds the whole command tree. Each call returns a fresh tree,
// so tests can run commands in-process one after another.
func newRootCmd() *cobra.Command {
	a := &app{logLevel: "info", log: slog.New(slog.DiscardHandler)}
	root := &cobra.Command{
		Use:   "mipsvm",
		Short: "Run, snapshot and prove MIPS32 programs in the fraud-proof VM",
		Long: `mipsvm runs static big-endian MIPS32 Linux executables (for example Go
programs built with GOOS=linux GOARCH=mips GOMIPS=softfloat) in a
deterministic VM whose whole state is committed to by one 32-byte hash.

A typical session:
  1. load-elf  turns an ELF executable into the initial state snapshot;
  2. run       runs a snapshot (or an ELF) fast to the end, optionally saving
               snapshots and one-step proofs along the way;
  3. proof     produces the witness of one step, which the on-chain verifier
               replays to settle a dispute about that step;
  4. witness   prints the hash and packed form of a snapshot's state;
  5. step      replays a single step of a snapshot and shows its witness.

The first byte of a state hash is the status: 00 valid (exited 0),
01 invalid (exited 1), 02 panic (other exit code or a fault),
03 unfinished (still running).`,
		Example: `  mipsvm load-elf --path prog.elf --out state0.bin.gz
  mipsvm run --input state0.bin.gz --output final.bin.gz
  mipsvm proof --input state0.bin.gz --step 1000 --output proof-1000.json`,
		SilenceUsage:  true, // runtime errors are not usage errors
		SilenceErrors: true, // execute prints errors as "mipsvm: error: ..."
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.setupLogger(cmd)
		},
	}
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", a.logLevel,
		"log `LEVEL`: debug, info, warn or error (--info-at lines are logged at info)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w\nrun '%s --help' for usage", err, cmd.CommandPath())
	})
	root.AddCommand(
		newLoadELFCmd(a),
		newRunCmd(a),
		newWitnessCmd(a),
		newProofCmd(a),
		newStepCmd(a),
	)
	return root
}

// setupLogger creates the logger, writing to the command's stderr.
func (a *app) setupLogger(cmd *cobra.Command) error {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(a.logLevel)); err != nil {
		return fmt.Errorf("invalid --log-level %q: want debug, info, warn or error", a.logLevel)
	}
	a.log = slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
	return nil
}
