package ggml

import (
	"fmt"
	"math"
)

// Kernels of the elementwise, row and lookup operations. Each writes a
// packed F32 (or I32) destination and reads inputs with any strides.

// span is a block of a node's output rows: dimensions 1–3 flattened in
// index order, row r holding output elements [r·Ne[0], (r+1)·Ne[0]). The
// row-local kernels compute the rows of a span only; every row is computed
// the same way whichever span it is in.
type span struct{ lo, hi int }

// allRows is the span of every row.
var allRows = span{0, math.MaxInt}

func (s span) has(r int) bool { return r >= s.lo && r < s.hi }

// overlaps reports whether rows [r, r+n) meet the span.
func (s span) overlaps(r, n int) bool { return r < s.hi && r+n > s.lo }

// eachRow calls f with the index r and position (i1, i2, i3) of every row
// of a that s holds, in order.
func (s span) eachRow(a *Tensor, f func(r, i1, i2, i3 int)) {
	r := 0
	for i3 := 0; i3 < a.Ne[3]; i3++ {
		for i2 := 0; i2 < a.Ne[2]; i2++ {
			for i1 := 0; i1 < a.Ne[1]; i1++ {
				if s.has(r) {
					f(r, i1, i2, i3)
				}
				r++
			}
		}
	}
}

func binaryOp(t, a, b *Tensor, s span) {
	n := a.Ne[0]
	bs := b.Nb[0]
	if b.Ne[0] == 1 {
		bs = 0
	}
	s.eachRow(a, func(r, i1, i2, i3 int) {
		ai := a.at(0, i1, i2, i3)
		bi := b.at(0, bcast(i1, b.Ne[1]), bcast(i2, b.Ne[2]), bcast(i3, b.Ne[3]))
		out := t.F[r*n : (r+1)*n]
		if a.Nb[0] == 1 && bs == 1 { // packed rows: no index arithmetic
			x, y := a.F[ai:ai+n], b.F[bi:bi+n]
			if t.op == OpAdd {
				for i := range out {
					out[i] = x[i] + y[i]
				}
			} else {
				for i := range out {
					out[i] = x[i] * y[i]
				}
			}
			return
		}
		for i0 := range out {
			x, y := a.F[ai+i0*a.Nb[0]], b.F[bi+i0*bs]
			if t.op == OpAdd {
				out[i0] = x + y
			} else {
				out[i0] = x * y
			}
		}
	})
}

const geluC = 0.79788456080286535588 // √(2/π)

func unaryOp(t, a *Tensor, s span) {
	n := a.Ne[0]
	p := t.fparam[0]
	s.eachRow(a, func(r, i1, i2, i3 int) {
		ai := a.at(0, i1, i2, i3)
		out := t.F[r*n : (r+1)*n]
		if t.op == OpSilu && a.Nb[0] == 1 {
			siluRow(out, a.F[ai:ai+n]) // vectorized natively
			return
		}
		for i0 := range out {
			out[i0] = unary(t.op, a.F[ai+i0*a.Nb[0]], p)
		}
	})
}

// unary is one element of a unary operation (p: scale's factor).
func unary(op Op, x, p float32) float32 {
	switch op {
	case OpScale:
		return x * p
	case OpRelu:
		if x > 0 {
			return x
		}
		return 0
	case OpGelu:
		v := float64(x)
		inner := float64(geluC * float64(v+float64(0.044715*float64(float64(v*v)*v))))
		return float32(float64(0.5*v) * float64(1+float64(Tanh(float32(inner)))))
	case OpSilu:
		return x * Sigmoid(x)
	}
	return 0
}

// rowOp runs softmax or a normalization over each row of a into packed t.
func rowOp(t, a *Tensor, s span) {
	n := a.Ne[0]
	var buf []float32
	s.eachRow(a, func(r, i1, i2, i3 int) {
		x := gatherRow(a, i1, i2, i3, &buf)
		y := t.F[r*n : (r+1)*n]
		switch t.op {
		case OpSoftMax:
			valid := n
			if p := t.iparam[0]; p >= 0 {
				valid = min(n, p+i1+1)
			}
			softmax(y, x, valid)
		case OpRMSNorm:
			rmsNorm(y, x, t.fparam[0])
		case OpLayerNorm:
			layerNorm(y, x, t.fparam[0])
		}
	})
}

// softmax writes the softmax of x[:valid] to y[:valid] and zeros after.
func softmax(y, x []float32, valid int) {
	clear(y[valid:])
	if valid == 0 {
		return
	}
	mx := x[0]
	for _, v := range x[1:valid] {
		if v > mx {
			mx = v
		}
	}
	// llama.cpp's order: each exp rounded to float32, the sum of the
	// rounded values in float64, its inverse rounded to float32 and
	// multiplied in.
	var sum float64
	for i, v := range x[:valid] {
		e := float32(Exp64(float64(v - mx)))
		y[i] = e
		sum += float64(e)
	}
	inv := float32(1 / sum)
	for i := range y[:valid] {
		y[i] *= inv
	}
}

