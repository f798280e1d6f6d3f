package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/oracle"
	"github.com/spf13/cobra"
)

// The on-chain side of data availability (docs/dispute.md, "Models"):
// challenging a registered model's block by hand, and listing the
// challenges. 'challenger run' does both by itself (it challenges the
// blocks of a model it cannot get, answers challenges of models it has and
// resolves those nobody answered).

func newDAChallengeCmd(a *app) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "challenge ADDRESS BLOCK",
		Short: "Challenge the availability of one 64 KiB block of a registered model, with the bond",
		Long: `challenge opens a data-availability challenge of block BLOCK (0, 1, …: the
model's bytes in 64 KiB blocks) of the registered model ADDRESS, with the
deployment's data-availability bond. Anyone may answer it within the
deployment's data-availability window by posting the block with its Merkle
proof ('challenger run' does, for the models in its store); the responder
then gets the bond. If nobody does, the model is unavailable: every
unsettled claim on it is rejected, and the challenger (after 'challenger
run' or anyone resolves the challenge) gets its bond back and the model's
registration bond.`,
		Example: `  challenger da challenge 0x5a1f... 0`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := oracle.ParseAddress(args[0])
			if err != nil {
				return err
			}
			index, err := strconv.ParseUint(args[1], 10, 64)
			if err != nil {
				return fmt.Errorf("block %q: %w", args[1], err)
			}
			c, closeFn, err := a.connect(cmd.Context(), &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			reg, err := c.Model(cmd.Context(), [32]byte(addr))
			if err != nil {
				return err
			}
			if reg.Registered() && index >= reg.Blocks() {
				return fmt.Errorf("block %d: model %s has %d blocks (0 to %d)", index, addr, reg.Blocks(), reg.Blocks()-1)
			}
			ch, r, err := c.OpenDAChallenge(cmd.Context(), [32]byte(addr), index)
			if err != nil {
				return err
			}
			a.log.Info("data-availability challenge opened", "challenge", ch.ID, "model", addr, "block", index,
				"bond", formatEther(c.Config.DABond), "gas", r.GasUsed)
			fmt.Fprintf(cmd.OutOrStdout(), "data-availability challenge %d: block %d of %s, to be answered before %d (chain time)\n",
				ch.ID, index, addr, ch.Deadline)
			return nil
		},
	}
	cf.add(cmd, true)
	return cmd
}

// listedDA is a data-availability challenge as list --json prints it.
type listedDA struct {
	ID         uint64 `json:"id"`
	Model      string `json:"model"`
	Block      uint64 `json:"block"`
	Challenger string `json:"challenger"`
	Status     string `json:"status"` // open, answered, expired
	Deadline   uint64 `json:"deadline"`
	Responder  string `json:"responder,omitempty"`
}

func newDAListCmd(a *app) *cobra.Command {
	var cf chainFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--json]",
		Short: "List the deployment's data-availability challenges",
		Long: `list prints one line per data-availability challenge: its id, the model and
block, its status (open until its deadline, in chain seconds; answered: the
block was posted; expired: nobody posted it, the model is unavailable) and
who challenged and answered it. --json prints an array of {id, model,
block, challenger, status, deadline, responder}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, closeFn, err := a.connect(cmd.Context(), &cf, false)
			if err != nil {
				return err
			}
			defer closeFn()
			n, err := c.DAChallengeCount(cmd.Context())
			if err != nil {
				return err
			}
			list := make([]listedDA, 0, n)
			for id := range n {
				ch, err := c.DAChallenge(cmd.Context(), id)
				if err != nil {
					return err
				}
				l := listedDA{ID: id, Model: hex0x(ch.Model[:]), Block: ch.Index, Challenger: ch.Challenger.Hex(),
					Status: ch.Status.String(), Deadline: ch.Deadline}
				if ch.Status == onchain.DAAnswered {
					l.Responder = ch.Responder.Hex()
				}
				list = append(list, l)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				b, err := json.MarshalIndent(list, "", "  ")
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(out, "%s\n", b)
				return err
			}
			tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tMODEL\tBLOCK\tSTATUS\tDEADLINE\tCHALLENGER\tRESPONDER")
			for _, l := range list {
				fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%d\t%s\t%s\n", l.ID, l.Model, l.Block, l.Status, l.Deadline, l.Challenger, l.Responder)
			}
			return tw.Flush()
		},
	}
	cf.add(cmd, false)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}
