package llama

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// Config is the shape of a llama network: what the GGUF metadata says, and
// what Random builds.
type Config struct {
	// Arch is the architecture: Arch (llama; "" means it) or ArchQwen2.
	Arch string

	Dim     int // embedding length: the width of the residual stream
	Layers  int // transformer blocks
	Heads   int // query heads; Dim is a multiple of it
	KVHeads int // key/value heads, dividing Heads (grouped-query attention); 0 means Heads
	FFN     int // hidden width of the SwiGLU feed-forward block
	Vocab   int // tokens
	Context int // positions: a prompt and its continuation fit in it

	RopeBase float32 // rotary embedding base; 0 means DefaultRopeBase
	NormEps  float32 // RMSNorm epsilon; 0 means DefaultNormEps

	// TiedOutput means the file has no output.weight: the output head is
	// token_embd.weight (as in llama2.c's stories models, Llama 3.2 1B and
	// 3B, the smaller Qwen2.5).
	TiedOutput bool

	// QKVBias means the q, k and v projections have biases
	// (blk.<l>.attn_{q,k,v}.bias). Qwen2 always has them (withDefaults
	// sets it); llama files may.
	QKVBias bool

	// RopeFreqs means the file has rope_freqs.weight: headDim/2 factors
	// that divide the rotary frequencies (Llama 3.1's long-context
	// scaling, which llama.cpp's converter writes as this tensor). Random
	// writes Llama3RopeFreqs(headDim, RopeBase, Llama31RopeScaling).
	// Llama only.
	RopeFreqs bool
}

// Defaults of the optional settings.
const (
	DefaultRopeBase = 10000
	DefaultNormEps  = 1e-5
)

// Bounds that keep a malformed file from asking for absurd allocations or
// overflowing int on the 32-bit MIPS build. Real llama models are far below.
const (
	maxWidth  = 1 << 20 // Dim, FFN, Vocab, Context
	maxLayers = 1 << 10
)

// HeadDim is the size of one attention head.
func (c Config) HeadDim() int { return c.Dim / c.Heads }

// withDefaults fills in the zero-means-default fields.
func (c Config) withDefaults() Config {
	if c.Arch == "" {
		c.Arch = Arch
	}
	if c.Arch == ArchQwen2 {
		c.QKVBias = true
	}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	if c.RopeBase == 0 {
		c.RopeBase = DefaultRopeBase
	}
	if c.NormEps == 0 {
		c.NormEps = DefaultNormEps
	}
	return c
}

// validate checks a Config with its defaults filled in.
func (c Config) validate() error {
	if !IsArch(c.Arch) {
		return fmt.Errorf("architecture %q, want one of %q", c.Arch, Archs)
	}
	if c.RopeFreqs && c.Arch != Arch {
		return fmt.Errorf("rope frequency factors (%s) in a %s model: llama.cpp applies them to llama models only", nameRopeFreqs, c.Arch)
	}
	for _, f := range []struct {
		name  string
		v, hi int
	}{
		{"dim", c.Dim, maxWidth}, {"layers", c.Layers, maxLayers}, {"heads", c.Heads, maxWidth},
		{"kv heads", c.KVHeads, maxWidth}, {"ffn", c.FFN, maxWidth}, {"vocab", c.Vocab, maxWidth},
		{"context", c.Context, maxWidth},
	} {
		if f.v <= 0 || f.v > f.hi {
			return fmt.Errorf("%s is %d, want 1..%d", f.name, f.v, f.hi)
		}
	}
	if c.Dim%c.Heads != 0 {
		return fmt.Errorf("dim %d is not a multiple of the %d heads", c.Dim, c.Heads)
	}
	if c.HeadDim()%2 != 0 {
		return fmt.Errorf("head size %d (dim %d / %d heads) is odd; rotary embeddings rotate pairs", c.HeadDim(), c.Dim, c.Heads)
	}
	if c.Heads%c.KVHeads != 0 {
		return fmt.Errorf("%d heads are not a multiple of the %d kv heads", c.Heads, c.KVHeads)
	}
	// A base below 1 would make the rotation frequencies grow past 1 and the
	// angles past the range where ggml's sin/cos reduction is exact and
	// portable; real models use 10^4 and up.
	if !(c.RopeBase >= 1) || math.IsInf(float64(c.RopeBase), 0) {
		return fmt.Errorf("rope base %v, want a finite number ≥ 1", c.RopeBase)
	}
	if !(c.NormEps > 0 && c.NormEps < 1) {
		return fmt.Errorf("rms norm epsilon %v, want 0 < eps < 1", c.NormEps)
	}
	return nil
}

// Params is the number of weights of the network.
func (c Config) Params() int64 {
	c = c.withDefaults()
	d, f, v := int64(c.Dim), int64(c.FFN), int64(c.Vocab)
	kv := int64(c.KVHeads) * int64(c.HeadDim())
	block := d + d*d + 2*d*kv + d*d + d + 3*d*f // norms, q, k, v, output, norm, gate/up/down
	if c.QKVBias {
		block += d + 2*kv
	}
	n := v*d + int64(c.Layers)*block + d
	if !c.TiedOutput {
		n += v * d
	}
	return n
}

