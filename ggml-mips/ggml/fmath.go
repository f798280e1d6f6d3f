package ggml

import "math"

// Deterministic elementary functions. Everything here is built from IEEE
// basic operations (+, −, ×, ÷ on float64, each result rounded explicitly so
// the compiler cannot fuse a multiply into an add) and integer bit
// manipulation, so results are identical on every architecture. Accuracy is
// close to float64 precision, far more than the float32 callers need.

const (
	ln2Hi  = 6.93147180369123816490e-01 // high 32 bits of ln 2 (exact times any small integer)
	ln2Lo  = 1.90821492927058770002e-10 // ln 2 − ln2Hi
	invLn2 = 1.44269504088896338700e+00
)

// expCoef are 1/n! for n = 0..13, for the Taylor polynomial of exp on
// |r| ≤ ln2/2 (truncation error below 1e-17 relative).
var expCoef = [14]float64{
	1, 1, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040,
	1.0 / 40320, 1.0 / 362880, 1.0 / 3628800, 1.0 / 39916800,
	1.0 / 479001600, 1.0 / 6227020800,
}

// Exp64 returns e**x.
func Exp64(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 709.78:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	// x = k·ln2 + r with k = round(x/ln2).
	kf := float64(x * invLn2)
	var k int64
	if kf >= 0 {
		k = int64(kf + 0.5)
	} else {
		k = -int64(0.5 - kf)
	}
	fk := float64(k)
	r := float64(x-float64(fk*ln2Hi)) - float64(fk*ln2Lo)
	p := expCoef[13]
	for i := 12; i >= 0; i-- {
		p = float64(p*r) + expCoef[i]
	}
	return ldexp(p, k)
}

// ldexp returns x·2^k for a normal x near 1 and any k, going through two
// exact power-of-two factors so subnormal results round once.
func ldexp(x float64, k int64) float64 {
	switch {
	case k > 1023:
		x = float64(x * pow2(1023))
		k -= 1023
		if k > 1023 {
			return math.Inf(1)
		}
	case k < -1022:
		x = float64(x * pow2(-1022))
		k += 1022
		if k < -1022 {
			x = float64(x * pow2(-1022))
			k += 1022
			if k < -1022 {
				return 0
			}
		}
	}
	return float64(x * pow2(k))
}

// pow2 returns 2^k for -1022 ≤ k ≤ 1023.
func pow2(k int64) float64 { return math.Float64frombits(uint64(k+1023) << 52) }

// Exp returns e**x in float32.
func Exp(x float32) float32 { return float32(Exp64(float64(x))) }

// Tanh returns the hyperbolic tangent of x.
func Tanh(x float32) float32 {
	ax := float64(x)
	neg := ax < 0
	if neg {
		ax = -ax
	}
	var t float64
	if ax > 20 {
		t = 1
	} else if ax < 0x1p-12 {
		t = ax
	} else {
		e := Exp64(-2 * ax) // tanh(a) = (1 − e^{−2a}) / (1 + e^{−2a})
		t = float64(1-e) / float64(1+e)
	}
	if neg {
		t = -t
	}
	return float32(t)
}

// Sigmoid returns 1 / (1 + e^{−x}).
func Sigmoid(x float32) float32 {
	return float32(1 / float64(1+Exp64(-float64(x))))
}

// Sqrt returns the correctly rounded float32 square root.
func Sqrt(x float32) float32 { return float32(math.Sqrt(float64(x))) }

const (
	twoPiHi = 6.28318530717958623200e+00 // float64(2π)
	twoPiLo = 2.44929359829470641435e-16 // 2π − twoPiHi
	piHalf  = 1.57079632679489661923e+00
)

// sinCosCoef are the Taylor coefficients (−1)^n/(2n+1)! and (−1)^n/(2n)!.
var (
	sinCoef = [9]float64{1, -1.0 / 6, 1.0 / 120, -1.0 / 5040, 1.0 / 362880,
		-1.0 / 39916800, 1.0 / 6227020800, -1.0 / 1307674368000, 1.0 / 355687428096000}
	cosCoef = [9]float64{1, -1.0 / 2, 1.0 / 24, -1.0 / 720, 1.0 / 40320,
		-1.0 / 3628800, 1.0 / 479001600, -1.0 / 87178291200, 1.0 / 20922789888000}
)

