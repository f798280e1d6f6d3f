package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"runtime"
	"strings"
	"testing"
)

// Raw encoders used to build malformed files that Write would refuse to produce.

func le32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
func le64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }
func rawStr(s string) []byte {
	return append(le64(uint64(len(s))), s...)
}
func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func rawKV(key string, typ uint32, payload ...[]byte) []byte {
	return cat(rawStr(key), le32(typ), cat(payload...))
}

func rawTensor(name string, dims []uint64, typ uint32, off uint64) []byte {
	b := cat(rawStr(name), le32(uint32(len(dims))))
	for _, d := range dims {
		b = append(b, le64(d)...)
	}
	return cat(b, le32(typ), le64(off))
}

// assemble builds a v3 file: header, kvs, tensor infos, zero padding to 32,
// then data.
func assemble(kvs, infos [][]byte, data []byte) []byte {
	b := cat([]byte("GGUF"), le32(3), le64(uint64(len(infos))), le64(uint64(len(kvs))))
	b = append(b, cat(kvs...)...)
	b = append(b, cat(infos...)...)
	for len(b)%32 != 0 {
		b = append(b, 0)
	}
	return append(b, data...)
}

func TestAssembleIsValid(t *testing.T) {
	// Sanity check of the raw builder itself.
	b := assemble([][]byte{rawKV("k", 4, le32(1))},
		[][]byte{rawTensor("a", []uint64{2}, 0, 0), rawTensor("b", []uint64{32}, 8, 32)},
		make([]byte, 96))
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Tensors) != 2 || f.Tensors[1].Size != 34 {
		t.Fatalf("%+v", f.Tensors)
	}
}