// rmsNorm is llama.cpp's order: squares rounded to float32 and summed in
// float64, the mean and the scale in float32.
func rmsNorm(y, x []float32, eps float32) {
	var ss float64
	for _, v := range x {
		ss += float64(v * v)
	}
	mean := float32(ss / float64(len(x)))
	scale := 1 / float32(math.Sqrt(float64(mean+eps)))
	for i, v := range x {
		y[i] = v * scale
	}
}

func layerNorm(y, x []float32, eps float32) {
	var sum float64
	for _, v := range x {
		sum += float64(v)
	}
	mean := sum / float64(len(x))
	var ss float64
	for _, v := range x {
		d := float64(v) - mean
		ss += float64(d * d)
	}
	scale := 1 / math.Sqrt(ss/float64(len(x))+float64(eps))
	for i, v := range x {
		y[i] = float32(float64(float64(v)-mean) * scale)
	}
}

// rope rotates pairs of a {headDim, heads, tokens, 1} tensor into packed t.
func rope(t, a *Tensor, s span) {
	hd := a.Ne[0]
	pos0 := t.iparam[0]
	// freq_i = base^(−2i/hd) = exp(−(2i/hd)·ln base), over factor_i if any.
	lnBase := Log64(float64(t.fparam[0]))
	freq := make([]float64, hd/2)
	var factors []float32
	if ff := t.src[1]; ff != nil {
		factors = ff.Float32s()
	}
	for i := range freq {
		freq[i] = Exp64(-float64(float64(2*i)/float64(hd)) * lnBase)
		if factors != nil {
			// A factor out of range (loaders reject them) is clamped, so
			// that no bits of the factors make an angle non-finite.
			f := factors[i]
			if !(f >= MinRopeFactor) {
				f = MinRopeFactor
			}
			freq[i] = float64(freq[i] / float64(f))
		}
	}
	// Pair i is (x[i·step], x[i·step + off]).
	step, off := 2, 1
	if RopeMode(t.iparam[1]) == RopeNeoX {
		step, off = 1, hd/2
	}
	sin := make([]float32, hd/2)
	cos := make([]float32, hd/2)
	out := 0
	for i3 := 0; i3 < a.Ne[3]; i3++ {
		for i2 := 0; i2 < a.Ne[2]; i2++ {
			if r := out / hd; !s.overlaps(r, a.Ne[1]) {
				out += a.Ne[1] * hd
				continue
			}
			p := float64(pos0 + i2)
			for i := range freq {
				s, c := SinCos64(float64(p * freq[i]))
				sin[i], cos[i] = float32(s), float32(c)
			}
			for i1 := 0; i1 < a.Ne[1]; i1++ {
				if !s.has(out / hd) {
					out += hd
					continue
				}
				base := a.at(0, i1, i2, i3)
				for i := 0; i < hd/2; i++ {
					j0, j1 := i*step, i*step+off
					x0 := a.F[base+j0*a.Nb[0]]
					x1 := a.F[base+j1*a.Nb[0]]
					t.F[out+j0] = float32(x0*cos[i]) - float32(x1*sin[i])
					t.F[out+j1] = float32(x0*sin[i]) + float32(x1*cos[i])
				}
				out += hd
			}
		}
	}
}

func getRows(t, a, ids *Tensor) {
	k := a.Ne[0]
	for r, id := range ids.Int32s() {
		if id < 0 || int(id) >= a.Rows() {
			panic(&RowError{Tensor: a.Name, Row: int(id), Rows: a.Rows()})
		}
		dst := t.F[r*k : (r+1)*k]
		if a.Type == F32 {
			base := a.at(0, int(id)%a.Ne[1], int(id)/a.Ne[1]%a.Ne[2], int(id)/(a.Ne[1]*a.Ne[2]))
			for i := range dst {
				dst[i] = a.F[base+i*a.Nb[0]]
			}
			continue
		}
		rb := a.Nb[1]
		DequantizeRow(a.Type, a.Raw[int(id)*rb:(int(id)+1)*rb], dst)
	}
}

// RowError is the panic value of GetRows with an id outside the table;
// model code checks ids first and reports it as an error.
type RowError struct {
	Tensor    string
	Row, Rows int
}

func (e *RowError) Error() string {
	return fmt.Sprintf("ggml: get_rows: row %d of %s, which has %d rows", e.Row, e.Tensor, e.Rows)
}

func argmax(t, a *Tensor) {
	var buf []float32
	r := 0
	for i3 := 0; i3 < a.Ne[3]; i3++ {
		for i2 := 0; i2 < a.Ne[2]; i2++ {
			for i1 := 0; i1 < a.Ne[1]; i1++ {
				x := gatherRow(a, i1, i2, i3, &buf)
				best, bestV := 0, float32(0)
				if len(x) > 0 {
					bestV = x[0]
				}
				for i, v := range x {
					if v > bestV {
						best, bestV = i, v
					}
				}
				t.I[r] = int32(best)
				r++
			}
		}
	}
}
