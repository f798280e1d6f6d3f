package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"sort"
)

// TensorInfo describes one tensor of a GGUF file.
type TensorInfo struct {
	Name     string
	Type     TensorType
	Dims     []uint64 // dims[0] is the fastest-varying axis (ggml ne[0])
	Offset   uint64   // offset of the data relative to the data section
	Elements uint64   // product of Dims
	Size     uint64   // bytes of data, derived from Type and Dims
}

// HasDims reports whether the tensor has exactly the given dims (GGUF
// order, dims[0] the fastest-varying).
func (t TensorInfo) HasDims(dims ...int) bool {
	if len(t.Dims) != len(dims) {
		return false
	}
	for i, d := range dims {
		if d < 0 || t.Dims[i] != uint64(d) {
			return false
		}
	}
	return true
}

// File is a decoded GGUF file.
type File struct {
	Version    uint32
	Alignment  uint64       // data alignment in bytes (general.alignment or 32)
	KV         []KV         // metadata in file order
	Tensors    []TensorInfo // tensor infos in file order
	DataOffset int64        // absolute file offset of the data section
	FileSize   int64

	keyIndex    map[string]int
	tensorIndex map[string]int
	mem         []byte      // whole file, when parsed from memory
	r           io.ReaderAt // when read through Read
}

// Parse decodes a GGUF file held entirely in memory. TensorData then returns
// sub-slices of b, which must not be modified while the File is in use.
func Parse(b []byte) (*File, error) {
	d := &decoder{win: b, size: int64(len(b))}
	f, err := d.decode()
	if err != nil {
		return nil, err
	}
	f.mem = b
	return f, nil
}

// Read decodes the header of the GGUF file of the given size read through r.
// Tensor data is not loaded; TensorData and TensorReader fetch it from r on
// demand, so r must stay usable while the File is in use.
func Read(r io.ReaderAt, size int64) (*File, error) {
	if size < 0 {
		return nil, fmt.Errorf("gguf: negative file size %d", size)
	}
	d := &decoder{r: r, size: size}
	f, err := d.decode()
	if err != nil {
		return nil, err
	}
	f.r = r
	return f, nil
}

// ReadSkipping is Read for a reader that needs only some of the metadata:
// the values of keys for which skip returns true are checked as Read
// checks them (types, lengths, bool bytes, nesting) but neither kept nor
// copied, and the keys are left out of the File. A model's layout needs
// none of its tokenizer's vocabulary, which is most of a large model's
// header (Llama 3's is 7.8 MB).
func ReadSkipping(r io.ReaderAt, size int64, skip func(key string) bool) (*File, error) {
	if size < 0 {
		return nil, fmt.Errorf("gguf: negative file size %d", size)
	}
	d := &decoder{r: r, size: size, skip: skip}
	f, err := d.decode()
	if err != nil {
		return nil, err
	}
	f.r = r
	return f, nil
}

// ReadFile reads and parses the GGUF file at path.
func ReadFile(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// Tensor returns the info of the named tensor.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	if i, ok := f.tensorIndex[name]; ok {
		return f.Tensors[i], true
	}
	return TensorInfo{}, false
}

func (f *File) tensorRange(name string) (TensorInfo, int64, error) {
	t, ok := f.Tensor(name)
	if !ok {
		return t, 0, fmt.Errorf("gguf: tensor %q: %w", name, ErrTensorNotFound)
	}
	return t, f.DataOffset + int64(t.Offset), nil
}

