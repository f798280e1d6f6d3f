package llama

import (
	"slices"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// tiny is the shape most tests use: grouped-query attention (two query
// heads per kv head), two blocks so that errors in one block's attention
// reach the next block's keys and values, and an untied output head.
var tiny = Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 64, Vocab: 64, Context: 16}

func mustRandom(t testing.TB, cfg Config, seed uint64, typ ggml.Type) []byte {
	t.Helper()
	b, err := Random(cfg, seed, typ)
	if err != nil {
		t.Fatalf("Random: %v", err)
	}
	return b
}

func mustLoad(t testing.TB, file []byte) *Model {
	t.Helper()
	f, err := gguf.Parse(file)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return m
}

// randomParts returns the metadata and tensors Random would write, for
// tests to edit before marshalling.
func randomParts(t testing.TB, cfg Config, seed uint64, typ ggml.Type) ([]gguf.KV, []gguf.Tensor) {
	t.Helper()
	cfg = cfg.withDefaults()
	rng := splitMix64{seed}
	kv, ts, err := encode(cfg, typ, "test", func(s tensorSpec) ([]float32, error) {
		v := make([]float32, s.values())
		rng.fill(v, 0.5)
		if s.kind == ropeFreqs {
			for i := range v {
				v[i] = 1 + 8*max(v[i], 0)
			}
		}
		return v, nil
	})
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return kv, ts
}

// encode returns the metadata and tensors of a file in memory, asking
// values for each tensor of the layout in turn.
func encode(cfg Config, typ ggml.Type, name string, values func(tensorSpec) ([]float32, error)) ([]gguf.KV, []gguf.Tensor, error) {
	fileType, err := checkType(cfg, typ)
	if err != nil {
		return nil, nil, err
	}
	var tensors []gguf.Tensor
	for _, s := range layout(cfg) {
		v, err := values(s)
		if err != nil {
			return nil, nil, err
		}
		tensors = append(tensors, gguf.Tensor{Name: s.name, Type: s.typ(typ), Dims: s.dims(), Data: encodeValues(nil, s.typ(typ), v)})
	}
	return metadata(cfg, fileType, name), tensors, nil
}

// edit is a change to a file's metadata or tensors.
type edit func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor)

func setKey(key string, v gguf.Value) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		for i := range kv {
			if kv[i].Key == key {
				kv = slices.Clone(kv)
				kv[i].Value = v
				return kv, ts
			}
		}
		return append(slices.Clone(kv), gguf.KV{Key: key, Value: v}), ts
	}
}

func deleteKey(key string) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		return slices.DeleteFunc(slices.Clone(kv), func(e gguf.KV) bool { return e.Key == key }), ts
	}
}

func deleteTensor(name string) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		return kv, slices.DeleteFunc(slices.Clone(ts), func(t gguf.Tensor) bool { return t.Name == name })
	}
}

// renameKeys moves the keys of architecture from to architecture to.
func renameKeys(from, to string) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		kv = slices.Clone(kv)
		for i := range kv {
			if rest, ok := strings.CutPrefix(kv[i].Key, from+"."); ok {
				kv[i].Key = to + "." + rest
			}
		}
		return kv, ts
	}
}

// setTensor replaces (or adds) a tensor with zeros of the given type and dims.
func setTensor(name string, typ ggml.Type, dims ...uint64) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		_, size, err := gguf.TensorSize(typ, dims)
		if err != nil {
			panic(err)
		}
		nt := gguf.Tensor{Name: name, Type: typ, Dims: dims, Data: make([]byte, size)}
		ts = slices.Clone(ts)
		for i := range ts {
			if ts[i].Name == name {
				ts[i] = nt
				return kv, ts
			}
		}
		return kv, append(ts, nt)
	}
}

func build(t testing.TB, kv []gguf.KV, ts []gguf.Tensor, edits ...edit) []byte {
	t.Helper()
	for _, e := range edits {
		kv, ts = e(kv, ts)
	}
	b, err := gguf.Marshal(kv, ts)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	return b
}

// patchTensor changes a copy of a tensor's data.
func patchTensor(name string, patch func(data []byte)) edit {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		ts = slices.Clone(ts)
		for i := range ts {
			if ts[i].Name == name {
				ts[i].Data = slices.Clone(ts[i].Data)
				patch(ts[i].Data)
			}
		}
		return kv, ts
	}
}
