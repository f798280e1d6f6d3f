package main

import (
	"fmt"

	"github.com/axonum/opml/mipsevm"
	"github.com/spf13/cobra"
)

func newWitnessCmd(a *app) *cobra.Command {
	var input, output string
	cmd := &cobra.Command{
		Use:   "witness --input SNAPSHOT [--output FILE]",
		Short: "Print a snapshot's state hash and packed state",
		Long: fmt.Sprintf(`witness prints the state hash of a snapshot and its packed state: the
%d-byte encoding the on-chain verifier hashes, with memory and the waiting
threads replaced by their Merkle roots. The state hash is keccak256 of the
packed state with the first byte replaced by the status.

Without --output both are printed on stdout as 0x-hex:
  hash:  0x...
  state: 0x...
With --output the packed state is written to FILE as raw bytes and only the
hash is printed.`, mipsevm.StateSize),
		Example: `  mipsvm witness --input state0.bin.gz
  mipsvm witness --input final.bin.gz --output final.state`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := loadSnapshot(input)
			if err != nil {
				return err
			}
			packed := s.Encode()
			h, err := mipsevm.HashPacked(packed)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "hash:  %s\n", hex0x(h[:]))
			if output == "" {
				fmt.Fprintf(out, "state: %s\n", hex0x(packed))
				return nil
			}
			if err := writeFile(output, packed); err != nil {
				return fmt.Errorf("write packed state: %w", err)
			}
			a.log.Debug("wrote packed state", "path", output, "bytes", len(packed))
			return nil
		},
	}
	cmd.Flags().StringVar(&input, "input", "", "the `SNAPSHOT` to read (required)")
	cmd.Flags().StringVar(&output, "output", "", "write the packed state to `FILE` as raw bytes")
	cmd.MarkFlagRequired("input")
	return cmd
}
