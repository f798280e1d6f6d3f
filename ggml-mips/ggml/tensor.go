package ggml

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/gguf"
	"golang.org/x/crypto/sha3"
)

// Type is a tensor element type; the values are ggml's type ids, the same
// ones GGUF files use.
type Type = gguf.TensorType

// Tensor types.
const (
	F32  Type = gguf.TensorF32
	F16  Type = gguf.TensorF16
	Q4_0 Type = gguf.TensorQ4_0
	Q8_0 Type = gguf.TensorQ8_0
	Q4_K Type = gguf.TensorQ4_K
	Q6_K Type = gguf.TensorQ6_K
	I32  Type = 26 // ggml's GGML_TYPE_I32: results of argmax, token ids
)

// MaxDims is the number of dimensions a tensor has (unused ones are 1).
const MaxDims = 4

// Tensor is an n-dimensional array. Ne[0] is the fastest-varying dimension
// (ggml's convention: a matrix of N rows of K values has Ne = {K, N, 1, 1}).
//
// F32 and I32 tensors hold their elements in a Go slice and may be strided
// views of another tensor's elements: element (i0,i1,i2,i3) is at
// Off + i0·Nb[0] + i1·Nb[1] + i2·Nb[2] + i3·Nb[3] (strides in elements).
// F16, Q8_0, Q4_0, Q4_K and Q6_K tensors are contiguous rows of little-endian GGUF bytes
// in Raw (weights only).
//
// A tensor that is a graph node also records the operation that computes it.
type Tensor struct {
	Name string
	Type Type
	Ne   [MaxDims]int
	Nb   [MaxDims]int
	Off  int

	F   []float32 // F32 elements (shared by views)
	I   []int32   // I32 elements
	Raw []byte    // F16 / quantized rows

	weight bool // made by FromGGUF or Layout: model data, named as in the file
	lazy   bool // storage allocated when first needed (see NewLazyF32)

	op     Op
	src    [3]*Tensor
	iparam [3]int
	fparam [2]float32
}

// Elements is the number of elements.
func (t *Tensor) Elements() int { return t.Ne[0] * t.Ne[1] * t.Ne[2] * t.Ne[3] }

// Rows is the number of rows (all dimensions but the first).
func (t *Tensor) Rows() int { return t.Ne[1] * t.Ne[2] * t.Ne[3] }

// IsWeight reports whether t is a model tensor (from FromGGUF or Layout);
// its Name is then the GGUF tensor's name.
func (t *Tensor) IsWeight() bool { return t.weight }

// Op is the operation that computes the tensor (OpNone for data).
func (t *Tensor) Op() Op { return t.op }

// Src returns the i-th input of the operation (nil when unused).
func (t *Tensor) Src(i int) *Tensor { return t.src[i] }

// Shape returns the used dimensions: Ne without trailing ones (at least one).
func (t *Tensor) Shape() []int {
	n := MaxDims
	for n > 1 && t.Ne[n-1] == 1 {
		n--
	}
	return append([]int(nil), t.Ne[:n]...)
}

func (t *Tensor) String() string {
	return fmt.Sprintf("%s %v %v", t.Name, t.Type, t.Shape())
}

// IsContiguous reports whether an F32/I32 tensor's elements are packed in
// index order.
func (t *Tensor) IsContiguous() bool {
	want := 1
	for d := 0; d < MaxDims; d++ {
		if t.Ne[d] != 1 && t.Nb[d] != want {
			return false
		}
		want *= t.Ne[d]
	}
	return true
}

// shape4 expands up to four dimensions, padding with ones.
func shape4(ne []int) [MaxDims]int {
	if len(ne) == 0 || len(ne) > MaxDims {
		panic(fmt.Sprintf("ggml: tensor with %d dimensions (want 1..%d)", len(ne), MaxDims))
	}
	s := [MaxDims]int{1, 1, 1, 1}
	for i, n := range ne {
		if n <= 0 {
			panic(fmt.Sprintf("ggml: dimension %d is %d", i, n))
		}
		s[i] = n
	}
	return s
}

func packedStrides(ne [MaxDims]int) [MaxDims]int {
	return [MaxDims]int{1, ne[0], ne[0] * ne[1], ne[0] * ne[1] * ne[2]}
}

// NewF32 returns a zeroed, contiguous F32 tensor.
func NewF32(name string, ne ...int) *Tensor {
	s := shape4(ne)
	return &Tensor{Name: name, Type: F32, Ne: s, Nb: packedStrides(s), F: make([]float32, s[0]*s[1]*s[2]*s[3])}
}

// NewLazyF32 returns a contiguous F32 tensor of zeros whose storage is
// allocated only when a computation first reads or writes it, unless Bind
// gives it storage first. Graph nodes are made this way, so a program that
// computes one node of a large graph on storage bound from outside (the
// node program of the multi-phase dispute) allocates none of the others.
func NewLazyF32(name string, ne ...int) *Tensor {
	s := shape4(ne)
	return &Tensor{Name: name, Type: F32, Ne: s, Nb: packedStrides(s), lazy: true}
}

