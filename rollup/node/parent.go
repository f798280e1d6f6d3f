package node

import (
	"context"
	"fmt"

	"github.com/axonum/opml/bisection/onchain"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/output"
	"github.com/ethereum/go-ethereum/common"
)

// parentFor is the proposal a proposal of block n should name as its
// parent (docs/rollup.md, "The parent output"): output.Genesis for block
// 1; else a proposal of block n − 1 that is not Rejected and claims word
// (the word the caller holds for block n − 1: its root folded with the
// block's inference keys), Final first, then mine if it is one of them,
// then the oldest. A parent claiming another word would be rejected (its
// games lose against the program) and take the child with it. ok is false
// when no proposal of block n − 1 has that word yet.
func parentFor(ctx context.Context, l1 onchain.Backend, o *output.Client, n uint64, word common.Hash, mine uint64, haveMine bool) (uint64, bool, error) {
	if n == 1 {
		return output.Genesis, true, nil
	}
	ps, err := Proposals(ctx, l1, o)
	if err != nil {
		return 0, false, err
	}
	best, found := uint64(0), false
	for _, p := range ps {
		if p.L2Block != n-1 || p.Word != word || p.Status == output.Rejected {
			continue
		}
		switch {
		case p.Status == output.Final:
			return p.ID, true, nil
		case !found || (haveMine && p.ID == mine):
			best, found = p.ID, true
		}
	}
	return best, found, nil
}

// parentSettled: pr's parent proposal is settled (or the genesis), so pr
// may settle (OutputOracle.settle reverts ParentNotSettled otherwise).
func parentSettled(ctx context.Context, o *output.Client, pr output.Proposal) (bool, error) {
	if pr.Parent == output.Genesis {
		return true, nil
	}
	parent, err := o.Proposal(ctx, pr.Parent)
	if err != nil {
		return false, err
	}
	return parent.Settled, nil
}

// checkGenesis: the OutputOracle's genesis output (block 1's parent
// output) is chain's block 0's, or every game of this chain would run on
// another parent.
func checkGenesis(chain *batch.Chain, o *output.Client) error {
	g, err := chain.Output(0)
	if err != nil {
		return err
	}
	if g.Root() != o.GenesisOutput {
		return fmt.Errorf("the output oracle's L2 genesis output %s is not this chain's %s (another L2 genesis?)", o.GenesisOutput, g.Root())
	}
	return nil
}
