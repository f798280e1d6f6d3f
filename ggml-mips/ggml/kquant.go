package ggml

// K-quants: llama.cpp's Q4_K and Q6_K weight formats (the types inside the
// common Q4_K_M files), 256-value super-blocks with sub-block scales.
//
// Q4_K block (144 bytes): f16 d, f16 dmin, 12 bytes packing a 6-bit scale
// sc_j and a 6-bit min m_j for each of 8 sub-blocks of 32 values, then 128
// bytes of nibbles. Value i of sub-block j is d·sc_j·q_i − dmin·m_j, q_i in
// 0..15. Nibble byte l of 64-value chunk c holds value l of sub-block 2c
// (low nibble) and value l of sub-block 2c+1 (high nibble).
//
// Q6_K block (210 bytes): 128 bytes of low nibbles (ql), 64 bytes of 2-bit
// high parts (qh), 16 int8 scales (one per 16 values), f16 d. Value i is
// d·sc_{i/16}·(q_i − 32), q_i in 0..63. In each half of 128 values, byte l
// (0..31) of the half's qh and bytes l, l+32 of its ql hold values l, l+32,
// l+64 and l+96.
//
// The activations are quantized like llama.cpp's Q8_K: per 256 values,
// iscale = −127/v where v is the value of largest magnitude (the first),
// q = round-half-even(iscale·x) and the scale d = 1/iscale, a float32.
// These are the same int8 values and scale llama.cpp computes from the same
// float32 activations.
//
// Bit budget of one super-block's exact term. Q4_K: Σ_j sc_j·Σ q·x is at
// most 8·63·32·15·127 < 2^25; Q6_K: Σ_j sc_j·Σ (q−32)·x at most
// 16·128·16·32·127 < 2^27. With the f16 weight scale's 11-bit significand
// and the float32 activation scale's 24-bit one a term is below 2^62:
// int64 holds it, but the int64 exactSum of Q8_0 (terms below 2^41) would
// overflow within a few blocks. The terms are therefore summed in a 128-bit
// accumulator (wideSum), exactly as long as the sum's bits span at most 124
// positions (a spread of about 2^60 between the row's block scales), and
// rounded once to float32.

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/axonum/opml/ggml-mips/gguf"
)

const (
	qkK      = gguf.QK_K // values per K-quant super-block
	q4KBytes = gguf.BlockSizeQ4_K
	q6KBytes = gguf.BlockSizeQ6_K
)

// q4KScaleMin unpacks the 6-bit scale and min of sub-block j (0..7) from the
// 12 packed bytes: j < 4 in the low 6 bits of bytes j and j+4; j ≥ 4 in the
// nibbles of byte j+4, with their top 2 bits in the top bits of bytes j−4
// and j.
func q4KScaleMin(s *[12]byte, j int) (sc, m int32) {
	if j < 4 {
		return int32(s[j] & 63), int32(s[j+4] & 63)
	}
	return int32(s[j+4]&15) | int32(s[j-4]>>6)<<4, int32(s[j+4]>>4) | int32(s[j]>>6)<<4
}

// q4KPackScaleMin is the inverse of q4KScaleMin for 6-bit sc and m.
func q4KPackScaleMin(sc, m *[8]uint8) (s [12]byte) {
	for j := 0; j < 4; j++ {
		s[j] = sc[j]&63 | (sc[j+4]>>4)<<6
		s[j+4] = m[j]&63 | (m[j+4]>>4)<<6
		s[j+8] = sc[j+4]&15 | (m[j+4]&15)<<4
	}
	return s
}

func f16At(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }

// dequantizeQ4_K decodes whole Q4_K blocks: value = d·sc·q − dmin·m, each
// product rounded to float32 (no fused multiply-add), as llama.cpp writes it.
func dequantizeQ4_K(raw []byte, dst []float32) {
	for b := 0; b < len(dst)/qkK; b++ {
		blk := raw[b*q4KBytes : (b+1)*q4KBytes]
		d, dmin := gguf.F16ToF32(f16At(blk)), gguf.F16ToF32(f16At(blk[2:]))
		s := (*[12]byte)(blk[4:])
		y := dst[b*qkK : (b+1)*qkK]
		for c := 0; c < 4; c++ {
			qs := blk[16+32*c : 16+32*c+32]
			for h := 0; h < 2; h++ {
				sc, m := q4KScaleMin(s, 2*c+h)
				d1, m1 := float32(d*float32(sc)), float32(dmin*float32(m))
				for l, v := range qs {
					q := v & 15
					if h == 1 {
						q = v >> 4
					}
					y[64*c+32*h+l] = float32(d1*float32(q)) - m1
				}
			}
		}
	}
}

