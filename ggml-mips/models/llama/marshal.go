package llama

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// Weights are a network's parameters in float32. Each matrix is stored as
// GGUF stores it, as rows of input values: row n holds the weights of
// output n (y[n] = Σ_i W[n·In + i] · x[i]).
type Weights struct {
	TokenEmbd  []float32 // Vocab rows of Dim: the embedding of each token
	Blocks     []BlockWeights
	OutputNorm []float32 // Dim
	Output     []float32 // Vocab rows of Dim; nil when the Config has TiedOutput
}

// BlockWeights are one transformer block's parameters (kvDim = KVHeads ·
// HeadDim). Q and K use llama.cpp's layout: each head's pairs (2i, 2i+1)
// are rotated together.
type BlockWeights struct {
	AttnNorm []float32 // Dim
	Q        []float32 // Dim rows of Dim
	K, V     []float32 // kvDim rows of Dim
	O        []float32 // Dim rows of Dim
	FFNNorm  []float32 // Dim
	Gate, Up []float32 // FFN rows of Dim
	Down     []float32 // Dim rows of FFN
}

// tensorSpec is one tensor of the file layout: rows of cols values.
type tensorSpec struct {
	name       string
	cols, rows int  // GGUF dims {cols, rows}; rows is 0 for a vector
	norm       bool // a norm: always F32
}

// layout lists the tensors of a file for cfg (defaults filled in), in the
// order they are written.
func layout(cfg Config) []tensorSpec {
	d, kv, f := cfg.Dim, cfg.KVHeads*cfg.HeadDim(), cfg.FFN
	specs := []tensorSpec{{name: nameEmbd, cols: d, rows: cfg.Vocab}}
	for l := 0; l < cfg.Layers; l++ {
		specs = append(specs,
			tensorSpec{name: blockName(l, "attn_norm"), cols: d, norm: true},
			tensorSpec{name: blockName(l, "attn_q"), cols: d, rows: d},
			tensorSpec{name: blockName(l, "attn_k"), cols: d, rows: kv},
			tensorSpec{name: blockName(l, "attn_v"), cols: d, rows: kv},
			tensorSpec{name: blockName(l, "attn_output"), cols: d, rows: d},
			tensorSpec{name: blockName(l, "ffn_norm"), cols: d, norm: true},
			tensorSpec{name: blockName(l, "ffn_gate"), cols: d, rows: f},
			tensorSpec{name: blockName(l, "ffn_up"), cols: d, rows: f},
			tensorSpec{name: blockName(l, "ffn_down"), cols: f, rows: d})
	}
	specs = append(specs, tensorSpec{name: nameOutputNorm, cols: d, norm: true})
	if !cfg.TiedOutput {
		specs = append(specs, tensorSpec{name: nameOutput, cols: d, rows: cfg.Vocab})
	}
	return specs
}

func (s tensorSpec) values() int {
	if s.rows == 0 {
		return s.cols
	}
	return s.cols * s.rows
}

func (s tensorSpec) dims() []uint64 {
	if s.rows == 0 {
		return []uint64{uint64(s.cols)}
	}
	return []uint64{uint64(s.cols), uint64(s.rows)}
}

// Marshal returns the model file of a network: cfg's metadata (see the
// package documentation) and w's weights, the matrices encoded as typ (F32,
// F16, Q8_0 or Q4_0; norms are always F32). name is general.name.
func Marshal(cfg Config, w *Weights, typ ggml.Type, name string) ([]byte, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	if len(w.Blocks) != cfg.Layers {
		return nil, fmt.Errorf("llama: %d blocks of weights for %d layers", len(w.Blocks), cfg.Layers)
	}
	byName := map[string][]float32{nameEmbd: w.TokenEmbd, nameOutputNorm: w.OutputNorm, nameOutput: w.Output}
	for l, b := range w.Blocks {
		for what, v := range map[string][]float32{"attn_norm": b.AttnNorm, "attn_q": b.Q, "attn_k": b.K, "attn_v": b.V,
			"attn_output": b.O, "ffn_norm": b.FFNNorm, "ffn_gate": b.Gate, "ffn_up": b.Up, "ffn_down": b.Down} {
			byName[blockName(l, what)] = v
		}
	}
	if cfg.TiedOutput && w.Output != nil {
		return nil, fmt.Errorf("llama: the output head is tied to the embedding, but Output holds %d weights", len(w.Output))
	}
	kv, tensors, err := encode(cfg, typ, name, func(s tensorSpec) ([]float32, error) {
		v := byName[s.name]
		if len(v) != s.values() {
			return nil, fmt.Errorf("llama: %s has %d weights, want %d", s.name, len(v), s.values())
		}
		for i, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return nil, fmt.Errorf("llama: %s[%d] is %v", s.name, i, x)
			}
		}
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	return gguf.Marshal(kv, tensors)
}

