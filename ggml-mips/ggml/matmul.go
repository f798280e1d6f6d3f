package ggml

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// The integer dot product of a Q8_0 (or Q4_0) weight row with a quantized
// activation vector. Block b contributes dw_b·dx_b·Σ w·x; with the f16
// scales split as d = m·2^e this is the integer m_w·m_x·Σ w·x (below 2^41)
// times 2^(e_w+e_x). The terms are summed exactly in an int64 kept at the
// lowest exponent seen so far, and only the total is rounded, once, to
// float32. The result is independent of the host's floating-point unit.

// exactSum accumulates integer terms with power-of-two exponents.
type exactSum struct {
	acc int64
	exp int32
}

// add adds term·2^e. Shifts keep the sum exact while it stays below 2^62;
// past that (not reachable with int8 blocks and f16 scales of models this
// engine runs, but defined anyway) the smaller-exponent side is shifted
// right, a deterministic truncation.
func (s *exactSum) add(term int64, e int32) {
	if term == 0 {
		return
	}
	if s.acc == 0 {
		s.acc, s.exp = term, e
		return
	}
	switch {
	case e > s.exp:
		d := e - s.exp
		if d < 62 && fitsShift(term, d) {
			term <<= uint(d)
		} else {
			s.acc = shiftRight(s.acc, d)
			s.exp = e
		}
	case e < s.exp:
		d := s.exp - e
		if d < 62 && fitsShift(s.acc, d) {
			s.acc <<= uint(d)
			s.exp = e
		} else {
			term = shiftRight(term, d)
		}
	}
	s.acc += term
}

// fitsShift reports whether |x|·2^d stays below 2^61.
func fitsShift(x int64, d int32) bool {
	if x < 0 {
		x = -x
	}
	return x < int64(1)<<uint(61-d)
}

func shiftRight(x int64, d int32) int64 {
	if d >= 63 {
		if x < 0 {
			return -1
		}
		return 0
	}
	return x >> uint(d)
}

func (s *exactSum) float32() float32 {
	if s.acc == 0 {
		return 0
	}
	// 2^exp is exact for the exponents reachable here (−48..12 before any
	// shift); float64(acc) rounds only above 2^53.
	return float32(float64(s.acc) * pow2(int64(s.exp)))
}

// dotQ8_0 is the dot product of one Q8_0 row with x.
func dotQ8_0(row []byte, x *q8Vec) float32 {
	var s exactSum
	for b := range x.mant {
		blk := (*[q8Bytes]byte)(row[b*q8Bytes:])
		wm, we := f16Parts(uint16(blk[0]) | uint16(blk[1])<<8)
		xm := x.mant[b]
		if wm == 0 || xm == 0 {
			continue
		}
		xq := (*[qk]int8)(x.q[b*qk:])
		// Constant indices: each product is two loads with immediate offsets,
		// a mul and an add on MIPS (no index arithmetic, no bounds checks).
		isum := int32(int8(blk[2]))*int32(xq[0]) + int32(int8(blk[3]))*int32(xq[1]) + int32(int8(blk[4]))*int32(xq[2]) + int32(int8(blk[5]))*int32(xq[3]) +
			int32(int8(blk[6]))*int32(xq[4]) + int32(int8(blk[7]))*int32(xq[5]) + int32(int8(blk[8]))*int32(xq[6]) + int32(int8(blk[9]))*int32(xq[7]) +
			int32(int8(blk[10]))*int32(xq[8]) + int32(int8(blk[11]))*int32(xq[9]) + int32(int8(blk[12]))*int32(xq[10]) + int32(int8(blk[13]))*int32(xq[11]) +
			int32(int8(blk[14]))*int32(xq[12]) + int32(int8(blk[15]))*int32(xq[13]) + int32(int8(blk[16]))*int32(xq[14]) + int32(int8(blk[17]))*int32(xq[15]) +
			int32(int8(blk[18]))*int32(xq[16]) + int32(int8(blk[19]))*int32(xq[17]) + int32(int8(blk[20]))*int32(xq[18]) + int32(int8(blk[21]))*int32(xq[19]) +
			int32(int8(blk[22]))*int32(xq[20]) + int32(int8(blk[23]))*int32(xq[21]) + int32(int8(blk[24]))*int32(xq[22]) + int32(int8(blk[25]))*int32(xq[23]) +
			int32(int8(blk[26]))*int32(xq[24]) + int32(int8(blk[27]))*int32(xq[25]) + int32(int8(blk[28]))*int32(xq[26]) + int32(int8(blk[29]))*int32(xq[27]) +
			int32(int8(blk[30]))*int32(xq[28]) + int32(int8(blk[31]))*int32(xq[29]) + int32(int8(blk[32]))*int32(xq[30]) + int32(int8(blk[33]))*int32(xq[31])
		s.add(int64(wm*xm)*int64(isum), we+x.exp[b])
	}
	return s.float32()
}

