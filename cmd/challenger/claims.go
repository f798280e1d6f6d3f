package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/gethadapter"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/spf13/cobra"
)

func newSubmitCmd(a *app) *cobra.Command {
	var cf chainFlags
	var modelArg, inputPath, outputHex string
	var registerModel bool
	cmd := &cobra.Command{
		Use:   "submit --model FILE|ADDRESS --input FILE [--output HEX] [--register=false]",
		Short: "Post a claim: run the inference natively and submit its result with the claim bond",
		Long: `submit runs the model on the input natively and posts the claim "this model,
on this input, outputs these bytes" to the registry with the claim bond.
--output posts other bytes instead (a wrong claim, for trying disputes out).
The model must be in the store (submit adds a --model FILE to it), so that
'challenger run' can defend the claim and challengers can fetch it from a
data-availability server. A claim whose input or output is longer than the
deployment accepts (deploy's --max-input-bytes, --max-output-bytes) is not
posted. The model must be registered in the deployment: submit registers it
first, with the registration bond and the limits 'model register' computes,
unless --register=false; a claim beyond the model's registered limits is not
posted. Prints the claim id.`,
		Example: `  challenger submit --model ggml-mips/models/mnist/testdata/fashion-mnist.gguf \
      --input ggml-mips/models/mnist/testdata/images/0000-9.bin`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			model, err := a.loadModel(modelArg)
			if err != nil {
				return err
			}
			st, err := a.store()
			if err != nil {
				return err
			}
			if _, err := st.Add(model.Bytes()); err != nil {
				return err
			}
			input, err := os.ReadFile(inputPath)
			if err != nil {
				return fmt.Errorf("--input: %w", err)
			}
			c, closeFn, err := a.connect(cmd.Context(), &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			if err := c.Config.CheckSizes(len(input), 0); err != nil {
				return fmt.Errorf("not posting the claim: %w", err)
			}
			output, err := models.Infer(model.Bytes(), input)
			if err != nil {
				return fmt.Errorf("native inference: %w", err)
			}
			if cmd.Flags().Changed("output") {
				if output, err = hex.DecodeString(strings.TrimPrefix(outputHex, "0x")); err != nil {
					return fmt.Errorf("--output: %w", err)
				}
			}
			if err := c.Config.CheckSizes(len(input), len(output)); err != nil {
				return fmt.Errorf("not posting the claim: %w", err)
			}
			// A two-phase deployment can adjudicate only a claim whose plan
			// fits its bounds; OpML cannot check that on chain (it checks
			// the model's registered limits, which its registrant stated),
			// and an honest claim that does not fit would lose its bond
			// when challenged.
			if c.Config.TwoPhase() {
				if err := gethadapter.CheckBounds(model.Bytes(), input, gethadapter.BoundsFor(c.Config.GraphLength)); err != nil {
					return fmt.Errorf("not posting the claim: the deployment's dispute could not adjudicate it: %w", err)
				}
			}
			if registerModel {
				if err := registerIfNeeded(cmd.Context(), a, c, model); err != nil {
					return err
				}
			}
			id, r, err := c.Submit(cmd.Context(), model.Address(), input, output)
			if err != nil {
				return err
			}
			a.log.Info("claim submitted", "claim", id, "model", model.Address(), "output", hex.EncodeToString(output),
				"bond", formatEther(c.Config.ClaimBond), "gas", r.GasUsed)
			fmt.Fprintln(cmd.OutOrStdout(), id)
			return nil
		},
	}
	cf.add(cmd, true)
	cmd.Flags().StringVar(&modelArg, "model", "", "the model: a GGUF `FILE`, or the ADDRESS of a model in the store (required)")
	cmd.Flags().StringVar(&inputPath, "input", "", "`FILE` holding the input bytes (required)")
	cmd.Flags().StringVar(&outputHex, "output", "", "claim these output bytes (`HEX`) instead of the native result")
	cmd.Flags().BoolVar(&registerModel, "register", true, "register the model first if the deployment does not know it (with the registration bond)")
	cmd.MarkFlagRequired("model")
	cmd.MarkFlagRequired("input")
	return cmd
}

