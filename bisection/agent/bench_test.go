package agent_test

import (
	"fmt"
	"testing"
)

// BenchmarkDispute is a whole dispute over a wrong Fashion-MNIST claim on
// the embedded chain, for each arity: from the claim's submission to the
// game's outcome recorded in the registry, with a dishonest submitter
// (made-up final state) and an honest challenger that checks natively, then
// runs the VM (fresh trace caches every time). Reported per dispute: wall
// time, transactions (all parties) and their total gas.
func BenchmarkDispute(b *testing.B) {
	for _, arity := range []uint64{2, 4, 8, 16} {
		b.Run(fmt.Sprintf("arity=%d", arity), func(b *testing.B) {
			w := newWorld(b, arity)
			w.quiet = true
			wrong := w.wrongOutput()
			var txs, gas uint64
			b.ResetTimer()
			for i := range b.N {
				b.StopTimer()
				liar := w.agent(1, fmt.Sprintf("submitter-%d", i), lieFrom(func(exit, _ uint64) uint64 { return exit }))
				honest := w.agent(2, fmt.Sprintf("challenger-%d", i))
				w.mu.Lock()
				w.txs, w.gas = 0, 0
				w.mu.Unlock()
				b.StartTimer()
				id := w.submit(1, wrong)
				w.play(4*int(w.params.Depth)+10, w.resolved(id), liar, honest)
				b.StopTimer()
				if chs := w.challenges(id); len(chs) != 1 || !chs[0].ChallengerWon {
					b.Fatalf("challenges %+v: want one won by the challenger", chs)
				}
				w.mu.Lock()
				txs += w.txs
				gas += w.gas
				w.mu.Unlock()
				liar.Close()
				honest.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(txs)/float64(b.N), "tx/dispute")
			b.ReportMetric(float64(gas)/float64(b.N), "gas/dispute")
			b.ReportMetric(float64(w.params.Depth), "rounds")
		})
	}
}
