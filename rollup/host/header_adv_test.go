package host

import (
	"math"
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
)

// advGenesis is a small L2 genesis (the system contracts, one funded
// account) with the given gas limit.
func advGenesis(gasLimit uint64) *core.Genesis {
	alloc := core.SystemContractAllocs()
	return &core.Genesis{Config: rollup.ChainConfig(testChainID), GasLimit: gasLimit, Alloc: alloc, BaseFee: common.Big1}
}

// advApply builds a's batch as block number on d's head and applies it.
func advApply(t *testing.T, d *batch.Chain, number uint64, a *rollup.Attributes) (*batch.Batch, *rollup.Built, error) {
	t.Helper()
	b, err := batch.FromAttributes(number, d.Head().Hash(), a)
	if err != nil {
		t.Fatal(err)
	}
	built, err := d.Build(b)
	if err != nil {
		return b, nil, err
	}
	_, err = d.Apply(b)
	return b, built, err
}

// TestAdvTimestampOverflow: a batch at timestamp 2^64−1 would leave no
// valid successor (the fallback's parent + 1 wraps to 0, so every later
// batch makes no block: derivation halts for good and the block program
// exits 5). The rule bounds a chosen timestamp by max(rollup.MaxTimestamp,
// parent + 1), so such a batch is invalid and its block is the fallback;
// MaxTimestamp itself is valid, one more is not; after block 2 (at the
// bound) the fallback still has room.
func TestAdvTimestampOverflow(t *testing.T) {
	d, err := batch.NewChain(advGenesis(30_000_000))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	_, built, err := advApply(t, d, 1, &rollup.Attributes{Timestamp: math.MaxUint64, GasLimit: 30_000_000})
	if err != nil {
		t.Fatalf("block 1: %v", err)
	}
	t.Logf("block 1: timestamp %d, invalid: %v", built.Block.Time(), built.Invalid)
	if built.Invalid == nil || built.Block.Time() != 1 {
		t.Fatalf("block 1 at 2^64−1: timestamp %d, invalid %v; want the fallback block at the genesis's time + 1", built.Block.Time(), built.Invalid)
	}
	for _, tc := range []struct {
		ts    uint64
		valid bool
	}{{rollup.MaxTimestamp + 1, false}, {rollup.MaxTimestamp, true}} {
		fork, err := batch.NewChain(advGenesis(30_000_000))
		if err != nil {
			t.Fatal(err)
		}
		_, b, err := advApply(t, fork, 1, &rollup.Attributes{Timestamp: tc.ts, GasLimit: 30_000_000})
		fork.Close()
		if err != nil || (b.Invalid == nil) != tc.valid {
			t.Errorf("timestamp %d: %v, invalid %v; want valid %v", tc.ts, err, b.Invalid, tc.valid)
		}
	}

	// Block 2: a batch with a timestamp not after the parent's, which the
	// rule turns into the fallback block.
	b2, built2, err := advApply(t, d, 2, &rollup.Attributes{Timestamp: 1, GasLimit: 30_000_000})
	if err != nil {
		t.Errorf("block 2 (any batch after a block at 2^64−1): derivation fails: %v", err)
	} else {
		t.Logf("block 2: fallback %v, timestamp %d", built2.Invalid, built2.Block.Time())
	}

	// The block program on block 2's batch, served by the derived chain:
	// it builds the same block (exit 0, the derived output root).
	claim, err := PrepareBatch(BlockChain{d.BC}, testChainID, 2, b2.Attributes)
	if err != nil {
		t.Fatal(err)
	}
	r := RunNative(claim.Host(claim.Word()), nil)
	if r.Code != blockprog.ExitMatch || r.Root != claim.Output.Root() {
		t.Errorf("the block program on block 2: exit %d (%s): %v, root %s; want a match with the derived %s", r.Code, blockprog.ExitMeaning(r.Code), r.Err, r.Root, claim.Output.Root())
	}
}
