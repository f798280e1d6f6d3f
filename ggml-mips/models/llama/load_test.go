package llama

import (
	"encoding/binary"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

func TestLoadConfig(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  Config
		typ  ggml.Type
	}{
		{"tiny f32", tiny, ggml.F32},
		{"tied f16 odd sizes", Config{Dim: 12, Layers: 1, Heads: 3, FFN: 20, Vocab: 7, Context: 5, TiedOutput: true, RopeBase: 500, NormEps: 1e-6}, ggml.F16},
		{"mqa q4_0", Config{Dim: 64, Layers: 3, Heads: 8, KVHeads: 1, FFN: 96, Vocab: 33, Context: 9}, ggml.Q4_0},
		{"1m q8_0", presets["1m"], ggml.Q8_0},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mustLoad(t, mustRandom(t, c.cfg, 1, c.typ))
			if got, want := m.Config(), c.cfg.withDefaults(); got != want {
				t.Errorf("Config() = %+v, want %+v", got, want)
			}
			if got := m.blocks[0].q.Type; got != c.typ {
				t.Errorf("attn_q is %v, want %v", got, c.typ)
			}
			if c.cfg.TiedOutput != (m.output == m.embd) {
				t.Errorf("tied output %v, but output is embd: %v", c.cfg.TiedOutput, m.output == m.embd)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	kv, ts := randomParts(t, tiny, 1, ggml.F32) // dim 32, 4 heads of 8, 2 kv heads: kvDim 16
	lk := func(k string) string { return key(Arch, k) }
	cases := []struct {
		name  string
		edits []edit
		want  string // in the error
	}{
		{"no architecture", []edit{deleteKey(keyArch)}, keyArch},
		{"other architecture", []edit{setKey(keyArch, gguf.String("gpt2"))}, `"gpt2"`},
		{"no embedding length", []edit{deleteKey(lk(keyDim))}, lk(keyDim)},
		{"no block count", []edit{deleteKey(lk(keyLayers))}, lk(keyLayers)},
		{"no head count", []edit{deleteKey(lk(keyHeads))}, lk(keyHeads)},
		{"no ffn length", []edit{deleteKey(lk(keyFFN))}, lk(keyFFN)},
		{"no context length", []edit{deleteKey(lk(keyContext))}, lk(keyContext)},
		{"dim is a string", []edit{setKey(lk(keyDim), gguf.String("32"))}, lk(keyDim)},
		{"dim is negative", []edit{setKey(lk(keyDim), gguf.Int32(-32))}, lk(keyDim)},
		{"dim too large", []edit{setKey(lk(keyDim), gguf.Uint64(1<<40))}, lk(keyDim)},
		{"zero blocks", []edit{setKey(lk(keyLayers), gguf.Uint32(0))}, lk(keyLayers)},
		{"zero context", []edit{setKey(lk(keyContext), gguf.Uint32(0))}, lk(keyContext)},
		{"zero heads", []edit{setKey(lk(keyHeads), gguf.Uint32(0))}, lk(keyHeads)},
		{"heads do not divide dim", []edit{setKey(lk(keyHeads), gguf.Uint32(3))}, lk(keyHeads)},
		{"odd head size", []edit{setKey(lk(keyHeads), gguf.Uint32(32)), setKey(lk(keyKVHeads), gguf.Uint32(32))}, lk(keyHeads)},
		{"zero kv heads", []edit{setKey(lk(keyKVHeads), gguf.Uint32(0))}, lk(keyKVHeads)},
		{"kv heads do not divide heads", []edit{setKey(lk(keyKVHeads), gguf.Uint32(3))}, lk(keyKVHeads)},
		{"more kv heads than heads", []edit{setKey(lk(keyKVHeads), gguf.Uint32(8))}, lk(keyKVHeads)},
		{"kv heads changes kv dim", []edit{setKey(lk(keyKVHeads), gguf.Uint32(4))}, "blk.0.attn_k.weight"},
		{"rope base below 1", []edit{setKey(lk(keyRopeBase), gguf.Float32(0.5))}, lk(keyRopeBase)},
		{"rope base is not a float32", []edit{setKey(lk(keyRopeBase), gguf.Uint32(10000))}, lk(keyRopeBase)},
		{"zero epsilon", []edit{setKey(lk(keyNormEps), gguf.Float32(0))}, lk(keyNormEps)},
		{"zero rope base", []edit{setKey(lk(keyRopeBase), gguf.Float32(0))}, lk(keyRopeBase)},
		{"NaN epsilon", []edit{setKey(lk(keyNormEps), gguf.Float32(float32(math.NaN())))}, lk(keyNormEps)},
		{"infinite rope base", []edit{setKey(lk(keyRopeBase), gguf.Float32(float32(math.Inf(1))))}, lk(keyRopeBase)},
		{"epsilon too large", []edit{setKey(lk(keyNormEps), gguf.Float32(1))}, lk(keyNormEps)},
		{"vocab size disagrees", []edit{setKey(lk(keyVocab), gguf.Uint32(65))}, lk(keyVocab)},
		{"partial rotary", []edit{setKey(lk(keyRopeDim), gguf.Uint32(4))}, lk(keyRopeDim)},
		{"mixture of experts", []edit{setKey(lk(keyExperts), gguf.Uint32(8))}, lk(keyExperts)},
		{"rope scaling", []edit{setKey(lk(keyRopeScaling), gguf.String("linear"))}, lk(keyRopeScaling)},
		{"no embedding", []edit{deleteTensor(nameEmbd)}, nameEmbd},
		{"embedding rows of the wrong size", []edit{setTensor(nameEmbd, ggml.F32, 16, 64)}, nameEmbd},
		{"embedding with 3 dims", []edit{setTensor(nameEmbd, ggml.F32, 32, 64, 1)}, nameEmbd},
		{"more blocks than tensors", []edit{setKey(lk(keyLayers), gguf.Uint32(3))}, "blk.2.attn_norm.weight"},
		{"fewer blocks than tensors", []edit{setKey(lk(keyLayers), gguf.Uint32(1))}, "unexpected tensor"},
		{"no q", []edit{deleteTensor("blk.1.attn_q.weight")}, "blk.1.attn_q.weight"},
		{"no ffn_down", []edit{deleteTensor("blk.0.ffn_down.weight")}, "blk.0.ffn_down.weight"},
		{"no output norm", []edit{deleteTensor(nameOutputNorm)}, nameOutputNorm},
		{"q of the wrong shape", []edit{setTensor("blk.0.attn_q.weight", ggml.F32, 32, 16)}, "blk.0.attn_q.weight"},
		{"k with all heads", []edit{setTensor("blk.1.attn_k.weight", ggml.F32, 32, 32)}, "blk.1.attn_k.weight"},
		{"v as a vector", []edit{setTensor("blk.0.attn_v.weight", ggml.F32, 512)}, "blk.0.attn_v.weight"},
		{"ffn_down transposed", []edit{setTensor("blk.0.ffn_down.weight", ggml.F32, 32, 64)}, "blk.0.ffn_down.weight"},
		{"gate of the wrong width", []edit{setTensor("blk.1.ffn_gate.weight", ggml.F32, 32, 32)}, "blk.1.ffn_gate.weight"},
		{"output of the wrong vocabulary", []edit{setTensor(nameOutput, ggml.F32, 32, 63)}, nameOutput},
		{"f16 norm", []edit{setTensor("blk.0.ffn_norm.weight", ggml.F16, 32)}, "blk.0.ffn_norm.weight"},
		{"q8_0 norm", []edit{setTensor(nameOutputNorm, ggml.Q8_0, 32)}, nameOutputNorm},
		{"norm of the wrong size", []edit{setTensor("blk.1.attn_norm.weight", ggml.F32, 16)}, "blk.1.attn_norm.weight"},
		{"extra tensor", []edit{setTensor("blk.0.attn_output.bias", ggml.F32, 32)}, "blk.0.attn_output.bias"},
		{"key length is not the head size", []edit{setKey(lk(keyKeyLength), gguf.Uint32(16))}, lk(keyKeyLength)},
		{"value length is not the head size", []edit{setKey(lk(keyValueLength), gguf.Uint32(4))}, lk(keyValueLength)},
		{"sliding window shorter than the context", []edit{setKey(lk(keySlidingWindow), gguf.Uint32(15))}, lk(keySlidingWindow)},
		{"rope factors of the wrong size", []edit{setTensor(nameRopeFreqs, ggml.F32, 8)}, nameRopeFreqs},
		{"f16 rope factors", []edit{setTensor(nameRopeFreqs, ggml.F16, 4)}, nameRopeFreqs},
		{"zero rope factors", []edit{setTensor(nameRopeFreqs, ggml.F32, 4)}, nameRopeFreqs},
		{"a q bias only", []edit{setTensor("blk.0.attn_q.bias", ggml.F32, 32)}, "blk.0.attn_k.bias"},
		{"qwen2 without biases", []edit{setKey(keyArch, gguf.String(ArchQwen2)), renameKeys(Arch, ArchQwen2)}, "blk.0.attn_q.bias"},
	}
	// Non-finite weights, in each encoding.
	nan, inf := math.Float32bits(float32(math.NaN())), math.Float32bits(float32(math.Inf(-1)))
	kvQ, tsQ := randomParts(t, tiny, 1, ggml.Q8_0)
	kvH, tsH := randomParts(t, tiny, 1, ggml.F16)
	kv4, ts4 := randomParts(t, tiny, 1, ggml.Q4_0)
	for _, c := range []struct {
		name   string
		kv     []gguf.KV
		ts     []gguf.Tensor
		tensor string
		patch  func([]byte)
	}{
		{"f32 NaN weight", kv, ts, "blk.1.attn_v.weight", func(b []byte) { binary.LittleEndian.PutUint32(b[4*100:], nan) }},
		{"f32 infinite norm", kv, ts, "blk.0.ffn_norm.weight", func(b []byte) { binary.LittleEndian.PutUint32(b[4*31:], inf) }},
		{"f16 infinite weight", kvH, tsH, nameEmbd, func(b []byte) { binary.LittleEndian.PutUint16(b[2*7:], 0x7c00) }},
		{"q8_0 NaN scale", kvQ, tsQ, "blk.0.ffn_down.weight", func(b []byte) { binary.LittleEndian.PutUint16(b[34*3:], 0x7e00) }},
		{"q4_0 infinite scale", kv4, ts4, nameOutput, func(b []byte) { binary.LittleEndian.PutUint16(b[18*5:], 0xfc00) }},
	} {
		cases = append(cases, struct {
			name  string
			edits []edit
			want  string
		}{c.name, []edit{func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) { return c.kv, c.ts }, patchTensor(c.tensor, c.patch)}, c.tensor})
	}

	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, err := gguf.Parse(build(t, kv, ts, c.edits...))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			m, err := Load(f)
			if err == nil {
				t.Fatalf("Load succeeded with config %+v", m.Config())
			}
			t.Log(err)
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not mention %q", err, c.want)
			}
		})
	}

	// The unedited parts load, and so do the accepted variants.
	for _, c := range []struct {
		name  string
		edits []edit
	}{
		{"as written", nil},
		{"optional keys absent", []edit{deleteKey(keyRopeBase), deleteKey(keyNormEps), deleteKey(keyVocab), deleteKey(keyRopeDim)}},
		{"uint64 counts", []edit{setKey(keyDim, gguf.Uint64(32)), setKey(keyContext, gguf.Uint64(16))}},
		{"no scaling, no experts", []edit{setKey(keyRopeScaling, gguf.String("none")), setKey(keyExperts, gguf.Uint32(0))}},
		{"tied output", []edit{deleteTensor(nameOutput)}},
		{"mixed weight types", []edit{setTensor("blk.0.attn_q.weight", ggml.Q4_0, 32, 32), setTensor("blk.1.ffn_up.weight", ggml.F16, 32, 64)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mustLoad(t, build(t, kv, ts, c.edits...))
			if _, err := m.Generate([]int32{1, 2}, 2); err != nil {
				t.Errorf("Generate: %v", err)
			}
		})
	}
	mha := tiny
	mha.KVHeads = 4
	kv, ts = randomParts(t, mha, 1, ggml.F32)
	m := mustLoad(t, build(t, kv, ts, deleteKey(keyKVHeads)))
	if got := m.Config().KVHeads; got != 4 {
		t.Errorf("without %s: %d kv heads, want the 4 heads", keyKVHeads, got)
	}
}

