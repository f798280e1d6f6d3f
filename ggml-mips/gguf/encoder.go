package gguf

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// TensorDesc describes a tensor whose data an Encoder receives later.
type TensorDesc struct {
	Name string
	Type TensorType
	Dims []uint64 // dims[0] fastest-varying; nil or empty for a scalar
}

// Encoder writes a GGUF v3 file whose tensor data arrives as a stream, so a
// file of any size can be written in little memory: the header (metadata,
// tensor infos and data offsets) depends only on the metadata and the
// tensors' types and dims, and is known before any data.
//
// NewEncoder validates everything and writes nothing; Size then gives the
// length of the whole file. Write takes the tensors' data in order, back to
// back (a Write may span tensors), and inserts the padding between them;
// the header is written before the first data. Close checks that all the
// data arrived and flushes. The bytes are those Write (and Marshal) produce
// for the same metadata and data.
type Encoder struct {
	w      *bufio.Writer
	header []byte   // the encoded header, padded
	inData bool     // the header is written
	sizes  []uint64 // data bytes of each tensor
	names  []string
	align  uint64
	size   uint64 // bytes of the whole file

	cur     int    // the tensor receiving data
	got     uint64 // bytes of it received
	written uint64 // bytes passed to the underlying writer's buffer
	zeros   []byte
	err     error // the first write error, returned from then on
}

// NewEncoder validates kv and tensors as Write does (except for the data,
// which comes later) and returns an Encoder writing to w. Nothing is
// written yet.
func NewEncoder(w io.Writer, kv []KV, tensors []TensorDesc) (*Encoder, error) {
	return newEncoder(w, kv, tensors, nil)
}

