package gguf

import (
	"fmt"
	"math/bits"
)

// Magic is the first four bytes of every GGUF file.
const Magic = "GGUF"

// Version is the GGUF version written by this package.
const Version uint32 = 3

// DefaultAlignment is the data alignment used when "general.alignment" is absent.
const DefaultAlignment = 32

// KeyAlignment is the metadata key that overrides the data alignment.
const KeyAlignment = "general.alignment"

// MaxDims is the largest number of dimensions a tensor may have (GGML_MAX_DIMS).
const MaxDims = 4

// MaxTensorNameLen is the longest tensor name ggml accepts, in bytes
// (GGML_MAX_NAME minus its NUL terminator).
const MaxTensorNameLen = 63

// maxArrayDepth bounds the nesting of arrays of arrays when decoding, to keep
// recursion bounded on hostile input.
const maxArrayDepth = 64

// ValueType is the type tag of a metadata value.
type ValueType uint32

// Metadata value types.
const (
	TypeUint8   ValueType = 0
	TypeInt8    ValueType = 1
	TypeUint16  ValueType = 2
	TypeInt16   ValueType = 3
	TypeUint32  ValueType = 4
	TypeInt32   ValueType = 5
	TypeFloat32 ValueType = 6
	TypeBool    ValueType = 7
	TypeString  ValueType = 8
	TypeArray   ValueType = 9
	TypeUint64  ValueType = 10
	TypeInt64   ValueType = 11
	TypeFloat64 ValueType = 12

	// TypeInvalid is returned by Value.Type for the zero Value.
	TypeInvalid ValueType = 0xFFFFFFFF
)

var valueTypeNames = [...]string{"uint8", "int8", "uint16", "int16", "uint32", "int32",
	"float32", "bool", "string", "array", "uint64", "int64", "float64"}

func (t ValueType) String() string {
	if int64(t) < int64(len(valueTypeNames)) {
		return valueTypeNames[t]
	}
	if t == TypeInvalid {
		return "invalid"
	}
	return fmt.Sprintf("ValueType(%d)", uint32(t))
}

// Valid reports whether t is one of the thirteen GGUF value types.
func (t ValueType) Valid() bool { return t <= TypeFloat64 }

// fixedSize is the encoded size of a scalar of type t, or 0 for string and array.
func (t ValueType) fixedSize() int {
	switch t {
	case TypeUint8, TypeInt8, TypeBool:
		return 1
	case TypeUint16, TypeInt16:
		return 2
	case TypeUint32, TypeInt32, TypeFloat32:
		return 4
	case TypeUint64, TypeInt64, TypeFloat64:
		return 8
	}
	return 0
}

// minSize is the smallest number of bytes an encoded value of type t occupies.
func (t ValueType) minSize() uint64 {
	switch t {
	case TypeString:
		return 8 // length
	case TypeArray:
		return 4 + 8 // element type + count
	}
	return uint64(t.fixedSize())
}

// TensorType is a ggml tensor element type id.
type TensorType uint32

// Supported tensor types.
const (
	TensorF32  TensorType = 0
	TensorF16  TensorType = 1
	TensorQ4_0 TensorType = 2
	TensorQ8_0 TensorType = 8
	TensorQ4_K TensorType = 12
	TensorQ6_K TensorType = 14
)

// Block geometry of the quantized types.
const (
	QK4_0         = 32 // values per Q4_0 block
	BlockSizeQ4_0 = 18 // bytes per Q4_0 block: fp16 d + 16 bytes of nibbles
	QK8_0         = 32 // values per Q8_0 block
	BlockSizeQ8_0 = 34 // bytes per Q8_0 block: fp16 d + 32 int8
	// QK_K is the number of values per K-quant super-block (Q4_K, Q6_K).
	QK_K = 256
	// BlockSizeQ4_K is the bytes per Q4_K block: f16 d, f16 dmin, 12 bytes
	// of 6-bit scales and mins for 8 sub-blocks of 32, 128 bytes of nibbles.
	BlockSizeQ4_K = 144
	// BlockSizeQ6_K is the bytes per Q6_K block: 128 bytes of low nibbles,
	// 64 of high 2-bit pairs, 16 int8 scales (one per 16 values), f16 d.
	BlockSizeQ6_K = 210
	bytesPerF32   = 4
	bytesPerF16   = 2
)