func newChallengeCmd(a *app) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "challenge CLAIM_ID",
		Short: "Open a challenge of a claim with the challenge bond (then 'run' plays the game)",
		Long: `challenge opens a challenge of a claim during its challenge window, putting
up the challenge bond; the claim's submitter must then defend it in a game.
It only opens the game: 'challenger run' with the same key plays it (and
would itself have challenged a claim whose native result is wrong).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("claim id %q: %w", args[0], err)
			}
			c, closeFn, err := a.connect(cmd.Context(), &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			ch, r, err := c.OpenChallenge(cmd.Context(), id)
			if err != nil {
				return err
			}
			a.log.Info("challenge opened", "claim", id, "challenge", ch.ID, "game", ch.GameID,
				"bond", formatEther(c.Config.ChallengeBond), "gas", r.GasUsed)
			fmt.Fprintf(cmd.OutOrStdout(), "challenge %d, game %d\n", ch.ID, ch.GameID)
			return nil
		},
	}
	cf.add(cmd, true)
	return cmd
}

func newResolveCmd(a *app) *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "resolve [CLAIM_ID...]",
		Short: "Record decided games, settle claims whose window is over, and withdraw bonds",
		Long: `resolve does what anyone may do once a game or a claim is decided: it
resolves the data-availability challenges nobody answered in time (their
models become unavailable), records
every decided game of the claims (all claims without arguments), timeouts
included, in the registry, settles each claim whose challenge window is
over (extended while its model's data is being challenged: docs/dispute.md,
"Models") and whose challenges are all resolved (final, or rejected; the
challenges of a claim whose model is unavailable are won by their
challengers whatever their games), credits
the key's rewards from rejected claims, and then withdraws what the
registry owes the key's account. 'run' does all this by itself; resolve is
for when no agent is running.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, closeFn, err := a.connect(ctx, &cf, true)
			if err != nil {
				return err
			}
			defer closeFn()
			ids, err := claimIDs(cmd, c, args)
			if err != nil {
				return err
			}
			now, err := c.Now(ctx)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if err := resolveDA(cmd, c, now); err != nil {
				return err
			}
			for _, id := range ids {
				cl, err := c.Claim(ctx, id)
				if err != nil {
					return err
				}
				chs, err := c.ChallengesOf(ctx, id)
				if err != nil {
					return err
				}
				// A claim whose model is unavailable: its challengers win,
				// whatever their games.
				reg, err := c.Model(ctx, cl.Model)
				if err != nil {
					return err
				}
				unavailable := reg.Status == onchain.ModelUnavailable
				for _, ch := range chs {
					if ch.Resolved {
						continue
					}
					g, err := c.Game(ctx, ch.GameID)
					if err != nil {
						return err
					}
					if g.Status == onchain.GameInProgress && !unavailable {
						phase, _ := newListedGame(ch, g).where()
						fmt.Fprintf(out, "claim %d: game %d still in progress (%s)\n", id, g.ID, phase)
						continue
					}
					if _, err := c.ResolveChallenge(ctx, ch.ID); err != nil {
						return err
					}
					if unavailable {
						fmt.Fprintf(out, "claim %d: game %d recorded: challenger won (the model is unavailable)\n", id, g.ID)
						continue
					}
					fmt.Fprintf(out, "claim %d: game %d recorded: %v\n", id, g.ID, g.Status)
				}
				if cl, err = c.Claim(ctx, id); err != nil {
					return err
				}
				open := now < cl.SubmittedAt+c.Config.ChallengeWindow
				if !open && !cl.Settled {
					// Extended while the model's data is being challenged.
					if open, err = c.Challengeable(ctx, id); err != nil {
						return err
					}
				}
				if !cl.Settled && cl.Open == 0 && !open && reg.OpenDA == 0 {
					if _, err := c.Settle(ctx, id); err != nil {
						return err
					}
					if cl, err = c.Claim(ctx, id); err != nil {
						return err
					}
					fmt.Fprintf(out, "claim %d: settled, %v\n", id, cl.Status)
				}
				if !cl.Settled || cl.Status != onchain.ClaimRejected {
					continue
				}
				if chs, err = c.ChallengesOf(ctx, id); err != nil {
					return err
				}
				for _, ch := range chs {
					if ch.Challenger == c.Sender().Address() && ch.ChallengerWon && !ch.Rewarded {
						if _, err := c.ClaimReward(ctx, ch.ID); err != nil {
							return err
						}
						fmt.Fprintf(out, "claim %d: reward of challenge %d credited\n", id, ch.ID)
					}
				}
			}
			credit, err := c.Credit(ctx, c.Sender().Address())
			if err != nil {
				return err
			}
			if credit.Sign() > 0 {
				if _, err := c.Withdraw(ctx); err != nil {
					return err
				}
				fmt.Fprintf(out, "withdrew %s to %s\n", formatEther(credit), c.Sender().Address())
			}
			return nil
		},
	}
	cf.add(cmd, true)
	return cmd
}

