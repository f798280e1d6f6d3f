package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestKernelBound: the AVX2 and VNNI kernels take ordinary rows themselves
// and hand back a row whose block scales are too far apart for their int64
// sum.
func TestKernelBound(t *testing.T) {
	for _, k := range kernelSets()[1:] {
		t.Run(k.name, func(t *testing.T) {
			defer k.use()()
			kernelBound(t, k.vnni, false)
			if k.vnni {
				kernelBound(t, k.vnni, true)
			}
		})
	}
}

// kernelBound is TestKernelBound for the AVX2, the VNNI or (rows8) the
// VNNI 8-row kernel.
func kernelBound(t *testing.T, vnni, rows8 bool) {
	r := rand.New(rand.NewPCG(71, 72))
	nb, n := 24, 10
	if rows8 {
		n = 16
	}
	x := new(q8Vec)
	x.quantize(randVec(r, nb*qk, 1))
	x.k.prepare(x)
	if !x.k.ok {
		t.Fatal("kernels refused an ordinary vector")
	}
	rows := QuantizeQ8_0(randVec(r, n*nb*qk, 0.02))
	stride := nb * q8Bytes
	var sc scratch
	sc.sums, sc.hs = make([]int32, 24), make([]uint16, 24)
	out := make([]float32, n)
	call := func() int {
		if rows8 {
			return q8Rows8VNNI(&rows[0], stride, n, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, &out[0])
		}
		if vnni {
			return q8RowsVNNI(&rows[0], stride, n, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, &out[0], &sc.sums[0], &sc.hs[0])
		}
		return q8Rows(&rows[0], stride, n, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], x.k.scale, &out[0], &sc.sums[0], &sc.hs[0])
	}
	if got := call(); got != n {
		t.Fatalf("ordinary rows: kernel did %d of %d", got, n)
	}
	// Row 3: one block's scale the largest f16, another's the smallest
	// subnormal: 2^45 apart, past the bound.
	rows[3*stride], rows[3*stride+1] = 0xff, 0x7b
	rows[3*stride+q8Bytes], rows[3*stride+q8Bytes+1] = 0x01, 0x00
	rows[3*stride+q8Bytes+2] = 100
	if got := call(); got != 3 {
		t.Fatalf("spread row: kernel did %d rows, want 3", got)
	}
	if rows8 {
		// The rows before the failed one are written, the others not.
		want := make([]float32, n)
		for i := range want {
			want[i] = dotQ8_0(rows[i*stride:(i+1)*stride], x)
		}
		for i := range out {
			out[i] = -1
		}
		call()
		for i := range out {
			if i < 3 && out[i] != want[i] || i >= 3 && out[i] != -1 {
				t.Fatalf("row %d after a failure at row 3: %v (reference %v)", i, out[i], want[i])
			}
		}
		// A failure in the second group of 8.
		copy(rows[11*stride:12*stride], rows[3*stride:4*stride])
		copy(rows[3*stride:4*stride], rows[4*stride:5*stride])
		if got := call(); got != 11 {
			t.Fatalf("spread row 11: kernel did %d rows, want 11", got)
		}
	}
	x.q[5] = -128
	x.k.prepare(x)
	if x.k.ok {
		t.Fatal("kernels accepted a vector holding −128")
	}
}

// TestDotRowsSmallCalls: TestDotRowsMatchReference with the rows split
// into many kernel calls, a failed row falling anywhere in a call.
func TestDotRowsSmallCalls(t *testing.T) {
	defer func(old int) { callBlocks = old }(callBlocks)
	callBlocks = 40
	TestDotRowsMatchReference(t)
}

// TestQuantizeVecMatchesReference: the AVX-512 activation quantizer gives
// quantize's int8s and scales on random blocks of every magnitude and on
// NaN, ±Inf, ±0, subnormal and exact-tie values.
func TestQuantizeVecMatchesReference(t *testing.T) {
	if !hasVNNI {
		t.Skip("no AVX-512 VNNI")
	}
	r := rand.New(rand.NewPCG(91, 92))
	special := []float32{
		float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)), 0, float32(math.Copysign(0, -1)),
		1e-45, -1e-45, 1e-40, 3e-38, 0.5, 1.5, 2.5, -2.5, 126.5, -126.5, 127, -127, 65504, 1e30, -1e30,
	}
	for trial := 0; trial < 5000; trial++ {
		nb := 1 + r.IntN(140) // past the on-stack scale buffer too
		x := make([]float32, nb*qk)
		for b := 0; b < nb; b++ {
			scale := float32(math.Ldexp(1, r.IntN(120)-90))
			mode := r.IntN(6)
			for i := b * qk; i < (b+1)*qk; i++ {
				switch {
				case mode == 0 && r.IntN(4) == 0:
					x[i] = special[r.IntN(len(special))]
				case mode == 1: // a block of 127 and halves: ties at id = 1
					x[i] = float32(r.IntN(255)-127) + 0.5*float32(r.IntN(2))
					if i == b*qk {
						x[i] = 127
					}
				case mode == 2:
					x[i] = 0
				default:
					x[i] = float32(r.NormFloat64()) * scale
				}
			}
		}
		var want, got q8Vec
		want.quantize(x)
		quantizeVec(&got, x)
		for i := range want.q {
			if got.q[i] != want.q[i] {
				t.Fatalf("trial %d: q[%d] = %d, want %d (x = %v)", trial, i, got.q[i], want.q[i], x[i])
			}
		}
		for b := range want.mant {
			if got.mant[b] != want.mant[b] || got.exp[b] != want.exp[b] {
				t.Fatalf("trial %d: block %d scale %d·2^%d, want %d·2^%d", trial, b, got.mant[b], got.exp[b], want.mant[b], want.exp[b])
			}
		}
	}
}
