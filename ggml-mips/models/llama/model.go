package llama

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// Architectures: the values of general.architecture a model file may have.
const (
	// Arch is llama (Llama 1, 2 and 3, Mistral, TinyLlama, llama2.c's
	// stories): rope over adjacent pairs, optional rope frequency factors.
	Arch = "llama"
	// ArchQwen2 is Qwen2 and Qwen2.5: biases on the q, k and v
	// projections, rope over pairs half a head apart (NeoX).
	ArchQwen2 = "qwen2"
)

// Archs lists the architectures, Arch first.
var Archs = []string{Arch, ArchQwen2}

// IsArch reports whether arch is one of Archs.
func IsArch(arch string) bool { return slices.Contains(Archs, arch) }

// Metadata keys (llama.cpp's names). The keys of the network's shape are
// prefixed by the architecture: key(arch, keyDim) is
// "llama.embedding_length" or "qwen2.embedding_length".
const (
	keyArch     = "general.architecture"
	keyName     = "general.name"
	keyFileType = "general.file_type"

	keyContext       = "context_length"
	keyDim           = "embedding_length"
	keyLayers        = "block_count"
	keyFFN           = "feed_forward_length"
	keyHeads         = "attention.head_count"
	keyKVHeads       = "attention.head_count_kv"
	keyKeyLength     = "attention.key_length"
	keyValueLength   = "attention.value_length"
	keyNormEps       = "attention.layer_norm_rms_epsilon"
	keySlidingWindow = "attention.sliding_window"
	keyRopeBase      = "rope.freq_base"
	keyRopeDim       = "rope.dimension_count"
	keyRopeScaling   = "rope.scaling.type"
	keyVocab         = "vocab_size"
	keyExperts       = "expert_count"
)

func key(arch, k string) string { return arch + "." + k }

// Tensor names (llama.cpp's).
const (
	nameEmbd       = "token_embd.weight"
	nameOutputNorm = "output_norm.weight"
	nameOutput     = "output.weight"
	nameRopeFreqs  = "rope_freqs.weight"
)

func blockName(l int, what string) string { return fmt.Sprintf("blk.%d.%s.weight", l, what) }

func biasName(l int, what string) string { return fmt.Sprintf("blk.%d.%s.bias", l, what) }

// block is one transformer block of a loaded model.
type block struct {
	attnNorm, q, k, v, o *ggml.Tensor
	bq, bk, bv           *ggml.Tensor // nil without QKVBias
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
	// ropeFreqs divides the rotary frequencies (nil: none); ropeMode is
	// the architecture's pairing.
	ropeFreqs *ggml.Tensor
	ropeMode  ggml.RopeMode
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
	if !IsArch(arch) {
		return nil, fmt.Errorf("llama: %s is %q, want one of %q", keyArch, arch, Archs)
	}
	cfg, err := loadConfig(f, arch)
	if err != nil {
		return nil, err
	}

	m := &Model{cfg: cfg, ropeMode: cfg.ropeMode()}
	want := make(map[string]bool)
	weight := func(name string, dims ...int) (*ggml.Tensor, error) {
		want[name] = true
		return loadTensor(f, name, false, layout, dims...)
	}
	vector := func(name string, n int) (*ggml.Tensor, error) {
		want[name] = true
		return loadTensor(f, name, true, layout, n)
	}
	norm := func(name string) (*ggml.Tensor, error) { return vector(name, cfg.Dim) }
	d, kv := cfg.Dim, cfg.KVHeads*cfg.HeadDim()
	if m.embd, err = weight(nameEmbd, d, cfg.Vocab); err != nil {
		return nil, err
	}
	if cfg.RopeFreqs {
		if m.ropeFreqs, err = vector(nameRopeFreqs, cfg.HeadDim()/2); err != nil {
			return nil, err
		}
		if !layout {
			for i, v := range m.ropeFreqs.F {
				if !(v >= ggml.MinRopeFactor) {
					return nil, fmt.Errorf("llama: tensor %q: factor %d is %v, want at least %v", nameRopeFreqs, i, v, ggml.MinRopeFactor)
				}
			}
		}
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
		if cfg.QKVBias {
			for _, t := range []struct {
				dst  **ggml.Tensor
				name string
				n    int
			}{{&b.bq, "attn_q", d}, {&b.bk, "attn_k", kv}, {&b.bv, "attn_v", kv}} {
				if *t.dst, err = vector(biasName(l, t.name), t.n); err != nil {
					return nil, err
				}
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
func loadConfig(f *gguf.File, arch string) (Config, error) {
	c := Config{Arch: arch}
	keyDim, keyLayers, keyHeads, keyKVHeads, keyFFN, keyContext := key(arch, keyDim), key(arch, keyLayers),
		key(arch, keyHeads), key(arch, keyKVHeads), key(arch, keyFFN), key(arch, keyContext)
	keyRopeBase, keyNormEps, keyRopeDim, keyExperts, keyRopeScaling, keyVocab := key(arch, keyRopeBase),
		key(arch, keyNormEps), key(arch, keyRopeDim), key(arch, keyExperts), key(arch, keyRopeScaling), key(arch, keyVocab)
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
	for _, k := range []string{key(arch, keyKeyLength), key(arch, keyValueLength)} {
		if n, ok, err := optionalUint(f, k); err != nil {
			return c, err
		} else if ok && n != uint64(c.HeadDim()) {
			return c, fmt.Errorf("llama: %s is %d, want the head size %d (%s / %s)", k, n, c.HeadDim(), keyDim, keyHeads)
		}
	}
	// A sliding window (Mistral 7B v0.1's 4096) that covers the whole
	// context changes nothing; a shorter one is not implemented.
	if n, ok, err := optionalUint(f, key(arch, keySlidingWindow)); err != nil {
		return c, err
	} else if ok && n != 0 && n < uint64(c.Context) {
		return c, fmt.Errorf("llama: %s is %d, shorter than %s %d: sliding-window attention is not supported (a window of at least the context length is)",
			key(arch, keySlidingWindow), n, keyContext, c.Context)
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
	_, c.RopeFreqs = f.Tensor(nameRopeFreqs)
	if c.Arch == Arch {
		// llama.cpp's llama graph adds q, k and v biases when the file
		// has them; qwen2 files always have them.
		_, c.QKVBias = f.Tensor(biasName(0, "attn_q"))
	}
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
// Vectors (norms, biases, rope factors: f32Only) must be F32; matrices may
// be any type the matmul supports.
func loadTensor(f *gguf.File, name string, f32Only, layout bool, dims ...int) (*ggml.Tensor, error) {
	info, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("llama: tensor %q is missing", name)
	}
	switch {
	case f32Only && info.Type != ggml.F32:
		return nil, fmt.Errorf("llama: tensor %q is %v, want %v", name, info.Type, ggml.F32)
	case !f32Only && !weightType(info.Type):
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