// claimIDs parses claim id arguments, or lists all claims.
func claimIDs(cmd *cobra.Command, c *onchain.Client, args []string) ([]uint64, error) {
	var ids []uint64
	for _, s := range args {
		id, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("claim id %q: %w", s, err)
		}
		ids = append(ids, id)
	}
	if len(args) == 0 {
		n, err := c.ClaimCount(cmd.Context())
		if err != nil {
			return nil, err
		}
		for id := range n {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// listedClaim is a claim as list prints it.
type listedClaim struct {
	ID          uint64 `json:"id"`
	Submitter   string `json:"submitter"`
	Model       string `json:"model"`
	InputHash   string `json:"inputHash"`
	Output      string `json:"output"`
	Status      string `json:"status"`
	SubmittedAt uint64 `json:"submittedAt"`
	// SubmittedBlock is the block the claim was submitted in (its
	// ClaimSubmitted event, with the input, is there).
	SubmittedBlock uint64       `json:"submittedBlock"`
	WindowEnds     uint64       `json:"windowEnds"`
	Games          []listedGame `json:"games"`
}

type listedGame struct {
	Challenge       uint64 `json:"challenge"`
	Game            uint64 `json:"game"`
	Challenger      string `json:"challenger"`
	Status          string `json:"status"`
	Stage           string `json:"stage"` // single-phase, graph phase or node phase
	Phase           string `json:"phase"`
	Rounds          uint32 `json:"rounds"`
	SegmentStart    uint64 `json:"segmentStart"`
	SegmentLength   uint64 `json:"segmentLength"`
	DefenderClock   uint64 `json:"defenderSecondsUsed"`
	ChallengerClock uint64 `json:"challengerSecondsUsed"`
	Recorded        bool   `json:"recorded"`
	// From the node phase on: the disputed position of the graph phase
	// (the commitment after work item Node), the agreed commitment before
	// it and the defender's disputed one.
	Node      uint64 `json:"node,omitempty"`
	NodeStart string `json:"nodeStart,omitempty"`
	NodeEnd   string `json:"nodeEnd,omitempty"`
}

// newListedGame is a game as list prints it.
func newListedGame(ch onchain.Challenge, g onchain.Game) listedGame {
	lg := listedGame{Challenge: ch.ID, Game: g.ID, Challenger: ch.Challenger.Hex(),
		Status: g.Status.String(), Stage: g.Stage.String(), Phase: g.Phase.String(), Rounds: g.Rounds,
		SegmentStart: g.Segment.Start, SegmentLength: g.Segment.Length,
		DefenderClock: g.DefenderUsed, ChallengerClock: g.ChallengerUsed, Recorded: ch.Resolved}
	if g.Stage == onchain.StageNode {
		lg.Node, lg.NodeStart, lg.NodeEnd = g.Node, hex0x(g.NodeStart[:]), hex0x(g.NodeEnd[:])
	}
	return lg
}

// where says where a game stands: its stage and phase, and the disputed
// part of the trace it is in.
func (g listedGame) where() (phase, segment string) {
	end := g.SegmentStart + g.SegmentLength
	switch g.Stage {
	case onchain.StageGraph.String():
		return "graph phase: " + g.Phase, fmt.Sprintf("positions [%d, %d]", g.SegmentStart, end)
	case onchain.StageNode.String():
		return fmt.Sprintf("node phase (item %d): %s", g.Node, g.Phase), fmt.Sprintf("steps [%d, %d]", g.SegmentStart, end)
	}
	return g.Phase, fmt.Sprintf("steps [%d, %d]", g.SegmentStart, end)
}

func newListCmd(a *app) *cobra.Command {
	var cf chainFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [CLAIM_ID...] [--json]",
		Short: "List claims and their games with their state",
		Long: `list prints every claim (or the ones named) with its status — pending (in
its window, or with games running), final, or rejected — and each of its
games: the challenger, who is to move, the disputed part of the trace, and
the outcome. A two-phase game shows its stage: in the graph phase the
disputed positions of the claim's plan (position p: the commitment after
work item p), in the node phase the disputed item and the steps of the node
program's run on it. It needs no key.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			c, closeFn, err := a.connect(ctx, &cf, false)
			if err != nil {
				return err
			}
			defer closeFn()
			ids, err := claimIDs(cmd, c, args)
			if err != nil {
				return err
			}
			var claims []listedClaim
			for _, id := range ids {
				cl, err := c.Claim(ctx, id)
				if err != nil {
					return err
				}
				lc := listedClaim{ID: id, Submitter: cl.Submitter.Hex(), Model: hex0x(cl.Model[:]),
					InputHash: hex0x(cl.InputHash[:]), Output: hex.EncodeToString(cl.Output), Status: cl.Status.String(),
					SubmittedAt: cl.SubmittedAt, SubmittedBlock: cl.SubmittedBlock, WindowEnds: cl.SubmittedAt + c.Config.ChallengeWindow,
					Games: []listedGame{}}
				chs, err := c.ChallengesOf(ctx, id)
				if err != nil {
					return err
				}
				for _, ch := range chs {
					g, err := c.Game(ctx, ch.GameID)
					if err != nil {
						return err
					}
					lc.Games = append(lc.Games, newListedGame(ch, g))
				}
				claims = append(claims, lc)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if claims == nil {
					claims = []listedClaim{}
				}
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(claims)
			}
			if len(claims) == 0 {
				fmt.Fprintln(out, "no claims")
				return nil
			}
			now, err := c.Now(ctx)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
			fmt.Fprintln(tw, "CLAIM\tSTATUS\tOUTPUT\tSUBMITTER\tWINDOW\tGAMES")
			for _, lc := range claims {
				window := "over"
				if now < lc.WindowEnds {
					window = (time.Duration(lc.WindowEnds-now) * time.Second).String() + " left"
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%d\n", lc.ID, lc.Status, lc.Output, lc.Submitter, window, len(lc.Games))
				for _, g := range lc.Games {
					phase, segment := g.where()
					fmt.Fprintf(tw, "  game %d\t%s\t%s\tchallenger %s\tround %d\t%s\n", g.Game, g.Status, phase,
						g.Challenger, g.Rounds, segment)
				}
			}
			return tw.Flush()
		},
	}
	cf.add(cmd, false)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON: an array of claims, each with its games")
	return cmd
}

// resolveDA resolves the open data-availability challenges whose deadline
// has passed: their models become unavailable.
func resolveDA(cmd *cobra.Command, c *onchain.Client, now uint64) error {
	n, err := c.DAChallengeCount(cmd.Context())
	if err != nil {
		return err
	}
	for id := range n {
		ch, err := c.DAChallenge(cmd.Context(), id)
		if err != nil {
			return err
		}
		if ch.Status != onchain.DAOpen || now < ch.Deadline {
			continue
		}
		if _, err := c.ResolveDA(cmd.Context(), id); err != nil {
			return err
		}
		fmt.Fprintf(cmd.OutOrStdout(), "data-availability challenge %d unanswered: model %s is unavailable\n", id, hex0x(ch.Model[:]))
	}
	return nil
}