func newLazyI32(name string, ne ...int) *Tensor {
	s := shape4(ne)
	return &Tensor{Name: name, Type: I32, Ne: s, Nb: packedStrides(s), lazy: true}
}

// materialize gives t storage if its base is lazy and has none yet, and
// makes t and the views between it and its base share the base's storage.
func (t *Tensor) materialize() {
	if t == nil {
		return
	}
	b := t.Base()
	if b.Type == I32 {
		if b.lazy && b.I == nil {
			b.I = make([]int32, b.Elements())
		}
		if t.I == nil {
			Bind(t, nil, b.I)
		}
		return
	}
	if b.lazy && b.F == nil {
		b.F = make([]float32, b.Elements())
	}
	if t.F == nil {
		Bind(t, b.F, nil)
	}
}

// FromF32 wraps data (not copied) as a contiguous F32 tensor.
func FromF32(name string, data []float32, ne ...int) *Tensor {
	s := shape4(ne)
	if len(data) != s[0]*s[1]*s[2]*s[3] {
		panic(fmt.Sprintf("ggml: %d values for shape %v", len(data), ne))
	}
	return &Tensor{Name: name, Type: F32, Ne: s, Nb: packedStrides(s), F: data}
}

// NewI32 returns a contiguous I32 tensor holding data (not copied).
func NewI32(name string, data []int32, ne ...int) *Tensor {
	s := shape4(ne)
	if len(data) != s[0]*s[1]*s[2]*s[3] {
		panic(fmt.Sprintf("ggml: %d values for shape %v", len(data), ne))
	}
	return &Tensor{Name: name, Type: I32, Ne: s, Nb: packedStrides(s), I: data}
}

// Layout makes a weight tensor with the type and shape of a GGUF tensor
// but no data; BindWeight gives it its bytes later.
func Layout(info gguf.TensorInfo) (*Tensor, error) {
	if len(info.Dims) == 0 || len(info.Dims) > MaxDims {
		return nil, fmt.Errorf("ggml: tensor %q has %d dimensions", info.Name, len(info.Dims))
	}
	ne := make([]int, len(info.Dims))
	for i, d := range info.Dims {
		if d == 0 || d > math.MaxInt32 {
			return nil, fmt.Errorf("ggml: tensor %q dimension %d is %d", info.Name, i, d)
		}
		ne[i] = int(d)
	}
	s := shape4(ne)
	t := &Tensor{Name: info.Name, Type: info.Type, Ne: s, weight: true}
	switch info.Type {
	case F32:
		t.Nb = packedStrides(s)
	case F16, Q8_0, Q4_0, Q4_K, Q6_K:
		t.Nb = [MaxDims]int{1, RowBytes(info.Type, s[0])}
	default:
		return nil, fmt.Errorf("ggml: tensor %q has unsupported type %v", info.Name, info.Type)
	}
	return t, nil
}

// BindWeight gives a tensor from Layout its GGUF bytes: F32 decoded into a
// new slice, other types used in place. It does not check for infinities.
func BindWeight(t *Tensor, data []byte) error {
	if want := t.Rows() * RowBytes(t.Type, t.Ne[0]); len(data) != want {
		return fmt.Errorf("ggml: tensor %q has %d bytes, want %d", t.Name, len(data), want)
	}
	if t.Type == F32 {
		t.F = DecodeF32LE(data)
	} else {
		t.Raw = data
	}
	return nil
}

// FromGGUF makes a weight tensor from a GGUF tensor's info and data. F32
// data is decoded into a new slice (GGUF is little-endian; the MIPS build is
// big-endian); F16 and quantized data are used in place, except natively on
// Linux, where a large weight is copied into memory backed by huge pages
// (see weightMemory).
func FromGGUF(info gguf.TensorInfo, data []byte) (*Tensor, error) {
	t, err := Layout(info)
	if err != nil {
		return nil, err
	}
	if uint64(len(data)) != info.Size {
		return nil, fmt.Errorf("ggml: tensor %q has %d bytes, want %d", info.Name, len(data), info.Size)
	}
	if t.Type == F32 {
		t.F = DecodeF32LE(data)
	} else {
		t.Raw = weightMemory(data)
	}
	return t, nil
}

// RowBytes is the size in bytes of a row of n values of type t.
func RowBytes(t Type, n int) int {
	switch t {
	case F32, I32:
		return 4 * n
	case F16:
		return 2 * n
	case Q8_0:
		return n / gguf.QK8_0 * gguf.BlockSizeQ8_0
	case Q4_0:
		return n / gguf.QK4_0 * gguf.BlockSizeQ4_0
	case Q4_K:
		return n / gguf.QK_K * gguf.BlockSizeQ4_K
	case Q6_K:
		return n / gguf.QK_K * gguf.BlockSizeQ6_K
	}
	panic(fmt.Sprintf("ggml: RowBytes of %v", t))
}

