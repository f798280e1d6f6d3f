package host

import (
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvGasLimitAboveMax: go-ethereum's header check (the beacon
// engine's verifyHeader, which derivation's InsertChain runs) refuses a
// gas limit above params.MaxGasLimit (2^63−1). A parent at 2^63−1 (a
// sequencer raising the limit by 1/1024 a block reaches it from 30M in
// about 27,000 blocks; the genesis here starts there) and a batch choosing
// 2^63−1 + 1000: the 1/1024 step allows it, so before rollup.NewHeader
// checked the maximum the rule built that block, derivation's insertion
// refused it and derivation halted. Now the attributes are invalid and
// both build the fallback block.
func TestAdvGasLimitAboveMax(t *testing.T) {
	d, err := batch.NewChain(advGenesis(params.MaxGasLimit))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// At the bound: accepted by both.
	if _, built, err := advApply(t, d, 1, &rollup.Attributes{Timestamp: 1, GasLimit: params.MaxGasLimit}); err != nil || built.Invalid != nil {
		t.Fatalf("block 1 at the maximum gas limit: %v (invalid: %v)", err, built.Invalid)
	}
	_, built, err := advApply(t, d, 2, &rollup.Attributes{Timestamp: 2, GasLimit: params.MaxGasLimit + 1000})
	switch {
	case built == nil:
		t.Fatalf("block 2: %v", err)
	case err != nil && built.Invalid == nil:
		t.Errorf("block 2 (gas limit %d): the rule builds it (invalid: nil, gas limit %d) but derivation's insertion refuses it: %v", uint64(params.MaxGasLimit+1000), built.Block.GasLimit(), err)
	case err != nil:
		t.Errorf("block 2: the fallback block is refused: %v", err)
	case built.Invalid == nil || built.Block.GasLimit() != params.MaxGasLimit:
		t.Errorf("block 2: invalid %v, gas limit %d; want the fallback block at the parent's limit", built.Invalid, built.Block.GasLimit())
	default:
		t.Logf("block 2: invalid %v, gas limit %d", built.Invalid, built.Block.GasLimit())
	}
}
