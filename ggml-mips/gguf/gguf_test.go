package gguf

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// pattern returns n deterministic pseudo-random bytes.
func pattern(n int, seed byte) []byte {
	b := make([]byte, n)
	x := uint32(seed) + 1
	for i := range b {
		x = x*1664525 + 1013904223
		b[i] = byte(x >> 24)
	}
	return b
}

func sampleKV() []KV {
	return []KV{
		{"general.architecture", String("llama")},
		{"general.name", String("tiny ✓ test")},
		{"u8", Uint8(200)},
		{"i8", Int8(-100)},
		{"u16", Uint16(60000)},
		{"i16", Int16(-30000)},
		{"llama.context_length", Uint32(4096)},
		{"i32", Int32(-123456)},
		{"f32", Float32(1e-5)},
		{"flag", Bool(true)},
		{"off", Bool(false)},
		{"u64", Uint64(1 << 40)},
		{"i64", Int64(-1 << 40)},
		{"f64", Float64(-2.5e300)},
		{"empty", String("")},
		{"tokenizer.ggml.tokens", Array([]string{"<s>", "</s>", "hello", ""})},
		{"tokenizer.ggml.scores", Array([]float32{0, -1.5, 3.25, float32(math.Inf(-1))})},
		{"tokenizer.ggml.token_type", Array([]int32{1, 3, 1, -2})},
		{"a.u8", Array([]uint8{1, 2, 255})},
		{"a.i8", Array([]int8{-1, 0, 127})},
		{"a.u16", Array([]uint16{1, 65535})},
		{"a.i16", Array([]int16{-32768, 7})},
		{"a.u32", Array([]uint32{0, 1 << 31})},
		{"a.bool", Array([]bool{true, false, true})},
		{"a.u64", Array([]uint64{math.MaxUint64})},
		{"a.i64", Array([]int64{math.MinInt64})},
		{"a.f64", Array([]float64{math.Pi})},
		{"a.empty", Array([]float32{})},
		{"a.nested", Array([]Value{Array([]int8{1, 2}), Array([]string{"x"}), Array([]Value{Array([]bool{true})}), Array([]Value{})})},
	}
}

func sampleTensors() []Tensor {
	return []Tensor{
		{Name: "token_embd.weight", Type: TensorF32, Dims: []uint64{3, 5}, Data: pattern(60, 1)},
		{Name: "blk.0.attn_q.weight", Type: TensorQ8_0, Dims: []uint64{64, 2}, Data: pattern(4*34, 2)},
		{Name: "blk.0.ffn.weight", Type: TensorQ4_0, Dims: []uint64{32, 3, 1, 2}, Data: pattern(6*18, 3)},
		{Name: "norm", Type: TensorF16, Dims: []uint64{7}, Data: pattern(14, 4)},
		{Name: "scalar", Type: TensorF32, Dims: nil, Data: pattern(4, 5)},
		{Name: "empty", Type: TensorF32, Dims: []uint64{0, 4}, Data: []byte{}},
	}
}

func mustMarshal(t testing.TB, kv []KV, ts []Tensor) []byte {
	t.Helper()
	b, err := Marshal(kv, ts)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return b
}