// SinCos64 returns sin(x) and cos(x) for |x| up to about 1e9 (rotary
// embeddings need positions × frequencies, far below that).
func SinCos64(x float64) (sin, cos float64) {
	// Reduce to r in [−π, π]: x = n·2π + r.
	nf := float64(x / twoPiHi)
	var n int64
	if nf >= 0 {
		n = int64(nf + 0.5)
	} else {
		n = -int64(0.5 - nf)
	}
	fn := float64(n)
	r := float64(x-float64(fn*twoPiHi)) - float64(fn*twoPiLo)
	// Reduce to |s| ≤ π/4 with a quadrant q: r = q·π/2 + s.
	qf := float64(r / piHalf)
	var q int64
	if qf >= 0 {
		q = int64(qf + 0.5)
	} else {
		q = -int64(0.5 - qf)
	}
	s := float64(r - float64(float64(q)*piHalf))
	s2 := float64(s * s)
	ps, pc := sinCoef[8], cosCoef[8]
	for i := 7; i >= 0; i-- {
		ps = float64(ps*s2) + sinCoef[i]
		pc = float64(pc*s2) + cosCoef[i]
	}
	ps = float64(ps * s)
	switch q & 3 {
	case 0:
		return ps, pc
	case 1:
		return pc, -ps
	case 2:
		return -ps, -pc
	default:
		return -pc, ps
	}
}

// roundHalfAway rounds to the nearest integer, ties away from zero (in
// float64, where x + 0.5 is exact), with outOfRange's rules.
func roundHalfAway(x float32) int32 {
	v := float64(x)
	if r, ok := outOfRange(v); ok {
		return r
	}
	if v >= 0 {
		return int32(v + 0.5)
	}
	return -int32(0.5 - v)
}

// roundHalfEven rounds to the nearest integer, ties to even (what x86's
// round-to-nearest mode gives), with outOfRange's rules.
//
// It works on the bits, integers only: on the soft-float MIPS guest a
// float64 conversion, compares and math.RoundToEven cost about a hundred
// steps per value, and activation quantization rounds every activation.
// TestRoundHalfEvenBits compares it with the float64 formulation.
func roundHalfEven(x float32) int32 {
	const limit = 1<<31 - 1
	b := math.Float32bits(x)
	e := int32(b>>23) & 0xff
	m := int32(b & 0x7fffff)
	var r int32
	switch {
	case e == 0xff && m != 0: // NaN
		return 0
	case e >= 158: // |x| ≥ 2^31, or ±Inf
		r = limit
	case e < 126: // |x| < 0.5
		return 0
	case e >= 150: // an integer: m·2^(e−150), below 2^31
		r = (m | 1<<23) << uint(e-150)
	default: // 0.5 ≤ |x| < 2^23: drop sh = 150−e bits, ties to even
		sh := uint(150 - e)
		mant := m | 1<<23
		r = mant >> sh
		rem, half := mant&(1<<sh-1), int32(1)<<(sh-1)
		if rem > half || rem == half && r&1 == 1 {
			r++
		}
	}
	if b>>31 != 0 {
		return -r
	}
	return r
}

// outOfRange makes rounding total: NaN gives 0 and values beyond
// ±(2^31 − 1) saturate there, because Go leaves out-of-range float-to-int
// conversions implementation-defined, and the ports disagree (amd64 gives
// −2^31 for NaN, soft-float MIPS and arm64 give 0). ok is false for the
// values a conversion handles.
func outOfRange(v float64) (r int32, ok bool) {
	const limit = 1<<31 - 1
	switch {
	case v != v:
		return 0, true
	case v >= limit:
		return limit, true
	case v <= -limit:
		return -limit, true
	}
	return 0, false
}

// Log64 returns the natural logarithm of x > 0 (NaN for x < 0, −Inf for 0).
func Log64(x float64) float64 {
	switch {
	case x != x || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x > math.MaxFloat64:
		return x
	}
	// x = m·2^e with m in [1/√2, √2), then ln m = 2·atanh(s), s = (m−1)/(m+1).
	bits := math.Float64bits(x)
	e := int64(bits>>52&0x7ff) - 1023
	if e == -1023 { // subnormal: scale up first
		x = float64(x * 0x1p54)
		bits = math.Float64bits(x)
		e = int64(bits>>52&0x7ff) - 1023 - 54
	}
	m := math.Float64frombits(bits&^(0x7ff<<52) | 1023<<52)
	if m > 1.41421356237309504880 {
		m = float64(m * 0.5)
		e++
	}
	s := float64(m-1) / float64(m+1)
	s2 := float64(s * s)
	// 2·(s + s³/3 + s⁵/5 + …); |s| < 0.172, 12 terms reach 1e-19.
	p := 1.0 / 25
	for n := 11; n >= 0; n-- {
		p = float64(p*s2) + 1/float64(2*n+1)
	}
	lnm := float64(2 * float64(s*p))
	fe := float64(e)
	return float64(fe*ln2Hi) + float64(float64(fe*ln2Lo)+lnm)
}
