package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm/program"
	"github.com/spf13/cobra"
)

func newLoadELFCmd(a *app) *cobra.Command {
	var path, out, format string
	var proc processFlags
	cmd := &cobra.Command{
		Use:   "load-elf --path ELF --out SNAPSHOT [--env K=V]... [--stdin FILE] [-- ARGS...]",
		Short: "Load an ELF executable and save its initial state as a snapshot",
		Long: `load-elf reads a static, big-endian MIPS32 ELF executable, lays it out in
memory with a Linux-style initial stack (argv = ["guest"], empty environment,
unless --argv0, ARGS after --, and --env say otherwise; stdin from --stdin,
else empty), and saves that initial state (step 0) as a snapshot. It prints
the state hash on stdout.

Build a suitable Go program with:
  GOOS=linux GOARCH=mips GOMIPS=softfloat CGO_ENABLED=0 go build -o prog.elf .

The snapshot format follows --snapshot-fmt, or the --out file name when that
flag is not given: a name ending in .json gives readable JSON, anything else
gzip-compressed binary.`,
		Example: `  # binary snapshot (by file name)
  mipsvm load-elf --path prog.elf --out state0.bin.gz

  # readable JSON snapshot
  mipsvm load-elf --path prog.elf --out state0.json --snapshot-fmt json`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := parseSnapshotFormat(format)
			if err != nil {
				return err
			}
			p, err := proc.process(args)
			if err != nil {
				return err
			}
			s, err := program.LoadProcessFile(path, p)
			if err != nil {
				return err
			}
			if err := saveSnapshot(out, s, f); err != nil {
				return err
			}
			h := s.Hash()
			a.log.Debug("saved initial state", "elf", path, "snapshot", out, "pc", fmt.Sprintf("0x%08x", s.PC), "pages", s.Memory.PageCount())
			fmt.Fprintln(cmd.OutOrStdout(), hex0x(h[:]))
			return nil
		},
	}
	cmd.Flags().StringVar(&path, "path", "", "the MIPS32 `ELF` executable to load (required)")
	cmd.Flags().StringVar(&out, "out", "", "save the initial state in the `SNAPSHOT` file (required)")
	cmd.Flags().StringVar(&format, "snapshot-fmt", "", "snapshot `FORMAT`: bin (gzip binary) or json (default: json if --out ends in .json, else bin)")
	proc.register(cmd.Flags())
	cmd.MarkFlagRequired("path")
	cmd.MarkFlagRequired("out")
	return cmd
}