// dotQ4_0 is the dot product of one Q4_0 row with x (nibble − 8 per value;
// low nibbles are the block's first 16 values, high nibbles the last 16).
func dotQ4_0(row []byte, x *q8Vec) float32 {
	var s exactSum
	for b := range x.mant {
		blk := (*[q4Bytes]byte)(row[b*q4Bytes:])
		wm, we := f16Parts(uint16(blk[0]) | uint16(blk[1])<<8)
		xm := x.mant[b]
		if wm == 0 || xm == 0 {
			continue
		}
		xq := (*[qk]int8)(x.q[b*qk:])
		var isum int32
		for i := 0; i < qk/2; i++ {
			v := blk[2+i]
			isum += (int32(v&15)-8)*int32(xq[i]) + (int32(v>>4)-8)*int32(xq[i+qk/2])
		}
		s.add(int64(wm*xm)*int64(isum), we+x.exp[b])
	}
	return s.float32()
}

// dotF32 is Σ a[i]·b[i] over strided float32 vectors, in index order, each
// product rounded before it is added.
func dotF32(a []float32, ai, as int, b []float32, bi, bs int, n int) float32 {
	var sum float32
	for k := 0; k < n; k++ {
		sum += float32(a[ai] * b[bi])
		ai += as
		bi += bs
	}
	return sum
}

// dotF32x4 is dotF32 of four a vectors, at ai, ai+an, ai+2an, ai+3an,
// with b: four independent chains of the same operations in the same
// order, so four times the additions in flight.
func dotF32x4(a []float32, ai, an, as int, b []float32, bi, bs int, n int) (s0, s1, s2, s3 float32) {
	for k := 0; k < n; k++ {
		x := b[bi]
		s0 += float32(a[ai] * x)
		s1 += float32(a[ai+an] * x)
		s2 += float32(a[ai+2*an] * x)
		s3 += float32(a[ai+3*an] * x)
		ai += as
		bi += bs
	}
	return
}

// matMul computes dst[n, m, i2, i3] = Σ_k a[k, n, i2', i3'] · b[k, m, i2, i3]
// where a broadcasts over dimensions 2 and 3 when it has size 1 there.
// Only the output rows (m, i2, i3) in span s are computed. For a weight
// (F16, Q8_0, Q4_0) the N rows are split over the threads (see forRows),
// and a thread takes its rows a tile at a time, each tile against every
// column, so that a batch of columns reads the weight from memory once.
// Every output is one dot product, computed the same way whatever the
// split or the order.
func matMul(dst, a, b *Tensor, s span) {
	switch a.Type {
	case F32:
		matMulF32(dst, a, b, s)
		return
	case Q4_K, Q6_K:
		matMulK(dst, a, b, s) // kquant.go
		return
	}
	K, N, rowBytes := a.Ne[0], a.Ne[1], a.Nb[1]
	tile := max(1, tileBytes/rowBytes)
	if tile > 8 {
		tile &^= 7 // the row kernels may take rows 8 at a time
	}
	var cols []column
	var sc scratch
	for i3 := 0; i3 < b.Ne[3]; i3++ {
		for i2 := 0; i2 < b.Ne[2]; i2++ {
			cols = cols[:0]
			for m := 0; m < b.Ne[1]; m++ {
				if !s.has((i3*b.Ne[2]+i2)*b.Ne[1] + m) {
					continue
				}
				if len(cols) == cap(cols) {
					cols = append(cols, column{})
				} else {
					cols = cols[:len(cols)+1]
				}
				c := &cols[len(cols)-1]
				c.m = m
				c.f = gatherRow(b, m, i2, i3, &c.buf)
			}
			if len(cols) == 0 {
				continue
			}
			if a.Type == F16 {
				// As llama.cpp does: activations meet F16 weights rounded
				// to F16 themselves.
				for i := range cols {
					cols[i].f = roundToF16(cols[i].f, &cols[i].h)
				}
			} else {
				quantizeColumns(cols)
			}
			a2, a3 := bcast(i2, a.Ne[2]), bcast(i3, a.Ne[3])
			base := (a3*a.Ne[2] + a2) * N * rowBytes
			rows := a.Raw[base : base+N*rowBytes]
			forRows(N, N*K*len(cols), &sc, func(n0, n1 int, sc *scratch) {
				tile := tile
				if len(cols) == 1 {
					// One column reads each row once anyway: bigger tiles,
					// fewer calls, but still a return to Go code every
					// few µs (a goroutine inside assembly cannot be
					// preempted, and the garbage collector spins
					// waiting to scan its stack).
					tile = max(tile, singleTileBytes/rowBytes&^7)
				}
				for t0 := n0; t0 < n1; t0 += tile {
					t1 := min(t0+tile, n1)
					for i := range cols {
						c := &cols[i]
						if dst.Nb[0] == 1 {
							o := dst.at(t0, c.m, i2, i3)
							dotRows(a.Type, rows[t0*rowBytes:t1*rowBytes], rowBytes, c.xp, c.f, dst.F[o:o+t1-t0], sc)
							continue
						}
						out := sc.floats(&sc.out, t1-t0)
						dotRows(a.Type, rows[t0*rowBytes:t1*rowBytes], rowBytes, c.xp, c.f, out, sc)
						for n, v := range out {
							dst.F[dst.at(t0+n, c.m, i2, i3)] = v
						}
					}
				}
			})
		}
	}
}

