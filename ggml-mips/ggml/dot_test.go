package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// Special f16 scale bits: zeros, subnormals, the largest finite, and the
// infinities and NaNs that f16Parts reads as finite.
var specialScales = []uint16{0x0000, 0x8000, 0x0001, 0x8001, 0x03ff, 0x0400, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00, 0xffff, 0x3c00}

// testScale draws f16 scale bits: mostly a narrow band of exponents (as in
// real models, where the kernels' fast bound holds), sometimes any bits or
// a special value.
func testScale(r *rand.Rand, wide bool) uint16 {
	switch k := r.IntN(20); {
	case k == 0:
		return specialScales[r.IntN(len(specialScales))]
	case k == 1 || wide:
		return uint16(r.Uint32())
	default:
		e := 8 + r.IntN(6) // about 2^-7 .. 2^-2
		return uint16(r.IntN(2))<<15 | uint16(e)<<10 | uint16(r.IntN(1024))
	}
}

// testInt8 draws a weight or activation value: random, or an extreme.
func testInt8(r *rand.Rand, mode int, allowMin bool) int8 {
	lo := -127
	if allowMin {
		lo = -128
	}
	switch mode {
	case 1: // extremes only
		if r.IntN(2) == 0 {
			return 127
		}
		return int8(lo)
	case 2: // mostly zero
		if r.IntN(8) != 0 {
			return 0
		}
	}
	return int8(lo + r.IntN(127-lo+1))
}

// testVec builds a quantized activation vector directly (any scale bits
// and values), or by quantizing random floats.
func testVec(r *rand.Rand, nb int, wide, allowMin bool) *q8Vec {
	x := new(q8Vec)
	if r.IntN(4) == 0 {
		v := randVec(r, nb*qk, math.Pow(10, r.Float64()*6-3))
		if r.IntN(3) == 0 {
			clear(v[qk*r.IntN(nb):][:qk]) // a zero block
		}
		x.quantize(v)
	} else {
		x.q = make([]int8, nb*qk)
		x.mant = make([]int32, nb)
		x.exp = make([]int32, nb)
		mode := r.IntN(3)
		for i := range x.q {
			x.q[i] = testInt8(r, mode, allowMin)
		}
		for b := range x.mant {
			x.mant[b], x.exp[b] = f16Parts(testScale(r, wide))
		}
	}
	x.k.prepare(x)
	return x
}

// testRows builds n weight rows of type t with nb blocks, stride bytes
// apart.
func testRows(r *rand.Rand, t Type, n, nb, stride int, wide bool) []byte {
	blk := q8Bytes
	if t == Q4_0 {
		blk = q4Bytes
	}
	rows := make([]byte, n*stride)
	for i := range rows {
		rows[i] = byte(r.Uint32()) // bytes between rows: junk
	}
	mode := r.IntN(3)
	for i := 0; i < n; i++ {
		for b := 0; b < nb; b++ {
			o := rows[i*stride+b*blk:][:blk]
			h := testScale(r, wide)
			o[0], o[1] = byte(h), byte(h>>8)
			for j := 2; j < blk; j++ {
				if t == Q8_0 {
					o[j] = byte(testInt8(r, mode, true))
				} else if mode == 1 {
					o[j] = []byte{0x00, 0xff, 0x0f, 0xf0}[r.IntN(4)] // nibbles 0 and 15: −8 and 7
				} else {
					o[j] = byte(r.Uint32())
				}
			}
		}
	}
	return rows
}

// TestDotRowsMatchReference: the architecture's row kernels give the
// reference's bits (dotQ8_0, dotQ4_0 one row at a time) on random and
// adversarial rows: any scale bits (zero, subnormal, inf/NaN), ±127 and
// −128 values, block counts that are and are not multiples of the SIMD
// width, rows with junk between them, and scales spread wide enough that
// the kernels' exactness bound fails and they hand the row back.
func TestDotRowsMatchReference(t *testing.T) {
	for _, k := range kernelSets()[1:] {
		t.Run(k.name, func(t *testing.T) {
			defer k.use()()
			dotRowsMatchReference(t)
		})
	}
}

func dotRowsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	nbs := []int{1, 2, 3, 7, 8, 9, 15, 16, 17, 24, 31, 64, 65}
	var sc scratch
	for trial := 0; trial < 3000; trial++ {
		typ := []Type{Q8_0, Q4_0}[trial%2]
		nb := nbs[r.IntN(len(nbs))]
		n := 1 + r.IntN(12)
		blk := RowBytes(typ, qk)
		stride := nb * blk
		if r.IntN(3) == 0 {
			stride += 1 + r.IntN(40)
		}
		wide := r.IntN(8) == 0
		x := testVec(r, nb, wide, r.IntN(10) == 0)
		rows := testRows(r, typ, n, nb, stride, wide)
		got := make([]float32, n)
		dotRows(typ, rows, stride, x, nil, got, &sc)
		for i, g := range got {
			want := rowDot(typ, rows[i*stride:i*stride+nb*blk], x, nil, &sc)
			if math.Float32bits(g) != math.Float32bits(want) {
				t.Fatalf("trial %d: %v, %d blocks, row %d of %d: kernel %v (%#x), reference %v (%#x)",
					trial, typ, nb, i, n, g, math.Float32bits(g), want, math.Float32bits(want))
			}
		}
	}
}

// TestMatMulThreadsAndKernels: a quantized matmul gives the same bits with
// 1, 2 and 3 threads, in tiles of 1, 5 or all rows, with the
// architecture's kernels and with the reference, for a batch of strided
// activation columns.
func TestMatMulThreadsAndKernels(t *testing.T) {
	defer func(t, c int) { minThreadWork, minChunkWork = t, c }(minThreadWork, minChunkWork)
	defer alwaysSplit()()
	defer func(old int) { tileBytes = old }(tileBytes)
	defer SetThreads(0)
	minThreadWork, minChunkWork = 1, 1
	r := rand.New(rand.NewPCG(61, 62))
	K, N, M := 96, 37, 3
	for _, typ := range []Type{Q8_0, Q4_0, F16} {
		var raw []byte
		switch typ {
		case Q8_0:
			raw = testRows(r, Q8_0, N, K/qk, RowBytes(Q8_0, K), false)
		case Q4_0:
			raw = testRows(r, Q4_0, N, K/qk, RowBytes(Q4_0, K), false)
		case F16:
			raw = make([]byte, 2*K*N)
			for i := range raw {
				raw[i] = byte(r.Uint32())
			}
			for i := 1; i < len(raw); i += 2 {
				raw[i] &= 0x3f // finite, moderate
			}
		}
		w := &Tensor{Name: "w", Type: typ, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(typ, K)}, Raw: raw}
		x := FromF32("x", randVec(r, K*M, 1), M, K) // transposed below: strided columns
		var want []float32
		for _, k := range kernelSets() {
			for _, th := range []int{1, 2, 3} {
				undo := k.use()
				SetThreads(th)
				tileBytes = []int{1, 5 * RowBytes(typ, K), 1 << 20}[th-1]
				g := NewGraph()
				y := g.MatMul(w, g.Transpose(x))
				g.Compute()
				undo()
				got := y.Float32s()
				if want == nil {
					want = append([]float32(nil), got...)
					continue
				}
				for i := range got {
					if math.Float32bits(got[i]) != math.Float32bits(want[i]) {
						t.Fatalf("%v, %s kernels, %d threads: element %d = %v, want %v", typ, k.name, th, i, got[i], want[i])
					}
				}
			}
		}
	}
}

// TestDotRowsAtTheBound: a row where the reference's exactSum truncates
// (a small term meets one 2^23 times larger, then that one cancels) and
// the exact sum is not zero. The kernels must hand it back rather than
// return the exact sum: their bound is what keeps the two equal.
func TestDotRowsAtTheBound(t *testing.T) {
	const nb = 3
	x := &q8Vec{q: make([]int8, nb*qk), mant: make([]int32, nb), exp: make([]int32, nb)}
	row := make([]byte, nb*q8Bytes)
	setBlock := func(b int, wh, xh uint16, w, xv int8, all bool) {
		o := row[b*q8Bytes:]
		o[0], o[1] = byte(wh), byte(wh>>8)
		x.mant[b], x.exp[b] = f16Parts(xh)
		for i := 0; i < qk; i++ {
			if all || i == 0 {
				o[2+i], x.q[b*qk+i] = byte(w), xv
			}
		}
	}
	setBlock(0, 1<<10, 1<<10, 1, 1, false)       // t = 2^20, lowest exponent
	setBlock(1, 12<<10, 13<<10, -128, -64, true) // t = 2^38, 23 octaves up
	setBlock(2, 12<<10, 13<<10, -128, 64, true)  // −2^38: cancels block 1
	want := dotQ8_0(row, x)
	if want != 0 {
		t.Fatalf("reference = %v: the case no longer truncates", want)
	}
	for _, k := range kernelSets()[1:] {
		undo := k.use()
		x.k.prepare(x)
		var sc scratch
		got := make([]float32, 1)
		dotRows(Q8_0, row, len(row), x, nil, got, &sc)
		undo()
		if math.Float32bits(got[0]) != math.Float32bits(want) {
			t.Fatalf("%s kernel = %v, reference = %v", k.name, got[0], want)
		}
	}
}
