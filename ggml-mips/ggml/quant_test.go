package ggml

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/axonum/opml/ggml-mips/gguf"
)

func TestF16Parts(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		if h&0x7c00 == 0x7c00 {
			continue // inf / NaN: defined as finite, checked below
		}
		m, e := f16Parts(uint16(h))
		got := math.Ldexp(float64(m), int(e))
		if want := float64(gguf.F16ToF32(uint16(h))); got != want {
			t.Fatalf("f16Parts(%#04x) = %d·2^%d = %g, want %g", h, m, e, got, want)
		}
	}
	if m, e := f16Parts(0x7c00); m != 1024 || e != 6 {
		t.Errorf("f16Parts(+inf) = %d, %d; want 1024, 6 (defined as finite)", m, e)
	}
}

func randVec(r *rand.Rand, n int, scale float64) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = float32(r.NormFloat64() * scale)
	}
	return v
}

func TestQuantizeQ8_0RoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	// (Scales below about 1e-3 make d an f16 subnormal or zero: the block
	// format cannot represent such weights well, as in ggml.)
	for _, scale := range []float64{3e-3, 0.02, 1, 300} {
		x := randVec(r, 32*64, scale)
		x[5] = 0
		q := QuantizeQ8_0(x)
		if len(q) != 64*34 {
			t.Fatalf("len = %d", len(q))
		}
		y := make([]float32, len(x))
		DequantizeRow(Q8_0, q, y)
		for b := 0; b < 64; b++ {
			d := gguf.F16ToF32(uint16(q[b*34]) | uint16(q[b*34+1])<<8)
			for i := b * 32; i < b*32+32; i++ {
				if math.Abs(float64(x[i]-y[i])) > float64(d)*0.5001+1e-7*math.Abs(float64(x[i])) {
					t.Fatalf("scale %g: value %d: %g → %g (d = %g)", scale, i, x[i], y[i], d)
				}
			}
		}
	}
	// An all-zero block has scale 0 and zero values.
	q := QuantizeQ8_0(make([]float32, 32))
	for _, b := range q {
		if b != 0 {
			t.Fatal("zero block not all zero bytes")
		}
	}
}

// exactDot is Σ_b d_w·d_x·Σ w·x computed exactly, rounded once to float32.
func exactDot(w []byte, wt Type, x *q8Vec) float32 {
	sum := new(big.Rat)
	bs := q8Bytes
	if wt == Q4_0 {
		bs = q4Bytes
	}
	vals := make([]float32, 32)
	for b := range x.mant {
		blk := w[b*bs : (b+1)*bs]
		dw := gguf.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
		var isum int64
		for i := 0; i < 32; i++ {
			var wi int64
			if wt == Q8_0 {
				wi = int64(int8(blk[2+i]))
			} else {
				DequantizeRow(Q4_0, blk, vals)
				wi = int64(math.Round(float64(vals[i] / dw)))
			}
			isum += wi * int64(x.q[b*32+i])
		}
		dx := math.Ldexp(float64(x.mant[b]), int(x.exp[b]))
		term := new(big.Rat).SetFloat64(float64(dw))
		term.Mul(term, new(big.Rat).SetFloat64(dx))
		term.Mul(term, new(big.Rat).SetInt64(isum))
		sum.Add(sum, term)
	}
	f, _ := sum.Float32()
	return f
}

func TestDotQuantizedIsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for trial := 0; trial < 300; trial++ {
		nb := 1 + r.IntN(40)
		w := randVec(r, nb*32, math.Pow(10, r.Float64()*6-4))
		// Mixed block magnitudes exercise the exponent alignment.
		for b := 0; b < nb; b++ {
			s := float32(math.Pow(2, float64(r.IntN(20)-10)))
			for i := b * 32; i < b*32+32; i++ {
				w[i] *= s
			}
		}
		x := randVec(r, nb*32, math.Pow(10, r.Float64()*6-3))
		var xv q8Vec
		xv.quantize(x)
		wq := QuantizeQ8_0(w)
		if got, want := dotQ8_0(wq, &xv), exactDot(wq, Q8_0, &xv); got != want {
			t.Fatalf("trial %d: dotQ8_0 = %v, exact = %v", trial, got, want)
		}
		w4 := quantizeQ4_0ForTest(w)
		if got, want := dotQ4_0(w4, &xv), exactDot(w4, Q4_0, &xv); got != want {
			t.Fatalf("trial %d: dotQ4_0 = %v, exact = %v", trial, got, want)
		}
	}
}