// TensorData returns the raw bytes of the named tensor (t.Size bytes). For a
// File from Parse this aliases the parsed buffer; for one from Read it is a
// fresh copy read from the underlying reader.
func (f *File) TensorData(name string) ([]byte, error) {
	t, abs, err := f.tensorRange(name)
	if err != nil {
		return nil, err
	}
	end := abs + int64(t.Size)
	if f.mem != nil {
		return f.mem[abs:end:end], nil
	}
	if f.r == nil {
		return nil, fmt.Errorf("gguf: tensor %q: file has no data source", name)
	}
	if t.Size > math.MaxInt {
		return nil, fmt.Errorf("gguf: tensor %q: %w: %d bytes cannot be addressed on this platform", name, ErrTooLarge, t.Size)
	}
	buf := make([]byte, t.Size)
	if n, err := f.r.ReadAt(buf, abs); n < len(buf) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("gguf: tensor %q: reading %d bytes at offset %d: %w", name, t.Size, abs, err)
	}
	return buf, nil
}

// TensorReader returns a reader over the named tensor's bytes.
func (f *File) TensorReader(name string) (*io.SectionReader, error) {
	t, abs, err := f.tensorRange(name)
	if err != nil {
		return nil, err
	}
	var r io.ReaderAt = f.r
	if f.mem != nil {
		r = bytes.NewReader(f.mem)
	}
	if r == nil {
		return nil, fmt.Errorf("gguf: tensor %q: file has no data source", name)
	}
	return io.NewSectionReader(r, abs, int64(t.Size)), nil
}

// decoder reads little-endian fields either from an in-memory file (r == nil,
// win holds the whole file) or through a window buffer over r.
type decoder struct {
	r      io.ReaderAt
	size   int64
	off    int64  // current absolute position, never beyond size
	win    []byte // buffered bytes
	winOff int64  // absolute offset of win[0]
	where  string // context for errors
	skip   func(key string) bool
}

const readWindow = 64 << 10

func (d *decoder) fail(at int64, sentinel error, format string, args ...any) error {
	return &FormatError{Offset: at, Where: d.where, Err: sentinel, Detail: fmt.Sprintf(format, args...)}
}

func (d *decoder) remaining() uint64 { return uint64(d.size - d.off) }

// take consumes n bytes. The returned slice is only valid until the next call.
func (d *decoder) take(n uint64, what string) ([]byte, error) {
	if n > d.remaining() {
		return nil, d.fail(d.off, ErrTruncated, "%s: need %d bytes, only %d left", what, n, d.remaining())
	}
	if n > math.MaxInt {
		return nil, d.fail(d.off, ErrTooLarge, "%s: %d bytes cannot be addressed on this platform", what, n)
	}
	if d.r == nil {
		s := d.off
		d.off += int64(n)
		return d.win[s:d.off:d.off], nil
	}
	start := d.off - d.winOff
	if d.off < d.winOff || start+int64(n) > int64(len(d.win)) {
		want := uint64(readWindow)
		if n > want {
			want = n
		}
		if want > d.remaining() {
			want = d.remaining()
		}
		if uint64(cap(d.win)) < want {
			d.win = make([]byte, want)
		}
		d.win = d.win[:want]
		got, err := d.r.ReadAt(d.win, d.off)
		if got < len(d.win) {
			if err == nil || errors.Is(err, io.EOF) {
				return nil, d.fail(d.off, ErrTruncated, "%s: reader ended before the declared size %d", what, d.size)
			}
			return nil, fmt.Errorf("gguf: %s: reading at offset %d: %w", d.where, d.off, err)
		}
		d.winOff = d.off
		start = 0
	}
	d.off += int64(n)
	return d.win[start : start+int64(n)], nil
}

