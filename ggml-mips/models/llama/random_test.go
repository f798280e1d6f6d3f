package llama

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"

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
	q := quantizeQ4_0(nil, x)
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

// legacyRandom is Random as it was before files were streamed: the whole
// file built in memory, one tensor after another drawing from one
// SplitMix64 stream. The streaming writer must give the same bytes (the
// golden hashes, and the tests of other packages, pin them).
func legacyRandom(cfg Config, seed uint64, typ ggml.Type) ([]byte, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	rng := splitMix64{seed}
	var values [][]float32
	kv, tensors, err := encode(cfg, typ, fmt.Sprintf("random llama (seed %d)", seed), func(s tensorSpec) ([]float32, error) {
		v := make([]float32, s.values())
		switch s.kind {
		case norm:
			for i := range v {
				v[i] = 1
			}
		case ropeFreqs:
			copy(v, Llama3RopeFreqs(cfg.HeadDim(), cfg.RopeBase, Llama31RopeScaling))
		default:
			rng.fill(v, math.Sqrt(3/float64(s.cols)))
		}
		values = append(values, v)
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	for i := range tensors {
		if tensors[i].Type == ggml.Q8_0 { // with the engine's quantizer, as before
			tensors[i].Data = ggml.QuantizeQ8_0(values[i])
		}
	}
	return gguf.Marshal(kv, tensors)
}

// TestRandomMatchesLegacy compares the streamed files with the ones built
// in memory, for shapes whose tensors are one piece, many pieces, and
// pieces of a single row longer than chunkValues, and with one and several
// goroutines.
func TestRandomMatchesLegacy(t *testing.T) {
	all := []ggml.Type{ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0}
	cases := []struct {
		name  string
		cfg   Config
		types []ggml.Type
	}{
		{"tiny", tiny, all},
		{"1m", presets["1m"], all},
		{"tied odd sizes", Config{Dim: 12, Layers: 1, Heads: 3, FFN: 20, Vocab: 7, Context: 5, TiedOutput: true, RopeBase: 500, NormEps: 1e-6}, []ggml.Type{ggml.F32, ggml.F16}},
		{"mqa", Config{Dim: 64, Layers: 3, Heads: 8, KVHeads: 1, FFN: 96, Vocab: 33, Context: 9}, all},
		{"many pieces", Config{Dim: 64, Layers: 1, Heads: 2, FFN: 2048, Vocab: 5000, Context: 8, TiedOutput: true}, []ggml.Type{ggml.Q8_0, ggml.F16}},
		{"rows longer than a piece", Config{Dim: 32, Layers: 1, Heads: 1, FFN: chunkValues + 96, Vocab: 3, Context: 2}, []ggml.Type{ggml.Q4_0, ggml.F32}},
		{"qwen2", Config{Arch: ArchQwen2, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 33, Context: 9, TiedOutput: true}, all},
		{"llama3 rope freqs", Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 33, Context: 9, RopeBase: 500000, RopeFreqs: true}, all},
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, c := range cases {
		for _, typ := range c.types {
			for _, seed := range []uint64{0, 1 << 63} {
				want, err := legacyRandom(c.cfg, seed, typ)
				if err != nil {
					t.Fatal(err)
				}
				for _, procs := range []int{1, 3} {
					runtime.GOMAXPROCS(procs)
					got, err := Random(c.cfg, seed, typ)
					if err != nil {
						t.Fatal(err)
					}
					if !bytes.Equal(got, want) {
						t.Errorf("%s %v seed %d, %d goroutines: the streamed file (%d bytes) differs from the one built in memory (%d bytes)",
							c.name, typ, seed, procs, len(got), len(want))
					}
				}
			}
		}
	}
}

// shortWriter accepts at most max bytes per Write, then fails after limit
// bytes in all.
type shortWriter struct {
	buf        bytes.Buffer
	max, limit int
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.limit {
		n := w.limit - w.buf.Len()
		w.buf.Write(p[:n])
		return n, errors.New("stop")
	}
	for q := p; len(q) > 0; {
		n := min(len(q), w.max)
		w.buf.Write(q[:n])
		q = q[n:]
	}
	return len(p), nil
}

func TestRandomFile(t *testing.T) {
	cfg := Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 128, Vocab: 3000, Context: 32}
	r, err := NewRandomFile(cfg, 5, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Config() != cfg.withDefaults() {
		t.Errorf("Config() = %+v", r.Config())
	}
	want := mustRandom(t, cfg, 5, ggml.Q8_0)
	if r.Size() != int64(len(want)) {
		t.Errorf("Size %d, want %d", r.Size(), len(want))
	}
	w := &shortWriter{max: 1000, limit: 1 << 30}
	if n, err := r.WriteTo(w); err != nil || n != r.Size() || !bytes.Equal(w.buf.Bytes(), want) {
		t.Fatalf("WriteTo: %d bytes, %v; equal to Random's: %v", n, err, bytes.Equal(w.buf.Bytes(), want))
	}
	// A second WriteTo writes the same bytes again.
	w2 := &shortWriter{max: 1 << 20, limit: 1 << 30}
	if _, err := r.WriteTo(w2); err != nil || !bytes.Equal(w2.buf.Bytes(), want) {
		t.Fatalf("second WriteTo: %v", err)
	}

	// An error of the writer stops the stream, and its goroutines end.
	goroutines := runtime.NumGoroutine()
	for _, limit := range []int{0, 100, 70000, len(want) - 1} {
		w := &shortWriter{max: 1 << 20, limit: limit}
		n, err := r.WriteTo(w)
		if err == nil || !strings.Contains(err.Error(), "stop") || n != int64(limit) {
			t.Errorf("writer failing after %d bytes: WriteTo = %d, %v", limit, n, err)
		}
	}
	for i := 0; runtime.NumGoroutine() > goroutines; i++ {
		if i == 100 {
			t.Fatalf("%d goroutines left running after failed writes", runtime.NumGoroutine()-goroutines)
		}
		time.Sleep(10 * time.Millisecond)
	}

	if _, err := NewRandomFile(Config{Dim: 48, Layers: 1, Heads: 2, FFN: 64, Vocab: 8, Context: 4}, 1, ggml.Q4_0); err == nil {
		t.Error("NewRandomFile accepted q4_0 rows of 48 values")
	}
}

// TestRandomFileLarge checks the header of the 1b and 7b files, more than
// 4 GiB for 7b, without generating them: the prefix up to the data section
// is written, then gguf.Read checks the layout against the whole file's
// size (every tensor inside it, aligned, none overlapping) and the config
// and parameter count are read back.
func TestRandomFileLarge(t *testing.T) {
	for _, c := range []struct {
		preset string
		typ    ggml.Type
		params int64 // the published counts: TinyLlama-1.1B, LLaMA-7B
	}{
		{"1b", ggml.Q8_0, 1_100_048_384},
		{"7b", ggml.Q8_0, 6_738_415_616},
		{"7b", ggml.F16, 6_738_415_616},
		{"7b", ggml.Q4_0, 6_738_415_616},
		// Qwen2.5-0.5B, Llama 3.2 1B, Mistral 7B v0.1 (their model cards'
		// and checkpoints' counts; the rope factors are not parameters).
		{"qwen2.5-0.5b", ggml.Q8_0, 494_032_768},
		{"llama3.2-1b", ggml.Q8_0, 1_235_814_400},
		{"mistral-7b", ggml.Q4_0, 7_241_732_096},
	} {
		cfg, _ := Preset(c.preset)
		r, err := NewRandomFile(cfg, 1, c.typ)
		if err != nil {
			t.Fatal(err)
		}
		if got := cfg.Params(); got != c.params {
			t.Errorf("%s: Params() = %d, want %d", c.preset, got, c.params)
		}
		w := &shortWriter{max: 1 << 20, limit: 8 << 20} // more than a 152k-token header
		if _, err := r.WriteTo(w); err == nil {
			t.Fatalf("%s: the whole file fitted in 8 MiB", c.preset)
		}
		f, err := gguf.Read(prefixReader(w.buf.Bytes()), r.Size())
		if err != nil {
			t.Fatalf("%s %v: %v", c.preset, c.typ, err)
		}
		got, err := loadConfig(f, cfg.withDefaults().Arch)
		if err != nil || got != cfg.withDefaults() {
			t.Errorf("%s: config %+v, %v", c.preset, got, err)
		}
		var elements uint64
		last := f.Tensors[len(f.Tensors)-1]
		for i, info := range f.Tensors {
			elements += info.Elements
			want := layout(cfg.withDefaults())[i]
			if info.Name != want.name || info.Type != want.typ(c.typ) {
				t.Errorf("%s: tensor %d is %s %v, want %s", c.preset, i, info.Name, info.Type, want.name)
			}
		}
		// The data: norms, biases and rope factors in F32, matrices at the
		// type's bytes per value (every tensor is a multiple of 32 bytes:
		// no padding).
		cd := cfg.withDefaults()
		vectors := int64(2*cd.Layers+1) * int64(cd.Dim)
		if cd.QKVBias {
			vectors += int64(cd.Layers) * int64(cd.Dim+2*cd.KVHeads*cd.HeadDim())
		}
		var factors int64
		if cd.RopeFreqs {
			factors = int64(cd.HeadDim() / 2)
		}
		data := 4*(vectors+factors) + (c.params-vectors)*int64(c.typ.BlockBytes())/int64(c.typ.BlockValues())
		end := f.DataOffset + int64(last.Offset+last.Size)
		if int64(elements) != c.params+factors || end != r.Size() || r.Size() != f.DataOffset+data {
			t.Errorf("%s %v: %d elements, data ends at %d, Size %d; want %d, %d, %d", c.preset, c.typ, elements, end, r.Size(), c.params, r.Size(), f.DataOffset+data)
		}
		t.Logf("%s %v: %d bytes (%.2f GiB), header %d bytes", c.preset, c.typ, r.Size(), float64(r.Size())/(1<<30), f.DataOffset)
	}
}

// prefixReader reads b, then zeros: a file of which only the header is
// known.
type prefixReader []byte

func (p prefixReader) ReadAt(dst []byte, off int64) (int, error) {
	for i := range dst {
		dst[i] = 0
		if off+int64(i) < int64(len(p)) {
			dst[i] = p[off+int64(i)]
		}
	}
	return len(dst), nil
}

// TestQuantizeQ8_0 checks the generator's Q8_0 encoder against the
// engine's on values of every magnitude: random bit patterns (finite),
// blocks scaled into the f16 subnormal range and beyond f16's range,
// zeros, ties and values beside the largest.
func TestQuantizeQ8_0(t *testing.T) {
	rng := splitMix64{77}
	const blocks = 20000
	x := make([]float32, 32*blocks)
	for b := 0; b < blocks; b++ {
		blk := x[32*b : 32*(b+1)]
		switch b % 5 {
		case 0: // any finite float32
			for i := range blk {
				for {
					v := math.Float32frombits(uint32(rng.next()))
					if !math.IsNaN(float64(v)) && !math.IsInf(float64(v), 0) {
						blk[i] = v
						break
					}
				}
			}
		case 1: // one scale, from tiny to huge
			scale := math.Ldexp(1, int(rng.next()%250)-130)
			rng.fill(blk, scale)
		case 2: // integers: exact ties when the scale is a power of two
			for i := range blk {
				blk[i] = float32(int64(rng.next()%511) - 255)
			}
			blk[rng.next()%32] = 127 * 2
		case 3: // zeros and signed zeros, some tiny
			for i := range blk {
				if rng.next()%4 == 0 {
					blk[i] = float32(math.Copysign(0, float64(int64(rng.next()))))
				}
			}
			if b%2 == 1 {
				blk[3] = 1e-38
			}
		case 4: // the ordinary case
			rng.fill(blk, 0.05)
		}
	}
	want := ggml.QuantizeQ8_0(x)
	// Into a buffer of garbage, as the writer reuses its buffers.
	buf := make([]byte, len(want))
	for i := range buf {
		buf[i] = 0xa5
	}
	got := quantizeQ8_0(buf, x)
	for b := 0; b < blocks; b++ {
		if g, w := got[34*b:34*(b+1)], want[34*b:34*(b+1)]; !bytes.Equal(g, w) {
			t.Fatalf("block %d %v: got %x, want %x", b, x[32*b:32*(b+1)], g, w)
		}
	}
}
