//go:build !(mips || mipsle || mips64 || mips64le)

package ggml

import (
	"bytes"
	"slices"
	"sync/atomic"
	"unsafe"
)

// Several matmuls of a graph often read the same activations (a llama
// block's q, k and v projections, its gate and up projections). Natively
// the last matmul's quantized columns are kept, with a copy of the values
// they came from, and a matmul whose column has exactly those bits uses
// them instead of quantizing again: quantizing is a pure function of the
// bits, so the result is the same. The cache is immutable once published;
// concurrent matmuls only replace it. The MIPS build does not cache.

type quantCache struct {
	simd bool // useSIMD when the vectors were prepared
	f    [][]float32
	x    []*q8Vec
}

var lastQuant atomic.Pointer[quantCache]

// quantizeColumns sets each column's xp to its values' quantization.
func quantizeColumns(cols []column) {
	qc := lastQuant.Load()
	if qc != nil && qc.simd != useSIMD {
		qc = nil
	}
	fresh := false
	for i := range cols {
		c := &cols[i]
		if qc != nil && i < len(qc.f) && sameBits(qc.f[i], c.f) {
			c.xp = qc.x[i]
			continue
		}
		x := new(q8Vec)
		quantizeVec(x, c.f)
		x.k.prepare(x)
		c.xp = x
		fresh = true
	}
	if !fresh {
		return
	}
	n := &quantCache{simd: useSIMD, f: make([][]float32, len(cols)), x: make([]*q8Vec, len(cols))}
	for i := range cols {
		n.f[i], n.x[i] = slices.Clone(cols[i].f), cols[i].xp
	}
	lastQuant.Store(n)
}

// sameBits reports whether a and b hold the same float32 bit patterns.
func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 {
		return true
	}
	return bytes.Equal(unsafe.Slice((*byte)(unsafe.Pointer(&a[0])), 4*len(a)), unsafe.Slice((*byte)(unsafe.Pointer(&b[0])), 4*len(b)))
}
