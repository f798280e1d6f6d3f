package llama

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"runtime"

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
	RopeFreqs  []float32 // HeadDim/2 factors when the Config has RopeFreqs, else nil
}

// BlockWeights are one transformer block's parameters (kvDim = KVHeads ·
// HeadDim). Q and K use llama.cpp's layout for the architecture: in
// llama models each head's pairs (2i, 2i+1) are rotated together, in
// qwen2 models the pairs (i, i + HeadDim/2).
type BlockWeights struct {
	AttnNorm []float32 // Dim
	Q        []float32 // Dim rows of Dim
	K, V     []float32 // kvDim rows of Dim
	O        []float32 // Dim rows of Dim
	// QBias (Dim), KBias and VBias (kvDim) when the Config has QKVBias,
	// else nil.
	QBias, KBias, VBias []float32
	FFNNorm             []float32 // Dim
	Gate, Up            []float32 // FFN rows of Dim
	Down                []float32 // Dim rows of FFN
}

// tensorSpec is one tensor of the file layout: rows of cols values.
type tensorSpec struct {
	name       string
	cols, rows int      // GGUF dims {cols, rows}; rows is 0 for a vector
	kind       specKind // what Random puts in it
	moreBits   bool     // Q6_K in a Q4_K_M file
}

// Q4_K_M stands for llama.cpp's Q4_K_M file type wherever Marshal, Random
// and NewRandomFile take the type of the matrices; it is not a tensor type.
// The matrices are Q4_K except, as llama.cpp's quantizer chooses for this
// architecture, Q6_K for the output head (token_embd when the head is
// tied), and for attn_v and ffn_down in the layers useMoreBits picks. Rows
// must be whole 256-value blocks (llama.cpp would fall back to other types
// for the tensors where they are not).
const Q4_K_M ggml.Type = 1<<16 | 15

// useMoreBits is llama.cpp's choice of the layers whose attn_v and ffn_down
// get more bits in a Q4_K_M file: the first and last eighth, and every
// third layer between.
func useMoreBits(layer, layers int) bool {
	return layer < layers/8 || layer >= 7*layers/8 || (layer-layers/8)%3 == 2
}

// specKind is what a tensor holds, for its type and for Random.
type specKind uint8

const (
	matrix    specKind = iota // a weight matrix: the file's type, random values
	norm                      // a norm: F32, ones
	bias                      // a bias: F32, random values
	ropeFreqs                 // rope frequency factors: F32, Llama3RopeFreqs
)

// layout lists the tensors of a file for cfg (defaults filled in), in the
// order they are written (rope_freqs first, as llama.cpp's converter
// writes it).
func layout(cfg Config) []tensorSpec {
	d, kv, f := cfg.Dim, cfg.KVHeads*cfg.HeadDim(), cfg.FFN
	var specs []tensorSpec
	if cfg.RopeFreqs {
		specs = append(specs, tensorSpec{name: nameRopeFreqs, cols: cfg.HeadDim() / 2, kind: ropeFreqs})
	}
	specs = append(specs, tensorSpec{name: nameEmbd, cols: d, rows: cfg.Vocab, moreBits: cfg.TiedOutput})
	for l := 0; l < cfg.Layers; l++ {
		more := useMoreBits(l, cfg.Layers)
		specs = append(specs,
			tensorSpec{name: blockName(l, "attn_norm"), cols: d, kind: norm},
			tensorSpec{name: blockName(l, "attn_q"), cols: d, rows: d},
			tensorSpec{name: blockName(l, "attn_k"), cols: d, rows: kv},
			tensorSpec{name: blockName(l, "attn_v"), cols: d, rows: kv, moreBits: more})
		if cfg.QKVBias {
			specs = append(specs,
				tensorSpec{name: biasName(l, "attn_q"), cols: d, kind: bias},
				tensorSpec{name: biasName(l, "attn_k"), cols: kv, kind: bias},
				tensorSpec{name: biasName(l, "attn_v"), cols: kv, kind: bias})
		}
		specs = append(specs,
			tensorSpec{name: blockName(l, "attn_output"), cols: d, rows: d},
			tensorSpec{name: blockName(l, "ffn_norm"), cols: d, kind: norm},
			tensorSpec{name: blockName(l, "ffn_gate"), cols: d, rows: f},
			tensorSpec{name: blockName(l, "ffn_up"), cols: d, rows: f},
			tensorSpec{name: blockName(l, "ffn_down"), cols: f, rows: d, moreBits: more})
	}
	specs = append(specs, tensorSpec{name: nameOutputNorm, cols: d, kind: norm})
	if !cfg.TiedOutput {
		specs = append(specs, tensorSpec{name: nameOutput, cols: d, rows: cfg.Vocab, moreBits: true})
	}
	return specs
}