// Random returns the model file of a network of shape cfg with
// pseudo-random weights drawn from seed, the matrices encoded as typ. The
// bytes depend only on the arguments. Matrices, the embedding included,
// are uniform in ±√(3/In), a gain of one in variance, so activations keep
// their scale through the blocks (and an embedding row has norm about 1,
// small beside the blocks' outputs, so a tied head does not just repeat the
// last token); norms are 1.
func Random(cfg Config, seed uint64, typ ggml.Type) ([]byte, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	rng := splitMix64{seed}
	kv, tensors, err := encode(cfg, typ, fmt.Sprintf("random llama (seed %d)", seed), func(s tensorSpec) ([]float32, error) {
		v := make([]float32, s.values())
		switch {
		case s.norm:
			for i := range v {
				v[i] = 1
			}
		default:
			rng.fill(v, math.Sqrt(3/float64(s.cols)))
		}
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	return gguf.Marshal(kv, tensors)
}

// encode returns the metadata and tensors of a file, asking values for each
// tensor of the layout in turn (so at most one is held in float32).
func encode(cfg Config, typ ggml.Type, name string, values func(tensorSpec) ([]float32, error)) ([]gguf.KV, []gguf.Tensor, error) {
	var fileType uint32
	switch typ {
	case ggml.F32:
		fileType = 0 // llama.cpp's LLAMA_FTYPE_ALL_F32
	case ggml.F16:
		fileType = 1 // MOSTLY_F16
	case ggml.Q4_0:
		fileType = 2 // MOSTLY_Q4_0
	case ggml.Q8_0:
		fileType = 7 // MOSTLY_Q8_0
	default:
		return nil, nil, fmt.Errorf("llama: weights of type %v, want f32, f16, q8_0 or q4_0", typ)
	}
	if bv := typ.BlockValues(); bv > 1 && (cfg.Dim%bv != 0 || cfg.FFN%bv != 0) {
		return nil, nil, fmt.Errorf("llama: %v rows are whole %d-value blocks, but dim is %d and ffn %d", typ, bv, cfg.Dim, cfg.FFN)
	}
	var tensors []gguf.Tensor
	for _, s := range layout(cfg) {
		v, err := values(s)
		if err != nil {
			return nil, nil, err
		}
		t := typ
		if s.norm {
			t = ggml.F32
		}
		tensors = append(tensors, gguf.Tensor{Name: s.name, Type: t, Dims: s.dims(), Data: encodeValues(t, v)})
	}

	kv := []gguf.KV{
		{Key: keyArch, Value: gguf.String(Arch)},
		{Key: keyName, Value: gguf.String(name)},
		{Key: keyFileType, Value: gguf.Uint32(fileType)},
		{Key: keyContext, Value: gguf.Uint32(uint32(cfg.Context))},
		{Key: keyDim, Value: gguf.Uint32(uint32(cfg.Dim))},
		{Key: keyLayers, Value: gguf.Uint32(uint32(cfg.Layers))},
		{Key: keyFFN, Value: gguf.Uint32(uint32(cfg.FFN))},
		{Key: keyRopeDim, Value: gguf.Uint32(uint32(cfg.HeadDim()))},
		{Key: keyHeads, Value: gguf.Uint32(uint32(cfg.Heads))},
		{Key: keyKVHeads, Value: gguf.Uint32(uint32(cfg.KVHeads))},
		{Key: keyNormEps, Value: gguf.Float32(cfg.NormEps)},
		{Key: keyRopeBase, Value: gguf.Float32(cfg.RopeBase)},
		{Key: keyVocab, Value: gguf.Uint32(uint32(cfg.Vocab))},
	}
	return append(kv, tokenizerKV(cfg.Vocab)...), tensors, nil
}

// tokenizerKV is a placeholder SentencePiece vocabulary, enough for
// llama.cpp to load the file (see the package documentation).
func tokenizerKV(vocab int) []gguf.KV {
	const (
		normal, unknown, control, byteToken = 1, 2, 3, 6 // llama.cpp's token types
	)
	tokens := make([]string, vocab)
	types := make([]int32, vocab)
	for i := range tokens {
		switch {
		case i == 0:
			tokens[i], types[i] = "<unk>", unknown
		case i == 1:
			tokens[i], types[i] = "<s>", control
		case i == 2:
			tokens[i], types[i] = "</s>", control
		case vocab >= 3+256 && i < 3+256:
			tokens[i], types[i] = fmt.Sprintf("<0x%02X>", i-3), byteToken
		default:
			tokens[i], types[i] = fmt.Sprintf("<tok_%d>", i), normal
		}
	}
	kv := []gguf.KV{
		{Key: "tokenizer.ggml.model", Value: gguf.String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: gguf.Array(tokens)},
		{Key: "tokenizer.ggml.scores", Value: gguf.Array(make([]float32, vocab))},
		{Key: "tokenizer.ggml.token_type", Value: gguf.Array(types)},
	}
	for id, key := range []string{"unknown_token_id", "bos_token_id", "eos_token_id"} {
		if id < vocab {
			kv = append(kv, gguf.KV{Key: "tokenizer.ggml." + key, Value: gguf.Uint32(uint32(id))})
		}
	}
	return kv
}

// encodeValues returns the GGUF bytes of values as type t.
func encodeValues(t ggml.Type, values []float32) []byte {
	switch t {
	case ggml.F32:
		b := make([]byte, 4*len(values))
		for i, v := range values {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		return b
	case ggml.F16:
		b := make([]byte, 2*len(values))
		for i, v := range values {
			binary.LittleEndian.PutUint16(b[2*i:], gguf.F32ToF16(v))
		}
		return b
	case ggml.Q8_0:
		return ggml.QuantizeQ8_0(values)
	case ggml.Q4_0:
		return quantizeQ4_0(values)
	}
	panic(fmt.Sprintf("llama: encode %v", t)) // encode checked the type
}

// quantizeQ4_0 encodes values (whole 32-value blocks) as Q4_0 the way
// ggml's reference quantizer does: per block, d = −m/8 where m is the value
// of largest magnitude (so m itself maps to nibble 0 exactly), nibbles
// q = min(15, ⌊x/d + 8.5⌋), value = (q − 8)·d. The first 16 values are the
// low nibbles, the last 16 the high ones. Values must be finite.
func quantizeQ4_0(values []float32) []byte {
	const qk, blockBytes = gguf.QK4_0, gguf.BlockSizeQ4_0
	out := make([]byte, len(values)/qk*blockBytes)
	for b := 0; b < len(values)/qk; b++ {
		x := values[b*qk : (b+1)*qk]
		var amax, m float32
		for _, v := range x {
			if a := float32(math.Abs(float64(v))); a > amax {
				amax, m = a, v
			}
		}
		d := m / -8
		h := gguf.F32ToF16(d)
		var id float32
		if gguf.F16ToF32(h) != 0 { // else the block is zeros, whatever its nibbles; 1/d could overflow
			id = 1 / d
		}
		blk := out[b*blockBytes : (b+1)*blockBytes]
		binary.LittleEndian.PutUint16(blk, h)
		nibble := func(v float32) byte {
			return byte(min(15, int32(float32(v*id)+8.5))) // in [0.5, 16.5]: truncation is floor
		}
		for j := 0; j < qk/2; j++ {
			blk[2+j] = nibble(x[j]) | nibble(x[j+qk/2])<<4
		}
	}
	return out
}

// splitMix64 is Steele, Lea and Flood's SplitMix64 generator: small, fast
// and the same on every platform.
type splitMix64 struct{ s uint64 }

func (r *splitMix64) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// fill sets v to values uniform in [−a, a).
func (r *splitMix64) fill(v []float32, a float64) {
	// 53 random bits as an integer in [−2^52, 2^52) are exact in float64;
	// one product (correctly rounded everywhere) scales them.
	scale := a * 0x1p-52
	for i := range v {
		v[i] = float32(float64(int64(r.next()>>11)-1<<52) * scale)
	}
}
