package ggml

import "math"

//go:noescape
func siluVec(x, out *float32, n int, c *[20]uint64) int

// siluConsts are siluVec's constants: Exp64's, then expCoef, as bits.
var siluConsts = func() (c [20]uint64) {
	for i, v := range []float64{ln2Hi, ln2Lo, invLn2, 0.5, 1} {
		c[i] = math.Float64bits(v)
	}
	c[5] = 1023
	for i, v := range expCoef {
		c[6+i] = math.Float64bits(v)
	}
	return c
}()

// siluRow sets out[i] = x[i]·Sigmoid(x[i]) (unary's OpSilu), 8 values at
// a time with AVX-512 where the CPU has it (silu_amd64.s: the same IEEE
// operations in vector lanes, so the same bits), one at a time for
// values it leaves (|x| > 700, NaN) and the tail.
func siluRow(out, x []float32) {
	out = out[:len(x)]
	for i := 0; i < len(x); {
		if useVNNI && len(x)-i >= 8 {
			i += siluVec(&x[i], &out[i], len(x)-i, &siluConsts)
		}
		for end := min(i+8, len(x)); i < end; i++ {
			out[i] = x[i] * Sigmoid(x[i])
		}
	}
}
