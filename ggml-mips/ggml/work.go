package ggml

import (
	"fmt"
	"math"
)

// What the multi-phase dispute needs from the engine: a node computed in
// isolation, or a block of its rows, on inputs whose storage is bound from
// outside (mapped committed data in the VM), and the storage identity of
// every tensor (which buffer a node reads and writes).

// IsWork reports whether computing t does anything: data tensors (OpNone)
// and views only name storage.
func (t *Tensor) IsWork() bool { return t.op != OpNone && t.op != OpView }

// Base returns the tensor that owns t's storage: t itself for data and for
// nodes that write their own output, the source of a view chain, and for a
// cpy node the tensor its destination view belongs to.
func (t *Tensor) Base() *Tensor {
	for {
		switch t.op {
		case OpView:
			t = t.src[0]
		case OpCpy:
			t = t.src[1]
		default:
			return t
		}
	}
}

// Bind makes t and every view between t and its base use f (an F32 base's
// storage, len(f) = the base's element count) or, for I32, i. Strides and
// offsets are unchanged, so they address the new storage as they did the
// old one.
func Bind(t *Tensor, f []float32, i []int32) {
	for {
		if t.Type == I32 {
			t.I = i
		} else {
			t.F = f
		}
		switch t.op {
		case OpView:
			t = t.src[0]
		case OpCpy:
			t = t.src[1]
		default:
			return
		}
	}
}

// StorageLen is the number of elements of t's storage (its base's F or I,
// allocated or not yet).
func (t *Tensor) StorageLen() int {
	b := t.Base()
	switch {
	case b.Type == I32 && (b.I != nil || !b.lazy):
		return len(b.I)
	case b.Type != I32 && (b.F != nil || !b.lazy):
		return len(b.F)
	}
	return b.Elements()
}

// Allocated reports whether t's storage exists (a lazy tensor's is made
// when first needed).
func (t *Tensor) Allocated() bool {
	b := t.Base()
	if b.Type == I32 {
		return b.I != nil
	}
	return b.F != nil
}

// WithSrc returns a copy of node t reading src instead of its input i; the
// copy shares t's storage, so computing it writes where t would.
func (t *Tensor) WithSrc(i int, src *Tensor) *Tensor {
	c := *t
	c.src[i] = src
	return &c
}

// Rows returns rows [r0, r1) of a weight matrix (Ne[2] = Ne[3] = 1) as a
// tensor holding only those rows: raw is their bytes (F16, Q8_0, Q4_0) or,
// for F32, their little-endian GGUF bytes, decoded.
func WeightRows(w *Tensor, r0, r1 int, raw []byte) (*Tensor, error) {
	if w.Ne[2] != 1 || w.Ne[3] != 1 || r0 < 0 || r1 > w.Ne[1] || r0 >= r1 {
		return nil, fmt.Errorf("ggml: rows [%d, %d) of %s %v", r0, r1, w.Name, w.Shape())
	}
	rb := RowBytes(w.Type, w.Ne[0])
	if len(raw) != (r1-r0)*rb {
		return nil, fmt.Errorf("ggml: rows [%d, %d) of %s: %d bytes, want %d", r0, r1, w.Name, len(raw), (r1-r0)*rb)
	}
	t := &Tensor{Name: w.Name, Type: w.Type, Ne: [MaxDims]int{w.Ne[0], r1 - r0, 1, 1}}
	if w.Type == F32 {
		t.Nb = packedStrides(t.Ne)
		t.F = DecodeF32LE(raw)
	} else {
		t.Raw = raw
		t.Nb = [MaxDims]int{1, rb}
	}
	return t, nil
}

// DecodeF32LE decodes little-endian float32 bits.
func DecodeF32LE(b []byte) []float32 {
	f := make([]float32, len(b)/4)
	for i := range f {
		f[i] = math.Float32frombits(uint32(b[4*i]) | uint32(b[4*i+1])<<8 | uint32(b[4*i+2])<<16 | uint32(b[4*i+3])<<24)
	}
	return f
}

// ComputeMatMulRows computes rows [r0, r0 + rows.Ne[1]) of the output of
// mul_mat node t (output element (n, m, …) for n in that range), with rows
// holding those rows of t's weight (see WeightRows). The other rows of t's
// storage are left as they are. Splitting a mul_mat into row blocks gives
// the bit-identical result: every output element is one dot product with
// the same quantized activation column.
func ComputeMatMulRows(t *Tensor, r0 int, rows *Tensor) {
	a := t.src[0]
	if t.op != OpMatMul || rows.Ne[0] != a.Ne[0] || r0 < 0 || r0+rows.Ne[1] > a.Ne[1] || a.Ne[2] != 1 || a.Ne[3] != 1 {
		panic(fmt.Sprintf("ggml: rows %v at %d of mul_mat %s", rows.Shape(), r0, t.Name))
	}
	prepare(t)
	dst := *t
	dst.Ne[0] = rows.Ne[1]
	dst.Off = t.Off + r0*t.Nb[0]
	matMul(&dst, rows, t.src[1], allRows)
}