// presets are the benchmark configurations. 15m and 110m have the shapes of
// llama2.c's stories15M and stories110M, which share the embedding with the
// output head; 1b has TinyLlama-1.1B's shape (grouped-query attention, 4 kv
// heads) and 7b LLaMA-7B's (Llama 2 7B's too, whose context is 4096), both
// with an untied output head and a context of 2048. The family presets
// have the shapes of the models they are named after, with a context of
// 2048: qwen2.5-0.5b (q/k/v biases, NeoX rope, base 10^6, tied head),
// llama3.2-1b (base 500000, rope frequency factors, which Random computes
// with Llama 3.1's scaling where Llama 3.2's factor is 32, tied head) and
// mistral-7b (v0.1: 8 kv heads, ffn 14336; its 4096-position sliding
// window covers the context).
var presets = map[string]Config{
	"1m":   {Dim: 128, Layers: 4, Heads: 4, FFN: 384, Vocab: 512, Context: 256},
	"15m":  {Dim: 288, Layers: 6, Heads: 6, FFN: 768, Vocab: 32000, Context: 256, TiedOutput: true},
	"110m": {Dim: 768, Layers: 12, Heads: 12, FFN: 2048, Vocab: 32000, Context: 1024, TiedOutput: true},
	"1b":   {Dim: 2048, Layers: 22, Heads: 32, KVHeads: 4, FFN: 5632, Vocab: 32000, Context: 2048},
	"7b":   {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFN: 11008, Vocab: 32000, Context: 2048},

	"qwen2.5-0.5b": {Arch: ArchQwen2, Dim: 896, Layers: 24, Heads: 14, KVHeads: 2, FFN: 4864, Vocab: 151936, Context: 2048,
		RopeBase: 1e6, NormEps: 1e-6, TiedOutput: true, QKVBias: true},
	"llama3.2-1b": {Dim: 2048, Layers: 16, Heads: 32, KVHeads: 8, FFN: 8192, Vocab: 128256, Context: 2048,
		RopeBase: 500000, TiedOutput: true, RopeFreqs: true},
	"mistral-7b": {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 8, FFN: 14336, Vocab: 32000, Context: 2048},
}

// Preset returns the named configuration (one of PresetNames; case does
// not matter).
func Preset(name string) (Config, bool) {
	c, ok := presets[strings.ToLower(name)]
	return c, ok
}

// PresetNames lists the presets, smallest first.
func PresetNames() []string {
	names := make([]string, 0, len(presets))
	for n := range presets {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		pa, pb := presets[a].Params(), presets[b].Params()
		switch {
		case pa < pb:
			return -1
		case pa > pb:
			return 1
		}
		return strings.Compare(a, b)
	})
	return names
}

// ropeMode is how the architecture pairs the elements rope rotates:
// llama.cpp's LLAMA_ROPE_TYPE_NORM for llama (whose converter permutes Q
// and K to suit it), NEOX for qwen2.
func (c Config) ropeMode() ggml.RopeMode {
	if c.Arch == ArchQwen2 {
		return ggml.RopeNeoX
	}
	return ggml.RopeNormal
}

// Llama3RopeScaling is the "llama3" rope_scaling of a Hugging Face config:
// the parameters from which llama.cpp's converter computes
// rope_freqs.weight.
type Llama3RopeScaling struct {
	Factor, LowFreqFactor, HighFreqFactor float64
	OriginalContext                       int // original_max_position_embeddings
}

// Llama31RopeScaling is Llama 3.1's (and the converter's defaults).
var Llama31RopeScaling = Llama3RopeScaling{Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalContext: 8192}

// Llama3RopeFreqs returns the rope frequency factors of the "llama3"
// scaling s for heads of headDim and rope base base, as llama.cpp's
// converter computes them: 1 for wavelengths 2π/freq shorter than
// OriginalContext/HighFreqFactor, Factor for those longer than
// OriginalContext/LowFreqFactor, a smooth blend between. The arithmetic is
// the engine's portable float64 (ggml.Exp64, ggml.Log64), so the factors
// are the same bits on every host; they may differ from the converter's
// float32 ones in the last bits, which is no matter: inference reads them
// from the file.
func Llama3RopeFreqs(headDim int, base float32, s Llama3RopeScaling) []float32 {
	lowWave := float64(s.OriginalContext) / s.LowFreqFactor
	highWave := float64(s.OriginalContext) / s.HighFreqFactor
	lnBase := ggml.Log64(float64(base))
	out := make([]float32, headDim/2)
	for i := range out {
		freq := ggml.Exp64(-float64(2*i) / float64(headDim) * lnBase)
		wave := 2 * math.Pi / freq
		switch {
		case wave < highWave:
			out[i] = 1
		case wave > lowWave:
			out[i] = float32(s.Factor)
		default:
			smooth := (float64(s.OriginalContext)/wave - s.LowFreqFactor) / (s.HighFreqFactor - s.LowFreqFactor)
			out[i] = float32(1 / ((1-smooth)/s.Factor + smooth))
		}
	}
	return out
}