// q6KValue is the unsigned 6-bit quant of value i (0..255) of a Q6_K block.
func q6KValue(blk []byte, i int) int32 {
	half, r := i/128, i%128
	l, part := r%32, r/32 // part 0..3: values l, l+32, l+64, l+96 of the half
	lo := blk[64*half+l+32*(part&1)]
	if part >= 2 {
		lo >>= 4
	}
	hi := blk[128+32*half+l] >> (2 * part) & 3
	return int32(lo&15) | int32(hi)<<4
}

// dequantizeQ6_K decodes whole Q6_K blocks: value = (d·sc)·(q − 32).
func dequantizeQ6_K(raw []byte, dst []float32) {
	for b := 0; b < len(dst)/qkK; b++ {
		blk := raw[b*q6KBytes : (b+1)*q6KBytes]
		d := gguf.F16ToF32(f16At(blk[208:]))
		for i := 0; i < qkK; i++ {
			ds := float32(d * float32(int8(blk[192+i/16])))
			dst[b*qkK+i] = float32(ds * float32(q6KValue(blk, i)-32))
		}
	}
}

// QuantizeQ4_K encodes values (a multiple of 256 of them) as Q4_K. It is a
// direct rule, not llama.cpp's iterative search for the best scales and
// mins (make_qkx2_quants), so it is somewhat less accurate but simple and
// bit-identical on every platform: per sub-block of 32, min_j = −min(0,
// min x) and scale_j = (max x + min_j)/15; d = max scale_j/63 and dmin =
// max min_j/63 rounded to f16; sc_j = round(scale_j/d) and m_j =
// round(min_j/dmin) (6 bits); q = round((x + dmin·m_j)/(d·sc_j)) in 0..15.
// Rounding is half away from zero. Values must be finite.
func QuantizeQ4_K(values []float32) []byte {
	if len(values)%qkK != 0 {
		panic(fmt.Sprintf("ggml: QuantizeQ4_K of %d values (not a multiple of %d)", len(values), qkK))
	}
	out := make([]byte, len(values)/qkK*q4KBytes)
	for b := 0; b < len(values)/qkK; b++ {
		x := values[b*qkK : (b+1)*qkK]
		blk := out[b*q4KBytes : (b+1)*q4KBytes]
		var scales, mins [8]float32
		var maxScale, maxMin float32
		for j := 0; j < 8; j++ {
			lo, hi := float32(0), x[32*j]
			for _, v := range x[32*j : 32*j+32] {
				lo, hi = min(lo, v), max(hi, v)
			}
			mins[j] = -lo
			scales[j] = float32(hi-lo) / 15
			maxScale, maxMin = max(maxScale, scales[j]), max(maxMin, mins[j])
		}
		hd, hm := gguf.F32ToF16(maxScale/63), gguf.F32ToF16(maxMin/63)
		d, dmin := gguf.F16ToF32(hd), gguf.F16ToF32(hm)
		var sc, m [8]uint8
		for j := 0; j < 8; j++ {
			if d != 0 {
				sc[j] = uint8(min(63, max(0, roundHalfAway(scales[j]/d))))
			}
			if dmin != 0 {
				m[j] = uint8(min(63, max(0, roundHalfAway(mins[j]/dmin))))
			}
		}
		blk[0], blk[1], blk[2], blk[3] = byte(hd), byte(hd>>8), byte(hm), byte(hm>>8)
		packed := q4KPackScaleMin(&sc, &m)
		copy(blk[4:16], packed[:])
		for j := 0; j < 8; j++ {
			ds, dm := float32(d*float32(sc[j])), float32(dmin*float32(m[j]))
			c, h := j/2, j%2
			for l, v := range x[32*j : 32*j+32] {
				var q int32
				if ds != 0 {
					q = min(15, max(0, roundHalfAway(float32(v+dm)/ds)))
				}
				blk[16+32*c+l] |= byte(q) << (4 * h)
			}
		}
	}
	return out
}

