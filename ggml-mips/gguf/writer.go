package gguf

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
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
func Write(w io.Writer, kv []KV, tensors []Tensor) error {
	align := uint64(DefaultAlignment)
	keys := make(map[string]bool, len(kv))
	for i, e := range kv {
		where := fmt.Sprintf("metadata key %q (#%d)", e.Key, i)
		if keys[e.Key] {
			return writeError(where, ErrDuplicate, "key appears more than once")
		}
		keys[e.Key] = true
		if err := e.Value.validate(0); err != nil {
			return fmt.Errorf("gguf: write: %s: %w", where, err)
		}
		if e.Key == KeyAlignment {
			a, ok := e.Value.v.(uint32)
			if !ok {
				return writeError(where, ErrInvalidAlignment, "type is %s, must be uint32", e.Value.typeName())
			}
			if !validAlignment(uint64(a)) {
				return writeError(where, ErrInvalidAlignment, "%d is not a non-zero power of two", a)
			}
			align = uint64(a)
		}
	}

	names := make(map[string]bool, len(tensors))
	offsets := make([]uint64, len(tensors))
	next := uint64(0)
	for i, t := range tensors {
		where := fmt.Sprintf("tensor %q (#%d)", t.Name, i)
		if len(t.Name) > MaxTensorNameLen {
			return writeError(where, ErrInvalidName, "name is %d bytes, at most %d allowed", len(t.Name), MaxTensorNameLen)
		}
		if names[t.Name] {
			return writeError(where, ErrDuplicate, "tensor name appears more than once")
		}
		names[t.Name] = true
		_, size, sentinel, detail := tensorSize(t.Type, t.Dims)
		if sentinel != nil {
			return writeError(where, sentinel, "%s", detail)
		}
		if uint64(len(t.Data)) != size {
			return writeError(where, ErrInvalidShape, "data is %d bytes, but a %s tensor with dims %v needs %d",
				len(t.Data), t.Type, t.Dims, size)
		}
		offsets[i] = next
		end, _ := alignUp(next+size, align) // sizes are bounded by real memory: no overflow
		next = end
	}

	// Header, metadata and tensor infos.
	h := make([]byte, 0, 4096)
	h = append(h, Magic...)
	h = binary.LittleEndian.AppendUint32(h, Version)
	h = binary.LittleEndian.AppendUint64(h, uint64(len(tensors)))
	h = binary.LittleEndian.AppendUint64(h, uint64(len(kv)))
	for _, e := range kv {
		h = appendString(h, e.Key)
		h = binary.LittleEndian.AppendUint32(h, uint32(e.Value.Type()))
		h = appendValue(h, e.Value)
	}
	for i, t := range tensors {
		h = appendString(h, t.Name)
		h = binary.LittleEndian.AppendUint32(h, uint32(len(t.Dims)))
		for _, d := range t.Dims {
			h = binary.LittleEndian.AppendUint64(h, d)
		}
		h = binary.LittleEndian.AppendUint32(h, uint32(t.Type))
		h = binary.LittleEndian.AppendUint64(h, offsets[i])
	}
	padded, _ := alignUp(uint64(len(h)), align)
	h = append(h, make([]byte, padded-uint64(len(h)))...)

	bw := bufio.NewWriterSize(w, 1<<16)
	if _, err := bw.Write(h); err != nil {
		return fmt.Errorf("gguf: write: %w", err)
	}
	zeros := make([]byte, min(align, 1<<16))
	for _, t := range tensors {
		if _, err := bw.Write(t.Data); err != nil {
			return fmt.Errorf("gguf: write: tensor %q: %w", t.Name, err)
		}
		end, _ := alignUp(uint64(len(t.Data)), align)
		for pad := end - uint64(len(t.Data)); pad > 0; {
			n := min(pad, uint64(len(zeros)))
			if _, err := bw.Write(zeros[:n]); err != nil {
				return fmt.Errorf("gguf: write: tensor %q: %w", t.Name, err)
			}
			pad -= n
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gguf: write: %w", err)
	}
	return nil
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