// quantizeQ4_0ForTest encodes Q4_0 blocks (d = max/−8 as in ggml, nibbles
// q+8); the engine only reads Q4_0, models are written as Q8_0.
func quantizeQ4_0ForTest(x []float32) []byte {
	out := make([]byte, len(x)/32*q4Bytes)
	for b := 0; b < len(x)/32; b++ {
		blk := x[b*32 : b*32+32]
		var mx float32
		for _, v := range blk {
			if abs32(v) > abs32(mx) {
				mx = v
			}
		}
		h := gguf.F32ToF16(mx / -8)
		d := gguf.F16ToF32(h)
		o := out[b*q4Bytes:]
		o[0], o[1] = byte(h), byte(h>>8)
		for i := 0; i < 16; i++ {
			q := func(v float32) byte {
				if d == 0 {
					return 8
				}
				n := roundHalfAway(v/d) + 8
				return byte(min(15, max(0, n)))
			}
			o[2+i] = q(blk[i]) | q(blk[i+16])<<4
		}
	}
	return out
}

func TestExactSumFallsBackDeterministically(t *testing.T) {
	var s exactSum
	s.add(1<<40, 60)
	s.add(1, -60) // would need a 120-bit shift: truncated away
	if s.acc != 1<<40 || s.exp != 60 {
		t.Fatalf("acc %d exp %d", s.acc, s.exp)
	}
	var u exactSum
	u.add(3, -5)
	u.add(1<<40, 50) // the small side is shifted out
	if u.exp != 50 || u.acc != 1<<40 {
		t.Fatalf("acc %d exp %d", u.acc, u.exp)
	}
	var v exactSum
	v.add(3, 2)
	v.add(5, -3)
	if v.acc != 3<<5+5 || v.exp != -3 {
		t.Fatalf("acc %d exp %d", v.acc, v.exp)
	}
}

// TestQuantizeActivations pins llama.cpp's x86 activation quantizer: the
// multiplier is 127/amax (not 1/f16(amax/127)) and halves round to even.
func TestQuantizeActivations(t *testing.T) {
	x := make([]float32, qk)
	x[0] = 127 // amax: the multiplier is exactly 1
	x[1], x[2], x[3], x[4] = 2.5, -2.5, 3.5, 0.5
	x[5] = 100.49
	var q [qk]int8
	h := quantizeActivations(x, &q)
	if got := gguf.F16ToF32(h); got != 1 {
		t.Fatalf("scale %v, want 1", got)
	}
	want := []int8{127, 2, -2, 4, 0, 100}
	for i, w := range want {
		if q[i] != w {
			t.Errorf("q[%d] = %d, want %d (x = %v)", i, q[i], w, x[i])
		}
	}
	// Scales that f16 does not hold exactly: every value is x·(127/amax)
	// rounded half to even.
	for _, amax := range []float32{1.3, 0.07, 3e-3, 5.1} {
		x := make([]float32, qk)
		x[0] = -amax
		for i := 1; i < qk; i++ {
			x[i] = amax * float32(i-16) / 16.3
		}
		quantizeActivations(x, &q)
		id := 127 / amax
		for i, v := range x {
			if want := int8(math.RoundToEven(float64(v * id))); q[i] != want {
				t.Errorf("amax %v: q[%d] = %d, want %d", amax, i, q[i], want)
			}
		}
	}
	// All zero: zero scale and values.
	h = quantizeActivations(make([]float32, qk), &q)
	if h != 0 || q != ([qk]int8{}) {
		t.Errorf("zeros: scale %#x, q %v", h, q)
	}
}
