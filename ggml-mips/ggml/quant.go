package ggml

import (
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/gguf"
)

const (
	qk      = gguf.QK8_0 // values per block (Q8_0 and Q4_0)
	q8Bytes = gguf.BlockSizeQ8_0
	q4Bytes = gguf.BlockSizeQ4_0
)

// f16Parts splits an IEEE half into an integer significand (signed, at most
// 11 bits) and a power-of-two exponent: value = mant · 2^exp. The all-ones
// exponent (infinities and NaNs) is read as if it were finite, 2^16·1.m, so
// that a malformed scale gives a defined, identical result everywhere.
func f16Parts(h uint16) (mant, exp int32) {
	e := int32(h>>10) & 31
	m := int32(h & 1023)
	if e == 0 {
		exp = -24
	} else {
		m |= 1024
		exp = e - 25
	}
	if h&0x8000 != 0 {
		m = -m
	}
	return m, exp
}

// QuantizeQ8_0 encodes values (a multiple of 32 of them) as Q8_0 blocks:
// per block the scale d = max|x| / 127 rounded to f16, and q = round(x / d)
// with ties away from zero, clamped to ±127.
func QuantizeQ8_0(values []float32) []byte {
	if len(values)%qk != 0 {
		panic(fmt.Sprintf("ggml: QuantizeQ8_0 of %d values (not a multiple of %d)", len(values), qk))
	}
	out := make([]byte, len(values)/qk*q8Bytes)
	var q [qk]int8
	for b := 0; b < len(values)/qk; b++ {
		h := quantizeBlock(values[b*qk:(b+1)*qk], &q)
		blk := out[b*q8Bytes:]
		blk[0], blk[1] = byte(h), byte(h>>8)
		for i, v := range q {
			blk[2+i] = byte(v)
		}
	}
	return out
}

// blockAmax is the largest |x| of a block (NaNs ignored).
// On the bits: for non-negative floats (|x|, sign cleared) the order of
// the values is the order of the bit patterns, and NaNs are the patterns
// above +Inf's. Integer compares cost a step each on the soft-float MIPS
// guest, float compares a call.
func blockAmax(x []float32) float32 {
	var amax uint32
	for _, v := range x[:qk] {
		a := math.Float32bits(v) &^ (1 << 31)
		if a > amax && a <= 0x7f800000 {
			amax = a
		}
	}
	return math.Float32frombits(amax)
}

// quantizeActivations quantizes 32 activations to int8 for the integer
// matmul and returns the f16 scale bits. It follows llama.cpp's x86 path
// (the reference the parity tests compare with): the stored scale is
// f16(amax/127), but the values are multiplied by 127/amax, not by the
// inverse of the rounded scale, and rounded half to even. The two choices
// differ from the weight quantizer's (quantizeBlock), which follows ggml's
// reference quantizer; for activations they decide roughly half of
// llama.cpp's greedy tokens on real-size models.
func quantizeActivations(x []float32, q *[qk]int8) uint16 {
	amax := blockAmax(x)
	h := gguf.F32ToF16(amax / 127)
	if amax == 0 || gguf.F16ToF32(h) == 0 {
		*q = [qk]int8{}
		return h
	}
	id := 127 / amax
	for i, v := range x[:qk] {
		r := roundHalfEven(v * id)
		if r > 127 {
			r = 127
		} else if r < -127 {
			r = -127
		}
		q[i] = int8(r)
	}
	return h
}

// quantizeBlock quantizes 32 weights to int8 and returns the f16 scale
// bits: q = round(x / d) with d the f16-rounded scale, ties away from zero.
func quantizeBlock(x []float32, q *[qk]int8) uint16 {
	amax := blockAmax(x)
	h := gguf.F32ToF16(amax / 127)
	d := gguf.F16ToF32(h)
	if d == 0 {
		*q = [qk]int8{}
		return h
	}
	id := 1 / d
	for i, v := range x[:qk] {
		r := roundHalfAway(v * id)
		if r > 127 {
			r = 127
		} else if r < -127 {
			r = -127
		}
		q[i] = int8(r)
	}
	return h
}

// DequantizeRow decodes one row of n values of type t from raw into dst.
func DequantizeRow(t Type, raw []byte, dst []float32) {
	n := len(dst)
	switch t {
	case F16:
		for i := 0; i < n; i++ {
			dst[i] = gguf.F16ToF32(uint16(raw[2*i]) | uint16(raw[2*i+1])<<8)
		}
	case Q8_0:
		for b := 0; b < n/qk; b++ {
			blk := raw[b*q8Bytes : (b+1)*q8Bytes]
			d := gguf.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
			for i := 0; i < qk; i++ {
				dst[b*qk+i] = d * float32(int8(blk[2+i]))
			}
		}
	case Q4_0:
		for b := 0; b < n/qk; b++ {
			blk := raw[b*q4Bytes : (b+1)*q4Bytes]
			d := gguf.F16ToF32(uint16(blk[0]) | uint16(blk[1])<<8)
			for i := 0; i < qk/2; i++ {
				dst[b*qk+i] = d * float32(int32(blk[2+i]&15)-8)
				dst[b*qk+i+qk/2] = d * float32(int32(blk[2+i]>>4)-8)
			}
		}
	case Q4_K:
		dequantizeQ4_K(raw, dst)
	case Q6_K:
		dequantizeQ6_K(raw, dst)
	default:
		panic(fmt.Sprintf("ggml: DequantizeRow of %v", t))
	}
}

// q8Vec is an F32 vector quantized for the integer matmul: int8 values and,
// per block, the f16 scale split into significand and exponent.
type q8Vec struct {
	q    []int8
	mant []int32
	exp  []int32
	k    kernelVec // the architecture's row kernels' form of it, if any
}

func (v *q8Vec) quantize(x []float32) {
	nb := len(x) / qk
	if cap(v.q) < len(x) {
		v.q = make([]int8, len(x))
		v.mant = make([]int32, nb)
		v.exp = make([]int32, nb)
	}
	v.q, v.mant, v.exp = v.q[:len(x)], v.mant[:nb], v.exp[:nb]
	for b := 0; b < nb; b++ {
		h := quantizeActivations(x[b*qk:], (*[qk]int8)(v.q[b*qk:]))
		v.mant[b], v.exp[b] = f16Parts(h)
	}
}
