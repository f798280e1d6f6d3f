package llama

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Config is the shape of a llama network: what the GGUF metadata says, and
// what Random builds.
type Config struct {
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
	// token_embd.weight (as in llama2.c's stories models).
	TiedOutput bool
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
// with an untied output head and a context of 2048.
var presets = map[string]Config{
	"1m":   {Dim: 128, Layers: 4, Heads: 4, FFN: 384, Vocab: 512, Context: 256},
	"15m":  {Dim: 288, Layers: 6, Heads: 6, FFN: 768, Vocab: 32000, Context: 256, TiedOutput: true},
	"110m": {Dim: 768, Layers: 12, Heads: 12, FFN: 2048, Vocab: 32000, Context: 1024, TiedOutput: true},
	"1b":   {Dim: 2048, Layers: 22, Heads: 32, KVHeads: 4, FFN: 5632, Vocab: 32000, Context: 2048},
	"7b":   {Dim: 4096, Layers: 32, Heads: 32, KVHeads: 32, FFN: 11008, Vocab: 32000, Context: 2048},
}

// Preset returns the named configuration ("1m", "15m", "110m", "1b" or
// "7b"; case does not matter).
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
