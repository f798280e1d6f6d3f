package llama

import (
	"errors"
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// Arch is the value of general.architecture of a model file.
const Arch = "llama"

// Metadata keys (llama.cpp's names).
const (
	keyArch        = "general.architecture"
	keyName        = "general.name"
	keyFileType    = "general.file_type"
	keyContext     = Arch + ".context_length"
	keyDim         = Arch + ".embedding_length"
	keyLayers      = Arch + ".block_count"
	keyFFN         = Arch + ".feed_forward_length"
	keyHeads       = Arch + ".attention.head_count"
	keyKVHeads     = Arch + ".attention.head_count_kv"
	keyNormEps     = Arch + ".attention.layer_norm_rms_epsilon"
	keyRopeBase    = Arch + ".rope.freq_base"
	keyRopeDim     = Arch + ".rope.dimension_count"
	keyRopeScaling = Arch + ".rope.scaling.type"
	keyVocab       = Arch + ".vocab_size"
	keyExperts     = Arch + ".expert_count"
)

// Tensor names (llama.cpp's).
const (
	nameEmbd       = "token_embd.weight"
	nameOutputNorm = "output_norm.weight"
	nameOutput     = "output.weight"
)

func blockName(l int, what string) string { return fmt.Sprintf("blk.%d.%s.weight", l, what) }

// block is one transformer block of a loaded model.
type block struct {
	attnNorm, q, k, v, o *ggml.Tensor
	ffnNorm, gate, up    *ggml.Tensor
	down                 *ggml.Tensor
}

// Model is a loaded network. It is immutable and safe for concurrent use
// (each generation has its own Cache); its quantized and F16 weights alias
// the File's data (see gguf.Parse).
type Model struct {
	cfg     Config
	embd    *ggml.Tensor
	blocks  []block
	outNorm *ggml.Tensor
	output  *ggml.Tensor // embd when the output head is tied
}

// ErrInput is returned (wrapped) for an input Infer, Generate or Graph
// cannot accept: malformed bytes, token ids out of range, too many tokens.
var ErrInput = errors.New("invalid input")

// Config returns the network's shape, with defaults filled in.
func (m *Model) Config() Config { return m.cfg }

// Load checks that f is a model of this architecture, laid out as the
// package documentation says, and returns it. Every problem is an error
// naming the key or tensor.
func Load(f *gguf.File) (*Model, error) { return load(f, false) }

// LoadLayout is Load without the weights' data: every weight has its type
// and shape but no values (and is not checked for infinities or NaNs), for
// the dispute's node program, which binds just the rows a work item reads
// (ggml.BindWeight, ggml.WeightRows). Weights keeps the GGUF tensor names.
func LoadLayout(f *gguf.File) (*Model, error) { return load(f, true) }

func load(f *gguf.File, layout bool) (*Model, error) {
	arch, err := f.GetString(keyArch)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	if arch != Arch {
		return nil, fmt.Errorf("llama: %s is %q, want %q", keyArch, arch, Arch)
	}
	cfg, err := loadConfig(f)
	if err != nil {
		return nil, err
	}

	m := &Model{cfg: cfg}
	want := make(map[string]bool)
	weight := func(name string, dims ...int) (*ggml.Tensor, error) {
		want[name] = true
		return loadTensor(f, name, false, layout, dims...)
	}
	norm := func(name string) (*ggml.Tensor, error) {
		want[name] = true
		return loadTensor(f, name, true, layout, cfg.Dim)
	}
	d, kv := cfg.Dim, cfg.KVHeads*cfg.HeadDim()
	if m.embd, err = weight(nameEmbd, d, cfg.Vocab); err != nil {
		return nil, err
	}
	for l := 0; l < cfg.Layers; l++ {
		var b block
		for _, t := range []struct {
			dst  **ggml.Tensor
			name string
			dims []int // nil: a norm
		}{
			{&b.attnNorm, "attn_norm", nil},
			{&b.q, "attn_q", []int{d, d}},
			{&b.k, "attn_k", []int{d, kv}},
			{&b.v, "attn_v", []int{d, kv}},
			{&b.o, "attn_output", []int{d, d}},
			{&b.ffnNorm, "ffn_norm", nil},
			{&b.gate, "ffn_gate", []int{d, cfg.FFN}},
			{&b.up, "ffn_up", []int{d, cfg.FFN}},
			{&b.down, "ffn_down", []int{cfg.FFN, d}},
		} {
			name := blockName(l, t.name)
			if t.dims == nil {
				*t.dst, err = norm(name)
			} else {
				*t.dst, err = weight(name, t.dims...)
			}
			if err != nil {
				return nil, err
			}
		}
		m.blocks = append(m.blocks, b)
	}
	if m.outNorm, err = norm(nameOutputNorm); err != nil {
		return nil, err
	}
	m.output = m.embd
	if !cfg.TiedOutput {
		if m.output, err = weight(nameOutput, d, cfg.Vocab); err != nil {
			return nil, err
		}
	}
	for _, t := range f.Tensors {
		if !want[t.Name] {
			return nil, fmt.Errorf("llama: unexpected tensor %q (the model has %d blocks)", t.Name, cfg.Layers)
		}
	}
	return m, nil
}

// loadConfig reads the hyperparameters and checks them, naming the keys.
func loadConfig(f *gguf.File) (Config, error) {
	var c Config
	for _, k := range []struct {
		dst      *int
		key      string
		hi       int
		optional bool
	}{
		{&c.Dim, keyDim, maxWidth, false},
		{&c.Layers, keyLayers, maxLayers, false},
		{&c.Heads, keyHeads, maxWidth, false},
		{&c.KVHeads, keyKVHeads, maxWidth, true},
		{&c.FFN, keyFFN, maxWidth, false},
		{&c.Context, keyContext, maxWidth, false},
	} {
		if _, ok := f.Lookup(k.key); !ok && k.optional {
			continue
		}
		n, err := f.GetUint(k.key)
		if err != nil {
			return c, fmt.Errorf("llama: %w", err)
		}
		if n == 0 || n > uint64(k.hi) {
			return c, fmt.Errorf("llama: %s is %d, want 1..%d", k.key, n, k.hi)
		}
		*k.dst = int(n)
	}
	for _, k := range []struct {
		dst *float32
		key string
	}{{&c.RopeBase, keyRopeBase}, {&c.NormEps, keyNormEps}} {
		if _, ok := f.Lookup(k.key); !ok {
			continue
		}
		v, err := f.GetFloat32(k.key)
		if err != nil {
			return c, fmt.Errorf("llama: %w", err)
		}
		// Checked here: a zero would otherwise read as "use the default".
		switch {
		case k.key == keyRopeBase && (!(v >= 1) || math.IsInf(float64(v), 0)):
			return c, fmt.Errorf("llama: %s is %v, want a finite number ≥ 1", k.key, v)
		case k.key == keyNormEps && !(v > 0 && v < 1):
			return c, fmt.Errorf("llama: %s is %v, want 0 < eps < 1", k.key, v)
		}
		*k.dst = v
	}
	c = c.withDefaults()
	if c.Dim%c.Heads != 0 || c.HeadDim()%2 != 0 {
		return c, fmt.Errorf("llama: %s %d over %s %d is not a whole, even head size (rope rotates pairs)",
			keyDim, c.Dim, keyHeads, c.Heads)
	}
	if c.Heads%c.KVHeads != 0 {
		return c, fmt.Errorf("llama: %s %d is not a multiple of %s %d", keyHeads, c.Heads, keyKVHeads, c.KVHeads)
	}
	if n, ok, err := optionalUint(f, keyRopeDim); err != nil {
		return c, err
	} else if ok && n != uint64(c.HeadDim()) {
		return c, fmt.Errorf("llama: %s is %d, want the head size %d (partial rotary embeddings are not supported)", keyRopeDim, n, c.HeadDim())
	}
	if n, ok, err := optionalUint(f, keyExperts); err != nil {
		return c, err
	} else if ok && n != 0 {
		return c, fmt.Errorf("llama: %s is %d: mixture-of-experts models are not supported", keyExperts, n)
	}
	if _, ok := f.Lookup(keyRopeScaling); ok {
		s, err := f.GetString(keyRopeScaling)
		if err != nil {
			return c, fmt.Errorf("llama: %w", err)
		}
		if s != "none" {
			return c, fmt.Errorf("llama: %s is %q: rope scaling is not supported", keyRopeScaling, s)
		}
	}

	// The vocabulary is the embedding's row count.
	info, ok := f.Tensor(nameEmbd)
	if !ok {
		return c, fmt.Errorf("llama: tensor %q is missing", nameEmbd)
	}
	if len(info.Dims) != 2 || info.Dims[0] != uint64(c.Dim) || info.Dims[1] == 0 || info.Dims[1] > maxWidth {
		return c, fmt.Errorf("llama: tensor %q has dims %v, want {%d, vocab} with vocab in 1..%d", nameEmbd, info.Dims, c.Dim, maxWidth)
	}
	c.Vocab = int(info.Dims[1])
	if n, ok, err := optionalUint(f, keyVocab); err != nil {
		return c, err
	} else if ok && n != uint64(c.Vocab) {
		return c, fmt.Errorf("llama: %s is %d, but %s has %d rows", keyVocab, n, nameEmbd, c.Vocab)
	}
	_, hasOutput := f.Tensor(nameOutput)
	c.TiedOutput = !hasOutput
	if err := c.validate(); err != nil {
		return c, fmt.Errorf("llama: %w", err)
	}
	return c, nil
}

func optionalUint(f *gguf.File, key string) (uint64, bool, error) {
	if _, ok := f.Lookup(key); !ok {
		return 0, false, nil
	}
	n, err := f.GetUint(key)
	if err != nil {
		return 0, false, fmt.Errorf("llama: %w", err)
	}
	return n, true, nil
}

// weightType reports whether a matrix may have type t.
func weightType(t ggml.Type) bool {
	switch t {
	case ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0, ggml.Q4_K, ggml.Q6_K:
		return true
	}
	return false
}

// loadTensor checks the named tensor's type and dims and wraps its data.
// Norms must be F32; weights may be any type the matmul supports.
func loadTensor(f *gguf.File, name string, isNorm, layout bool, dims ...int) (*ggml.Tensor, error) {
	info, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("llama: tensor %q is missing", name)
	}
	switch {
	case isNorm && info.Type != ggml.F32:
		return nil, fmt.Errorf("llama: tensor %q is %v, want %v", name, info.Type, ggml.F32)
	case !isNorm && !weightType(info.Type):
		return nil, fmt.Errorf("llama: tensor %q is %v, want f32, f16, q8_0, q4_0, q4_k or q6_k", name, info.Type)
	}
	if !info.HasDims(dims...) {
		return nil, fmt.Errorf("llama: tensor %q has dims %v, want %v", name, info.Dims, dims)
	}
	if bv := info.Type.BlockValues(); bv > 1 && dims[0]%bv != 0 {
		return nil, fmt.Errorf("llama: tensor %q: %v rows of %d values are not whole %d-value blocks", name, info.Type, dims[0], bv)
	}
	if layout {
		t, err := ggml.Layout(info)
		if err != nil {
			return nil, fmt.Errorf("llama: %w", err)
		}
		return t, nil
	}
	data, err := f.TensorData(name)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	t, err := ggml.FromGGUF(info, data)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	if err := t.CheckFinite(); err != nil {
		return nil, fmt.Errorf("llama: tensor %q: %w", name, err)
	}
	return t, nil
}
