package batch

import (
	"context"
	"strconv"
	"testing"
)

// TestPostGas measures the L1 gas of posting one L2 block by its number of
// transactions (transfers, about 115 bytes each signed), on the embedded
// L1 (Prague rules: calldata costs at least EIP-7623's floor of 10 gas a
// token, a nonzero byte being 4 tokens). Run with -v for the table
// (docs/benchmarks.md). It checks that the cost grows with the batch and
// stays within the calldata floor plus the contract's fixed cost.
func TestPostGas(t *testing.T) {
	sizes := []int{0, 1, 10, 100, 500}
	l := newL1(t)
	in := l.inbox(t)
	ctx := context.Background()
	// Block n of chain n carries sizes[n-1] transfers; each chain is
	// generated from the same genesis, and only block n is posted, as
	// block n of the inbox (the contract does not look inside).
	prev := uint64(0)
	t.Logf("%6s %10s %10s %14s", "txs", "bytes", "L1 gas", "gas per tx")
	var gas0 uint64
	for i, n := range sizes {
		_, blocks := newL2(t, i+1, n)
		b := mustBatch(t, blocks[i])
		enc, err := b.Encode()
		if err != nil {
			t.Fatal(err)
		}
		r, err := in.Post(ctx, b, 0)
		if err != nil {
			t.Fatal(err)
		}
		if r.GasUsed <= prev {
			t.Errorf("%d transactions: %d gas, not more than the smaller batch's %d", n, r.GasUsed, prev)
		}
		// Calldata floor (EIP-7623) of the whole transaction, plus
		// the contract's work: a new storage slot, the counter, the
		// log, hashing and copying the batch.
		tokens := uint64(0)
		for _, c := range inboxABI.PackPost(b.Number, 0, enc) {
			if c == 0 {
				tokens++
			} else {
				tokens += 4
			}
		}
		if limit := 21000 + 10*tokens + 60000; r.GasUsed > limit {
			t.Errorf("%d transactions: %d gas, more than the floor plus 60000 (%d)", n, r.GasUsed, limit)
		}
		per := "-"
		if i == 0 {
			gas0 = r.GasUsed
		} else {
			per = strconv.FormatUint((r.GasUsed-gas0)/uint64(n), 10)
		}
		t.Logf("%6d %10d %10d %14s", n, len(enc), r.GasUsed, per)
		prev = r.GasUsed
	}
}
