package gguf

import (
	"math"
	"testing"
)

// refF16 computes the value of half h with float64 arithmetic (finite only).
func refF16(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	mant := float64(h & 0x3ff)
	if exp == 0 {
		return sign * math.Ldexp(mant, -24)
	}
	return sign * math.Ldexp(1024+mant, exp-25)
}

func TestF16Exhaustive(t *testing.T) {
	for i := 0; i < 1<<16; i++ {
		h := uint16(i)
		f := F16ToF32(h)
		if back := F32ToF16(f); back != h {
			t.Fatalf("round trip %#04x -> %v (%#08x) -> %#04x", h, f, math.Float32bits(f), back)
		}
		exp := h >> 10 & 0x1f
		switch {
		case exp == 0x1f && h&0x3ff == 0:
			if !math.IsInf(float64(f), 0) || math.Signbit(float64(f)) != (h&0x8000 != 0) {
				t.Fatalf("%#04x: got %v, want inf", h, f)
			}
		case exp == 0x1f:
			if f == f {
				t.Fatalf("%#04x: got %v, want NaN", h, f)
			}
		default:
			if float64(f) != refF16(h) || math.Signbit(float64(f)) != (h&0x8000 != 0) {
				t.Fatalf("%#04x: got %v, want %v", h, f, refF16(h))
			}
		}
	}
}

// halfMag returns the magnitude represented by the non-negative half
// pattern m, treating 0x7c00 (Inf) as the next power of two, 65536, which is
// what round-to-nearest uses to decide overflow.
func halfMag(m uint16) float64 {
	if m == 0x7c00 {
		return 65536
	}
	return refF16(m)
}

// checkNearestEven verifies that F32ToF16(x) is the correctly rounded half.
func checkNearestEven(t *testing.T, x float32) {
	h := F32ToF16(x)
	if math.IsNaN(float64(x)) {
		if h&0x7c00 != 0x7c00 || h&0x3ff == 0 {
			t.Fatalf("NaN %#08x -> %#04x, not a NaN", math.Float32bits(x), h)
		}
		return
	}
	if (h&0x8000 != 0) != math.Signbit(float64(x)) {
		t.Fatalf("%v -> %#04x: sign lost", x, h)
	}
	a := math.Abs(float64(x))
	m := h & 0x7fff
	if math.IsInf(float64(x), 0) {
		if m != 0x7c00 {
			t.Fatalf("%v -> %#04x", x, h)
		}
		return
	}
	if m > 0x7c00 {
		t.Fatalf("%v -> %#04x: NaN from a number", x, h)
	}
	d := math.Abs(a - halfMag(m))
	for _, n := range []int{int(m) - 1, int(m) + 1} {
		if n < 0 || n > 0x7c00 {
			continue
		}
		dn := math.Abs(a - halfMag(uint16(n)))
		if dn < d || (dn == d && m&1 == 1) {
			t.Fatalf("%v (%#08x) -> %#04x (%v), but %#04x (%v) is nearer or the even tie",
				x, math.Float32bits(x), h, halfMag(m), n, halfMag(uint16(n)))
		}
	}
}

func TestF32ToF16Rounding(t *testing.T) {
	special := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 65504, 65519.99, 65520, -65520, 1e10,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()),
		math.Float32frombits(0x7f800001), math.Float32frombits(0xffc00000),
		0x1p-24, 0x1p-25, 0x1.8p-25, 0x1.000002p-25, 0x3p-26, 0x1p-14, 0x1.ff8p-15, 0x1.ffcp-15,
		1.0009765625 /* 1+2^-10 */, 1.00048828125 /* tie, round down to even */, 1.00146484375, /* tie, round up */
		math.SmallestNonzeroFloat32, math.MaxFloat32, 3.14159265,
	}
	for _, x := range special {
		checkNearestEven(t, x)
	}
	cases := map[float32]uint16{
		1: 0x3c00, -2: 0xc000, 65504: 0x7bff, 65520: 0x7c00, 65519.99: 0x7bff,
		0x1p-24: 0x0001, 0x1p-25: 0x0000, 0x1.000002p-25: 0x0001, 0x3p-26: 0x0001, 0x3p-25: 0x0002 /* 1.5 units: tie to even */, 0x5p-25: 0x0002, /* 2.5 units */
		1.00048828125: 0x3c00, 1.00146484375: 0x3c02, 0x1.ffcp-15: 0x0400,
	}
	for x, want := range cases {
		if got := F32ToF16(x); got != want {
			t.Errorf("F32ToF16(%v) = %#04x, want %#04x", x, got, want)
		}
	}
	if got := F32ToF16(math.Float32frombits(0x7f800001)); got != 0x7e00 {
		t.Errorf("low-payload NaN -> %#04x, want 0x7e00", got)
	}

	// A broad deterministic sample of all float32 bit patterns, and a dense
	// one over the range where halves are finite and non-zero.
	stride := uint64(251)
	dense := uint64(61)
	if testing.Short() {
		stride, dense = 4099, 1021
	}
	for b := uint64(0); b < 1<<32; b += stride {
		checkNearestEven(t, math.Float32frombits(uint32(b)))
	}
	for b := uint64(0x33000000); b <= 0x47800000; b += dense {
		checkNearestEven(t, math.Float32frombits(uint32(b)))
		checkNearestEven(t, -math.Float32frombits(uint32(b)))
	}
}