// values is the number of values of the tensor (an int64: a 7B model's
// largest tensors overflow a 32-bit int, as on MIPS).
func (s tensorSpec) values() int64 {
	if s.rows == 0 {
		return int64(s.cols)
	}
	return int64(s.cols) * int64(s.rows)
}

// typ is the tensor's type in a file whose matrices are typ (or Q4_K_M).
func (s tensorSpec) typ(typ ggml.Type) ggml.Type {
	switch {
	case s.kind != matrix:
		return ggml.F32
	case typ == Q4_K_M && s.moreBits:
		return ggml.Q6_K
	case typ == Q4_K_M:
		return ggml.Q4_K
	}
	return typ
}

// random reports whether Random draws the tensor's values.
func (s tensorSpec) random() bool { return s.kind == matrix || s.kind == bias }

func (s tensorSpec) dims() []uint64 {
	if s.rows == 0 {
		return []uint64{uint64(s.cols)}
	}
	return []uint64{uint64(s.cols), uint64(s.rows)}
}

// Marshal returns the model file of a network: cfg's metadata (see the
// package documentation) and w's weights, the matrices encoded as typ (F32,
// F16, Q8_0, Q4_0, Q4_K, Q6_K or the Q4_K_M mixture; norms are always F32).
// name is general.name.
func Marshal(cfg Config, w *Weights, typ ggml.Type, name string) ([]byte, error) {
	p, err := newPlan(cfg, typ, name)
	if err != nil {
		return nil, err
	}
	cfg = p.cfg
	if len(w.Blocks) != cfg.Layers {
		return nil, fmt.Errorf("llama: %d blocks of weights for %d layers", len(w.Blocks), cfg.Layers)
	}
	byName := map[string][]float32{nameEmbd: w.TokenEmbd, nameOutputNorm: w.OutputNorm, nameOutput: w.Output, nameRopeFreqs: w.RopeFreqs}
	for l, b := range w.Blocks {
		for what, v := range map[string][]float32{"attn_norm": b.AttnNorm, "attn_q": b.Q, "attn_k": b.K, "attn_v": b.V,
			"attn_output": b.O, "ffn_norm": b.FFNNorm, "ffn_gate": b.Gate, "ffn_up": b.Up, "ffn_down": b.Down} {
			byName[blockName(l, what)] = v
		}
		for what, v := range map[string][]float32{"attn_q": b.QBias, "attn_k": b.KBias, "attn_v": b.VBias} {
			if !cfg.QKVBias && v != nil {
				return nil, fmt.Errorf("llama: block %d has a %s bias, but the Config has no QKVBias", l, what)
			}
			byName[biasName(l, what)] = v
		}
	}
	if cfg.TiedOutput && w.Output != nil {
		return nil, fmt.Errorf("llama: the output head is tied to the embedding, but Output holds %d weights", len(w.Output))
	}
	if !cfg.RopeFreqs && w.RopeFreqs != nil {
		return nil, fmt.Errorf("llama: RopeFreqs holds %d factors, but the Config has no RopeFreqs", len(w.RopeFreqs))
	}
	for i, v := range w.RopeFreqs {
		if !(v >= ggml.MinRopeFactor) || math.IsInf(float64(v), 0) {
			return nil, fmt.Errorf("llama: rope frequency factor %d is %v, want a finite number ≥ %v", i, v, ggml.MinRopeFactor)
		}
	}
	values := make([][]float32, len(p.specs))
	for i, s := range p.specs {
		v := byName[s.name]
		if int64(len(v)) != s.values() {
			return nil, fmt.Errorf("llama: %s has %d weights, want %d", s.name, len(v), s.values())
		}
		for j, x := range v {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return nil, fmt.Errorf("llama: %s[%d] is %v", s.name, j, x)
			}
		}
		values[i] = v
	}
	var buf bytes.Buffer
	buf.Grow(int(p.size)) // the weights are in memory, so the file fits too
	if _, err := p.stream(&buf, func(i int, off int64, dst []float32) {
		copy(dst, values[i][off:])
	}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// plan is a model file before its weights: the metadata and the tensors'
// layout, from which the header and the file's size follow.
type plan struct {
	cfg   Config // defaults filled in, valid
	typ   ggml.Type
	kv    []gguf.KV
	specs []tensorSpec
	descs []gguf.TensorDesc
	size  int64
}

// newPlan checks cfg and typ and lays out the file.
func newPlan(cfg Config, typ ggml.Type, name string) (*plan, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	fileType, err := checkType(cfg, typ)
	if err != nil {
		return nil, err
	}
	p := &plan{cfg: cfg, typ: typ, kv: metadata(cfg, fileType, name), specs: layout(cfg)}
	for _, s := range p.specs {
		p.descs = append(p.descs, gguf.TensorDesc{Name: s.name, Type: s.typ(typ), Dims: s.dims()})
	}
	e, err := gguf.NewEncoder(io.Discard, p.kv, p.descs)
	if err != nil {
		return nil, fmt.Errorf("llama: %w", err)
	}
	p.size = e.Size()
	return p, nil
}

// chunkValues is about how many values one piece of a tensor holds while
// a file is streamed: whole rows, at least one.
const chunkValues = 1 << 16

// stream writes the file to w, asking fill for the values of each tensor
// piece by piece: fill(i, off, dst) sets dst to the values [off, off+len(dst))
// of tensor i of the layout (a piece is whole rows). Pieces are filled and
// encoded concurrently, by as many goroutines as GOMAXPROCS, and written in
// order, so the bytes do not depend on the scheduling; a few pieces are in
// memory at a time, whatever the size of the file. It returns the number
// of bytes written.
func (p *plan) stream(w io.Writer, fill func(i int, off int64, dst []float32)) (int64, error) {
	cw := &countingWriter{w: w}
	enc, err := gguf.NewEncoder(cw, p.kv, p.descs)
	if err != nil {
		return 0, fmt.Errorf("llama: %w", err)
	}
	type piece struct {
		i   int
		off int64
		n   int
		out chan []byte
	}
	workers := runtime.GOMAXPROCS(0)
	pieces := make(chan piece)                        // to the workers
	inOrder := make(chan piece, 2*workers)            // to the writer, in file order
	free := make(chan []byte, cap(inOrder)+workers+1) // written pieces' buffers, for reuse
	done := make(chan struct{})                       // closed when the writer stops
	go func() {
		defer close(pieces)
		defer close(inOrder)
		for i, s := range p.specs {
			rows := max(1, int64(chunkValues)/int64(s.cols))
			for off := int64(0); off < s.values(); off += rows * int64(s.cols) {
				pc := piece{i: i, off: off, n: int(min(rows*int64(s.cols), s.values()-off)), out: make(chan []byte, 1)}
				select {
				case inOrder <- pc:
				case <-done:
					return
				}
				select {
				case pieces <- pc:
				case <-done:
					return
				}
			}
		}
	}()
	for range workers {
		go func() {
			var values []float32
			for pc := range pieces {
				if len(values) < pc.n {
					values = make([]float32, pc.n)
				}
				v := values[:pc.n]
				fill(pc.i, pc.off, v)
				var buf []byte
				select {
				case buf = <-free:
				default:
				}
				pc.out <- encodeValues(buf, p.specs[pc.i].typ(p.typ), v)
			}
		}()
	}
	defer close(done)
	for pc := range inOrder {
		b := <-pc.out
		if _, err := enc.Write(b); err != nil {
			return cw.n, fmt.Errorf("llama: %w", err)
		}
		select {
		case free <- b:
		default:
		}
	}
	if err := enc.Close(); err != nil {
		return cw.n, fmt.Errorf("llama: %w", err)
	}
	return cw.n, nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// checkType checks that the matrices of cfg can be encoded as typ and
// returns llama.cpp's general.file_type for it.
func checkType(cfg Config, typ ggml.Type) (uint32, error) {
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
	case ggml.Q4_K:
		fileType = 14 // MOSTLY_Q4_K_S (llama.cpp has no all-Q4_K type; Q4_K_S is nearly that)
	case ggml.Q6_K:
		fileType = 18 // MOSTLY_Q6_K
	case Q4_K_M:
		fileType = 15 // MOSTLY_Q4_K_M
	default:
		return 0, fmt.Errorf("llama: weights of type %v, want f32, f16, q8_0, q4_0, q4_k, q6_k or Q4_K_M", typ)
	}
	bv := typ.BlockValues()
	if typ == Q4_K_M {
		bv = ggml.Q4_K.BlockValues()
	}
	if bv > 1 && (cfg.Dim%bv != 0 || cfg.FFN%bv != 0) {
		return 0, fmt.Errorf("llama: %v rows are whole %d-value blocks, but dim is %d and ffn %d", typ, bv, cfg.Dim, cfg.FFN)
	}
	return fileType, nil
}

// metadata is the file's key/value metadata, tokenizer included.
func metadata(cfg Config, fileType uint32, name string) []gguf.KV {
	a := cfg.Arch
	kv := []gguf.KV{
		{Key: keyArch, Value: gguf.String(a)},
		{Key: keyName, Value: gguf.String(name)},
		{Key: keyFileType, Value: gguf.Uint32(fileType)},
		{Key: key(a, keyContext), Value: gguf.Uint32(uint32(cfg.Context))},
		{Key: key(a, keyDim), Value: gguf.Uint32(uint32(cfg.Dim))},
		{Key: key(a, keyLayers), Value: gguf.Uint32(uint32(cfg.Layers))},
		{Key: key(a, keyFFN), Value: gguf.Uint32(uint32(cfg.FFN))},
		{Key: key(a, keyRopeDim), Value: gguf.Uint32(uint32(cfg.HeadDim()))},
		{Key: key(a, keyHeads), Value: gguf.Uint32(uint32(cfg.Heads))},
		{Key: key(a, keyKVHeads), Value: gguf.Uint32(uint32(cfg.KVHeads))},
		{Key: key(a, keyNormEps), Value: gguf.Float32(cfg.NormEps)},
		{Key: key(a, keyRopeBase), Value: gguf.Float32(cfg.RopeBase)},
		{Key: key(a, keyVocab), Value: gguf.Uint32(uint32(cfg.Vocab))},
	}
	return append(kv, tokenizerKV(cfg.Vocab)...)
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

// encodeValues returns the GGUF bytes of values as type t, in buf's
// memory if it is large enough.
func encodeValues(buf []byte, t ggml.Type, values []float32) []byte {
	switch t {
	case ggml.F32:
		b := resize(buf, 4*len(values))
		for i, v := range values {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		return b
	case ggml.F16:
		b := resize(buf, 2*len(values))
		for i, v := range values {
			binary.LittleEndian.PutUint16(b[2*i:], gguf.F32ToF16(v))
		}
		return b
	case ggml.Q8_0:
		return quantizeQ8_0(buf, values)
	case ggml.Q4_0:
		return quantizeQ4_0(buf, values)
	case ggml.Q4_K:
		return ggml.QuantizeQ4_K(values)
	case ggml.Q6_K:
		return ggml.QuantizeQ6_K(values)
	}
	panic(fmt.Sprintf("llama: encode %v", t)) // checkType checked the type
}

// resize returns n bytes (of any value), buf's if it has the capacity.
func resize(buf []byte, n int) []byte {
	if cap(buf) < n {
		return make([]byte, n)
	}
	return buf[:n]
}

// quantizeQ8_0 returns ggml.QuantizeQ8_0(values) for finite values (the
// tests compare the two), in buf's memory if it is large enough, without
// branches on the values: per block, the scale d = max|x|/127 rounded to
// f16 and q = round(x/d), ties away from zero, clamped to ±127. Random
// weights have random signs, on which the engine's quantizer branches; the
// mispredictions made it several times slower than generating the weights.
func quantizeQ8_0(buf []byte, values []float32) []byte {
	const qk, blockBytes = gguf.QK8_0, gguf.BlockSizeQ8_0
	out := resize(buf, len(values)/qk*blockBytes)
	for b := 0; b < len(values)/qk; b++ {
		x := values[b*qk : (b+1)*qk : (b+1)*qk]
		// Non-negative floats are ordered as their bit patterns.
		var amaxBits uint32
		for _, v := range x {
			amaxBits = max(amaxBits, math.Float32bits(v)&0x7fffffff)
		}
		h := gguf.F32ToF16(math.Float32frombits(amaxBits) / 127)
		blk := out[b*blockBytes : (b+1)*blockBytes : (b+1)*blockBytes]
		binary.LittleEndian.PutUint16(blk, h)
		d := gguf.F16ToF32(h)
		q := blk[2:]
		if d == 0 {
			clear(q)
			continue
		}
		id := 1 / d
		for i, v := range x {
			p := v * id
			bits := math.Float32bits(p)
			// |p| < 191 (d is at least 1/1.5 of max|x|/127): no overflow.
			r := min(int32(float64(math.Float32frombits(bits&0x7fffffff))+0.5), 127)
			sign := int32(bits) >> 31 // 0 or -1
			q[i] = byte((r ^ sign) - sign)
		}
	}
	return out
}

// quantizeQ4_0 encodes values (whole 32-value blocks) as Q4_0 the way
// ggml's reference quantizer does: per block, d = −m/8 where m is the value
// of largest magnitude (so m itself maps to nibble 0 exactly), nibbles
// q = min(15, ⌊x/d + 8.5⌋), value = (q − 8)·d. The first 16 values are the
// low nibbles, the last 16 the high ones. Values must be finite. The
// bytes are in buf's memory if it is large enough.
func quantizeQ4_0(buf []byte, values []float32) []byte {
	const qk, blockBytes = gguf.QK4_0, gguf.BlockSizeQ4_0
	out := resize(buf, len(values)/qk*blockBytes)
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
// and the same on every platform. Its state advances by a constant, so the
// stream can start anywhere: splitMix64{seed + k·splitMixGamma} continues
// splitMix64{seed} after k values.
type splitMix64 struct{ s uint64 }

const splitMixGamma = 0x9e3779b97f4a7c15

func (r *splitMix64) next() uint64 {
	r.s += splitMixGamma
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