// newEncoder is NewEncoder with an extra check of each tensor, after its
// shape is validated (Write checks the length of the data there).
func newEncoder(w io.Writer, kv []KV, tensors []TensorDesc, check func(i int, where string, size uint64) error) (*Encoder, error) {
	align := uint64(DefaultAlignment)
	keys := make(map[string]bool, len(kv))
	for i, e := range kv {
		where := fmt.Sprintf("metadata key %q (#%d)", e.Key, i)
		if keys[e.Key] {
			return nil, writeError(where, ErrDuplicate, "key appears more than once")
		}
		keys[e.Key] = true
		if err := e.Value.validate(0); err != nil {
			return nil, fmt.Errorf("gguf: write: %s: %w", where, err)
		}
		if e.Key == KeyAlignment {
			a, ok := e.Value.v.(uint32)
			if !ok {
				return nil, writeError(where, ErrInvalidAlignment, "type is %s, must be uint32", e.Value.typeName())
			}
			if !validAlignment(uint64(a)) {
				return nil, writeError(where, ErrInvalidAlignment, "%d is not a non-zero power of two", a)
			}
			align = uint64(a)
		}
	}

	const limit = 1<<63 - 1 // file sizes and offsets are int64
	names := make(map[string]bool, len(tensors))
	sizes := make([]uint64, len(tensors))
	offsets := make([]uint64, len(tensors))
	next := uint64(0)
	for i, t := range tensors {
		where := fmt.Sprintf("tensor %q (#%d)", t.Name, i)
		if len(t.Name) > MaxTensorNameLen {
			return nil, writeError(where, ErrInvalidName, "name is %d bytes, at most %d allowed", len(t.Name), MaxTensorNameLen)
		}
		if names[t.Name] {
			return nil, writeError(where, ErrDuplicate, "tensor name appears more than once")
		}
		names[t.Name] = true
		_, size, sentinel, detail := tensorSize(t.Type, t.Dims)
		if sentinel != nil {
			return nil, writeError(where, sentinel, "%s", detail)
		}
		if check != nil {
			if err := check(i, where, size); err != nil {
				return nil, err
			}
		}
		end, ok := alignUp(next+size, align)
		if !ok || next+size < next || end > limit {
			return nil, writeError(where, ErrInvalidShape, "the tensors' data exceeds %d bytes", uint64(limit))
		}
		sizes[i], offsets[i], next = size, next, end
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
	tensorNames := make([]string, len(tensors))
	for i, t := range tensors {
		tensorNames[i] = t.Name
		h = appendString(h, t.Name)
		h = binary.LittleEndian.AppendUint32(h, uint32(len(t.Dims)))
		for _, d := range t.Dims {
			h = binary.LittleEndian.AppendUint64(h, d)
		}
		h = binary.LittleEndian.AppendUint32(h, uint32(t.Type))
		h = binary.LittleEndian.AppendUint64(h, offsets[i])
	}
	padded, _ := alignUp(uint64(len(h)), align) // the header is in memory: no overflow
	h = append(h, make([]byte, padded-uint64(len(h)))...)
	if padded+next < next || padded+next > limit {
		return nil, writeError("", ErrInvalidShape, "the file would exceed %d bytes", uint64(limit))
	}

	return &Encoder{
		w:      bufio.NewWriterSize(w, 1<<16),
		header: h,
		sizes:  sizes,
		names:  tensorNames,
		align:  align,
		size:   padded + next,
		zeros:  make([]byte, min(align, 1<<16)),
	}, nil
}

// Size is the length in bytes of the whole file.
func (e *Encoder) Size() int64 { return int64(e.size) }

// Written is the number of bytes written so far (some may still be
// buffered until Close).
func (e *Encoder) Written() int64 { return int64(e.written) }

// Write takes the next len(p) bytes of tensor data. Data past the last
// tensor's is an error.
func (e *Encoder) Write(p []byte) (int, error) {
	if err := e.start(); err != nil {
		return 0, err
	}
	n := 0
	for len(p) > 0 {
		if e.cur == len(e.sizes) {
			e.err = writeError("", ErrInvalidShape, "%d bytes of data past the last tensor", len(p))
			return n, e.err
		}
		k := int(min(uint64(len(p)), e.sizes[e.cur]-e.got))
		if err := e.put(p[:k]); err != nil {
			return n, err
		}
		n, p, e.got = n+k, p[k:], e.got+uint64(k)
		if err := e.finishTensors(); err != nil {
			return n, err
		}
	}
	return n, nil
}

// Close checks that every tensor's data was written and flushes the
// buffered bytes. It does not close the underlying writer.
func (e *Encoder) Close() error {
	if err := e.start(); err != nil {
		return err
	}
	if e.cur < len(e.sizes) {
		return writeError(fmt.Sprintf("tensor %q (#%d)", e.names[e.cur], e.cur), ErrInvalidShape,
			"%d of its %d data bytes written", e.got, e.sizes[e.cur])
	}
	if err := e.w.Flush(); err != nil {
		e.err = fmt.Errorf("gguf: write: %w", err)
		return e.err
	}
	return nil
}

// start writes the header unless it is written.
func (e *Encoder) start() error {
	if e.err != nil || e.inData {
		return e.err
	}
	if err := e.put(e.header); err != nil {
		return err
	}
	e.header, e.inData = nil, true
	return e.finishTensors() // empty tensors need no data
}

// finishTensors pads each complete tensor's data and moves on to the next.
func (e *Encoder) finishTensors() error {
	for e.cur < len(e.sizes) && e.got == e.sizes[e.cur] {
		end, _ := alignUp(e.got, e.align) // NewEncoder checked the sizes
		for pad := end - e.got; pad > 0; {
			n := min(pad, uint64(len(e.zeros)))
			if err := e.put(e.zeros[:n]); err != nil {
				return err
			}
			pad -= n
		}
		e.cur, e.got = e.cur+1, 0
	}
	return nil
}

// put writes p to the buffer, recording the first error.
func (e *Encoder) put(p []byte) error {
	n, err := e.w.Write(p)
	e.written += uint64(n)
	if err != nil {
		if e.inData && e.cur < len(e.sizes) {
			err = fmt.Errorf("tensor %q: %w", e.names[e.cur], err)
		}
		e.err = fmt.Errorf("gguf: write: %w", err)
	}
	return e.err
}
