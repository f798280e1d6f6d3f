//go:build amd64

package ggml

import (
	"bytes"
	"fmt"
	"math"
	"unsafe"

	"github.com/axonum/opml/ggml-mips/gguf"
	"golang.org/x/sys/cpu"
)

// The amd64 row kernels compute Q8_0 and Q4_0 rows with AVX2
// (dot_amd64.s) or, where the CPU has them, AVX-512 VNNI (dot_vnni_amd64.s,
// rows 8 at a time), and give the reference's bits (dotQ8_0, dotQ4_0):
//
//   - A block's integer sum Σ w·x is exact in SIMD as in Go. AVX2:
//     vpmaddubsw multiplies |w| (unsigned, ≤ 128) by x·sign(w) (needs
//     x ≠ −128, see kernelVec.prepare) and adds pairs, at most
//     2·128·127 < 2^15, so no int16 saturates; vpmaddwd widens to int32.
//     VNNI: vpdpbusd adds four products of an unsigned and a signed byte
//     into int32 (no saturation), the weights made unsigned by an offset
//     whose contribution, a multiple of Σx, is subtracted after.
//   - Block b's term is t_b = wm·xm·isum (|t_b| < 2^41) times 2^e_b. The
//     kernel shifts every term to the common exponent emin' = min(xe) − 24
//     (no e_b is lower: f16Parts' exponents are ≥ −24) and adds them in
//     int64: s_b = e_b − emin' = max(E_w, 1) − 1 + (xe_b − min xe).
//   - When Σ|t_b|·2^s_b < 2^61 (checked as bitlen(Σ|t_b|) + max s_b ≤ 61),
//     that int64 sum is exact, and so is the reference's exactSum: each of
//     its partial sums, shifted to any exponent ≥ emin', is at most that
//     bound, so none of its shifts truncates. Both then hold the same
//     value, possibly at different exponents, and float64(acc)·2^exp is
//     the same rounding of it whatever the exponent (no overflow or
//     subnormal in that range); the float32 conversion follows.
//   - A row where the bound fails (scales spread over many octaves,
//     reachable only by crafted inputs) is computed by the reference.
//
// Tests compare the two paths on random and adversarial rows.

// callBlocks is about how many blocks one kernel call computes (a few µs).
var callBlocks = 2048

// useSIMD selects the row kernels; tests turn it off to get the generic
// path. useVNNI picks the AVX-512 VNNI kernels (dot_vnni_amd64.s) over the
// AVX2 ones where the CPU has them; both give the reference's bits.
var (
	useSIMD = cpu.X86.HasAVX2
	useVNNI = cpu.X86.HasAVX2 && cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512VNNI &&
		cpu.X86.HasAVX512DQ && cpu.X86.HasAVX512CD
)

// defaultSIMD and hasVNNI are what the CPU can run (the defaults).
var defaultSIMD, hasVNNI = useSIMD, useVNNI

//go:noescape
func q8Rows(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs *int32, scale float64, out *float32, sums *int32, hs *uint16) int

//go:noescape
func q4Rows(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs *int32, scale float64, out *float32, sums *int32, hs *uint16) int

//go:noescape
func q8RowsVNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32, sums *int32, hs *uint16) int

//go:noescape
func q8Rows8VNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32) int

//go:noescape
func q4Rows8VNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32) int

//go:noescape
func q4RowsVNNI(rows *byte, rowBytes, nrows int, x *int8, nb int, xm, xs, sx *int32, scale float64, out *float32, sums *int32, hs *uint16) int

// kernelVec is a quantized activation vector as the kernels read it: the
// scale significands (0 for an all-zero block), shifts and sums Σx (for
// the VNNI kernels' unsigned operand), padded with zeros to a multiple of
// 8 blocks, and 2^emin'.
type kernelVec struct {
	ok         bool // the kernels may run on this vector
	xm, xs, sx []int32
	scale      float64
}

// prepare fills k from x (after x.quantize).
func (k *kernelVec) prepare(x *q8Vec) {
	k.ok = false
	if !useSIMD {
		return
	}
	if len(x.q) > 0 && bytes.IndexByte(unsafe.Slice((*byte)(unsafe.Pointer(&x.q[0])), len(x.q)), 0x80) >= 0 {
		return // −128: x·sign(w) would overflow int8 (AVX2)
	}
	nb := len(x.mant)
	np := (nb + 7) &^ 7
	if cap(k.xm) < np {
		k.xm = make([]int32, np)
		k.xs = make([]int32, np)
		k.sx = make([]int32, np)
	}
	k.xm, k.xs, k.sx = k.xm[:np], k.xs[:np], k.sx[:np]
	minE := int32(math.MaxInt32)
	for b, m := range x.mant {
		if m != 0 && x.exp[b] < minE {
			minE = x.exp[b]
		}
	}
	if minE == math.MaxInt32 {
		minE = 0 // every term is zero
	}
	for b := range k.xm {
		if b < nb && x.mant[b] != 0 {
			k.xm[b], k.xs[b] = x.mant[b], x.exp[b]-minE
		} else {
			k.xm[b], k.xs[b] = 0, 0
		}
		k.sx[b] = 0
		if b < nb {
			for _, q := range x.q[b*qk : (b+1)*qk] {
				k.sx[b] += int32(q)
			}
		}
	}
	k.scale = pow2(int64(minE) - 24)
	k.ok = true
}

