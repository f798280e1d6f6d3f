package gguf

import "math"

// F16ToF32 converts IEEE 754 half precision bits to a float32. The
// conversion is exact; NaN payloads are preserved.
func F16ToF32(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h & 0x3ff)
	switch {
	case exp == 0x1f: // Inf or NaN
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	case exp != 0: // normal
		return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
	case mant == 0: // signed zero
		return math.Float32frombits(sign)
	}
	// Subnormal half: value = mant * 2^-24. Normalise so that the leading
	// one moves to bit 10 (the implicit bit position).
	e := uint32(127 - 15 + 1)
	for mant&0x400 == 0 {
		mant <<= 1
		e--
	}
	return math.Float32frombits(sign | e<<23 | (mant&0x3ff)<<13)
}

// F32ToF16 converts a float32 to IEEE 754 half precision bits, rounding to
// nearest with ties to even. Values too large become ±Inf, values too small
// become ±0 (or a half subnormal). NaNs stay NaN, keeping the top mantissa
// bits of the payload (a payload that would vanish becomes the quiet NaN).
func F32ToF16(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int32(b>>23) & 0xff
	mant := b & 0x7fffff

	if exp == 0xff {
		if mant == 0 {
			return sign | 0x7c00
		}
		m := uint16(mant >> 13)
		if m == 0 {
			m = 0x200
		}
		return sign | 0x7c00 | m
	}
	if exp == 0 {
		// Zero or float32 subnormal (< 2^-126): far below half's smallest
		// subnormal 2^-24, so it rounds to zero.
		return sign
	}
	e := exp - 127 + 15
	if e >= 0x1f {
		return sign | 0x7c00
	}
	if e <= 0 {
		// Result is a half subnormal (or zero, or rounds up to the smallest
		// normal). Half subnormal units are 2^-24; the full significand m is
		// in units of 2^(exp-150), so shift right by 14-e.
		shift := uint32(14 - e)
		if shift > 24 {
			return sign
		}
		m := mant | 0x800000
		q := m >> shift
		rem := m & (1<<shift - 1)
		half := uint32(1) << (shift - 1)
		if rem > half || (rem == half && q&1 == 1) {
			q++
		}
		return sign | uint16(q)
	}
	q := uint32(e)<<10 | mant>>13
	rem := mant & 0x1fff
	if rem > 0x1000 || (rem == 0x1000 && q&1 == 1) {
		q++ // may carry into the exponent, up to 0x7c00 = Inf, which is correct
	}
	return sign | uint16(q)
}
