package models_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// hfDir holds a pinned copy of Hugging Face's GGUF parser (`make
// gguf-crosscheck-deps` installs it with npm).
var hfDir = filepath.Join("..", "gguf", "testdata", "hfgguf")

// hfDump parses path with Hugging Face's reader.
func hfDump(t *testing.T, path string) map[string]any {
	t.Helper()
	node, err := exec.LookPath("node")
	if err == nil {
		_, err = os.Stat(filepath.Join(hfDir, "node_modules", "@huggingface", "gguf"))
	}
	if err != nil {
		if os.Getenv("OPML_REQUIRE_NPM") != "" {
			t.Fatalf("Hugging Face's GGUF reader is not installed: %v (run `make gguf-crosscheck-deps`)", err)
		}
		t.Skipf("Hugging Face's GGUF reader is not installed (%v): run `make gguf-crosscheck-deps` (needs node and npm)", err)
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(node, "dump.mjs", path)
	cmd.Dir, cmd.Stdout, cmd.Stderr = hfDir, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("Hugging Face's reader rejected %s: %v\n%s", path, err, stderr.String())
	}
	var out map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// norm turns one of our metadata values into what the JSON dump holds:
// numbers as float64, 64-bit integers as decimal strings (they are BigInts
// in JavaScript), arrays element by element.
func norm(x any) any {
	switch v := x.(type) {
	case uint8, int8, uint16, int16, uint32, int32:
		f, _ := strconv.ParseFloat(fmt.Sprint(v), 64)
		return f
	case float32:
		return float64(v)
	case float64:
		return v
	case uint64, int64:
		return fmt.Sprint(v)
	case bool, string:
		return v
	}
	rv := reflect.ValueOf(x)
	if rv.Kind() == reflect.Slice {
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = norm(rv.Index(i).Interface())
		}
		return out
	}
	if v, ok := x.(gguf.Value); ok {
		return norm(v.Any())
	}
	return fmt.Sprintf("unexpected %T", x)
}

// TestOtherReaderAgrees writes the project's kinds of GGUF files and checks
// that Hugging Face's GGUF parser reads the same metadata, tensor infos and
// data offset from them as ours does.
func TestOtherReaderAgrees(t *testing.T) {
	files := map[string][]byte{}
	committed, err := os.ReadFile(filepath.Join("mnist", "testdata", "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	files["fashion-mnist"] = committed
	cfg := llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 80, Context: 32}
	for _, typ := range []ggml.Type{ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0} {
		b, err := llama.Random(cfg, 1, typ)
		if err != nil {
			t.Fatal(err)
		}
		files["llama-"+typ.String()] = b
	}
	every, err := gguf.Marshal([]gguf.KV{
		{Key: "u8", Value: gguf.Uint8(200)}, {Key: "i8", Value: gguf.Int8(-100)},
		{Key: "u16", Value: gguf.Uint16(60000)}, {Key: "i16", Value: gguf.Int16(-30000)},
		{Key: "u32", Value: gguf.Uint32(4e9)}, {Key: "i32", Value: gguf.Int32(-2e9)},
		{Key: "f32", Value: gguf.Float32(0.1)}, {Key: "bool", Value: gguf.Bool(true)},
		{Key: "str", Value: gguf.String("héllo")}, {Key: "u64", Value: gguf.Uint64(1<<63 + 5)},
		{Key: "i64", Value: gguf.Int64(-1 << 62)}, {Key: "f64", Value: gguf.Float64(1e300)},
		{Key: "arr.f32", Value: gguf.Array([]float32{1.5, -2})}, {Key: "arr.str", Value: gguf.Array([]string{"a", ""})},
		{Key: "arr.i64", Value: gguf.Array([]int64{-1, 7})},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	files["every-value-type"] = every

	dir := t.TempDir()
	for name, b := range files {
		t.Run(name, func(t *testing.T) {
			path, err := filepath.Abs(filepath.Join(dir, name+".gguf"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			ours, err := gguf.Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			hf := hfDump(t, path)
			meta, _ := hf["metadata"].(map[string]any)
			if got := meta["version"]; got != float64(ours.Version) {
				t.Errorf("version: theirs %v, ours %d", got, ours.Version)
			}
			if got := meta["tensor_count"]; got != fmt.Sprint(len(ours.Tensors)) {
				t.Errorf("tensor_count: theirs %v, ours %d", got, len(ours.Tensors))
			}
			if got := meta["kv_count"]; got != fmt.Sprint(len(ours.KV)) {
				t.Errorf("kv_count: theirs %v, ours %d", got, len(ours.KV))
			}
			for _, kv := range ours.KV {
				if want, got := norm(kv.Value.Any()), meta[kv.Key]; !reflect.DeepEqual(want, got) {
					t.Errorf("%s: theirs %#v, ours %#v", kv.Key, got, want)
				}
			}
			infos, _ := hf["tensorInfos"].([]any)
			if len(infos) != len(ours.Tensors) {
				t.Fatalf("%d tensor infos, ours %d", len(infos), len(ours.Tensors))
			}
			for i, ti := range ours.Tensors {
				shape := make([]any, len(ti.Dims))
				for d, n := range ti.Dims {
					shape[d] = fmt.Sprint(n)
				}
				want := map[string]any{"name": ti.Name, "n_dims": float64(len(ti.Dims)), "shape": shape,
					"dtype": float64(ti.Type), "offset": fmt.Sprint(ti.Offset)}
				if !reflect.DeepEqual(infos[i], want) {
					t.Errorf("tensor %d: theirs %v, ours %v", i, infos[i], want)
				}
			}
			if got := hf["tensorDataOffset"]; got != fmt.Sprint(ours.DataOffset) {
				t.Errorf("data offset: theirs %v, ours %d", got, ours.DataOffset)
			}
		})
	}
}