// dotRowsFast is dotRows with the AVX2 kernels, reporting false when they
// do not apply (type, CPU, vector).
func dotRowsFast(t Type, rows []byte, rowBytes int, x *q8Vec, out []float32, sc *scratch) bool {
	var blk int
	switch t {
	case Q8_0:
		blk = q8Bytes
	case Q4_0:
		blk = q4Bytes
	default:
		return false
	}
	if !x.k.ok {
		return false
	}
	n, nb := len(out), len(x.mant)
	if n == 0 {
		return true
	}
	if nb == 0 || len(x.q) != nb*qk || rowBytes < nb*blk || len(rows) < (n-1)*rowBytes+nb*blk {
		panic(fmt.Sprintf("ggml: %d rows of %d bytes in %d bytes for %d blocks", n, rowBytes, len(rows), nb))
	}
	np := (nb + 7) &^ 7
	if cap(sc.sums) < np {
		sc.sums = make([]int32, np)
		sc.hs = make([]uint16, np)
	}
	sums, hs := sc.sums[:np], sc.hs[:np]
	clear(hs[nb:]) // padding blocks: scale 0, so shift 0
	// At most about callBlocks blocks a call: assembly has no preemption
	// points, and a garbage collector waiting to scan this goroutine's
	// stack spins until the call returns.
	most := max(1, callBlocks/nb)
	if useVNNI {
		most = max(8, most&^7) // whole groups for the 8-row kernels
	}
	for done := 0; done < n; {
		k := min(n-done, most)
		r, o := &rows[done*rowBytes], &out[done]
		var got int
		switch {
		case t == Q8_0 && useVNNI && k >= 8:
			k &^= 7
			got = q8Rows8VNNI(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, o)
		case t == Q4_0 && useVNNI && k >= 8:
			k &^= 7
			got = q4Rows8VNNI(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, o)
		case t == Q8_0 && useVNNI:
			got = q8RowsVNNI(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, o, &sums[0], &hs[0])
		case t == Q8_0:
			got = q8Rows(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], x.k.scale, o, &sums[0], &hs[0])
		case t == Q4_0 && useVNNI:
			got = q4RowsVNNI(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], &x.k.sx[0], x.k.scale, o, &sums[0], &hs[0])
		default:
			got = q4Rows(r, rowBytes, k, &x.q[0], nb, &x.k.xm[0], &x.k.xs[0], x.k.scale, o, &sums[0], &hs[0])
		}
		done += got
		if got < k { // the exactness bound failed: the reference
			out[done] = rowDot(t, rows[done*rowBytes:done*rowBytes+nb*blk], x, nil, sc)
			done++
		}
	}
	return true
}

//go:noescape
func blockAmaxes(x *float32, nb int, amax *float32)

//go:noescape
func quantizeBlocks(x *float32, nb int, ids *float32, q *int8)

// quantizeVec sets v to x quantized (v.quantize) with AVX-512 where the
// CPU has it (the VNNI kernels' CPUs), the same bits: the vector parts
// are the same float32 operations, with the reference's NaN and rounding
// rules (quant_amd64.s), and the scalar part is quantizeActivations'.
func quantizeVec(v *q8Vec, x []float32) {
	nb := len(x) / qk
	if !useVNNI || nb == 0 || len(x) != nb*qk {
		v.quantize(x)
		return
	}
	if cap(v.q) < len(x) {
		v.q = make([]int8, len(x))
		v.mant = make([]int32, nb)
		v.exp = make([]int32, nb)
	}
	v.q, v.mant, v.exp = v.q[:len(x)], v.mant[:nb], v.exp[:nb]
	var buf [2 * 128]float32
	var am, ids []float32
	if nb <= 128 {
		am, ids = buf[:nb], buf[128:128+nb]
	} else {
		am, ids = make([]float32, nb), make([]float32, nb)
	}
	blockAmaxes(&x[0], nb, &am[0])
	for b, amax := range am {
		h := gguf.F32ToF16(amax / 127)
		ids[b] = 0 // all-zero block: every product is 0 or NaN, both give 0
		if amax != 0 && gguf.F16ToF32(h) != 0 {
			ids[b] = 127 / amax
		}
		v.mant[b], v.exp[b] = f16Parts(h)
	}
	quantizeBlocks(&x[0], nb, &ids[0], &v.q[0])
}