// tileBytes is about how much of a weight one tile of rows holds: small
// enough to stay in a core's cache while every column passes over it.
var tileBytes = 32 << 10

// singleTileBytes is the tile of a matmul with one column.
var singleTileBytes = 256 << 10

// column is one activation column of a matmul: its index, its values
// (b's memory or a packed copy in buf) and, for the integer types, their
// quantization xp (&x, or a vector quantizeColumns found already made).
type column struct {
	m   int
	f   []float32
	buf []float32
	h   []float32 // f rounded to F16, for F16 weights
	x   q8Vec
	xp  *q8Vec
}

// scratch is one thread's working memory for dotRows.
type scratch struct {
	wrow, out []float32 // a dequantized F16 row; outputs to scatter
	sums      []int32   // row kernels: block sums
	hs        []uint16  // row kernels: block scale bits
}

func (sc *scratch) floats(p *[]float32, n int) []float32 {
	if cap(*p) < n {
		*p = make([]float32, n)
	}
	return (*p)[:n]
}

// dotRows sets out[i] to the dot product of weight row i of rows (type t,
// rowBytes each) with the activation column: x, its quantization, for the
// integer types, col for F16.
func dotRows(t Type, rows []byte, rowBytes int, x *q8Vec, col []float32, out []float32, sc *scratch) {
	if dotRowsFast(t, rows, rowBytes, x, out, sc) {
		return
	}
	for i := range out {
		out[i] = rowDot(t, rows[i*rowBytes:(i+1)*rowBytes], x, col, sc)
	}
}

// rowDot is the reference dot product of one weight row of type t with
// the activation column (x for the integer types, col for F16). A new
// weight type adds its case here and in MatMul's type check.
func rowDot(t Type, row []byte, x *q8Vec, col []float32, sc *scratch) float32 {
	switch t {
	case Q8_0:
		return dotQ8_0(row, x)
	case Q4_0:
		return dotQ4_0(row, x)
	case F16:
		w := sc.floats(&sc.wrow, len(col))
		DequantizeRow(F16, row, w)
		return dotF32(w, 0, 1, col, 0, 1, len(col))
	}
	panic(fmt.Sprintf("ggml: mul_mat of type %v", t))
}

// matMulF32 is matMul for an F32 a with any strides.
func matMulF32(dst, a, b *Tensor, s span) {
	K := a.Ne[0]
	for i3 := 0; i3 < b.Ne[3]; i3++ {
		for i2 := 0; i2 < b.Ne[2]; i2++ {
			a2, a3 := bcast(i2, a.Ne[2]), bcast(i3, a.Ne[3])
			for m := 0; m < b.Ne[1]; m++ {
				if !s.has((i3*b.Ne[2]+i2)*b.Ne[1] + m) {
					continue
				}
				bi := b.at(0, m, i2, i3)
				n := 0
				for ; n+4 <= a.Ne[1]; n += 4 {
					s0, s1, s2, s3 := dotF32x4(a.F, a.at(0, n, a2, a3), a.Nb[1], a.Nb[0], b.F, bi, b.Nb[0], K)
					dst.F[dst.at(n, m, i2, i3)] = s0
					dst.F[dst.at(n+1, m, i2, i3)] = s1
					dst.F[dst.at(n+2, m, i2, i3)] = s2
					dst.F[dst.at(n+3, m, i2, i3)] = s3
				}
				for ; n < a.Ne[1]; n++ {
					dst.F[dst.at(n, m, i2, i3)] = dotF32(a.F, a.at(0, n, a2, a3), a.Nb[0], b.F, bi, b.Nb[0], K)
				}
			}
		}
	}
}

// roundToF16 returns x with every value rounded to the nearest F16 (ties
// to even), in *buf's memory.
func roundToF16(x []float32, buf *[]float32) []float32 {
	if cap(*buf) < len(x) {
		*buf = make([]float32, len(x))
	}
	out := (*buf)[:len(x)]
	for i, v := range x {
		out[i] = gguf.F16ToF32(gguf.F32ToF16(v))
	}
	return out
}

// bcast maps index i of a broadcast dimension of size n (1 or the full size).
func bcast(i, n int) int {
	if n == 1 {
		return 0
	}
	return i
}

// gatherRow returns row (i1, i2, i3) of an F32 tensor: the tensor's own
// memory when the row is packed, else a copy in *buf.
func gatherRow(t *Tensor, i1, i2, i3 int, buf *[]float32) []float32 {
	n := t.Ne[0]
	base := t.at(0, i1, i2, i3)
	if t.Nb[0] == 1 {
		return t.F[base : base+n]
	}
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	row := (*buf)[:n]
	for i := range row {
		row[i] = t.F[base+i*t.Nb[0]]
	}
	return row
}