// TestLoadCorruptHeader changes each byte of a file's header in turn: every
// result must be an error or a model that generates, never a panic.
func TestLoadCorruptHeader(t *testing.T) {
	cfg := Config{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFN: 32, Vocab: 8, Context: 8}
	for _, typ := range []ggml.Type{ggml.F32, ggml.Q8_0} {
		file := mustRandom(t, cfg, 3, typ)
		f, err := gguf.Parse(file)
		if err != nil {
			t.Fatal(err)
		}
		loaded, step := 0, 1
		if testing.Short() {
			step = 7
		}
		for off := 0; off < int(f.DataOffset); off += step {
			for _, x := range []byte{0xff, 0x01, 0x80} {
				b := append([]byte(nil), file...)
				b[off] ^= x
				if loadAndRun(t, b, fmt.Sprintf("%v: byte %d ^ %#x", typ, off, x)) {
					loaded++
				}
			}
		}
		t.Logf("%v: %d of the corrupted files loaded", typ, loaded)
		if loaded == 0 {
			t.Errorf("%v: no corrupted file loaded; the test exercises nothing past Load", typ)
		}
	}
}

// loadAndRun loads b and, if that works, generates; it fails the test on a
// panic and reports whether the model loaded.
func loadAndRun(t testing.TB, b []byte, what string) (loaded bool) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: panic: %v", what, r)
		}
	}()
	f, err := gguf.Parse(b)
	if err != nil {
		return false
	}
	m, err := Load(f)
	if err != nil {
		return false
	}
	m.Generate([]int32{0, 1}, 2)
	m.Infer([]byte{0, 0, 0, 1, 0, 0, 0, 2})
	return true
}
