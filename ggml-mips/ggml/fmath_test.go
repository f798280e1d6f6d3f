package ggml

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

func relErr(got, want float64) float64 {
	if want == 0 {
		return math.Abs(got)
	}
	return math.Abs(got-want) / math.Abs(want)
}

func TestExp64(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		x := (r.Float64()*2 - 1) * 700
		if i%2 == 0 {
			x /= 100
		}
		if e := relErr(Exp64(x), math.Exp(x)); e > 4e-16 {
			t.Fatalf("Exp64(%v) = %v, math.Exp = %v (rel err %g)", x, Exp64(x), math.Exp(x), e)
		}
	}
	for _, c := range []struct{ x, want float64 }{
		{0, 1}, {1000, math.Inf(1)}, {-1000, 0}, {math.Inf(-1), 0}, {math.Inf(1), math.Inf(1)},
	} {
		if got := Exp64(c.x); got != c.want {
			t.Errorf("Exp64(%v) = %v, want %v", c.x, got, c.want)
		}
	}
	if !math.IsNaN(Exp64(math.NaN())) {
		t.Error("Exp64(NaN) is not NaN")
	}
	// Subnormal results round once, near math.Exp.
	if e := relErr(Exp64(-740), math.Exp(-740)); e > 1e-3 {
		t.Errorf("Exp64(-740) = %g, want %g", Exp64(-740), math.Exp(-740))
	}
}

func TestLog64(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 200000; i++ {
		x := math.Exp((r.Float64()*2 - 1) * 700)
		if e := math.Abs(Log64(x) - math.Log(x)); e > 4e-16*math.Max(1, math.Abs(math.Log(x))) {
			t.Fatalf("Log64(%v) = %v, math.Log = %v", x, Log64(x), math.Log(x))
		}
	}
	if Log64(1) != 0 || !math.IsInf(Log64(0), -1) || !math.IsNaN(Log64(-1)) {
		t.Error("Log64 special cases")
	}
	// A subnormal input, against math.Log of the exactly scaled value.
	sub := math.Float64frombits(0x2788) // 5e-320
	want := math.Log(sub*0x1p100) - 100*math.Ln2
	if e := relErr(Log64(sub), want); e > 1e-15 {
		t.Errorf("Log64(%g) = %v, want %v (math.Log: %v)", sub, Log64(sub), want, math.Log(sub))
	}
}

func TestSinCos64(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 200000; i++ {
		x := (r.Float64()*2 - 1) * 1e5
		s, c := SinCos64(x)
		// The reduction by 2π loses about |x|·2^-53 absolutely.
		tol := 1e-15 + math.Abs(x)*3e-16
		if math.Abs(s-math.Sin(x)) > tol || math.Abs(c-math.Cos(x)) > tol {
			t.Fatalf("SinCos64(%v) = %v, %v; math: %v, %v", x, s, c, math.Sin(x), math.Cos(x))
		}
	}
}

func TestTanhSigmoid(t *testing.T) {
	for x := float32(-30); x <= 30; x += 0.001 {
		if e := math.Abs(float64(Tanh(x)) - math.Tanh(float64(x))); e > 1.2e-7 {
			t.Fatalf("Tanh(%v) = %v, want %v", x, Tanh(x), math.Tanh(float64(x)))
		}
		want := 1 / (1 + math.Exp(-float64(x)))
		if e := relErr(float64(Sigmoid(x)), want); e > 1.2e-7 {
			t.Fatalf("Sigmoid(%v) = %v, want %v", x, Sigmoid(x), want)
		}
	}
}

func TestRoundHalfAway(t *testing.T) {
	for _, c := range []struct {
		x    float32
		want int32
	}{{0.5, 1}, {-0.5, -1}, {1.49999988, 1}, {0.49999997, 0}, {-2.5, -3}, {126.6, 127}, {0, 0},
		// out of int32's range: saturated, the same on every port
		{float32(math.NaN()), 0}, {float32(math.Inf(1)), 1<<31 - 1}, {float32(math.Inf(-1)), -(1<<31 - 1)},
		{3e9, 1<<31 - 1}, {-3e9, -(1<<31 - 1)}} {
		if got := roundHalfAway(c.x); got != c.want {
			t.Errorf("roundHalfAway(%v) = %d, want %d", c.x, got, c.want)
		}
	}
}

// TestBytesCanonicalNaN: NaNs of any sign or payload encode alike, so node
// hashes do not depend on which NaN a CPU produces.
func TestBytesCanonicalNaN(t *testing.T) {
	a := FromF32("a", []float32{math.Float32frombits(0xffc00000), 1}, 2)
	b := FromF32("b", []float32{math.Float32frombits(0x7fc00001), 1}, 2)
	if a.Hash() != b.Hash() {
		t.Fatalf("NaN encodings differ: %x vs %x", a.Bytes(), b.Bytes())
	}
	if got := binary.LittleEndian.Uint32(a.Bytes()); got != canonicalNaN {
		t.Fatalf("NaN encoded as %#x, want %#x", got, canonicalNaN)
	}
}
