package ggml

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
)

func TestQ4KScaleMinPacking(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 1000; trial++ {
		var sc, m [8]uint8
		for j := range sc {
			sc[j], m[j] = uint8(r.IntN(64)), uint8(r.IntN(64))
		}
		s := q4KPackScaleMin(&sc, &m)
		for j := 0; j < 8; j++ {
			gs, gm := q4KScaleMin(&s, j)
			if gs != int32(sc[j]) || gm != int32(m[j]) {
				t.Fatalf("sub-block %d: unpacked (%d, %d), packed (%d, %d)", j, gs, gm, sc[j], m[j])
			}
		}
	}
}

// refDequantizeK decodes K-quant blocks following the format description
// literally (a second reading of the layout, independent of the kernels').
func refDequantizeK(typ Type, raw []byte, n int) []float64 {
	out := make([]float64, n)
	for b := 0; b < n/256; b++ {
		y := out[b*256:]
		if typ == Q4_K {
			blk := raw[b*144:]
			d, dmin := float64(gguf.F16ToF32(f16At(blk))), float64(gguf.F16ToF32(f16At(blk[2:])))
			s := blk[4:16]
			for j := 0; j < 8; j++ {
				var sc, m int
				if j < 4 {
					sc, m = int(s[j]&63), int(s[j+4]&63)
				} else {
					sc = int(s[j+4]&0xF) | int(s[j-4]>>6)<<4
					m = int(s[j+4]>>4) | int(s[j]>>6)<<4
				}
				for l := 0; l < 32; l++ {
					q := int(blk[16+32*(j/2)+l])
					if j%2 == 0 {
						q &= 15
					} else {
						q >>= 4
					}
					y[32*j+l] = d*float64(sc)*float64(q) - dmin*float64(m)
				}
			}
			continue
		}
		blk := raw[b*210:]
		d := float64(gguf.F16ToF32(f16At(blk[208:])))
		for half := 0; half < 2; half++ {
			ql, qh, sc := blk[64*half:], blk[128+32*half:], blk[192+8*half:]
			for l := 0; l < 32; l++ {
				q1 := int(ql[l]&15|(qh[l]&3)<<4) - 32
				q2 := int(ql[l+32]&15|(qh[l]>>2&3)<<4) - 32
				q3 := int(ql[l]>>4|(qh[l]>>4&3)<<4) - 32
				q4 := int(ql[l+32]>>4|(qh[l]>>6&3)<<4) - 32
				is := l / 16
				yy := y[128*half:]
				yy[l] = d * float64(int8(sc[is])) * float64(q1)
				yy[l+32] = d * float64(int8(sc[is+2])) * float64(q2)
				yy[l+64] = d * float64(int8(sc[is+4])) * float64(q3)
				yy[l+96] = d * float64(int8(sc[is+6])) * float64(q4)
			}
		}
	}
	return out
}

// TestQuantizeKRoundTrip quantizes, dequantizes and checks the error
// against each sub-block's step, and DequantizeRow against the literal
// decoding of the format.
func TestQuantizeKRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, typ := range []Type{Q4_K, Q6_K} {
		for _, scale := range []float64{3e-3, 0.05, 1, 200} {
			const nb = 16
			x := randVec(r, nb*256, scale)
			for i := 0; i < 40; i++ { // some sub-blocks all positive, some all negative
				x[32*7+i%32] = float32(math.Abs(float64(x[32*7+i%32])))
				x[256+32*3+i%32] = -float32(math.Abs(float64(x[256+32*3+i%32])))
			}
			var q []byte
			if typ == Q4_K {
				q = QuantizeQ4_K(x)
			} else {
				q = QuantizeQ6_K(x)
			}
			if len(q) != RowBytes(typ, len(x)) {
				t.Fatalf("%v: %d bytes, want %d", typ, len(q), RowBytes(typ, len(x)))
			}
			y := make([]float32, len(x))
			DequantizeRow(typ, q, y)
			ref := refDequantizeK(typ, q, len(x))
			for i := range x {
				if math.Abs(float64(y[i])-ref[i]) > 1e-6*math.Abs(ref[i])+1e-30 {
					t.Fatalf("%v: value %d: DequantizeRow %g, format %g", typ, i, y[i], ref[i])
				}
			}
			// Error bound per sub-block: the spread of its values over the
			// number of levels, with slack for the 6/8-bit sub-scales.
			sub, levels := 32, 15.0
			if typ == Q6_K {
				sub, levels = 16, 31.0
			}
			for j := 0; j < len(x)/sub; j++ {
				lo, hi := 0.0, 0.0
				for _, v := range x[j*sub : (j+1)*sub] {
					lo, hi = min(lo, float64(v)), max(hi, float64(v))
				}
				step := (hi - lo) / levels
				for i := j * sub; i < (j+1)*sub; i++ {
					if e := math.Abs(float64(x[i]) - float64(y[i])); e > 0.75*step+0.02*(hi-lo)+1e-7 {
						t.Fatalf("%v scale %g: value %d: %g → %g (error %g, step %g)", typ, scale, i, x[i], y[i], e, step)
					}
				}
			}
		}
	}
}

