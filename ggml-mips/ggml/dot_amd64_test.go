package ggml

import (
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
