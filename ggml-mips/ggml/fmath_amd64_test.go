package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSiluRowMatchesScalar: the AVX-512 SiLU gives unary's bits for
// values of every magnitude, specials (NaN, ±Inf, ±0, subnormals), values
// at and past its ±700 limit, and any length.
func TestSiluRowMatchesScalar(t *testing.T) {
	if !hasVNNI {
		t.Skip("no AVX-512")
	}
	r := rand.New(rand.NewPCG(93, 94))
	special := []float32{
		float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0, float32(math.Copysign(0, -1)),
		1e-45, -1e-45, 1e-38, 700, -700, 700.0001, -700.0001, 88.7, -88.7, 103.9, -103.9, 1e30, -1e30,
	}
	for trial := 0; trial < 3000; trial++ {
		n := r.IntN(70)
		x := make([]float32, n)
		scale := math.Ldexp(1, r.IntN(30)-20)
		for i := range x {
			if r.IntN(10) == 0 {
				x[i] = special[r.IntN(len(special))]
			} else {
				x[i] = float32(r.NormFloat64() * scale)
			}
		}
		got := make([]float32, n)
		siluRow(got, x)
		for i, v := range x {
			want := unary(OpSilu, v, 0)
			if math.Float32bits(got[i]) != math.Float32bits(want) {
				t.Fatalf("trial %d: silu(%v) = %v (%#x), scalar %v (%#x)", trial, v, got[i], math.Float32bits(got[i]), want, math.Float32bits(want))
			}
		}
	}
}
