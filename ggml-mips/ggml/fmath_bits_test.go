package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// roundHalfEvenFloat is roundHalfEven as float64 arithmetic, the
// definition the bit version must match.
func roundHalfEvenFloat(x float32) int32 {
	const limit = 1<<31 - 1
	v := float64(x)
	switch {
	case v != v:
		return 0
	case v >= limit:
		return limit
	case v <= -limit:
		return -limit
	}
	return int32(math.RoundToEven(v))
}

// TestRoundHalfEvenBits: roundHalfEven equals the float64 formulation on
// every 61st float32 bit pattern, on every pattern near the 0.5, 2^23 and
// 2^31 boundaries, and on the integers and halves up to 300. (All 2^32
// patterns were checked once; that takes seconds.)
func TestRoundHalfEvenBits(t *testing.T) {
	check := func(b uint32) {
		x := math.Float32frombits(b)
		if got, want := roundHalfEven(x), roundHalfEvenFloat(x); got != want {
			t.Fatalf("roundHalfEven(%v = %#x) = %d, want %d", x, b, got, want)
		}
	}
	step := uint32(61)
	if testing.Short() {
		step = 997
	}
	for b := uint64(0); b < 1<<32; b += uint64(step) {
		check(uint32(b))
	}
	for _, edge := range []float32{0.5, 1, 1 << 23, 1 << 24, 1 << 31, float32(math.Inf(1))} {
		b := math.Float32bits(edge)
		for d := uint32(0); d < 4096; d++ {
			check(b + d)
			check(b - d)
			check((b + d) | 1<<31)
			check((b - d) | 1<<31)
		}
	}
	for i := -600; i <= 600; i++ {
		check(math.Float32bits(float32(i) / 2))
	}
}

// TestBlockAmaxBits: blockAmax on the bits equals the float compares
// (NaNs ignored, +0 for none) on random blocks with NaN, ±Inf, ±0 and
// subnormals.
func TestBlockAmaxBits(t *testing.T) {
	r := rand.New(rand.NewPCG(95, 96))
	special := []float32{float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0, float32(math.Copysign(0, -1)), 1e-45, -1e-40}
	for trial := 0; trial < 20000; trial++ {
		x := make([]float32, qk)
		for i := range x {
			switch r.IntN(4) {
			case 0:
				x[i] = special[r.IntN(len(special))]
			case 1:
				x[i] = math.Float32frombits(r.Uint32())
			default:
				x[i] = float32(r.NormFloat64())
			}
		}
		var want float32
		for _, v := range x {
			if v < 0 {
				v = -v
			}
			if v > want {
				want = v
			}
		}
		if got := blockAmax(x); math.Float32bits(got) != math.Float32bits(want) {
			t.Fatalf("trial %d: blockAmax = %v, want %v (%v)", trial, got, want, x)
		}
	}
}