func TestQuantizeQ8KFollowsLlamaCpp(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	x := randVec(r, 3*256, 2)
	x[300] = -9 // block 1's value of largest magnitude is negative: its scale is positive
	for i := 512; i < 768; i++ {
		x[i] = 0
	}
	var v q8KVec
	v.quantize(x)
	for b := 0; b < 3; b++ {
		xb := x[b*256 : (b+1)*256]
		var mx float32
		for _, xi := range xb {
			if abs32(xi) > abs32(mx) {
				mx = xi
			}
		}
		if mx == 0 {
			if v.mant[b] != 0 {
				t.Fatalf("block %d: zero block with scale %d", b, v.mant[b])
			}
			continue
		}
		iscale := -127 / mx
		for i, xi := range xb {
			want := int8(math.RoundToEven(float64(iscale * xi)))
			if v.q[b*256+i] != want {
				t.Fatalf("block %d value %d: q %d, want %d", b, i, v.q[b*256+i], want)
			}
		}
		if d := math.Ldexp(float64(v.mant[b]), int(v.exp[b])); d != float64(1/iscale) {
			t.Fatalf("block %d: scale %g, want %g", b, d, 1/iscale)
		}
		for g := 0; g < 16; g++ {
			var s int32
			for _, q := range v.q[b*256+16*g : b*256+16*g+16] {
				s += int32(q)
			}
			if v.bsum[b*16+g] != s {
				t.Fatalf("block %d: bsum %d = %d, want %d", b, g, v.bsum[b*16+g], s)
			}
		}
	}
	if v.mant[1] <= 0 {
		t.Error("block 1 (largest value negative) should have a positive scale")
	}
	// Ties round to even, as llama.cpp's nearest_int.
	for _, c := range []struct {
		f float32
		n int32
	}{{0.5, 0}, {1.5, 2}, {2.5, 2}, {-0.5, 0}, {-1.5, -2}, {126.5, 126}, {-127, -127}, {3.49, 3}} {
		if got := nearestInt(c.f); got != c.n {
			t.Errorf("nearestInt(%v) = %d, want %d", c.f, got, c.n)
		}
	}
	// An infinity or NaN makes every product NaN, not a host-dependent value.
	x[5] = float32(math.Inf(1))
	v.quantize(x)
	w := QuantizeQ4_K(randVec(r, 3*256, 1))
	if d := dotQ4_K(w, &v); d == d {
		t.Errorf("dot with an infinite activation = %v, want NaN", d)
	}
}