// at is the index in F (or I) of element (i0, i1, i2, i3).
func (t *Tensor) at(i0, i1, i2, i3 int) int {
	return t.Off + i0*t.Nb[0] + i1*t.Nb[1] + i2*t.Nb[2] + i3*t.Nb[3]
}

// Get returns element (i0, i1, i2, i3) of an F32 tensor.
func (t *Tensor) Get(i0, i1, i2, i3 int) float32 { return t.F[t.at(i0, i1, i2, i3)] }

// Float32s returns the elements of an F32 tensor in index order (a copy for
// views, the backing slice for contiguous tensors).
func (t *Tensor) Float32s() []float32 {
	t.materialize()
	if t.IsContiguous() {
		return t.F[t.Off : t.Off+t.Elements()]
	}
	out := make([]float32, 0, t.Elements())
	t.each(func(i int) { out = append(out, t.F[i]) })
	return out
}

// Int32s returns the elements of an I32 tensor in index order.
func (t *Tensor) Int32s() []int32 {
	t.materialize()
	out := make([]int32, 0, t.Elements())
	t.each(func(i int) { out = append(out, t.I[i]) })
	return out
}

// each calls f with the storage index of every element, in index order.
func (t *Tensor) each(f func(i int)) {
	for i3 := 0; i3 < t.Ne[3]; i3++ {
		for i2 := 0; i2 < t.Ne[2]; i2++ {
			for i1 := 0; i1 < t.Ne[1]; i1++ {
				base := t.at(0, i1, i2, i3)
				for i0 := 0; i0 < t.Ne[0]; i0++ {
					f(base + i0*t.Nb[0])
				}
			}
		}
	}
}

// canonicalNaN is the one NaN encoding Bytes writes: the bits of a NaN
// that an operation produces differ between CPUs (amd64's default NaN has
// the sign bit set, soft-float MIPS's does not), and no operation of the
// engine lets them reach a result other than through Bytes.
const canonicalNaN = 0x7fc0_0000

// Bytes is the canonical little-endian encoding of the tensor's elements in
// index order: float32 bits for F32 (every NaN as canonicalNaN), int32 for
// I32, the raw rows otherwise.
func (t *Tensor) Bytes() []byte {
	t.materialize()
	switch t.Type {
	case F32:
		out := make([]byte, 0, 4*t.Elements())
		t.each(func(i int) {
			bits := math.Float32bits(t.F[i])
			if v := t.F[i]; v != v {
				bits = canonicalNaN
			}
			out = binary.LittleEndian.AppendUint32(out, bits)
		})
		return out
	case I32:
		out := make([]byte, 0, 4*t.Elements())
		t.each(func(i int) { out = binary.LittleEndian.AppendUint32(out, uint32(t.I[i])) })
		return out
	}
	return t.Raw
}

// Hash is keccak256 of the tensor's type, shape and canonical bytes: the
// commitment to one graph node's output.
func (t *Tensor) Hash() [32]byte {
	h := sha3.NewLegacyKeccak256()
	var hdr [4 + 8*MaxDims]byte
	binary.LittleEndian.PutUint32(hdr[:], uint32(t.Type))
	for d := 0; d < MaxDims; d++ {
		binary.LittleEndian.PutUint64(hdr[4+8*d:], uint64(t.Ne[d]))
	}
	h.Write(hdr[:])
	h.Write(t.Bytes())
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// CheckFinite rejects a weight tensor holding an infinite or NaN value (or,
// for quantized types, scale): a model with one computes nothing useful,
// and NaN bit patterns are one of the few things CPUs disagree on.
func (t *Tensor) CheckFinite() error {
	if t.Type == F32 {
		// By the bits (exponent all ones: NaN or infinite), not by float
		// comparisons, which are soft-float calls in the MIPS build.
		for i, v := range t.F {
			if math.Float32bits(v)&0x7f80_0000 == 0x7f80_0000 {
				return fmt.Errorf("value %d is %v", i, v)
			}
		}
		return nil
	}
	step := 2 // F16: every value
	if t.Type.BlockValues() > 1 {
		step = t.Type.BlockBytes() // quantized: each block's f16 scales
	}
	// Offsets of the f16 scales in a block: d first (Q8_0, Q4_0), d and
	// dmin first (Q4_K), d last (Q6_K).
	scales := []int{0}
	switch t.Type {
	case Q4_K:
		scales = []int{0, 2}
	case Q6_K:
		scales = []int{gguf.BlockSizeQ6_K - 2}
	}
	for blk := 0; blk+step <= len(t.Raw); blk += step {
		for _, o := range scales {
			off := blk + o
			if h := uint16(t.Raw[off]) | uint16(t.Raw[off+1])<<8; h&0x7c00 == 0x7c00 {
				return fmt.Errorf("f16 at byte %d is not finite (%#04x)", off, h)
			}
		}
	}
	return nil
}