// ComputeGetRow computes row r of get_rows node t from row, the weight row
// that t's id r selects (see WeightRows).
func ComputeGetRow(t *Tensor, r int, row *Tensor) {
	if t.op != OpGetRows || row.Ne[0] != t.Ne[0] || row.Ne[1] != 1 {
		panic(fmt.Sprintf("ggml: row %v for get_rows %s", row.Shape(), t.Name))
	}
	prepare(t)
	k := t.Ne[0]
	dst := &Tensor{Name: t.Name, Type: F32, Ne: [MaxDims]int{k, 1, 1, 1}, Nb: packedStrides([MaxDims]int{k, 1, 1, 1}), F: t.F[r*k : (r+1)*k]}
	getRows(dst, row, &Tensor{Type: I32, Ne: [MaxDims]int{1, 1, 1, 1}, Nb: [MaxDims]int{1, 1, 1, 1}, I: []int32{0}})
}

// Compute runs node t (its inputs must hold their values).
func (t *Tensor) Compute() { compute(t) }

// RowsOf returns node t's output rows [r0, r1) (dimension 0 of a mul_mat's
// output) as a view, for canonicalizing exactly what a row block wrote.
func RowsOf(t *Tensor, r0, r1 int) *Tensor {
	v := *t
	v.Ne[0] = r1 - r0
	v.Off = t.Off + r0*t.Nb[0]
	v.op = OpView
	v.src = [3]*Tensor{t}
	return &v
}

// CanonicalizeNaN rewrites every NaN among t's elements as the one
// canonical NaN (the bits of a NaN an operation produces differ between
// CPUs; a committed buffer must not depend on them).
func CanonicalizeNaN(t *Tensor) {
	if t.Type != F32 {
		return
	}
	t.each(func(i int) {
		if math.Float32bits(t.F[i])&0x7f80_0000 == 0x7f80_0000 && math.Float32bits(t.F[i])&0x7f_ffff != 0 {
			t.F[i] = math.Float32frombits(canonicalNaN)
		}
	})
}

// GetRowIDs returns the ids a get_rows node reads.
func (t *Tensor) GetRowIDs() []int32 { return t.src[1].Int32s() }

// RowLocal reports whether each output row of node t (dimensions 1–3
// flattened) depends only on the matching rows of its inputs and on whole
// inputs it broadcasts, so that ComputeRows can compute a block of rows
// alone: elementwise and row operations, rope and mul_mat.
func (t *Tensor) RowLocal() bool {
	switch t.op {
	case OpMatMul, OpAdd, OpMul, OpScale, OpRelu, OpGelu, OpSilu, OpSoftMax, OpRMSNorm, OpLayerNorm, OpRope:
		return t.IsContiguous()
	}
	return false
}

// OutRows is the number of output rows of t: dimensions 1–3 flattened.
func (t *Tensor) OutRows() int { return t.Ne[1] * t.Ne[2] * t.Ne[3] }

// ComputeRows computes output rows [r0, r1) of row-local node t (see
// RowLocal), leaving its other rows as they are. Each row is computed
// exactly as Compute computes it, so any split gives the same bits.
func ComputeRows(t *Tensor, r0, r1 int) {
	if !t.RowLocal() || r0 < 0 || r1 > t.OutRows() || r0 > r1 {
		panic(fmt.Sprintf("ggml: rows [%d, %d) of %v node %s %v", r0, r1, t.op, t.Name, t.Shape()))
	}
	computeRows(t, span{r0, r1})
}

// OutRowsOf returns output rows [r0, r1) of a row-local node as a packed
// tensor sharing its storage, for canonicalizing what ComputeRows wrote.
func OutRowsOf(t *Tensor, r0, r1 int) *Tensor {
	n := t.Ne[0]
	return &Tensor{Name: t.Name, Type: t.Type, Ne: [MaxDims]int{n, r1 - r0, 1, 1}, Nb: packedStrides([MaxDims]int{n, r1 - r0, 1, 1}), Off: t.Off + r0*n, F: t.F}
}