func TestParseErrors(t *testing.T) {
	one := [][]byte{rawTensor("w", []uint64{8}, 0, 0)}
	data := make([]byte, 32)
	valid := assemble(nil, one, data)
	withVersion := func(v uint32) []byte {
		b := bytes.Clone(valid)
		binary.LittleEndian.PutUint32(b[4:], v)
		return b
	}
	nested := func(depth int) []byte {
		// depth arrays of arrays around an empty array of uint8
		b := cat(le32(0), le64(0))
		for i := 0; i < depth; i++ {
			b = cat(le32(9), le64(1), b)
		}
		return b
	}

	cases := []struct {
		name string
		file []byte
		want error
		msg  []string // substrings of the error message
	}{
		{"empty", nil, ErrTruncated, []string{"magic", "offset 0"}},
		{"bad magic", append([]byte("GGML"), valid[4:]...), ErrBadMagic, []string{`"GGML"`}},
		{"version 1", withVersion(1), ErrUnsupportedVersion, []string{"version 1"}},
		{"version 4", withVersion(4), ErrUnsupportedVersion, []string{"version 4", "offset 4"}},
		{"big endian", withVersion(0x03000000), ErrUnsupportedVersion, []string{"big-endian"}},
		{"absurd kv count", cat([]byte("GGUF"), le32(3), le64(0), le64(1<<60)), ErrTooLarge, []string{"metadata kv count 1152921504606846976"}},
		{"absurd tensor count", cat([]byte("GGUF"), le32(3), le64(1<<62), le64(0)), ErrTooLarge, []string{"tensor count"}},
		{"absurd key length", assemble([][]byte{cat(le64(1<<62), []byte("k"))}, nil, nil), ErrTooLarge, []string{"metadata kv #0", "key length 4611686018427387904", "offset 24"}},
		{"absurd string value", assemble([][]byte{rawKV("s", 8, le64(1<<40), []byte("abc"))}, nil, nil), ErrTooLarge, []string{`key "s"`, "value length"}},
		{"absurd array count", assemble([][]byte{rawKV("a", 9, le32(6), le64(1<<61))}, nil, nil), ErrTooLarge, []string{`key "a"`, "2305843009213693952 float32"}},
		{"absurd string array", assemble([][]byte{rawKV("a", 9, le32(8), le64(1<<40))}, nil, nil), ErrTooLarge, []string{"string elements"}},
		{"absurd nested array", assemble([][]byte{rawKV("a", 9, le32(9), le64(1<<40))}, nil, nil), ErrTooLarge, []string{"array elements"}},
		{"absurd tensor name", assemble(nil, [][]byte{cat(le64(1<<50), []byte("x"))}, nil), ErrTooLarge, []string{"tensor info #0", "name length"}},
		{"bad value type", assemble([][]byte{rawKV("k", 13, le32(0))}, nil, nil), ErrInvalidValueType, []string{`key "k"`, "value type 13"}},
		{"bad array elem type", assemble([][]byte{rawKV("k", 9, le32(77), le64(0))}, nil, nil), ErrInvalidValueType, []string{"element type 77"}},
		{"bad bool", assemble([][]byte{rawKV("k", 7, []byte{2})}, nil, nil), ErrInvalidValue, []string{"bool byte is 2"}},
		{"bad bool in array", assemble([][]byte{rawKV("k", 9, le32(7), le64(2), []byte{1, 9})}, nil, nil), ErrInvalidValue, []string{"value[1]"}},
		{"deep nesting", assemble([][]byte{rawKV("k", 9, nested(100))}, nil, nil), ErrInvalidValue, []string{"nested deeper"}},
		{"duplicate key", assemble([][]byte{rawKV("k", 0, []byte{1}), rawKV("k", 0, []byte{2})}, nil, nil), ErrDuplicate, []string{`key "k"`}},
		{"alignment type", assemble([][]byte{rawKV(KeyAlignment, 10, le64(32))}, nil, nil), ErrInvalidAlignment, []string{"uint64, must be uint32"}},
		{"alignment zero", assemble([][]byte{rawKV(KeyAlignment, 4, le32(0))}, nil, nil), ErrInvalidAlignment, []string{"0 is not"}},
		{"alignment 48", assemble([][]byte{rawKV(KeyAlignment, 4, le32(48))}, nil, nil), ErrInvalidAlignment, []string{"48 is not"}},
		{"unsupported type q4_1", assemble(nil, [][]byte{rawTensor("w", []uint64{32}, 3, 0)}, data), ErrUnsupportedTensorType, []string{`tensor "w"`, "type id 3 (q4_1)"}},
		{"unknown type", assemble(nil, [][]byte{rawTensor("w", []uint64{32}, 1234, 0)}, data), ErrUnsupportedTensorType, []string{"unknown type id 1234"}},
		{"n_dims 5", assemble(nil, [][]byte{rawTensor("w", []uint64{1, 1, 1, 1, 1}, 0, 0)}, data), ErrInvalidShape, []string{`tensor "w"`, "n_dims is 5"}},
		{"n_dims huge", assemble(nil, [][]byte{cat(rawStr("w"), le32(1<<31))}, nil), ErrInvalidShape, []string{"n_dims is 2147483648"}},
		{"block mismatch", assemble(nil, [][]byte{rawTensor("w", []uint64{33}, 8, 0)}, make([]byte, 64)), ErrInvalidShape, []string{"not a multiple of the q8_0 block size 32"}},
		{"size overflow", assemble(nil, [][]byte{rawTensor("w", []uint64{1 << 40, 1 << 40}, 0, 0)}, data), ErrInvalidShape, []string{"overflows"}},
		{"shape bigger than file", assemble(nil, [][]byte{rawTensor("w", []uint64{1 << 30}, 0, 0)}, data), ErrInvalidOffset, []string{"outside the file"}},
		{"data truncated", assemble(nil, one, data[:31]), ErrInvalidOffset, []string{`tensor "w"`, "outside the file", "file size"}},
		{"data padding missing", assemble(nil, [][]byte{rawTensor("w", []uint64{2}, 0, 0)}, make([]byte, 8)), ErrInvalidOffset, []string{"padded to 32"}},
		{"offset outside", assemble(nil, [][]byte{rawTensor("w", []uint64{8}, 0, 1024)}, data), ErrInvalidOffset, []string{"outside the file"}},
		{"offset overflow", assemble(nil, [][]byte{rawTensor("w", []uint64{8}, 0, 1<<64-32)}, data), ErrInvalidOffset, []string{"outside the file"}},
		{"offset misaligned", assemble(nil, [][]byte{rawTensor("w", []uint64{8}, 0, 4)}, make([]byte, 64)), ErrInvalidOffset, []string{"data offset 4 is not a multiple of the alignment 32"}},
		{"overlap", assemble(nil, [][]byte{rawTensor("a", []uint64{16}, 0, 0), rawTensor("b", []uint64{8}, 0, 32)}, make([]byte, 96)), ErrInvalidOffset, []string{`tensor "b"`, `overlaps tensor "a"`}},
		{"duplicate tensor", assemble(nil, [][]byte{rawTensor("w", []uint64{8}, 0, 0), rawTensor("w", []uint64{8}, 0, 32)}, make([]byte, 64)), ErrDuplicate, []string{`tensor "w"`}},
		{"name too long", assemble(nil, [][]byte{rawTensor(strings.Repeat("n", 64), []uint64{8}, 0, 0)}, data), ErrInvalidName, []string{"64 bytes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, via := range []string{"Parse", "Read"} {
				var err error
				if via == "Parse" {
					_, err = Parse(c.file)
				} else {
					_, err = Read(bytes.NewReader(c.file), int64(len(c.file)))
				}
				if !errors.Is(err, c.want) {
					t.Fatalf("%s: got error %v, want %v", via, err, c.want)
				}
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("%s: error %T is not a *FormatError", via, err)
				}
				for _, m := range c.msg {
					if !strings.Contains(err.Error(), m) {
						t.Errorf("%s: error %q does not mention %q", via, err, m)
					}
				}
			}
		})
	}
}