// QuantizeQ6_K encodes values (a multiple of 256 of them) as Q6_K, with a
// direct rule (not llama.cpp's search, make_qx_quants): per sub-block of 16,
// scale_j = v/−32 where v is its value of largest magnitude; d = s/−128
// rounded to f16, s the scale_j of largest magnitude; sc_j = round(scale_j/d)
// in −128..127; q = round(x/(d·sc_j)) in −32..31, stored as q + 32.
// Rounding is half away from zero. Values must be finite.
func QuantizeQ6_K(values []float32) []byte {
	if len(values)%qkK != 0 {
		panic(fmt.Sprintf("ggml: QuantizeQ6_K of %d values (not a multiple of %d)", len(values), qkK))
	}
	out := make([]byte, len(values)/qkK*q6KBytes)
	for b := 0; b < len(values)/qkK; b++ {
		x := values[b*qkK : (b+1)*qkK]
		blk := out[b*q6KBytes : (b+1)*q6KBytes]
		var scales [16]float32
		var maxScale float32
		for j := 0; j < 16; j++ {
			scales[j] = largest(x[16*j:16*j+16]) / -32
			if abs32(scales[j]) > abs32(maxScale) {
				maxScale = scales[j]
			}
		}
		hd := gguf.F32ToF16(maxScale / -128)
		d := gguf.F16ToF32(hd)
		blk[208], blk[209] = byte(hd), byte(hd>>8)
		var q [qkK]int32
		for j := 0; j < 16; j++ {
			var sc int32
			if d != 0 {
				sc = min(127, max(-128, roundHalfAway(scales[j]/d)))
			}
			blk[192+j] = byte(int8(sc))
			ds := float32(d * float32(sc))
			for i := 16 * j; i < 16*j+16; i++ {
				if ds != 0 {
					q[i] = min(31, max(-32, roundHalfAway(x[i]/ds)))
				}
				q[i] += 32
			}
		}
		for half := 0; half < 2; half++ {
			qq := q[128*half:]
			for l := 0; l < 32; l++ {
				blk[64*half+l] = byte(qq[l]&15 | (qq[l+64]&15)<<4)
				blk[64*half+l+32] = byte(qq[l+32]&15 | (qq[l+96]&15)<<4)
				blk[128+32*half+l] = byte(qq[l]>>4 | (qq[l+32]>>4)<<2 | (qq[l+64]>>4)<<4 | (qq[l+96]>>4)<<6)
			}
		}
	}
	return out
}

