package ggml

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkDotRows: one activation column against N Q8_0 rows of K values,
// with the architecture's kernels and with the reference; a small matrix
// stays in cache, a large one streams from memory.
func BenchmarkDotRows(b *testing.B) {
	r := rand.New(rand.NewPCG(81, 82))
	for _, shape := range [][2]int{{768, 256}, {288, 32000}, {768, 32000}, {2048, 32000}} {
		K, N := shape[0], shape[1]
		rows := QuantizeQ8_0(randVec(r, K*N, 0.02))
		x := new(q8Vec)
		x.quantize(randVec(r, K, 1))
		out := make([]float32, N)
		for _, k := range kernelSets() {
			b.Run(fmt.Sprintf("K=%d/N=%d/%s", K, N, k.name), func(b *testing.B) {
				defer k.use()()
				x.k.prepare(x)
				var sc scratch
				for b.Loop() {
					dotRows(Q8_0, rows, RowBytes(Q8_0, K), x, nil, out, &sc)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*N*K/qk), "ns/block")
			})
		}
	}
}

// BenchmarkMatMulThreads: Q8_0 weights of 110m's shapes (an attention
// projection, an output head) times one column, with 1 and 2 threads.
func BenchmarkMatMulThreads(b *testing.B) {
	r := rand.New(rand.NewPCG(83, 84))
	for _, shape := range [][2]int{{768, 768}, {768, 2048}, {2048, 768}, {768, 32000}} {
		K, N := shape[0], shape[1]
		w := &Tensor{Name: "w", Type: Q8_0, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(Q8_0, K)}, Raw: QuantizeQ8_0(randVec(r, K*N, 0.02))}
		x := FromF32("x", randVec(r, K, 1), K)
		for _, th := range []int{1, 2} {
			b.Run(fmt.Sprintf("K=%d/N=%d/threads=%d", K, N, th), func(b *testing.B) {
				SetThreads(th)
				defer SetThreads(0)
				g := NewGraph()
				y := g.MatMul(w, x)
				for b.Loop() {
					g.Compute()
				}
				_ = y
			})
		}
	}
}
