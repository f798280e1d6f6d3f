package host

import (
	"context"
	"testing"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/bisection/trace"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
)

// claimIDsFor lists, for each inference key in order, the id of the one
// of claims whose call has that key: the claim list of a proposal whose
// block reads those keys.
func claimIDsFor(t *testing.T, keys []common.Hash, claims ...onchain.Claim) []uint64 {
	t.Helper()
	byKey := map[common.Hash]uint64{}
	for _, cl := range claims {
		byKey[common.Hash(cl.InferenceKey())] = cl.ID
	}
	var ids []uint64
	for _, k := range keys {
		id, ok := byKey[k]
		if !ok {
			t.Fatalf("no claim on inference key %s", k)
		}
		ids = append(ids, id)
	}
	return ids
}

// blockTrace is the block program's trace on c with the claimed word
// (snapshots in a test directory, closed when the test ends).
func blockTrace(t *testing.T, prestate func() *mipsevm.State, c *BlockClaim, word common.Hash, who string) *trace.Provider {
	t.Helper()
	p, err := trace.New(trace.Config{
		Prestate: func() (*mipsevm.State, error) { return prestate(), nil },
		Oracle:   c.Host(word),
		Identity: who + " " + word.Hex(),
		Dir:      t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// playToStep makes the defender's and the challenger's moves until the
// game is in its one-step phase and returns it; a game that ends first,
// or does not get there in 2·depth + 4 rounds, fails the test.
func playToStep(t *testing.T, ctx context.Context, defender, challenger *output.Player, depth uint32) onchain.Game {
	t.Helper()
	var g onchain.Game
	for i := 0; ; i++ {
		if i > 2*int(depth)+4 {
			t.Fatal("the game does not reach its step")
		}
		var err error
		if g, _, err = defender.Move(ctx); err != nil {
			t.Fatal(err)
		}
		if g.Phase == onchain.PhaseStep || g.Status != onchain.GameInProgress {
			break
		}
		if _, _, err := challenger.Move(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if g.Status != onchain.GameInProgress || g.Phase != onchain.PhaseStep || g.Segment.Length != 1 {
		t.Fatalf("the game is %v in phase %v at %v, want the step", g.Status, g.Phase, g.Segment)
	}
	return g
}
