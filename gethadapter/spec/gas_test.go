package spec

import (
	"math"
	"testing"
)

// TestSaturates: a shape too large to count costs all the gas there is.
func TestSaturates(t *testing.T) {
	if add(math.MaxUint64, 1) != math.MaxUint64 || mul(1<<32, 1<<32) != math.MaxUint64 || mul(3, 5) != 15 || add(2, 3) != 5 {
		t.Error("saturating arithmetic is wrong")
	}
	if g := GasFor(Call{OutputSize: 1}, math.MaxUint64); g != math.MaxUint64 {
		t.Errorf("GasFor(MaxUint64 work) = %d", g)
	}
	if g := GasFor(Call{Input: make([]byte, 3), OutputSize: 1}, 2*WorkPerGas+1); g != GasBase+GasPerByte*4+3 {
		t.Errorf("GasFor = %d", g)
	}
}

// TestDecodeRoundTrip: the canonical encoding decodes to its call, and a
// byte more is refused.
func TestDecodeRoundTrip(t *testing.T) {
	c := Call{Model: [32]byte{3, 1}, Input: []byte{1, 2, 3}, OutputSize: 7}
	got, err := DecodeCall(EncodeCall(c))
	if err != nil || got.Model != c.Model || string(got.Input) != string(c.Input) || got.OutputSize != c.OutputSize {
		t.Fatalf("DecodeCall = %+v, %v", got, err)
	}
	if _, err := DecodeCall(append(EncodeCall(c), 0)); err == nil {
		t.Fatal("a trailing byte was accepted")
	}
}
