package host

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkBlockVM runs the block program in the VM on blocks of each kind
// and size, on each engine: VM steps and wall time per block (one
// iteration is a whole run; -benchtime 1x), as custom metrics steps/block,
// s/block, steps/s and txs. Kinds: transfers (1, 10, 50), two contract
// creations, contract calls that write storage and log, a revert next to
// a transfer, and inference calls (results served by inference key, the
// model mapped). The chain is built natively before the
// clock starts.
//
//	nice -n 19 go test -run '^$' -bench BlockVM -benchtime 1x -timeout 30m ./rollup/host/
func BenchmarkBlockVM(b *testing.B) {
	prestate := blockPrestate(b)
	type block struct {
		name  string
		claim *BlockClaim
		txs   int
	}
	var blocks []block
	for _, n := range []int{1, 10, 50} {
		c := newTestChain(b, n)
		claim, err := Prepare(BlockChain{c.bc}, testChainID, 5)
		if err != nil {
			b.Fatal(err)
		}
		blocks = append(blocks, block{fmt.Sprintf("transfers-%d", n), claim, n})
	}
	c := newTestChain(b, 0)
	for _, k := range []struct {
		name string
		n    uint64
	}{{"create-2", c.create}, {"calls-logs-3", c.logs}, {"revert+transfer", c.revert}} {
		claim, err := Prepare(BlockChain{c.bc}, testChainID, k.n)
		if err != nil {
			b.Fatal(err)
		}
		blocks = append(blocks, block{k.name, claim, len(claim.Attributes.Transactions)})
	}
	inference, err := Prepare(BlockChain{c.bc}, testChainID, c.infer)
	if err != nil {
		b.Fatal(err)
	}
	inference.AddInferences(c.inferences, c.models)
	blocks = append(blocks, block{"inference-4", inference, len(inference.Attributes.Transactions)})
	for _, eng := range engines() {
		for _, bl := range blocks {
			b.Run(eng.name+"/"+bl.name, func(b *testing.B) {
				word := bl.claim.Word()
				var steps uint64
				var wall time.Duration
				for b.Loop() {
					s := prestate()
					t0 := time.Now()
					r, err := RunVM(s, bl.claim.Host(word), eng.e, nil)
					wall += time.Since(t0)
					if err != nil || !r.Valid() {
						b.Fatalf("%+v, %v", r, err)
					}
					steps = r.Steps
				}
				b.ReportMetric(float64(steps), "steps/block")
				b.ReportMetric(wall.Seconds()/float64(b.N), "s/block")
				b.ReportMetric(float64(steps)/wall.Seconds()*float64(b.N), "steps/s")
				b.ReportMetric(float64(bl.txs), "txs")
			})
		}
	}
}
