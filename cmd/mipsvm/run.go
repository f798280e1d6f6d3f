package main

import (
	"fmt"
	"io"
	"os"

	"github.com/axonum/opml/mipsevm"
	"github.com/spf13/cobra"
)

// runFlags are the options of mipsvm run.
type runFlags struct {
	input, elf, output                  string
	stopAt, proofAt, snapshotAt, infoAt stepPattern
	proofFmt, snapshotFmt               string
	stdout, stderr                      string
	json                                bool
	engine                              string
	proc                                processFlags
}

func newRunCmd(a *app) *cobra.Command {
	f := &runFlags{proofFmt: "proof-%d.json", snapshotFmt: "snapshot-%d.bin.gz", engine: "auto"}
	cmd := &cobra.Command{
		Use:   "run (--input SNAPSHOT | --elf ELF [--env K=V]... [--stdin FILE] [-- ARGS...]) [flags]",
		Short: "Run a state until the guest exits, with optional snapshots and proofs",
		Long: `run executes a state from a snapshot (--input) or straight from an ELF
executable (--elf) until the guest exits or --stop-at fires, then prints the
final step, state hash, status and exit code (on stderr, or as one line of
JSON on stdout with --json). With --output it saves the final state.

A process started from an ELF gets argv = [--argv0 (default "guest"), ARGS
after --], the environment from --env (repeatable, in order) and --stdin's
bytes as its standard input, all in the initial state (step 0), so the state
hash commits to them. Without them the initial state is load-elf's. A
snapshot holds its process's already, so they go with --elf only.

Step patterns select the steps at which --stop-at, --proof-at, --snapshot-at
and --info-at fire:
  never    never (the default)
  always   at every step (slow: forces one step at a time)
  =N       at step N only
  %N       at every step that is a multiple of N, step 0 included
Step N means "after N steps have executed, before step N runs", so a
snapshot at step N holds the state whose step counter is N, and the proof at
step N proves the transition from that state to step N+1. At a step, the
actions fire in the order info, snapshot, stop, proof. Nothing fires after
the guest exits. Between steps at which an action fires the VM runs at full
speed, on the engine --engine picks: the Go interpreter or the unicorn
fast-forward engine, which reach identical states step for step (witnesses
always come from the interpreter).

The guest's stdout and stderr go to mipsvm's own unless --stdout/--stderr
name files. On a terminal (and without --info-at) a progress line shows the
step count and speed; it is cleared at the end.

Exit status: the guest's exit code when it exited (255 after a fault, as the
state records it); 0 when the run stopped at --stop-at first; 1 with a
"mipsvm: error: ..." message for host errors (unreadable file, missing
preimage). As a guest exit code 1 also gives status 1, check stderr or use
--json to tell them apart.`,
		Example: `  # run an ELF to the end
  mipsvm run --elf prog.elf

  # run a snapshot, save the final state, print the result as JSON
  mipsvm run --input state0.bin.gz --output final.bin.gz --json --stdout guest.out

  # snapshot every 10 million steps and log progress every million
  mipsvm run --input state0.bin.gz --snapshot-at %10000000 --snapshot-fmt 'snaps/%d.bin.gz' --info-at %1000000

  # prove step 1234 and stop right after it
  mipsvm run --input state0.bin.gz --proof-at =1234 --proof-fmt 'proofs/%d.json' --stop-at =1235

  # a program with arguments, environment and standard input
  mipsvm run --elf prog.elf --env HOME=/ --env LANG=C --stdin input.txt -- -v file1

  # resume from a snapshot saved at step 20000000
  mipsvm run --input snaps/20000000.bin.gz`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.run(cmd, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.input, "input", "", "`SNAPSHOT` to start from")
	fl.StringVar(&f.elf, "elf", "", "`ELF` executable to start from, instead of --input")
	fl.StringVar(&f.output, "output", "", "save the final state as a snapshot in `FILE` (.json: JSON, else gzip binary)")
	fl.Var(&f.stopAt, "stop-at", "stop before executing the steps matching this pattern: "+patternSyntax)
	fl.Var(&f.proofAt, "proof-at", "write the witness JSON of the steps matching this pattern (see --proof-fmt)")
	fl.StringVar(&f.proofFmt, "proof-fmt", f.proofFmt, "file name of proofs, a `FORMAT` with %d for the step")
	fl.Var(&f.snapshotAt, "snapshot-at", "save a snapshot at the steps matching this pattern (see --snapshot-fmt)")
	fl.StringVar(&f.snapshotFmt, "snapshot-fmt", f.snapshotFmt, "file name of snapshots, a `FORMAT` with %d for the step; ending in .json gives JSON, else gzip binary")
	fl.Var(&f.infoAt, "info-at", "log step, speed, pc, instruction, memory and threads at the steps matching this pattern")
	fl.StringVar(&f.stdout, "stdout", "", "write the guest's stdout to `FILE` instead of mipsvm's stdout")
	fl.StringVar(&f.stderr, "stderr", "", "write the guest's stderr to `FILE` instead of mipsvm's stderr")
	fl.BoolVar(&f.json, "json", false, "print the result as one line of JSON on stdout instead of text on stderr")
	fl.StringVar(&f.engine, "engine", f.engine, "`ENGINE` for the fast runs between actions: go (the interpreter), unicorn (fast-forward, identical states), or auto (the interpreter, the faster on this project's workloads)")
	f.proc.register(fl)
	cmd.MarkFlagsMutuallyExclusive("input", "elf")
	cmd.MarkFlagsOneRequired("input", "elf")
	return cmd
}

func (a *app) run(cmd *cobra.Command, f *runFlags, args []string) (err error) {
	if err := checkStepPathFormat("proof-fmt", f.proofFmt); err != nil {
		return err
	}
	if err := checkStepPathFormat("snapshot-fmt", f.snapshotFmt); err != nil {
		return err
	}
	if f.input != "" && f.proc.given(cmd.Flags(), args) {
		return fmt.Errorf("arguments, --argv0, --env and --stdin go with --elf: a snapshot holds its process's already")
	}
	proc, err := f.proc.process(args)
	if err != nil {
		return err
	}
	s, err := loadInput(f.input, f.elf, proc)
	if err != nil {
		return err
	}
	a.warnPast(s.Step, []namedPattern{{"stop-at", f.stopAt}, {"proof-at", f.proofAt}, {"snapshot-at", f.snapshotAt}, {"info-at", f.infoAt}})

	var prog *progress
	if f.infoAt.kind == patNever {
		prog = newProgress(cmd.ErrOrStderr(), s.Step)
	}
	stdout, closeOut, err := guestOutput(f.stdout, cmd.OutOrStdout(), prog)
	if err != nil {
		return err
	}
	defer closeOut(&err)
	stderr, closeErr, err := guestOutput(f.stderr, cmd.ErrOrStderr(), prog)
	if err != nil {
		return err
	}
	defer closeErr(&err)

	vm := mipsevm.NewVM(s, nil, stdout, stderr)
	exec, engine, closeEngine, err := newExecutor(f.engine, vm)
	if err != nil {
		return err
	}
	defer closeEngine()
	a.log.Debug("engine", "name", engine)
	r := &runner{
		vm: vm, exec: exec, log: a.log,
		stopAt: f.stopAt, proofAt: f.proofAt, snapshotAt: f.snapshotAt, infoAt: f.infoAt,
		proofFmt: f.proofFmt, snapshotFmt: f.snapshotFmt,
		progress: prog,
	}
	stopped, err := r.run()
	if err != nil {
		return err
	}
	if f.output != "" {
		if err := saveSnapshot(f.output, s, ""); err != nil {
			return err
		}
	}
	res := newRunResult(vm, stopped)
	if f.json {
		if err := res.writeJSON(cmd.OutOrStdout()); err != nil {
			return err
		}
	} else {
		res.writeText(cmd.ErrOrStderr())
	}
	if s.Exited && s.ExitCode != 0 {
		return &exitCodeError{code: int(s.ExitCode)}
	}
	return nil
}

// namedPattern is a pattern with its flag's name.
type namedPattern struct {
	flag string
	pat  stepPattern
}

// warnPast warns about =N patterns that can never fire because the run
// starts after step N.
func (a *app) warnPast(start uint64, pats []namedPattern) {
	for _, p := range pats {
		if p.pat.kind == patAt && p.pat.n < start {
			a.log.Warn("pattern is before the start step and will never fire", "flag", "--"+p.flag, "pattern", p.pat.String(), "start", start)
		}
	}
}

// guestOutput returns where a guest stream goes: the named file, or def.
// The returned closer closes the file, keeping the first error in *err.
func guestOutput(path string, def io.Writer, prog *progress) (io.Writer, func(*error), error) {
	w, closer := def, func(*error) {}
	if path != "" {
		file, err := os.Create(path)
		if err != nil {
			return nil, nil, fmt.Errorf("guest output: %w", err)
		}
		w = file
		closer = func(err *error) {
			if cerr := file.Close(); *err == nil && cerr != nil {
				*err = fmt.Errorf("guest output: %w", cerr)
			}
		}
	}
	if prog != nil {
		w = guestWriter{w: w, p: prog}
	}
	return w, closer, nil
}
