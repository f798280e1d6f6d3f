package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/axonum/opml/bisection/agent"
	"github.com/axonum/opml/bisection/game"
	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/gethadapter/spec"
	"github.com/axonum/opml/rollup/node"
	"github.com/spf13/cobra"
)

// opmlFlags are the opML programs a player's opML agent plays its games
// with: the node program in a two-phase deployment, the claim-checking
// program in a single-phase one.
type opmlFlags struct {
	claimProgram, nodeProgram string
}

// add adds the flags; when says when they are used.
func (f *opmlFlags) add(cmd *cobra.Command, when string) {
	cmd.Flags().StringVar(&f.nodeProgram, "node-program", defaultNodeProgram, when+": opML's node program `ELF` (make inference), which the opML agent plays a two-phase deployment's games with (the default deployment's, the embedded one)")
	cmd.Flags().StringVar(&f.claimProgram, "claim-program", defaultClaimProgram, when+" and a single-phase opML deployment: opML's claim-checking program `ELF` (make inference)")
}

// embeddedOpMLGame is the VM phase of the embedded opML deployment: the
// CLI's default two-phase one (arity 8, a node program's run of up to
// 2^30 steps), whose graph phase (spec.DefaultGraphDepth) is the bounds
// the inference precompile accepts calls within (spec.DefaultBounds): a
// call the L2 accepts has a claim its dispute can settle
// (node.CheckOpML checks it, TestNodeInference).
var embeddedOpMLGame = game.Params{Arity: spec.DefaultArity, Depth: 10}

// nodePrestate is the absolute prestate of the node program at path.
func nodePrestate(path string) ([32]byte, error) {
	elf, err := os.ReadFile(path)
	if err != nil {
		return [32]byte{}, fmt.Errorf("--node-program: %w (the embedded opML deployment's games run the node program: build it with 'make inference')", err)
	}
	st, err := claim.Prestate(elf)
	if err != nil {
		return [32]byte{}, fmt.Errorf("--node-program %s: %w", path, err)
	}
	return st.Hash(), nil
}

// programs reads the program an opML agent plays cfg's games with: the
// node program if the deployment is two-phase, the claim-checking program
// otherwise.
func (f opmlFlags) programs(cfg onchain.Config) (elf, nodeELF []byte, err error) {
	if cfg.TwoPhase() {
		if nodeELF, err = os.ReadFile(f.nodeProgram); err != nil {
			return nil, nil, fmt.Errorf("--node-program: %w: the opML deployment is two-phase (graph depth %d), and its opML agent plays the node phase with the node program: build it with 'make inference'", err, cfg.GraphDepth)
		}
		return nil, nodeELF, nil
	}
	if elf, err = os.ReadFile(f.claimProgram); err != nil {
		return nil, nil, fmt.Errorf("--claim-program: %w: the opML deployment is single-phase, and its opML agent plays the games with the claim-checking program: build it with 'make inference'", err)
	}
	return elf, nil, nil
}

// newOpMLAgent is the opML agent of a rollup player on opml's key, over
// the models of inf's store, with traces under cacheDir: it defends the
// player's claims and settles them; with challenge, it also checks every
// claim natively, challenges wrong ones and, after a win, posts the
// honest claim (agent.Config.Repost), so that opML finalizes the results
// the player derives its L2 blocks with.
func newOpMLAgent(a *app, opml *onchain.Client, inf *node.Inferences, f opmlFlags, cacheDir string, poll time.Duration, challenge bool) (*agent.Agent, error) {
	elf, nodeELF, err := f.programs(opml.Config)
	if err != nil {
		return nil, err
	}
	role := "opml defender"
	if challenge {
		role = "opml challenger"
	}
	return agent.New(agent.Config{Client: opml, Store: inf.Store, Program: elf, NodeProgram: nodeELF, CacheDir: cacheDir,
		Poll: poll, Log: a.log.With("role", role), Defend: true, Challenge: challenge, Repost: challenge})
}

// runAgent runs ag on its own goroutine (a VM run of a challenged claim
// must not hold up the player's steps) until the returned stop is called.
func runAgent(ctx context.Context, ag *agent.Agent) (stop func()) {
	actx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = ag.Run(actx)
	}()
	return func() { cancel(); <-done }
}
