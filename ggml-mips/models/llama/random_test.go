package llama

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

func TestRandomDeterministic(t *testing.T) {
	for _, typ := range []ggml.Type{ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0} {
		a := mustRandom(t, tiny, 42, typ)
		if b := mustRandom(t, tiny, 42, typ); !bytes.Equal(a, b) {
			t.Errorf("%v: two files from seed 42 differ", typ)
		}
		if b := mustRandom(t, tiny, 43, typ); bytes.Equal(a, b) {
			t.Errorf("%v: seeds 42 and 43 give the same file", typ)
		}
		f, err := gguf.Parse(a)
		if err != nil {
			t.Fatal(err)
		}
		if ft, _ := f.GetUint32(keyFileType); map[ggml.Type]uint32{ggml.F32: 0, ggml.F16: 1, ggml.Q4_0: 2, ggml.Q8_0: 7}[typ] != ft {
			t.Errorf("%v: %s is %d", typ, keyFileType, ft)
		}
		if toks, err := f.GetStrings("tokenizer.ggml.tokens"); err != nil || len(toks) != tiny.Vocab {
			t.Errorf("%v: tokenizer.ggml.tokens: %d tokens, %v", typ, len(toks), err)
		}
	}
}

// TestRandomScale checks the weights' distribution: uniform in ±√(3/In),
// so mean about 0 and variance about 1/In, and norms of 1.
func TestRandomScale(t *testing.T) {
	f, err := gguf.Parse(mustRandom(t, tiny, 9, ggml.F32))
	if err != nil {
		t.Fatal(err)
	}
	ref := newReference(t, mustRandom(t, tiny, 9, ggml.F32), tiny)
	for _, info := range f.Tensors {
		w := ref.w[info.Name]
		if len(info.Dims) == 1 {
			for _, v := range w {
				if v != 1 {
					t.Fatalf("%s holds %v, want 1", info.Name, v)
				}
			}
			continue
		}
		in := float64(info.Dims[0])
		var sum, ss, mx float64
		for _, v := range w {
			sum, ss, mx = sum+v, ss+v*v, max(mx, math.Abs(v))
		}
		n := float64(len(w))
		mean, variance := sum/n, ss/n*in
		if math.Abs(mean) > 4*math.Sqrt(1/in/n) || math.Abs(variance-1) > 0.2 || mx > math.Sqrt(3/in) {
			t.Errorf("%s: mean %.3g, variance·In %.3g, max %.3g (bound %.3g)", info.Name, mean, variance, mx, math.Sqrt(3/in))
		}
	}
}

func TestRandomErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  Config
		typ  ggml.Type
		want string
	}{
		{"q8_0 dim not whole blocks", Config{Dim: 48, Layers: 1, Heads: 2, FFN: 64, Vocab: 8, Context: 4}, ggml.Q8_0, "dim is 48"},
		{"q4_0 ffn not whole blocks", Config{Dim: 32, Layers: 1, Heads: 2, FFN: 40, Vocab: 8, Context: 4}, ggml.Q4_0, "ffn 40"},
		{"unsupported type", tiny, ggml.I32, "weights of type"},
		{"no layers", Config{Dim: 32, Heads: 2, FFN: 64, Vocab: 8, Context: 4}, ggml.F32, "layers"},
		{"heads do not divide dim", Config{Dim: 32, Layers: 1, Heads: 3, FFN: 64, Vocab: 8, Context: 4}, ggml.F32, "heads"},
		{"rope base below 1", Config{Dim: 32, Layers: 1, Heads: 2, FFN: 64, Vocab: 8, Context: 4, RopeBase: 0.5}, ggml.F32, "rope base"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Random(c.cfg, 1, c.typ)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Random = %v, want an error mentioning %q", err, c.want)
			}
		})
	}
}