func (d *decoder) u32(what string) (uint32, error) {
	b, err := d.take(4, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (d *decoder) u64(what string) (uint64, error) {
	b, err := d.take(8, what)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

func (d *decoder) str(what string) (string, error) {
	at := d.off
	n, err := d.u64(what + " length")
	if err != nil {
		return "", err
	}
	if n > d.remaining() {
		return "", d.fail(at, ErrTooLarge, "%s length %d exceeds the %d bytes left in the file", what, n, d.remaining())
	}
	b, err := d.take(n, what)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func (d *decoder) decode() (*File, error) {
	d.where = "header"
	b, err := d.take(4, "magic")
	if err != nil {
		return nil, err
	}
	if string(b) != Magic {
		return nil, d.fail(0, ErrBadMagic, "got %q, want %q", b, Magic)
	}
	ver, err := d.u32("version")
	if err != nil {
		return nil, err
	}
	if ver != 2 && ver != 3 {
		switch {
		case bits.ReverseBytes32(ver) >= 1 && bits.ReverseBytes32(ver) <= 3:
			return nil, d.fail(4, ErrUnsupportedVersion, "version field %#08x looks byte-swapped: big-endian GGUF is not supported", ver)
		case ver == 1:
			return nil, d.fail(4, ErrUnsupportedVersion, "version 1 (32-bit counts) is not supported; want 3")
		default:
			return nil, d.fail(4, ErrUnsupportedVersion, "version %d, want 3 (or 2)", ver)
		}
	}
	nTensors, err := d.u64("tensor count")
	if err != nil {
		return nil, err
	}
	kvAt := d.off
	nKV, err := d.u64("metadata kv count")
	if err != nil {
		return nil, err
	}
	const minKV = 8 + 4 + 1 // key length, value type, smallest value
	if nKV > d.remaining()/minKV {
		return nil, d.fail(kvAt, ErrTooLarge, "metadata kv count %d cannot fit in the %d bytes left", nKV, d.remaining())
	}
	f := &File{
		Version:     ver,
		Alignment:   DefaultAlignment,
		FileSize:    d.size,
		KV:          make([]KV, 0, min(nKV, 1024)),
		keyIndex:    make(map[string]int, min(nKV, 1024)),
		tensorIndex: map[string]int{},
	}
	for i := uint64(0); i < nKV; i++ {
		d.where = fmt.Sprintf("metadata kv #%d", i)
		keyAt := d.off
		key, err := d.str("key")
		if err != nil {
			return nil, err
		}
		d.where = fmt.Sprintf("metadata key %q", key)
		if _, dup := f.keyIndex[key]; dup {
			return nil, d.fail(keyAt, ErrDuplicate, "key appears more than once")
		}
		typeAt := d.off
		t, err := d.u32("value type")
		if err != nil {
			return nil, err
		}
		if !ValueType(t).Valid() {
			return nil, d.fail(typeAt, ErrInvalidValueType, "value type %d", t)
		}
		valAt := d.off
		if d.skip != nil && key != KeyAlignment && d.skip(key) {
			if err := d.skipValue(ValueType(t), 0, "value"); err != nil {
				return nil, err
			}
			f.keyIndex[key] = -1 // seen (for duplicates), not kept
			continue
		}
		v, err := d.value(ValueType(t), 0, "value")
		if err != nil {
			return nil, err
		}
		if key == KeyAlignment {
			a, ok := v.v.(uint32)
			if !ok {
				return nil, d.fail(typeAt, ErrInvalidAlignment, "type is %s, must be uint32", v.typeName())
			}
			if !validAlignment(uint64(a)) {
				return nil, d.fail(valAt, ErrInvalidAlignment, "%d is not a non-zero power of two", a)
			}
			f.Alignment = uint64(a)
		}
		f.keyIndex[key] = len(f.KV)
		f.KV = append(f.KV, KV{Key: key, Value: v})
	}

	d.where = "header"
	const minTensor = 8 + 4 + 4 + 8 // name length, n_dims, type, offset
	if nTensors > d.remaining()/minTensor {
		return nil, d.fail(8, ErrTooLarge, "tensor count %d cannot fit in the %d bytes left", nTensors, d.remaining())
	}
	f.Tensors = make([]TensorInfo, 0, min(nTensors, 1024))
	infoAt := make([]int64, 0, min(nTensors, 1024))
	for i := uint64(0); i < nTensors; i++ {
		d.where = fmt.Sprintf("tensor info #%d", i)
		at := d.off
		name, err := d.str("name")
		if err != nil {
			return nil, err
		}
		d.where = fmt.Sprintf("tensor %q", name)
		if len(name) > MaxTensorNameLen {
			return nil, d.fail(at, ErrInvalidName, "name is %d bytes, at most %d allowed", len(name), MaxTensorNameLen)
		}
		if _, dup := f.tensorIndex[name]; dup {
			return nil, d.fail(at, ErrDuplicate, "tensor name appears more than once")
		}
		dimsAt := d.off
		nDims, err := d.u32("n_dims")
		if err != nil {
			return nil, err
		}
		if nDims > MaxDims {
			return nil, d.fail(dimsAt, ErrInvalidShape, "n_dims is %d, at most %d allowed", nDims, MaxDims)
		}
		db, err := d.take(8*uint64(nDims), "dims")
		if err != nil {
			return nil, err
		}
		dims := make([]uint64, nDims)
		for j := range dims {
			dims[j] = binary.LittleEndian.Uint64(db[8*j:])
		}
		typeAt := d.off
		tt, err := d.u32("type")
		if err != nil {
			return nil, err
		}
		elems, size, sentinel, detail := tensorSize(TensorType(tt), dims)
		if sentinel != nil {
			at := dimsAt
			if sentinel == ErrUnsupportedTensorType {
				at = typeAt
			}
			return nil, d.fail(at, sentinel, "%s", detail)
		}
		offAt := d.off
		off, err := d.u64("data offset")
		if err != nil {
			return nil, err
		}
		if off%f.Alignment != 0 {
			return nil, d.fail(offAt, ErrInvalidOffset, "data offset %d is not a multiple of the alignment %d", off, f.Alignment)
		}
		f.tensorIndex[name] = len(f.Tensors)
		f.Tensors = append(f.Tensors, TensorInfo{Name: name, Type: TensorType(tt), Dims: dims, Offset: off, Elements: elems, Size: size})
		infoAt = append(infoAt, offAt)
	}

	dataStart, _ := alignUp(uint64(d.off), f.Alignment) // d.off < 2^63 and alignment <= 2^31: no overflow
	f.DataOffset = int64(dataStart)
	for i, t := range f.Tensors {
		d.where = fmt.Sprintf("tensor %q", t.Name)
		end, ok1 := addU64(t.Offset, t.Size)
		padded, ok2 := alignUp(end, f.Alignment)
		abs, ok3 := addU64(dataStart, padded)
		if !ok1 || !ok2 || !ok3 || abs > uint64(d.size) {
			return nil, d.fail(infoAt[i], ErrInvalidOffset,
				"data [%d, %d) padded to %d bytes lies outside the file (data section starts at %d, file size %d)",
				t.Offset, end, padded, dataStart, d.size)
		}
	}
	order := make([]int, len(f.Tensors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return f.Tensors[order[a]].Offset < f.Tensors[order[b]].Offset })
	for k := 1; k < len(order); k++ {
		p, q := f.Tensors[order[k-1]], f.Tensors[order[k]]
		if p.Offset+p.Size > q.Offset {
			d.where = fmt.Sprintf("tensor %q", q.Name)
			return nil, d.fail(infoAt[order[k]], ErrInvalidOffset, "data at %d overlaps tensor %q at [%d, %d)",
				q.Offset, p.Name, p.Offset, p.Offset+p.Size)
		}
	}
	return f, nil
}

func addU64(a, b uint64) (uint64, bool) {
	s := a + b
	return s, s >= a
}

// skipBytes moves past n bytes without reading them.
func (d *decoder) skipBytes(n uint64, what string) error {
	if n > d.remaining() {
		return d.fail(d.off, ErrTruncated, "%s: need %d bytes, only %d left", what, n, d.remaining())
	}
	d.off += int64(n)
	return nil
}

// skipValue checks one value of type t as value does and moves past it
// without keeping it.
func (d *decoder) skipValue(t ValueType, depth int, what string) error {
	switch t {
	case TypeString:
		// No string is built here, not even for what: skipping a
		// vocabulary is one call per token (errors say "string").
		at := d.off
		b, err := d.take(8, "string length")
		if err != nil {
			return err
		}
		n := binary.LittleEndian.Uint64(b)
		if n > d.remaining() {
			return d.fail(at, ErrTooLarge, "%s length %d exceeds the %d bytes left in the file", what, n, d.remaining())
		}
		return d.skipBytes(n, "string")
	case TypeArray:
		return d.skipArray(depth, what)
	case TypeBool:
		_, err := d.value(t, depth, what)
		return err
	}
	return d.skipBytes(uint64(t.fixedSize()), what)
}

// skipArray is array without keeping the elements.
func (d *decoder) skipArray(depth int, what string) error {
	at := d.off
	et32, err := d.u32(what + " element type")
	if err != nil {
		return err
	}
	et := ValueType(et32)
	if !et.Valid() {
		return d.fail(at, ErrInvalidValueType, "%s: array element type %d", what, et32)
	}
	if et == TypeArray && depth+1 >= maxArrayDepth {
		return d.fail(at, ErrInvalidValue, "%s: arrays nested deeper than %d", what, maxArrayDepth)
	}
	countAt := d.off
	n, err := d.u64(what + " element count")
	if err != nil {
		return err
	}
	if n > d.remaining()/et.minSize() {
		return d.fail(countAt, ErrTooLarge, "%s: array of %d %s elements cannot fit in the %d bytes left",
			what, n, et, d.remaining())
	}
	switch et {
	case TypeString, TypeArray, TypeBool:
		for i := uint64(0); i < n; i++ {
			if err := d.skipValue(et, depth+1, what); err != nil {
				return err
			}
		}
		return nil
	}
	return d.skipBytes(n*uint64(et.fixedSize()), what+" elements")
}

// value decodes one value of type t. depth counts enclosing arrays.
func (d *decoder) value(t ValueType, depth int, what string) (Value, error) {
	if t == TypeString {
		s, err := d.str(what)
		return Value{s}, err
	}
	if t == TypeArray {
		return d.array(depth, what)
	}
	at := d.off
	b, err := d.take(uint64(t.fixedSize()), what)
	if err != nil {
		return Value{}, err
	}
	le := binary.LittleEndian
	switch t {
	case TypeUint8:
		return Value{b[0]}, nil
	case TypeInt8:
		return Value{int8(b[0])}, nil
	case TypeUint16:
		return Value{le.Uint16(b)}, nil
	case TypeInt16:
		return Value{int16(le.Uint16(b))}, nil
	case TypeUint32:
		return Value{le.Uint32(b)}, nil
	case TypeInt32:
		return Value{int32(le.Uint32(b))}, nil
	case TypeFloat32:
		return Value{math.Float32frombits(le.Uint32(b))}, nil
	case TypeBool:
		if b[0] > 1 {
			return Value{}, d.fail(at, ErrInvalidValue, "%s: bool byte is %d, must be 0 or 1", what, b[0])
		}
		return Value{b[0] == 1}, nil
	case TypeUint64:
		return Value{le.Uint64(b)}, nil
	case TypeInt64:
		return Value{int64(le.Uint64(b))}, nil
	case TypeFloat64:
		return Value{math.Float64frombits(le.Uint64(b))}, nil
	}
	return Value{}, d.fail(at, ErrInvalidValueType, "%s: value type %d", what, uint32(t))
}

func (d *decoder) array(depth int, what string) (Value, error) {
	at := d.off
	et32, err := d.u32(what + " element type")
	if err != nil {
		return Value{}, err
	}
	et := ValueType(et32)
	if !et.Valid() {
		return Value{}, d.fail(at, ErrInvalidValueType, "%s: array element type %d", what, et32)
	}
	if et == TypeArray && depth+1 >= maxArrayDepth {
		return Value{}, d.fail(at, ErrInvalidValue, "%s: arrays nested deeper than %d", what, maxArrayDepth)
	}
	countAt := d.off
	n, err := d.u64(what + " element count")
	if err != nil {
		return Value{}, err
	}
	if n > d.remaining()/et.minSize() {
		return Value{}, d.fail(countAt, ErrTooLarge, "%s: array of %d %s elements cannot fit in the %d bytes left",
			what, n, et, d.remaining())
	}
	if n > math.MaxInt/16 {
		return Value{}, d.fail(countAt, ErrTooLarge, "%s: array of %d elements is too large for this platform", what, n)
	}
	switch et {
	case TypeString:
		// Element names are formatted only for an error (decoding the
		// element again from its offset): formatting one per element made
		// a 32,000-token vocabulary cost ~4,000 VM steps per token.
		xs := make([]string, n)
		for i := range xs {
			at := d.off
			if xs[i], err = d.str(what); err != nil {
				d.off = at
				_, err = d.str(fmt.Sprintf("%s[%d]", what, i))
				return Value{}, err
			}
		}
		return Value{xs}, nil
	case TypeArray:
		xs := make([]Value, n)
		for i := range xs {
			if xs[i], err = d.array(depth+1, fmt.Sprintf("%s[%d]", what, i)); err != nil {
				return Value{}, err
			}
		}
		return Value{xs}, nil
	}
	dataAt := d.off
	b, err := d.take(n*uint64(et.fixedSize()), what+" elements")
	if err != nil {
		return Value{}, err
	}
	le := binary.LittleEndian
	switch et {
	case TypeUint8:
		return Value{append([]uint8{}, b...)}, nil
	case TypeInt8:
		xs := make([]int8, n)
		for i := range xs {
			xs[i] = int8(b[i])
		}
		return Value{xs}, nil
	case TypeBool:
		xs := make([]bool, n)
		for i := range xs {
			if b[i] > 1 {
				return Value{}, d.fail(dataAt+int64(i), ErrInvalidValue, "%s[%d]: bool byte is %d, must be 0 or 1", what, i, b[i])
			}
			xs[i] = b[i] == 1
		}
		return Value{xs}, nil
	case TypeUint16:
		xs := make([]uint16, n)
		for i := range xs {
			xs[i] = le.Uint16(b[2*i:])
		}
		return Value{xs}, nil
	case TypeInt16:
		xs := make([]int16, n)
		for i := range xs {
			xs[i] = int16(le.Uint16(b[2*i:]))
		}
		return Value{xs}, nil
	case TypeUint32:
		xs := make([]uint32, n)
		for i := range xs {
			xs[i] = le.Uint32(b[4*i:])
		}
		return Value{xs}, nil
	case TypeInt32:
		xs := make([]int32, n)
		for i := range xs {
			xs[i] = int32(le.Uint32(b[4*i:]))
		}
		return Value{xs}, nil
	case TypeFloat32:
		xs := make([]float32, n)
		for i := range xs {
			xs[i] = math.Float32frombits(le.Uint32(b[4*i:]))
		}
		return Value{xs}, nil
	case TypeUint64:
		xs := make([]uint64, n)
		for i := range xs {
			xs[i] = le.Uint64(b[8*i:])
		}
		return Value{xs}, nil
	case TypeInt64:
		xs := make([]int64, n)
		for i := range xs {
			xs[i] = int64(le.Uint64(b[8*i:]))
		}
		return Value{xs}, nil
	case TypeFloat64:
		xs := make([]float64, n)
		for i := range xs {
			xs[i] = math.Float64frombits(le.Uint64(b[8*i:]))
		}
		return Value{xs}, nil
	}
	return Value{}, d.fail(at, ErrInvalidValueType, "%s: array element type %d", what, et32)
}