// ggmlTypeNames names every ggml type id known at the time of writing, so
// that errors for unsupported types are informative.
var ggmlTypeNames = map[TensorType]string{
	0: "f32", 1: "f16", 2: "q4_0", 3: "q4_1", 4: "q4_2 (removed)", 5: "q4_3 (removed)",
	6: "q5_0", 7: "q5_1", 8: "q8_0", 9: "q8_1", 10: "q2_k", 11: "q3_k", 12: "q4_k",
	13: "q5_k", 14: "q6_k", 15: "q8_k", 16: "iq2_xxs", 17: "iq2_xs", 18: "iq3_xxs",
	19: "iq1_s", 20: "iq4_nl", 21: "iq3_s", 22: "iq2_s", 23: "iq4_xs", 24: "i8",
	25: "i16", 26: "i32", 27: "i64", 28: "f64", 29: "iq1_m", 30: "bf16",
	34: "tq1_0", 35: "tq2_0", 39: "mxfp4",
}

func (t TensorType) String() string {
	if n, ok := ggmlTypeNames[t]; ok {
		return n
	}
	return fmt.Sprintf("ggml type %d", uint32(t))
}

// Supported reports whether this package can size tensors of type t.
func (t TensorType) Supported() bool {
	_, _, ok := t.blockGeometry()
	return ok
}

// blockGeometry returns the number of values per block and bytes per block.
func (t TensorType) blockGeometry() (values, bytes uint64, ok bool) {
	switch t {
	case TensorF32:
		return 1, bytesPerF32, true
	case TensorF16:
		return 1, bytesPerF16, true
	case TensorQ4_0:
		return QK4_0, BlockSizeQ4_0, true
	case TensorQ8_0:
		return QK8_0, BlockSizeQ8_0, true
	case TensorQ4_K:
		return QK_K, BlockSizeQ4_K, true
	case TensorQ6_K:
		return QK_K, BlockSizeQ6_K, true
	}
	return 0, 0, false
}

// BlockValues returns the number of values per block (1 for F32/F16), or 0
// if t is unsupported.
func (t TensorType) BlockValues() int {
	v, _, _ := t.blockGeometry()
	return int(v)
}

// BlockBytes returns the number of bytes per block, or 0 if t is unsupported.
func (t TensorType) BlockBytes() int {
	_, b, _ := t.blockGeometry()
	return int(b)
}

// supportedTypes lists the types TensorSize accepts, for error messages.
const supportedTypes = "f32 (0), f16 (1), q4_0 (2), q8_0 (8), q4_k (12), q6_k (14)"

func unsupportedTypeDetail(t TensorType) string {
	if n, ok := ggmlTypeNames[t]; ok {
		return fmt.Sprintf("type id %d (%s); supported: "+supportedTypes, uint32(t), n)
	}
	return fmt.Sprintf("unknown type id %d; supported: "+supportedTypes, uint32(t))
}

// TensorSize returns the number of elements and the number of data bytes of
// a tensor of type t with the given dims (dims[0] fastest-varying; an empty
// dims means a scalar). It rejects unsupported types, more than MaxDims dims,
// a first dimension that is not a multiple of the block size and sizes that
// overflow int64.
func TensorSize(t TensorType, dims []uint64) (elements, size uint64, err error) {
	elements, size, sentinel, detail := tensorSize(t, dims)
	if sentinel != nil {
		return 0, 0, fmt.Errorf("%w: %s", sentinel, detail)
	}
	return elements, size, nil
}

func tensorSize(t TensorType, dims []uint64) (elements, size uint64, sentinel error, detail string) {
	bv, bb, ok := t.blockGeometry()
	if !ok {
		return 0, 0, ErrUnsupportedTensorType, unsupportedTypeDetail(t)
	}
	if len(dims) > MaxDims {
		return 0, 0, ErrInvalidShape, fmt.Sprintf("%d dims, at most %d allowed", len(dims), MaxDims)
	}
	const limit = 1<<63 - 1
	n := uint64(1)
	for i, d := range dims {
		if d > limit {
			return 0, 0, ErrInvalidShape, fmt.Sprintf("dims[%d] is %d, too large", i, d)
		}
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > limit {
			return 0, 0, ErrInvalidShape, fmt.Sprintf("element count of dims %v overflows int64", dims)
		}
		n = lo
	}
	first := uint64(1)
	if len(dims) > 0 {
		first = dims[0]
	}
	if first%bv != 0 {
		return 0, 0, ErrInvalidShape, fmt.Sprintf("dims[0]=%d is not a multiple of the %s block size %d", first, t, bv)
	}
	hi, lo := bits.Mul64(n/bv, bb)
	if hi != 0 || lo > limit {
		return 0, 0, ErrInvalidShape, fmt.Sprintf("byte size of %s tensor with dims %v overflows int64", t, dims)
	}
	return n, lo, nil, ""
}

// alignUp rounds x up to a multiple of a (a power of two); ok is false on overflow.
func alignUp(x, a uint64) (uint64, bool) {
	r := (x + a - 1) &^ (a - 1)
	return r, r >= x
}

func validAlignment(a uint64) bool {
	return a != 0 && a&(a-1) == 0 && a <= 1<<31
}