// TestTruncatedEverywhere cuts a valid file at every position: every prefix
// must be rejected with an error, never a panic.
func TestTruncatedEverywhere(t *testing.T) {
	b := mustMarshal(t, append([]KV{{KeyAlignment, Uint32(16)}}, sampleKV()...), sampleTensors())
	for cut := 0; cut < len(b); cut++ {
		if _, err := Parse(b[:cut]); err == nil {
			t.Fatalf("Parse of %d/%d bytes succeeded", cut, len(b))
		}
		if _, err := Read(bytes.NewReader(b[:cut]), int64(cut)); err == nil {
			t.Fatalf("Read of %d/%d bytes succeeded", cut, len(b))
		}
		// A reader that is shorter than the size it claims.
		if _, err := Read(bytes.NewReader(b[:cut]), int64(len(b))); !errors.Is(err, ErrTruncated) {
			t.Fatalf("Read of short reader (%d/%d bytes): got %v, want ErrTruncated", cut, len(b), err)
		}
	}
}

// failingWriter accepts n bytes, then fails.
type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	ok := Tensor{Name: "w", Type: TensorF32, Dims: []uint64{2}, Data: make([]byte, 8)}
	cases := []struct {
		name string
		kv   []KV
		ts   []Tensor
		want error
		msg  string
	}{
		{"duplicate key", []KV{{"a", Uint8(1)}, {"a", Uint8(2)}}, nil, ErrDuplicate, `metadata key "a" (#1)`},
		{"zero value", []KV{{"a", Value{}}}, nil, ErrInvalidValueType, `metadata key "a"`},
		{"bad Go type", []KV{{"a", Value{int(3)}}}, nil, ErrInvalidValueType, "unsupported Go type int"},
		{"nested scalar", []KV{{"a", Array([]Value{Array([]int8{}), Uint8(1)})}}, nil, ErrInvalidValue, "element 1 of an array of arrays is uint8"},
		{"alignment type", []KV{{KeyAlignment, Uint64(32)}}, nil, ErrInvalidAlignment, "must be uint32"},
		{"alignment value", []KV{{KeyAlignment, Uint32(3)}}, nil, ErrInvalidAlignment, "3 is not"},
		{"duplicate tensor", nil, []Tensor{ok, ok}, ErrDuplicate, `tensor "w" (#1)`},
		{"long name", nil, []Tensor{{Name: strings.Repeat("x", 64), Type: TensorF32}}, ErrInvalidName, "64 bytes"},
		{"unsupported type", nil, []Tensor{{Name: "q", Type: 11, Dims: []uint64{256}}}, ErrUnsupportedTensorType, "type id 11 (q3_k)"},
		{"too many dims", nil, []Tensor{{Name: "d", Type: TensorF32, Dims: []uint64{1, 1, 1, 1, 1}, Data: make([]byte, 4)}}, ErrInvalidShape, "5 dims"},
		{"block", nil, []Tensor{{Name: "b", Type: TensorQ4_0, Dims: []uint64{31}, Data: make([]byte, 18)}}, ErrInvalidShape, "block size 32"},
		{"data length", nil, []Tensor{{Name: "l", Type: TensorQ8_0, Dims: []uint64{32}, Data: make([]byte, 32)}}, ErrInvalidShape, "data is 32 bytes, but a q8_0 tensor with dims [32] needs 34"},
		{"q4_k data length", nil, []Tensor{{Name: "k", Type: TensorQ4_K, Dims: []uint64{256, 2}, Data: make([]byte, 287)}}, ErrInvalidShape, "data is 287 bytes, but a q4_k tensor with dims [256 2] needs 288"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, c.kv, c.ts)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v, want %v mentioning %q", err, c.want, c.msg)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite invalid input", buf.Len())
			}
		})
	}
	big := []Tensor{{Name: "big", Type: TensorF32, Dims: []uint64{100000}, Data: make([]byte, 400000)}}
	for _, n := range []int{0, 10, 1 << 16, 300000} {
		if err := Write(&failingWriter{n}, sampleKV(), big); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("failing writer %d: %v", n, err)
		}
	}
}

