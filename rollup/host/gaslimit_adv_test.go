package host

import (
	"testing"

	"github.com/axonum/opml/rollup"
	"github.com/axonum/opml/rollup/batch"
	"github.com/ethereum/go-ethereum/params"
)

// TestAdvGasLimitAboveMax: go-ethereum's header check (the beacon
// engine's verifyHeader, which derivation's InsertChain runs) refuses a
// gas limit above params.MaxGasLimit (2^63−1); rollup.NewHeader checks
// only the 1/1024 step (misc.VerifyGaslimit). A parent at 2^63−1 (a
// sequencer raising the limit by 1/1024 a block reaches it from 30M in
// about 27,000 blocks; the genesis here starts there) lets a batch choose
// 2^63−1 + 1000: the rule accepts the attributes (no fallback) and the
// block program would execute that block, but derivation's insertion
// refuses it and derivation halts. Derivation and the program disagree
// on the block of the same batch.
//
// What should happen: the rule refuses what go-ethereum refuses (a gas
// limit over params.MaxGasLimit gives the fallback block), so derivation
// inserts the block the program builds.
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
	default:
		t.Logf("block 2: invalid %v, gas limit %d", built.Invalid, built.Block.GasLimit())
	}
}
