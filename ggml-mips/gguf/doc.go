// Package gguf reads and writes GGUF files, the model container format of
// the llama.cpp / ggml ecosystem.
//
// # File layout
//
// All integers and floats are little-endian, independent of the host byte
// order (the package is also built for big-endian GOARCH=mips):
//
//	header:
//	    magic            [4]byte "GGUF"
//	    version          uint32  (3; version 2 has the identical layout and is also read)
//	    tensor_count     uint64
//	    metadata_kv_count uint64
//	metadata_kv_count times:
//	    key              string
//	    value_type       uint32  (see ValueType)
//	    value            (encoding depends on value_type)
//	tensor_count times (tensor infos):
//	    name             string
//	    n_dims           uint32  (at most 4)
//	    dims             [n_dims]uint64  (dims[0] is the fastest-varying axis, ggml's ne[0])
//	    type             uint32  (ggml type, see TensorType)
//	    offset           uint64  (relative to the start of the data section; a multiple of the alignment)
//	zero padding up to a multiple of the alignment
//	data section (each tensor's bytes, zero-padded to the alignment)
//
// A string is a uint64 byte length followed by that many bytes (no
// terminator). An array value is an element value_type (uint32), a uint64
// element count and the elements; arrays of arrays are allowed. A bool is one
// byte holding 0 or 1.
//
// The alignment is taken from the metadata key "general.alignment" (which
// must be a uint32 power of two) and defaults to 32.
//
// # Reading
//
// Parse decodes a file held in memory; Read decodes from an io.ReaderAt and
// loads tensor data lazily. Both validate the whole header before returning:
// counts and lengths are checked against the bytes actually present before
// anything is allocated, tensor shapes must be consistent with their type,
// names must be unique, and every tensor's aligned data range must lie inside
// the file without overlapping another tensor. Errors are *FormatError values
// that say where (byte offset, key or tensor) the problem is, and wrap one of
// the Err* sentinels for use with errors.Is.
//
// Only the tensor types F32, F16, Q4_0 and Q8_0 are supported; any other ggml
// type id is rejected with ErrUnsupportedTensorType.
//
// # Metadata values
//
// A Value holds one of these Go types, matching the GGUF value types:
// uint8, int8, uint16, int16, uint32, int32, float32, bool, string, uint64,
// int64, float64 for scalars, the corresponding slice ([]uint8 ... []float64,
// []bool, []string) for arrays of scalars, and []Value (each element itself
// an array) for arrays of arrays. Build values with the constructors
// (Uint32, String, Array, ...) and inspect them with Value.Type, Value.Any or
// the generic As. File has typed getters (GetString, GetUint32, ...) and the
// generic Get.
//
// # Writing
//
// Write (and Marshal) produce a GGUF v3 file from an ordered list of
// key/values and tensors. Output is deterministic: keys and tensors appear in
// the given order, tensors are laid out back to back, each at an offset that
// is a multiple of the alignment, and all padding is zero bytes, matching what
// ggml's own writer produces.
//
// An Encoder writes the same bytes as a stream: the header is computed from
// the metadata and the tensors' types and dims alone (so the file's size
// is known up front), and the tensors' data is taken in order, in pieces
// of any size, with the padding inserted between tensors. Files larger
// than memory (a 7B-parameter model) are written that way; Write is an
// Encoder given each tensor's data in turn.
//
// F16ToF32 and F32ToF16 convert IEEE half precision values using integer bit
// manipulation only (round to nearest, ties to even), so results are the same
// on every platform including soft-float MIPS.
package gguf