// TestMarshal writes explicit weights and reads them back.
func TestMarshal(t *testing.T) {
	cfg := Config{Dim: 4, Layers: 1, Heads: 2, KVHeads: 1, FFN: 3, Vocab: 5, Context: 4, TiedOutput: true}
	rng := splitMix64{1}
	vec := func(n int) []float32 {
		v := make([]float32, n)
		rng.fill(v, 1)
		return v
	}
	w := &Weights{
		TokenEmbd: vec(20),
		Blocks: []BlockWeights{{AttnNorm: vec(4), Q: vec(16), K: vec(8), V: vec(8), O: vec(16),
			FFNNorm: vec(4), Gate: vec(12), Up: vec(12), Down: vec(12)}},
		OutputNorm: vec(4),
	}
	b, err := Marshal(cfg, w, ggml.F32, "hand-made")
	if err != nil {
		t.Fatal(err)
	}
	ref := newReference(t, b, cfg)
	for name, want := range map[string][]float32{nameEmbd: w.TokenEmbd, "blk.0.attn_k.weight": w.Blocks[0].K,
		"blk.0.ffn_down.weight": w.Blocks[0].Down, nameOutputNorm: w.OutputNorm} {
		got := ref.w[name]
		for i := range want {
			if got[i] != float64(want[i]) {
				t.Fatalf("%s[%d] = %v, want %v", name, i, got[i], want[i])
			}
		}
	}
	if got := mustLoad(t, b).Config(); got != cfg.withDefaults() {
		t.Errorf("Config() = %+v", got)
	}

	bad := *w
	bad.Blocks = []BlockWeights{w.Blocks[0]}
	bad.Blocks[0].Up = vec(11)
	if _, err := Marshal(cfg, &bad, ggml.F32, ""); err == nil || !strings.Contains(err.Error(), "blk.0.ffn_up.weight") {
		t.Errorf("short ffn_up: %v", err)
	}
	bad.Blocks[0].Up = append(vec(11), float32(math.NaN()))
	if _, err := Marshal(cfg, &bad, ggml.F32, ""); err == nil || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("NaN weight: %v", err)
	}
	bad = *w
	bad.Output = vec(20)
	if _, err := Marshal(cfg, &bad, ggml.F32, ""); err == nil {
		t.Error("an output head for a tied config was accepted")
	}
}

// TestQuantizeQ4_0 checks the Q4_0 encoder against its definition: the
// value of largest magnitude m maps to nibble 0, (0 − 8)·d = m; the others
// are within half a step d of their value, except those of the other sign
// beyond 7·|d|, which clamp to nibble 15 and are within one step.
func TestQuantizeQ4_0(t *testing.T) {
	rng := splitMix64{5}
	x := make([]float32, 4*32)
	rng.fill(x, 3)
	x[40] = -7 // the largest of block 1, negative
	for i := 96; i < 128; i++ {
		x[i] = 1e-30 // block 3: below the smallest f16 scale
	}
	q := quantizeQ4_0(x)
	y := make([]float32, len(x))
	ggml.DequantizeRow(ggml.Q4_0, q, y)
	for b := 0; b < 3; b++ {
		d := gguf.F16ToF32(uint16(q[b*18]) | uint16(q[b*18+1])<<8)
		for i := b * 32; i < (b+1)*32; i++ {
			ad := math.Abs(float64(d))
			bound := 0.5 * ad
			if math.Abs(float64(x[i])) > 7*ad {
				bound = ad
			}
			if e := math.Abs(float64(x[i] - y[i])); e > bound*1.01 {
				t.Errorf("value %d: %v became %v (scale %v)", i, x[i], y[i], d)
			}
		}
	}
	if math.Abs(float64(y[40]+7)) > 1e-2 {
		t.Errorf("the largest value -7 became %v", y[40])
	}
	for i := 96; i < 128; i++ {
		if y[i] != 0 {
			t.Fatalf("value %d of a block of 1e-30 became %v, want 0", i, y[i])
		}
	}
}
