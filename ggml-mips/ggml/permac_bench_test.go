package ggml

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkMatMulPerMAC reports the native time per multiply-accumulate of
// a weight-by-vector product through the graph (the kernels the engine
// picks: AVX2 where it has them), one thread, per weight type: the
// measurement behind the precompile's gas weights (gethadapter/spec,
// WorkPerMAC). The weight is 4096×8192 (35 MiB as Q8_0, 128 MiB as F32:
// larger than the caches, so that it streams from memory as a model's
// matrices do).
func BenchmarkMatMulPerMAC(b *testing.B) {
	const K, N = 4096, 8192
	r := rand.New(rand.NewPCG(21, 22))
	wf := randVec(r, K*N, 1)
	x := FromF32("x", randVec(r, K, 1), K)
	defer SetThreads(Threads())
	SetThreads(1)
	for _, typ := range []Type{F32, F16, Q8_0, Q4_0, Q4_K, Q6_K} {
		var w *Tensor
		switch typ {
		case F32:
			w = FromF32("w", wf, K, N)
		case F16:
			raw := make([]byte, 2*K*N)
			for i, v := range wf {
				h := f32ToF16(v)
				raw[2*i], raw[2*i+1] = byte(h), byte(h>>8)
			}
			w = &Tensor{Name: "w", Type: F16, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, 2 * K}, Raw: raw}
		default:
			var raw []byte
			switch typ {
			case Q8_0:
				raw = QuantizeQ8_0(wf)
			case Q4_0:
				raw = quantizeQ4_0ForTest(wf)
			case Q4_K:
				raw = QuantizeQ4_K(wf)
			case Q6_K:
				raw = QuantizeQ6_K(wf)
			}
			w = &Tensor{Name: "w", Type: typ, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(typ, K)}, Raw: raw}
		}
		b.Run(typ.String(), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				g := NewGraph()
				g.MatMul(w, x)
				g.Compute()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(K*N), "ns/MAC")
		})
	}
}