// exactDotK is the exact Σ_i w_i·x_i of a K-quant row (as the format
// defines w_i) and a quantized vector, rounded once to float32.
func exactDotK(typ Type, w []byte, x *q8KVec) float32 {
	sum := new(big.Rat)
	n := len(x.q)
	for b := 0; b < n/256; b++ {
		dx := new(big.Rat).SetFloat64(math.Ldexp(float64(x.mant[b]), int(x.exp[b])))
		var d, dmin *big.Rat
		var blk []byte
		if typ == Q4_K {
			blk = w[b*144:]
			d = new(big.Rat).SetFloat64(float64(gguf.F16ToF32(f16At(blk))))
			dmin = new(big.Rat).SetFloat64(float64(gguf.F16ToF32(f16At(blk[2:]))))
		} else {
			blk = w[b*210:]
			d = new(big.Rat).SetFloat64(float64(gguf.F16ToF32(f16At(blk[208:]))))
		}
		for i := 0; i < 256; i++ {
			xq := big.NewRat(int64(x.q[b*256+i]), 1)
			var wi *big.Rat
			if typ == Q4_K {
				sc, m := q4KScaleMin((*[12]byte)(blk[4:]), i/32)
				q := int64(blk[16+32*(i/64)+i%32])
				if i/32%2 == 0 {
					q &= 15
				} else {
					q >>= 4
				}
				wi = new(big.Rat).Mul(d, big.NewRat(int64(sc)*q, 1))
				wi.Sub(wi, new(big.Rat).Mul(dmin, big.NewRat(int64(m), 1)))
			} else {
				sc := int64(int8(blk[192+i/16]))
				wi = new(big.Rat).Mul(d, big.NewRat(sc*int64(q6KValue(blk, i)-32), 1))
			}
			wi.Mul(wi, xq)
			wi.Mul(wi, dx)
			sum.Add(sum, wi)
		}
	}
	f, _ := sum.Float32()
	return f
}

// TestDotKIsExact compares the integer K-quant dot products with the exact
// rational sum rounded once, over rows whose blocks (weights and
// activations) have very different magnitudes, and with the float dot
// product of the dequantized weights and the original activations.
func TestDotKIsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for trial := 0; trial < 120; trial++ {
		nb := 1 + r.IntN(12)
		w := randVec(r, nb*256, math.Pow(10, r.Float64()*4-2))
		x := randVec(r, nb*256, math.Pow(10, r.Float64()*6-3))
		for b := 0; b < nb; b++ {
			sw := float32(math.Pow(2, float64(r.IntN(16)-8)))
			sx := float32(math.Pow(2, float64(r.IntN(40)-20)))
			for i := b * 256; i < b*256+256; i++ {
				w[i] *= sw
				x[i] *= sx
			}
		}
		var xv q8KVec
		xv.quantize(x)
		for _, typ := range []Type{Q4_K, Q6_K} {
			var wq []byte
			var got float32
			if typ == Q4_K {
				wq = QuantizeQ4_K(w)
				got = dotQ4_K(wq, &xv)
			} else {
				wq = QuantizeQ6_K(w)
				got = dotQ6_K(wq, &xv)
			}
			if want := exactDotK(typ, wq, &xv); got != want {
				t.Fatalf("trial %d %v: dot = %v, exact = %v", trial, typ, got, want)
			}
			// Against float: the error is the activations' quantization.
			deq := make([]float32, len(w))
			DequantizeRow(typ, wq, deq)
			var f, mag float64
			for i := range deq {
				f += float64(deq[i]) * float64(x[i])
				mag += math.Abs(float64(deq[i]) * float64(x[i]))
			}
			if math.Abs(float64(got)-f) > 0.02*mag+1e-30 {
				t.Fatalf("trial %d %v: dot = %v, float dot of dequantized = %v (Σ|·| %v)", trial, typ, got, f, mag)
			}
		}
	}
}