func checkFile(t *testing.T, f *File, kv []KV, ts []Tensor) {
	t.Helper()
	if f.Version != 3 {
		t.Errorf("version %d", f.Version)
	}
	if len(f.KV) != len(kv) {
		t.Fatalf("got %d kvs, want %d", len(f.KV), len(kv))
	}
	for i := range kv {
		if !reflect.DeepEqual(f.KV[i], kv[i]) {
			t.Errorf("kv %d: got %v = %v, want %v = %v", i, f.KV[i].Key, f.KV[i].Value, kv[i].Key, kv[i].Value)
		}
	}
	if len(f.Tensors) != len(ts) {
		t.Fatalf("got %d tensors, want %d", len(f.Tensors), len(ts))
	}
	if f.DataOffset%int64(f.Alignment) != 0 {
		t.Errorf("data offset %d not aligned to %d", f.DataOffset, f.Alignment)
	}
	for i, want := range ts {
		got := f.Tensors[i]
		wantDims := want.Dims
		if wantDims == nil {
			wantDims = []uint64{}
		}
		if got.Name != want.Name || got.Type != want.Type || !reflect.DeepEqual(got.Dims, wantDims) || got.Size != uint64(len(want.Data)) {
			t.Errorf("tensor %d: got %+v", i, got)
		}
		if got.Offset%f.Alignment != 0 {
			t.Errorf("tensor %q offset %d not aligned", got.Name, got.Offset)
		}
		data, err := f.TensorData(want.Name)
		if err != nil {
			t.Fatalf("TensorData(%q): %v", want.Name, err)
		}
		if !bytes.Equal(data, want.Data) {
			t.Errorf("tensor %q data differs", want.Name)
		}
		sr, err := f.TensorReader(want.Name)
		if err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, sr.Size())
		if _, err := sr.ReadAt(buf, 0); err != nil && len(buf) > 0 {
			t.Fatal(err)
		}
		if !bytes.Equal(buf, want.Data) {
			t.Errorf("tensor %q reader data differs", want.Name)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, align := range []uint32{0, 1, 8, 32, 64, 4096} {
		t.Run(fmt.Sprint("align", align), func(t *testing.T) {
			kv := sampleKV()
			want := uint64(DefaultAlignment)
			if align != 0 {
				kv = append([]KV{{KeyAlignment, Uint32(align)}}, kv...)
				want = uint64(align)
			}
			ts := sampleTensors()
			b := mustMarshal(t, kv, ts)
			if b2 := mustMarshal(t, kv, ts); !bytes.Equal(b, b2) {
				t.Fatal("output not deterministic")
			}
			f, err := Parse(b)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if f.Alignment != want {
				t.Errorf("alignment %d, want %d", f.Alignment, want)
			}
			checkFile(t, f, kv, ts)
			// The last tensor's data is padded too: the file ends on an aligned boundary.
			if uint64(len(b))%want != 0 {
				t.Errorf("file length %d not a multiple of %d", len(b), want)
			}
			// Read through an io.ReaderAt gives the same result.
			g, err := Read(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			checkFile(t, g, kv, ts)
		})
	}
}

func TestRoundTripEmpty(t *testing.T) {
	b := mustMarshal(t, nil, nil)
	if len(b) != 32 { // 24 header bytes padded to 32
		t.Fatalf("empty file is %d bytes", len(b))
	}
	f, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.KV) != 0 || len(f.Tensors) != 0 || f.DataOffset != 32 {
		t.Fatalf("%+v", f)
	}
	// A file that omits the final padding is still accepted when it has no tensors.
	if _, err := Parse(b[:24]); err != nil {
		t.Fatal(err)
	}
}

// TestReadLargeWindow exercises the windowed ReaderAt path with metadata
// bigger than the read window.
func TestReadLargeWindow(t *testing.T) {
	toks := make([]string, 30000)
	for i := range toks {
		toks[i] = fmt.Sprintf("tok%05d", i)
	}
	scores := make([]float32, 100000)
	for i := range scores {
		scores[i] = float32(i) / 7
	}
	kv := []KV{{"tokens", Array(toks)}, {"scores", Array(scores)}, {"name", String("x")}}
	ts := []Tensor{{Name: "w", Type: TensorQ8_0, Dims: []uint64{4096}, Data: pattern(128*34, 9)}}
	b := mustMarshal(t, kv, ts)
	f, err := Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	checkFile(t, f, kv, ts)
}

// TestHandDecode checks the writer's bytes field by field, independently of
// the package's reader.
func TestHandDecode(t *testing.T) {
	kv := []KV{
		{"general.alignment", Uint32(16)},
		{"k", Array([]uint16{0x0102, 0xa0b0})},
		{"b", Bool(true)},
	}
	data := []byte{1, 2, 3, 4, 5, 6, 7, 8}
	q8 := pattern(34, 7)
	ts := []Tensor{
		{Name: "t", Type: TensorF16, Dims: []uint64{2, 2}, Data: data},
		{Name: "q", Type: TensorQ8_0, Dims: []uint64{32}, Data: q8},
	}
	b := mustMarshal(t, kv, ts)
	le := binary.LittleEndian
	pos := 0
	next := func(n int) []byte { s := b[pos : pos+n]; pos += n; return s }
	u32 := func() uint32 { return le.Uint32(next(4)) }
	u64 := func() uint64 { return le.Uint64(next(8)) }
	str := func() string { return string(next(int(u64()))) }
	expect := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Fatalf("%s: got %v, want %v (at byte %d)", what, got, want, pos)
		}
	}
	expect("magic", string(next(4)), "GGUF")
	expect("version", u32(), uint32(3))
	expect("tensor count", u64(), uint64(2))
	expect("kv count", u64(), uint64(3))
	expect("key0", str(), "general.alignment")
	expect("type0", u32(), uint32(4))
	expect("val0", u32(), uint32(16))
	expect("key1", str(), "k")
	expect("type1", u32(), uint32(9))
	expect("elem type", u32(), uint32(2))
	expect("count", u64(), uint64(2))
	expect("e0", [2]byte(next(2)), [2]byte{0x02, 0x01})
	expect("e1", [2]byte(next(2)), [2]byte{0xb0, 0xa0})
	expect("key2", str(), "b")
	expect("type2", u32(), uint32(7))
	expect("bool", next(1)[0], byte(1))
	expect("name0", str(), "t")
	expect("ndims0", u32(), uint32(2))
	expect("dim0", u64(), uint64(2))
	expect("dim1", u64(), uint64(2))
	expect("ggml type0", u32(), uint32(1))
	expect("offset0", u64(), uint64(0))
	expect("name1", str(), "q")
	expect("ndims1", u32(), uint32(1))
	expect("dim0", u64(), uint64(32))
	expect("ggml type1", u32(), uint32(8))
	expect("offset1", u64(), uint64(16)) // 8 bytes of f16 data padded to 16
	for pos%16 != 0 {
		expect("header padding", next(1)[0], byte(0))
	}
	expect("data0", string(next(8)), string(data))
	expect("data0 padding", string(next(8)), string(make([]byte, 8)))
	expect("data1", string(next(34)), string(q8))
	expect("data1 padding", string(next(14)), string(make([]byte, 14)))
	expect("end", pos, len(b))
}

