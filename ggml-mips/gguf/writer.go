package gguf

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
)

// Tensor is a tensor to be written: its info and its raw data, which must be
// exactly the size implied by Type and Dims (see TensorSize).
type Tensor struct {
	Name string
	Type TensorType
	Dims []uint64 // dims[0] fastest-varying; nil or empty for a scalar
	Data []byte
}

// Marshal returns the GGUF v3 encoding of kv and tensors (see Write).
func Marshal(kv []KV, tensors []Tensor) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, kv, tensors); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes a GGUF v3 file containing kv (in order) and tensors (in
// order, laid out back to back in the data section). If kv contains
// "general.alignment" it must be a uint32 power of two and is used as the
// alignment; otherwise DefaultAlignment is used and no key is added. The
// tensor infos are followed by zero padding to the alignment, and every
// tensor's data is zero-padded to the alignment, so each data offset is a
// multiple of it.
//
// All input is validated before anything is written: duplicate keys or
// tensor names, invalid values, tensor names longer than MaxTensorNameLen,
// unsupported types, bad shapes and data of the wrong length are errors.
// Write is an Encoder fed with each tensor's data in turn.
func Write(w io.Writer, kv []KV, tensors []Tensor) error {
	descs := make([]TensorDesc, len(tensors))
	for i, t := range tensors {
		descs[i] = TensorDesc{Name: t.Name, Type: t.Type, Dims: t.Dims}
	}
	e, err := newEncoder(w, kv, descs, func(i int, where string, size uint64) error {
		t := tensors[i]
		if uint64(len(t.Data)) != size {
			return writeError(where, ErrInvalidShape, "data is %d bytes, but a %s tensor with dims %v needs %d",
				len(t.Data), t.Type, t.Dims, size)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, t := range tensors {
		if _, err := e.Write(t.Data); err != nil {
			return err
		}
	}
	return e.Close()
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

func appendBool(b []byte, x bool) []byte {
	if x {
		return append(b, 1)
	}
	return append(b, 0)
}

// appendValue appends the encoding of v (without its type tag). v must be valid.
func appendValue(b []byte, v Value) []byte {
	le := binary.LittleEndian
	switch x := v.v.(type) {
	case uint8:
		return append(b, x)
	case int8:
		return append(b, uint8(x))
	case uint16:
		return le.AppendUint16(b, x)
	case int16:
		return le.AppendUint16(b, uint16(x))
	case uint32:
		return le.AppendUint32(b, x)
	case int32:
		return le.AppendUint32(b, uint32(x))
	case float32:
		return le.AppendUint32(b, math.Float32bits(x))
	case bool:
		return appendBool(b, x)
	case string:
		return appendString(b, x)
	case uint64:
		return le.AppendUint64(b, x)
	case int64:
		return le.AppendUint64(b, uint64(x))
	case float64:
		return le.AppendUint64(b, math.Float64bits(x))
	}
	// Arrays: element type and count, then the elements.
	b = le.AppendUint32(b, uint32(v.ElemType()))
	b = le.AppendUint64(b, uint64(v.Len()))
	switch xs := v.v.(type) {
	case []uint8:
		return append(b, xs...)
	case []int8:
		for _, x := range xs {
			b = append(b, uint8(x))
		}
	case []uint16:
		for _, x := range xs {
			b = le.AppendUint16(b, x)
		}
	case []int16:
		for _, x := range xs {
			b = le.AppendUint16(b, uint16(x))
		}
	case []uint32:
		for _, x := range xs {
			b = le.AppendUint32(b, x)
		}
	case []int32:
		for _, x := range xs {
			b = le.AppendUint32(b, uint32(x))
		}
	case []float32:
		for _, x := range xs {
			b = le.AppendUint32(b, math.Float32bits(x))
		}
	case []bool:
		for _, x := range xs {
			b = appendBool(b, x)
		}
	case []string:
		for _, x := range xs {
			b = appendString(b, x)
		}
	case []uint64:
		for _, x := range xs {
			b = le.AppendUint64(b, x)
		}
	case []int64:
		for _, x := range xs {
			b = le.AppendUint64(b, uint64(x))
		}
	case []float64:
		for _, x := range xs {
			b = le.AppendUint64(b, math.Float64bits(x))
		}
	case []Value:
		for _, x := range xs {
			b = appendValue(b, x)
		}
	}
	return b
}