func abs32(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

// largest is the first of x's values of largest magnitude (0 for none).
func largest(x []float32) float32 {
	var amax uint32
	var v float32
	for _, xi := range x {
		if a := math.Float32bits(xi) &^ (1 << 31); a > amax {
			amax, v = a, xi
		}
	}
	return v
}

// q8KVec is an F32 vector quantized for the K-quant dot products, like
// llama.cpp's Q8_K: int8 values, their sums per 16, and per 256 values the
// float32 scale split into significand and exponent.
type q8KVec struct {
	q    []int8
	bsum []int32 // Σ q over each 16 values
	mant []int32 // scale of each block: mant·2^exp
	exp  []int32
	nan  bool // a value was infinite or NaN: every dot product is NaN
}

func (v *q8KVec) quantize(x []float32) {
	nb := len(x) / qkK
	if cap(v.q) < len(x) {
		v.q = make([]int8, len(x))
		v.bsum = make([]int32, len(x)/16)
		v.mant = make([]int32, nb)
		v.exp = make([]int32, nb)
	}
	v.q, v.bsum, v.mant, v.exp = v.q[:len(x)], v.bsum[:len(x)/16], v.mant[:nb], v.exp[:nb]
	v.nan = false
	for b := 0; b < nb; b++ {
		xb := x[b*qkK : (b+1)*qkK]
		q := v.q[b*qkK : (b+1)*qkK]
		v.mant[b], v.exp[b] = 0, 0
		mx := largest(xb)
		iscale := float32(-127) / mx
		if math.Float32bits(mx)&0x7f80_0000 == 0x7f80_0000 {
			v.nan = true // an infinity or NaN (a NaN has the largest bits)
			iscale = 0
		} else if mx == 0 || math.Float32bits(iscale)&0x7f80_0000 == 0x7f80_0000 {
			iscale = 0 // all zeros, or too small to scale: the block is zero (d = 1/−inf = −0 in llama.cpp)
		}
		for i, xi := range xb {
			q[i] = int8(min(127, max(-127, nearestInt(float32(iscale*xi)))))
		}
		for g := 0; g < qkK/16; g++ {
			var s int32
			for _, qi := range q[16*g : 16*g+16] {
				s += int32(qi)
			}
			v.bsum[b*qkK/16+g] = s
		}
		if iscale != 0 {
			v.mant[b], v.exp[b] = f32Parts(1 / iscale)
		}
	}
}

// nearestInt rounds f (|f| < 2^22) to the nearest integer, ties to even:
// adding 1.5·2^23 leaves the rounded integer in the low significand bits
// (the float32 addition rounds, to nearest even, in every build).
func nearestInt(f float32) int32 {
	return int32(math.Float32bits(f+0x1.8p23)&0x7fffff) - 0x400000
}

// f32Parts splits a finite float32 into a signed integer significand (at
// most 24 bits) and an exponent: f = mant·2^exp.
func f32Parts(f float32) (mant, exp int32) {
	b := math.Float32bits(f)
	e := int32(b>>23) & 255
	m := int32(b & 0x7fffff)
	if e == 0 {
		exp = -149
	} else {
		m |= 1 << 23
		exp = e - 150
	}
	if b>>31 != 0 {
		m = -m
	}
	return m, exp
}

// dotQ4_K is the dot product of one Q4_K row with x: per block
// d·dx·Σ_j sc_j·Σ q·x − dmin·dx·Σ_j m_j·Σ x, summed exactly.
func dotQ4_K(row []byte, x *q8KVec) float32 {
	if x.nan {
		return float32(math.NaN())
	}
	var s wideSum
	for b := range x.mant {
		xm := int64(x.mant[b])
		if xm == 0 {
			continue
		}
		blk := (*[q4KBytes]byte)(row[b*q4KBytes:])
		dm, de := f16Parts(uint16(blk[0]) | uint16(blk[1])<<8)
		mm, me := f16Parts(uint16(blk[2]) | uint16(blk[3])<<8)
		sb := (*[12]byte)(blk[4:])
		xq := x.q[b*qkK : (b+1)*qkK]
		bs := x.bsum[b*qkK/16 : (b+1)*qkK/16]
		var isum, msum int32
		for c := 0; c < 4; c++ {
			lo, hi := dotNibbles32((*[32]byte)(blk[16+32*c:]), (*[32]int8)(xq[64*c:]), (*[32]int8)(xq[64*c+32:]))
			sc0, m0 := q4KScaleMin(sb, 2*c)
			sc1, m1 := q4KScaleMin(sb, 2*c+1)
			isum += sc0*lo + sc1*hi
			msum += m0*(bs[4*c]+bs[4*c+1]) + m1*(bs[4*c+2]+bs[4*c+3])
		}
		s.add(int64(dm)*xm*int64(isum), de+x.exp[b])
		s.add(-int64(mm)*xm*int64(msum), me+x.exp[b])
	}
	return s.float32()
}

// dotNibbles32 returns Σ (q[l] & 15)·xlo[l] and Σ (q[l] >> 4)·xhi[l].
func dotNibbles32(q *[32]byte, xlo, xhi *[32]int8) (lo, hi int32) {
	for l := 0; l < 32; l += 4 {
		v0, v1, v2, v3 := int32(q[l]), int32(q[l+1]), int32(q[l+2]), int32(q[l+3])
		lo += (v0&15)*int32(xlo[l]) + (v1&15)*int32(xlo[l+1]) + (v2&15)*int32(xlo[l+2]) + (v3&15)*int32(xlo[l+3])
		hi += (v0>>4)*int32(xhi[l]) + (v1>>4)*int32(xhi[l+1]) + (v2>>4)*int32(xhi[l+2]) + (v3>>4)*int32(xhi[l+3])
	}
	return lo, hi
}

// dotQ6_K is the dot product of one Q6_K row with x: per block
// d·dx·Σ_j sc_j·(Σ q·x − 32·Σ x) over the 16 sub-blocks, summed exactly.
func dotQ6_K(row []byte, x *q8KVec) float32 {
	if x.nan {
		return float32(math.NaN())
	}
	var s wideSum
	for b := range x.mant {
		xm := int64(x.mant[b])
		if xm == 0 {
			continue
		}
		blk := (*[q6KBytes]byte)(row[b*q6KBytes:])
		dm, de := f16Parts(uint16(blk[208]) | uint16(blk[209])<<8)
		xq := x.q[b*qkK : (b+1)*qkK]
		bs := x.bsum[b*qkK/16 : (b+1)*qkK/16]
		var isum int32
		for half := 0; half < 2; half++ {
			for g := 0; g < 2; g++ {
				o := 16 * g
				s1, s2, s3, s4 := dotQ6Group((*[16]byte)(blk[64*half+o:]), (*[16]byte)(blk[64*half+32+o:]),
					(*[16]byte)(blk[128+32*half+o:]), xq[128*half+o:])
				k := 8*half + g // sub-blocks k, k+2, k+4, k+6
				isum += int32(int8(blk[192+k]))*(s1-32*bs[k]) + int32(int8(blk[194+k]))*(s2-32*bs[k+2]) +
					int32(int8(blk[196+k]))*(s3-32*bs[k+4]) + int32(int8(blk[198+k]))*(s4-32*bs[k+6])
			}
		}
		s.add(int64(dm)*xm*int64(isum), de+x.exp[b])
	}
	return s.float32()
}

// dotQ6Group returns, for l in 0..15, the sums of the unsigned 6-bit quants
// times x of values l, l+32, l+64 and l+96 of a half block, from the low
// nibbles ql0 (values l, l+64), ql1 (l+32, l+96) and the high pairs qh.
func dotQ6Group(ql0, ql1, qh *[16]byte, x []int8) (s1, s2, s3, s4 int32) {
	x1, x2, x3, x4 := (*[16]int8)(x), (*[16]int8)(x[32:]), (*[16]int8)(x[64:]), (*[16]int8)(x[96:])
	for l := 0; l < 16; l++ {
		a, c, h := int32(ql0[l]), int32(ql1[l]), int32(qh[l])
		s1 += (a&15 | (h&3)<<4) * int32(x1[l])
		s2 += (c&15 | (h&12)<<2) * int32(x2[l])
		s3 += (a>>4 | h&48) * int32(x3[l])
		s4 += (c>>4 | (h>>2)&48) * int32(x4[l])
	}
	return s1, s2, s3, s4
}

// matMulK is matMul for Q4_K and Q6_K weights (rows of whole super-blocks).
func matMulK(dst, a, b *Tensor, s span) {
	rowBytes := a.Nb[1]
	var xv q8KVec
	var buf []float32
	dot := dotQ4_K
	if a.Type == Q6_K {
		dot = dotQ6_K
	}
	for i3 := 0; i3 < b.Ne[3]; i3++ {
		for i2 := 0; i2 < b.Ne[2]; i2++ {
			a2, a3 := bcast(i2, a.Ne[2]), bcast(i3, a.Ne[3])
			for m := 0; m < b.Ne[1]; m++ {
				if !s.has((i3*b.Ne[2]+i2)*b.Ne[1] + m) {
					continue
				}
				xv.quantize(gatherRow(b, m, i2, i3, &buf))
				for n := 0; n < a.Ne[1]; n++ {
					r := ((a3*a.Ne[2]+a2)*a.Ne[1] + n) * rowBytes
					dst.F[dst.at(n, m, i2, i3)] = dot(a.Raw[r:r+rowBytes], &xv)
				}
			}
		}
	}
}

// wideSum accumulates integer terms with power-of-two exponents in a
// 128-bit two's-complement integer: the sum is (hi·2^64 + lo)·2^exp. It
// keeps |sum| below 2^124, so that adding a term (also brought below 2^124)
// cannot overflow. Aligning a term shifts the side with the larger exponent
// left as far as that bound allows; only past it (exponents more than about
// 60 apart beyond the terms' own bits) is the other side shifted right, a
// truncation toward −∞ that is the same everywhere.
type wideSum struct {
	hi  int64
	lo  uint64
	exp int32
}

const wideBits = 124

type i128 struct {
	hi int64
	lo uint64
}

func (v i128) zero() bool { return v.hi == 0 && v.lo == 0 }

// bitLen is the number of bits of |v|.
func (v i128) bitLen() int32 {
	hi, lo := uint64(v.hi), v.lo
	if v.hi < 0 {
		var borrow uint64
		lo, borrow = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, borrow)
	}
	if hi != 0 {
		return 64 + int32(bits.Len64(hi))
	}
	return int32(bits.Len64(lo))
}

