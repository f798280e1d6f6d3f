//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuantCache: a matmul reuses the previous one's quantized columns
// only for bit-identical values (not for −0 against +0), and its result is
// the one it computes with the cache empty.
func TestQuantCache(t *testing.T) {
	r := rand.New(rand.NewPCG(91, 92))
	K, N := 64, 5
	w := &Tensor{Name: "w", Type: Q8_0, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(Q8_0, K)}, Raw: QuantizeQ8_0(randVec(r, K*N, 0.1))}
	base := randVec(r, 2*K, 1)
	base[3] = 0
	negZero := append([]float32(nil), base...)
	negZero[3] = float32(math.Copysign(0, -1))
	other := append([]float32(nil), base...)
	other[K+7] += 1
	run := func(vals []float32) []float32 {
		g := NewGraph()
		y := g.MatMul(w, FromF32("x", vals, K, 2))
		g.Compute()
		return y.Float32s()
	}
	for _, tc := range []struct {
		name  string
		vals  []float32
		reuse bool
	}{{"first", base, false}, {"same", base, true}, {"-0", negZero, false}, {"-0 again", negZero, true}, {"other", other, false}} {
		before := lastQuant.Load()
		got := run(tc.vals)
		if reused := lastQuant.Load() == before; reused != tc.reuse {
			t.Errorf("%s: reused %v, want %v", tc.name, reused, tc.reuse)
		}
		lastQuant.Store(nil)
		want := run(tc.vals)
		for i := range got {
			if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
				t.Fatalf("%s: element %d = %v, with an empty cache %v", tc.name, i, got[i], want[i])
			}
		}
		lastQuant.Store(nil)
		run(tc.vals) // the state the next case expects: tc.vals cached
	}
}