// TestWideSum checks the 128-bit accumulator against exact rationals for
// terms whose exponents span less than its window, and that a wider span
// truncates deterministically instead of overflowing.
func TestWideSum(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for trial := 0; trial < 2000; trial++ {
		var s wideSum
		sum := new(big.Rat)
		base := int32(r.IntN(200)) - 150
		for k := 0; k < 1+r.IntN(200); k++ {
			term := int64(r.Uint64()>>uint(2+r.IntN(60))) * (1 - 2*int64(r.IntN(2)))
			e := base + int32(r.IntN(60))
			s.add(term, e)
			sum.Add(sum, new(big.Rat).Mul(big.NewRat(term, 1), pow2Rat(e)))
		}
		want, _ := sum.Float32()
		if got := s.float32(); got != want {
			t.Fatalf("trial %d: %v, exact %v", trial, got, want)
		}
	}
	// Exponents 200 apart: the small term is shifted out, toward −∞.
	var s wideSum
	s.add(1<<60, 100)
	s.add(-1, -100)
	if got := s.float32(); got != float32(math.Ldexp(1, 160)) {
		t.Errorf("far terms: %v", got)
	}
	var u wideSum
	for k := 0; k < 1000; k++ { // largest terms, same exponent: no overflow
		u.add(math.MaxInt64, 0)
	}
	if got, want := u.float32(), float32(1000*math.Ldexp(1, 63)); got != want {
		t.Errorf("1000 × 2^63−1 = %v, want %v", got, want)
	}
}

func pow2Rat(e int32) *big.Rat {
	if e >= 0 {
		return new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(e)))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), uint(-e)))
}

// TestMatMulK checks the graph's mul_mat on K-quant weights against the
// row dot products, with a broadcast and a strided activation.
func TestMatMulK(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	const K, N, M = 512, 5, 3
	for _, typ := range []Type{Q4_K, Q6_K} {
		wf := randVec(r, K*N, 0.5)
		raw := QuantizeQ4_K(wf)
		if typ == Q6_K {
			raw = QuantizeQ6_K(wf)
		}
		w := &Tensor{Name: "w", Type: typ, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, RowBytes(typ, K)}, Raw: raw}
		if err := w.CheckFinite(); err != nil {
			t.Fatal(err)
		}
		x := FromF32("x", randVec(r, K*M, 1), K, M)
		g := NewGraph()
		y := g.MatMul(w, x)
		g.Compute()
		var xv q8KVec
		for m := 0; m < M; m++ {
			xv.quantize(x.F[m*K : (m+1)*K])
			for n := 0; n < N; n++ {
				want := dotQ4_K(raw[n*RowBytes(typ, K):], &xv)
				if typ == Q6_K {
					want = dotQ6_K(raw[n*RowBytes(typ, K):], &xv)
				}
				if got := y.Get(n, m, 0, 0); got != want {
					t.Fatalf("%v: y[%d, %d] = %v, want %v", typ, n, m, got, want)
				}
			}
		}
		// A non-finite scale is refused by CheckFinite: d of Q4_K row 1,
		// the last-byte d of Q6_K row 2.
		bad := append([]byte(nil), raw...)
		off := RowBytes(typ, K) + 2 // Q4_K: dmin of row 1
		if typ == Q6_K {
			off = 2*RowBytes(typ, K) + 208
		}
		bad[off], bad[off+1] = 0x00, 0x7c
		if err := (&Tensor{Type: typ, Raw: bad}).CheckFinite(); err == nil {
			t.Errorf("%v: infinite scale accepted", typ)
		}
	}
}

// BenchmarkDotPerMAC reports the native time per multiply-accumulate of
// the integer dot products, per weight type (rows of 4096).
func BenchmarkDotPerMAC(b *testing.B) {
	r := rand.New(rand.NewPCG(17, 18))
	const K = 4096
	w, x := randVec(r, K, 1), randVec(r, K, 1)
	var x8 q8Vec
	x8.quantize(x)
	var xk q8KVec
	xk.quantize(x)
	for _, c := range []struct{ name string }{{"q8_0"}, {"q4_k"}, {"q6_k"}} {
		b.Run(c.name, func(b *testing.B) {
			var row []byte
			switch c.name {
			case "q8_0":
				row = QuantizeQ8_0(w)
			case "q4_k":
				row = QuantizeQ4_K(w)
			default:
				row = QuantizeQ6_K(w)
			}
			var sink float32
			for i := 0; i < b.N; i++ {
				switch c.name {
				case "q8_0":
					sink += dotQ8_0(row, &x8)
				case "q4_k":
					sink += dotQ4_K(row, &xk)
				default:
					sink += dotQ6_K(row, &xk)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/K, "ns/MAC")
			_ = sink
		})
	}
}