func (v i128) shl(d int32) i128 {
	switch {
	case d == 0:
		return v
	case d >= 64:
		return i128{int64(v.lo << uint(d-64)), 0}
	}
	return i128{v.hi<<uint(d) | int64(v.lo>>uint(64-d)), v.lo << uint(d)}
}

// sar shifts right arithmetically (rounds toward −∞).
func (v i128) sar(d int32) i128 {
	switch {
	case d == 0:
		return v
	case d >= 127:
		return i128{v.hi >> 63, uint64(v.hi >> 63)}
	case d >= 64:
		return i128{v.hi >> 63, uint64(v.hi >> uint(d-64))}
	}
	return i128{v.hi >> uint(d), v.lo>>uint(d) | uint64(v.hi)<<uint(64-d)}
}

func (s *wideSum) add(term int64, e int32) {
	if term == 0 {
		return
	}
	t := i128{term >> 63, uint64(term)}
	acc := i128{s.hi, s.lo}
	if acc.zero() {
		s.hi, s.lo, s.exp = t.hi, t.lo, e
		return
	}
	switch {
	case e > s.exp:
		d := e - s.exp
		room := wideBits - t.bitLen()
		if d <= room {
			t = t.shl(d)
		} else {
			t = t.shl(room)
			acc = acc.sar(d - room)
			s.exp = e - room
		}
	case e < s.exp:
		d := s.exp - e
		room := wideBits - acc.bitLen()
		if d <= room {
			acc = acc.shl(d)
			s.exp = e
		} else {
			acc = acc.shl(room)
			s.exp -= room
			t = t.sar(d - room)
		}
	}
	var carry uint64
	acc.lo, carry = bits.Add64(acc.lo, t.lo, 0)
	acc.hi += t.hi + int64(carry)
	if acc.bitLen() > wideBits {
		acc = acc.sar(1)
		s.exp++
	}
	s.hi, s.lo = acc.hi, acc.lo
}

// float32 rounds the sum once to float32 (to nearest, ties to even): the
// top 26 bits of |sum| with a sticky bit for the rest convert exactly to
// float64, and the conversion to float32 does the only rounding.
func (s *wideSum) float32() float32 {
	v := i128{s.hi, s.lo}
	neg := v.hi < 0
	hi, lo := uint64(v.hi), v.lo
	if neg {
		var borrow uint64
		lo, borrow = bits.Sub64(0, lo, 0)
		hi, _ = bits.Sub64(0, hi, borrow)
	}
	n := v.bitLen()
	if n == 0 {
		return 0
	}
	exp := s.exp
	m := lo
	if n > 26 {
		sh := uint(n - 26)
		var rest bool
		if sh >= 64 {
			m = hi >> (sh - 64)
			rest = lo != 0 || hi<<(128-sh) != 0
		} else {
			m = lo>>sh | hi<<(64-sh)
			rest = lo<<(64-sh) != 0
		}
		if rest {
			m |= 1
		}
		exp += int32(sh)
	}
	f := float32(float64(m) * pow2(int64(exp)))
	if neg {
		f = -f
	}
	return f
}