// TestAbsurdSizesDoNotAllocate checks that lengths and counts claiming far
// more data than the file holds are rejected before allocating.
func TestAbsurdSizesDoNotAllocate(t *testing.T) {
	files := map[string][]byte{
		"kv count":      cat([]byte("GGUF"), le32(3), le64(0), le64(1<<40)),
		"tensor count":  cat([]byte("GGUF"), le32(3), le64(1<<40), le64(0), make([]byte, 64)),
		"string":        assemble([][]byte{rawKV("s", 8, le64(1<<40))}, nil, nil),
		"uint8 array":   assemble([][]byte{rawKV("a", 9, le32(0), le64(1<<40))}, nil, nil),
		"string array":  assemble([][]byte{rawKV("a", 9, le32(8), le64(1<<40))}, nil, nil),
		"nested array":  assemble([][]byte{rawKV("a", 9, le32(9), le64(1<<40))}, nil, nil),
		"large shape":   assemble(nil, [][]byte{rawTensor("w", []uint64{1 << 20, 1 << 20}, 0, 0)}, nil),
		"many elements": assemble([][]byte{rawKV("a", 9, le32(6), le64(1<<20)), make([]byte, 1000)}, nil, nil),
	}
	for name, b := range files {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err1 := Parse(b)
		_, err2 := Read(bytes.NewReader(b), int64(len(b)))
		runtime.ReadMemStats(&after)
		if err1 == nil || err2 == nil {
			t.Errorf("%s: accepted", name)
		}
		if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
			t.Errorf("%s: allocated %d bytes", name, n)
		}
	}
}

// TestErrorMessages pins the full text of a few representative errors.
func TestErrorMessages(t *testing.T) {
	cases := []struct {
		file []byte
		want string
	}{
		{assemble(nil, [][]byte{rawTensor("blk.0.w", []uint64{32}, 13, 0)}, make([]byte, 32)),
			`gguf: tensor "blk.0.w": at offset 51: unsupported tensor type: type id 13 (q5_k); supported: f32 (0), f16 (1), q4_0 (2), q8_0 (8), q4_k (12), q6_k (14)`},
		{assemble([][]byte{rawKV("tokenizer.ggml.tokens", 9, le32(8), le64(3), rawStr("a"), le64(1<<40))}, nil, nil),
			`gguf: metadata key "tokenizer.ggml.tokens": at offset 78: count or length exceeds the file size: value[1] length 1099511627776 exceeds the 10 bytes left in the file`},
		{mustMarshal(t, sampleKV(), sampleTensors())[:500],
			`gguf: metadata key "tokenizer.ggml.scores": at offset 497: unexpected end of file: value type: need 4 bytes, only 3 left`},
		{assemble(nil, [][]byte{rawTensor("w", []uint64{8}, 0, 1024)}, make([]byte, 32)),
			`gguf: tensor "w": at offset 49: invalid tensor data offset: data [1024, 1056) padded to 1056 bytes lies outside the file (data section starts at 64, file size 96)`},
	}
	for _, c := range cases {
		if _, err := Parse(c.file); err == nil || err.Error() != c.want {
			t.Errorf("got  %v\nwant %s", err, c.want)
		}
	}
}
