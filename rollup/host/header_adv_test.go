package host

import (
	"math"
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/axonum/opml/rollup/blockprog"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/rlp"
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

// TestAdvTimestampOverflow: the rule accepts any timestamp after the
// parent's, so a sequencer, or anyone posting while a deposit is overdue
// (forced inclusion), can post a block at timestamp 2^64−1. No block can
// follow it: every attributes' timestamp is ≤ the parent's, so invalid,
// and the fallback block's timestamp, parent + 1, wraps to 0, so
// rollup.Build returns an error ("fallback header") for every batch.
// Derivation halts at block 2 for good, and the block program exits 5
// (ExitBadBlock, documented as never a batch's content) on any claim of
// block 2: no output root of any later block can ever be final, deposits
// are never credited, and withdrawals made after block 1 are never paid.
//
// What should happen: every batch has exactly one block ("What an
// invalid block means"). E.g. NewHeader refuses a timestamp that leaves
// no room for the fallback (a bound such as 2^63, or one tied to L1
// time), so block 1 here is the fallback block.
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
	parent := d.Head()

	// Block 2: a batch with a timestamp not after the parent's, which the
	// rule turns into the fallback block.
	b2, built2, err := advApply(t, d, 2, &rollup.Attributes{Timestamp: 1, GasLimit: 30_000_000})
	if err != nil {
		t.Errorf("block 2 (any batch after a block at 2^64−1): derivation fails: %v", err)
	} else {
		t.Logf("block 2: fallback %v, timestamp %d", built2.Invalid, built2.Block.Time())
	}

	// The block program on block 2's batch: its local data and the parent
	// state's path to the deposit slot the fallback reads.
	parentEnc, err := rlp.EncodeToBytes(parent)
	if err != nil {
		t.Fatal(err)
	}
	claim := &BlockClaim{ChainID: testChainID, Number: 2, ParentHash: parent.Hash(), AttributesRLP: b2.Attributes,
		Preimages: [][]byte{parentEnc, b2.Attributes}}
	proof, wroot, err := BlockChain{d.BC}.AccountProof(parent.Root, rollup.WithdrawalContract)
	if err != nil {
		t.Fatal(err)
	}
	// Local datum 1 is the parent's output, served as a preimage.
	claim.ParentOutput = rollup.Output{StateRoot: parent.Root, WithdrawalStorageRoot: wroot, BlockHash: parent.Hash()}
	claim.Preimages = append(claim.Preimages, claim.ParentOutput.Encode())
	claim.Preimages = append(claim.Preimages, proof...)
	r := RunNative(claim.Host(common.Hash{1}), nil)
	t.Logf("the block program on block 2: exit %d (%s): %v", r.Code, blockprog.ExitMeaning(r.Code), r.Err)
	if r.Code == blockprog.ExitBadBlock {
		t.Errorf("the block program exits %d (%s) on a batch's content: %v", r.Code, blockprog.ExitMeaning(r.Code), r.Err)
	}
}