func TestGetters(t *testing.T) {
	f, err := Parse(mustMarshal(t, sampleKV(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if s, err := f.GetString("general.architecture"); err != nil || s != "llama" {
		t.Errorf("GetString: %q %v", s, err)
	}
	if n, err := f.GetUint32("llama.context_length"); err != nil || n != 4096 {
		t.Errorf("GetUint32: %d %v", n, err)
	}
	if x, err := f.GetFloat32("f32"); err != nil || x != 1e-5 {
		t.Errorf("GetFloat32: %v %v", x, err)
	}
	if x, err := f.GetBool("flag"); err != nil || !x {
		t.Errorf("GetBool: %v %v", x, err)
	}
	if x, err := f.GetInt64("i64"); err != nil || x != -1<<40 {
		t.Errorf("GetInt64: %v %v", x, err)
	}
	if x, err := f.GetStrings("tokenizer.ggml.tokens"); err != nil || len(x) != 4 || x[2] != "hello" {
		t.Errorf("GetStrings: %v %v", x, err)
	}
	if x, err := f.GetInt32s("tokenizer.ggml.token_type"); err != nil || x[3] != -2 {
		t.Errorf("GetInt32s: %v %v", x, err)
	}
	if x, err := f.GetFloat32s("tokenizer.ggml.scores"); err != nil || x[2] != 3.25 {
		t.Errorf("GetFloat32s: %v %v", x, err)
	}
	if v, err := f.GetArray("a.nested"); err != nil || v.ElemType() != TypeArray || v.Len() != 4 {
		t.Errorf("GetArray: %v %v", v, err)
	}
	if x, err := Get[[]uint16](f, "a.u16"); err != nil || x[1] != 65535 {
		t.Errorf("Get: %v %v", x, err)
	}
	for key, want := range map[string]uint64{"u8": 200, "u16": 60000, "llama.context_length": 4096, "u64": 1 << 40} {
		if x, err := f.GetUint(key); err != nil || x != want {
			t.Errorf("GetUint(%s): %v %v", key, x, err)
		}
	}

	errCases := []struct {
		name string
		call func() error
		want error
		msg  string
	}{
		{"missing", func() error { _, err := f.GetString("nope"); return err }, ErrKeyNotFound, `key "nope"`},
		{"wrong scalar", func() error { _, err := f.GetString("u8"); return err }, ErrWrongType, "it is uint8, want string"},
		{"wrong array", func() error { _, err := f.GetFloat32s("tokenizer.ggml.tokens"); return err }, ErrWrongType, "array[string], want array[float32]"},
		{"not array", func() error { _, err := f.GetArray("u8"); return err }, ErrWrongType, "want an array"},
		{"uint of string", func() error { _, err := f.GetUint("general.name"); return err }, ErrWrongType, "want an integer"},
		{"uint negative", func() error { _, err := f.GetUint("i8"); return err }, ErrInvalidValue, "negative"},
		{"no tensor", func() error { _, err := f.TensorData("w"); return err }, ErrTensorNotFound, `tensor "w"`},
	}
	for _, c := range errCases {
		err := c.call()
		if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: got %v, want %v containing %q", c.name, err, c.want, c.msg)
		}
	}
}

func TestValueHelpers(t *testing.T) {
	if (Value{}).Type() != TypeInvalid || (Value{}).Len() != -1 {
		t.Error("zero value")
	}
	if v := Array[float32](nil); v.Len() != 0 || v.ElemType() != TypeFloat32 {
		t.Error("nil array")
	}
	if x, ok := As[uint32](Uint32(5)); !ok || x != 5 {
		t.Error("As")
	}
	if _, ok := As[int32](Uint32(5)); ok {
		t.Error("As wrong type")
	}
	if _, err := ValueOf([]Value{Uint8(1)}); !errors.Is(err, ErrInvalidValue) {
		t.Errorf("ValueOf nested scalar: %v", err)
	}
	if _, err := ValueOf(3); !errors.Is(err, ErrInvalidValueType) {
		t.Errorf("ValueOf int: %v", err)
	}
	if v, err := ValueOf([]string{"a"}); err != nil || v.Type() != TypeArray {
		t.Errorf("ValueOf: %v %v", v, err)
	}
	for i := ValueType(0); i <= TypeFloat64; i++ {
		if !i.Valid() || strings.HasPrefix(i.String(), "ValueType(") {
			t.Errorf("type %d", i)
		}
	}
	if TensorType(3).String() != "q4_1" || TensorType(1000).String() != "ggml type 1000" {
		t.Error("tensor type names")
	}
}

func TestTensorSize(t *testing.T) {
	cases := []struct {
		typ         TensorType
		dims        []uint64
		elems, size uint64
		err         error
	}{
		{TensorF32, []uint64{3, 5}, 15, 60, nil},
		{TensorF32, nil, 1, 4, nil},
		{TensorF16, []uint64{7}, 7, 14, nil},
		{TensorQ8_0, []uint64{64, 3}, 192, 6 * 34, nil},
		{TensorQ4_0, []uint64{32, 2, 2, 2}, 256, 8 * 18, nil},
		{TensorQ4_0, []uint64{0}, 0, 0, nil},
		{TensorQ8_0, []uint64{33}, 0, 0, ErrInvalidShape},
		{TensorQ4_0, []uint64{16, 2}, 0, 0, ErrInvalidShape},
		{TensorQ4_K, []uint64{512, 3}, 1536, 6 * 144, nil},
		{TensorQ6_K, []uint64{256, 2}, 512, 2 * 210, nil},
		{TensorQ4_K, []uint64{32, 8}, 0, 0, ErrInvalidShape}, // rows are whole 256-value super-blocks
		{TensorQ6_K, []uint64{128}, 0, 0, ErrInvalidShape},
		{TensorF32, []uint64{1, 1, 1, 1, 1}, 0, 0, ErrInvalidShape},
		{TensorF32, []uint64{1 << 32, 1 << 32}, 0, 0, ErrInvalidShape},
		{TensorF32, []uint64{1 << 62}, 0, 0, ErrInvalidShape},
		{TensorF32, []uint64{math.MaxUint64}, 0, 0, ErrInvalidShape},
		{TensorType(3), []uint64{32}, 0, 0, ErrUnsupportedTensorType},
		{TensorType(99), []uint64{32}, 0, 0, ErrUnsupportedTensorType},
	}
	for _, c := range cases {
		n, s, err := TensorSize(c.typ, c.dims)
		if !errors.Is(err, c.err) || n != c.elems || s != c.size {
			t.Errorf("TensorSize(%v, %v) = %d, %d, %v; want %d, %d, %v", c.typ, c.dims, n, s, err, c.elems, c.size, c.err)
		}
	}
}

// describe renders kv and tensors in the canonical text form printed by
// testdata/gguf_dump.py.
func describe(kv []KV, ts []Tensor, align uint64) string {
	var fmtVal func(v Value) string
	fmtVal = func(v Value) string {
		switch x := v.Any().(type) {
		case float32:
			return fmt.Sprintf("0x%08x", math.Float32bits(x))
		case float64:
			return fmt.Sprintf("0x%016x", math.Float64bits(x))
		case string:
			return "s:" + hex.EncodeToString([]byte(x))
		}
		if v.Type() != TypeArray {
			return fmt.Sprint(v.Any())
		}
		var items []string
		rv := reflect.ValueOf(v.Any())
		for i := 0; i < rv.Len(); i++ {
			e := rv.Index(i).Interface()
			ev, ok := e.(Value)
			if !ok {
				ev = Value{e}
			}
			items = append(items, fmtVal(ev))
		}
		return fmt.Sprintf("array[%s] [%s]", v.ElemType(), strings.Join(items, ","))
	}
	lines := []string{"version 3"}
	for _, e := range kv {
		tn, val := e.Value.Type().String(), fmtVal(e.Value)
		if e.Value.Type() == TypeArray {
			tn, val, _ = strings.Cut(val, " ")
		}
		lines = append(lines, fmt.Sprintf("kv %x %s %s", e.Key, tn, val))
	}
	off := uint64(0)
	for _, t := range ts {
		dims := make([]string, len(t.Dims))
		for i, d := range t.Dims {
			dims[i] = fmt.Sprint(d)
		}
		sum := sha256.Sum256(t.Data)
		lines = append(lines, fmt.Sprintf("tensor %x type=%d dims=%s offset=%d sha256=%x", t.Name, uint32(t.Type), strings.Join(dims, ","), off, sum))
		off += (uint64(len(t.Data)) + align - 1) / align * align
	}
	lines = append(lines, fmt.Sprintf("alignment %d", align))
	return strings.Join(lines, "\n") + "\n"
}

// TestPythonReader checks generated files with the independent reader in
// testdata/gguf_dump.py (standard library Python only; skipped without python3).
func TestPythonReader(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	cases := []struct {
		name  string
		kv    []KV
		align uint64
	}{
		{"default", sampleKV(), 32},
		{"align64", append([]KV{{KeyAlignment, Uint32(64)}}, sampleKV()...), 64},
		{"align1", []KV{{KeyAlignment, Uint32(1)}}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ts := sampleTensors()
			path := filepath.Join(t.TempDir(), "x.gguf")
			if err := os.WriteFile(path, mustMarshal(t, c.kv, ts), 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := ReadFile(path)
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			checkFile(t, f, c.kv, ts)
			out, err := exec.Command(py, "testdata/gguf_dump.py", path).CombinedOutput()
			if err != nil {
				t.Fatalf("python reader: %v\n%s", err, out)
			}
			if want := describe(c.kv, ts, c.align); string(out) != want {
				t.Errorf("python reader disagrees:\n got: %s\nwant: %s", out, want)
			}
		})
	}
}

func TestScalarGettersAndTypeInfo(t *testing.T) {
	f, err := Parse(mustMarshal(t, sampleKV(), nil))
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, got any, err error, want any) {
		t.Helper()
		if err != nil || got != want {
			t.Errorf("%s: got %v, %v; want %v", name, got, err, want)
		}
	}
	u8, err := f.GetUint8("u8")
	check("u8", u8, err, uint8(200))
	i8, err := f.GetInt8("i8")
	check("i8", i8, err, int8(-100))
	u16, err := f.GetUint16("u16")
	check("u16", u16, err, uint16(60000))
	i16, err := f.GetInt16("i16")
	check("i16", i16, err, int16(-30000))
	i32, err := f.GetInt32("i32")
	check("i32", i32, err, int32(-123456))
	u64, err := f.GetUint64("u64")
	check("u64", u64, err, uint64(1<<40))
	f64, err := f.GetFloat64("f64")
	check("f64", f64, err, -2.5e300)
	u32s, err := f.GetUint32s("a.u32")
	check("u32s", len(u32s), err, 2)
	if _, err := f.GetUint("i64"); !errors.Is(err, ErrInvalidValue) {
		t.Errorf("GetUint(i64): %v", err)
	}
	if n, err := f.GetUint("i32"); err == nil {
		t.Errorf("GetUint(negative i32) = %d", n)
	}
	if s := String("x").String(); s != "string(x)" {
		t.Errorf("Value.String: %q", s)
	}
	if s := Array([]int8{1}).String(); s != "array[int8]([1])" {
		t.Errorf("Value.String: %q", s)
	}
	if ValueType(13).String() != "ValueType(13)" || TypeInvalid.String() != "invalid" {
		t.Error("ValueType.String")
	}
	for typ, want := range map[TensorType][3]int{TensorF32: {1, 1, 4}, TensorF16: {1, 1, 2}, TensorQ4_0: {1, 32, 18}, TensorQ8_0: {1, 32, 34}, TensorQ4_K: {1, 256, 144}, TensorQ6_K: {1, 256, 210}, 3: {0, 0, 0}} {
		got := [3]int{0, typ.BlockValues(), typ.BlockBytes()}
		if typ.Supported() {
			got[0] = 1
		}
		if got != want {
			t.Errorf("%v: got %v, want %v", typ, got, want)
		}
	}
}
