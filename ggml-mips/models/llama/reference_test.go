package llama

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// A float64 reference implementation of the llama forward pass, written
// from the definitions (Touvron et al.; llama.cpp's build_llama) rather
// than from the graph, and reading the weights straight from the GGUF file.
// Its variants are the mistakes the graph could make; the tests check that
// each of them is far outside the tolerance, so the comparison could fail.

type variant int

const (
	exact             variant = iota
	noRope                    // positions ignored
	otherPairs                // rope pairs of the other mode: (i, i + hd/2) instead of (2i, 2i+1) or back
	kvHeadModulo              // query head h uses kv head h mod kvHeads instead of h / group
	notCausal                 // attention also over later positions
	noAttnScale               // scores not divided by √headDim
	geluInsteadOfSilu         // wrong activation
	noRopeFactors             // rope_freqs.weight ignored
	noBias                    // q, k, v biases ignored
)

var variantNames = map[variant]string{noRope: "no rope", otherPairs: "the other rope pairs", kvHeadModulo: "kv head h mod kvHeads",
	notCausal: "not causal", noAttnScale: "no 1/√hd", geluInsteadOfSilu: "gelu", noRopeFactors: "no rope factors", noBias: "no q/k/v biases"}

type reference struct {
	cfg Config
	w   map[string][]float64
}

// newReference dequantizes every tensor of file to float64.
func newReference(t *testing.T, file []byte, cfg Config) *reference {
	f, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	r := &reference{cfg: cfg.withDefaults(), w: map[string][]float64{}}
	for _, info := range f.Tensors {
		data, err := f.TensorData(info.Name)
		if err != nil {
			t.Fatal(err)
		}
		vals := make([]float32, info.Elements)
		switch info.Type {
		case ggml.F32:
			for i := range vals {
				vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
			}
		default:
			row := int(info.Dims[0])
			rb := len(data) / (len(vals) / row)
			for i := 0; i < len(vals)/row; i++ {
				ggml.DequantizeRow(info.Type, data[i*rb:(i+1)*rb], vals[i*row:(i+1)*row])
			}
		}
		w := make([]float64, len(vals))
		for i, v := range vals {
			w[i] = float64(v)
		}
		r.w[info.Name] = w
	}
	if _, ok := r.w[nameOutput]; !ok {
		r.w[nameOutput] = r.w[nameEmbd]
	}
	return r
}

// matVec returns W·x for W stored as rows of len(x) values.
func matVec(w, x []float64) []float64 {
	y := make([]float64, len(w)/len(x))
	for n := range y {
		for i, v := range x {
			y[n] += w[n*len(x)+i] * v
		}
	}
	return y
}

func rmsNormRef(x, w []float64, eps float64) []float64 {
	var ss float64
	for _, v := range x {
		ss += v * v
	}
	s := 1 / math.Sqrt(ss/float64(len(x))+eps)
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = v * s * w[i]
	}
	return y
}

// ropeRef rotates each head of x (heads·hd values) for position p: pairs
// (2i, 2i+1), or (i, i + hd/2) if neox, frequencies divided by factors if
// not nil.
func ropeRef(x []float64, hd int, p int, base float64, neox bool, factors []float64, v variant) {
	if v == noRope {
		return
	}
	if v == otherPairs {
		neox = !neox
	}
	for h := 0; h < len(x)/hd; h++ {
		head := x[h*hd : (h+1)*hd]
		for i := 0; i < hd/2; i++ {
			theta := float64(p) * math.Pow(base, -float64(2*i)/float64(hd))
			if factors != nil && v != noRopeFactors {
				theta /= factors[i]
			}
			a, b := 2*i, 2*i+1
			if neox {
				a, b = i, i+hd/2
			}
			x0, x1 := head[a], head[b]
			head[a] = x0*math.Cos(theta) - x1*math.Sin(theta)
			head[b] = x0*math.Sin(theta) + x1*math.Cos(theta)
		}
	}
}

// logits returns the logits at every position of tokens.
func (r *reference) logits(tokens []int32, v variant) [][]float64 {
	c := r.cfg
	d, hd, eps := c.Dim, c.HeadDim(), float64(c.NormEps)
	group := c.Heads / c.KVHeads
	T := len(tokens)
	x := make([][]float64, T)
	for t, tok := range tokens {
		x[t] = append([]float64(nil), r.w[nameEmbd][int(tok)*d:(int(tok)+1)*d]...)
	}
	for l := 0; l < c.Layers; l++ {
		w := func(what string) []float64 { return r.w[blockName(l, what)] }
		q, k, val := make([][]float64, T), make([][]float64, T), make([][]float64, T)
		neox := c.Arch == ArchQwen2
		for t := range x {
			h := rmsNormRef(x[t], w("attn_norm"), eps)
			q[t], k[t], val[t] = matVec(w("attn_q"), h), matVec(w("attn_k"), h), matVec(w("attn_v"), h)
			if c.QKVBias && v != noBias {
				for _, p := range []struct {
					y    []float64
					what string
				}{{q[t], "attn_q"}, {k[t], "attn_k"}, {val[t], "attn_v"}} {
					for i, b := range r.w[biasName(l, p.what)] {
						p.y[i] += b
					}
				}
			}
			ropeRef(q[t], hd, t, float64(c.RopeBase), neox, r.w[nameRopeFreqs], v)
			ropeRef(k[t], hd, t, float64(c.RopeBase), neox, r.w[nameRopeFreqs], v)
		}
		for t := range x {
			att := make([]float64, d)
			for h := 0; h < c.Heads; h++ {
				kvh := h / group
				if v == kvHeadModulo {
					kvh = h % c.KVHeads
				}
				last := t
				if v == notCausal {
					last = T - 1
				}
				scores := make([]float64, last+1)
				mx := math.Inf(-1)
				for s := range scores {
					for i := 0; i < hd; i++ {
						scores[s] += q[t][h*hd+i] * k[s][kvh*hd+i]
					}
					if v != noAttnScale {
						scores[s] /= math.Sqrt(float64(hd))
					}
					mx = max(mx, scores[s])
				}
				var sum float64
				for s := range scores {
					scores[s] = math.Exp(scores[s] - mx)
					sum += scores[s]
				}
				for s, p := range scores {
					for i := 0; i < hd; i++ {
						att[h*hd+i] += p / sum * val[s][kvh*hd+i]
					}
				}
			}
			for i, o := range matVec(w("attn_output"), att) {
				x[t][i] += o
			}
		}
		for t := range x {
			h := rmsNormRef(x[t], w("ffn_norm"), eps)
			gate, up := matVec(w("ffn_gate"), h), matVec(w("ffn_up"), h)
			for i, g := range gate {
				if v == geluInsteadOfSilu {
					g = 0.5 * g * (1 + math.Erf(g/math.Sqrt2))
				} else {
					g = g / (1 + math.Exp(-g))
				}
				gate[i] = g * up[i]
			}
			for i, o := range matVec(w("ffn_down"), gate) {
				x[t][i] += o
			}
		}
	}
	out := make([][]float64, T)
	for t := range x {
		out[t] = matVec(r.w[nameOutput], rmsNormRef(x[t], r.w[nameOutputNorm], eps))
	}
	return out
}

// relErr is max|got − want| / max(1, max|want|): the error relative to the
// scale of the logits.
func relErr(got []float32, want []float64) float64 {
	var e, scale float64 = 0, 1
	for i, w := range want {
		e = max(e, math.Abs(float64(got[i])-w))
		scale = max(scale, math.Abs(w))
	}
	return e / scale
}

// engineLogits returns the graph's logits at every position, computed one
// token per graph over a KV cache, and the last position's logits computed
// with the whole sequence in one graph and in two batches of 3 and T−3.
func engineLogits(t *testing.T, m *Model, tokens []int32) (steps [][]float32, whole, split []float32) {
	t.Helper()
	c, err := m.NewCache(len(tokens))
	if err != nil {
		t.Fatal(err)
	}
	for p := range tokens {
		l, _, err := m.Forward(c, tokens[p:p+1], p)
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, l)
	}
	c, _ = m.NewCache(len(tokens))
	if whole, _, err = m.Forward(c, tokens, 0); err != nil {
		t.Fatal(err)
	}
	c, _ = m.NewCache(len(tokens))
	if _, _, err = m.Forward(c, tokens[:3], 0); err != nil {
		t.Fatal(err)
	}
	if split, _, err = m.Forward(c, tokens[3:], 3); err != nil {
		t.Fatal(err)
	}
	return steps, whole, split
}

// TestReference compares the graph's logits with the float64 reference.
// With F32 weights the only difference is float32 rounding: over two
// blocks of width 32 the error is about 1e-6 of the logits' scale, so the
// tolerance is 1e-4. F16 weights are dequantized exactly, but the graph
// rounds the activations they multiply to F16 (as llama.cpp does), an
// error of up to 2^-11 per value: about 1e-3 of the scale, tolerance 5e-3. Quantized weights are
// compared with the reference on the same dequantized weights; the graph
// also quantizes its activations to 8 bits per value, so the tolerance is
// 5e-2. The reference's wrong variants miss by more than 10× the exact
// tolerance.
func TestReference(t *testing.T) {
	cases := []struct {
		name string
		cfg  Config
		typ  ggml.Type
		tol  float64
	}{
		{"gqa f32", tiny, ggml.F32, 1e-4},
		{"mqa f32 base 500", Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 1, FFN: 40, Vocab: 50, Context: 12, RopeBase: 500, NormEps: 1e-6}, ggml.F32, 1e-4},
		{"mha f16 tied", Config{Dim: 24, Layers: 2, Heads: 2, FFN: 40, Vocab: 30, Context: 12, TiedOutput: true}, ggml.F16, 5e-3},
		{"gqa q8_0", tiny, ggml.Q8_0, 5e-2},
		{"gqa q4_0", tiny, ggml.Q4_0, 5e-2},
		{"qwen2 f32", Config{Arch: ArchQwen2, Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 40, Vocab: 50, Context: 12, RopeBase: 1e6, NormEps: 1e-6, TiedOutput: true}, ggml.F32, 1e-4},
		{"qwen2 q8_0", Config{Arch: ArchQwen2, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 50, Context: 12}, ggml.Q8_0, 5e-2},
		{"llama3 rope factors f32", Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 40, Vocab: 50, Context: 12, RopeFreqs: true}, ggml.F32, 1e-4},
		{"llama q/k/v biases f16", Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 40, Vocab: 50, Context: 12, QKVBias: true}, ggml.F16, 5e-3},
	}
	tokens := []int32{5, 17, 3, 3, 28, 11, 0, 9, 21}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			file := mustRandom(t, c.cfg, 7, c.typ)
			if c.cfg.RopeFreqs {
				// Llama 3.1's factors barely move the angles of the
				// first few positions; these (within the range Load
				// accepts) move them by a lot.
				setRopeFreqs(t, file, []float32{1, 0.05, 0.01, 0.002})
			}
			m := mustLoad(t, file)
			ref := newReference(t, file, c.cfg)
			want := ref.logits(tokens, exact)
			steps, whole, split := engineLogits(t, m, tokens)
			var worst float64
			for p := range tokens {
				worst = max(worst, relErr(steps[p], want[p]))
			}
			last := len(tokens) - 1
			worst = max(worst, relErr(whole, want[last]), relErr(split, want[last]))
			t.Logf("max relative error %.2g (tolerance %.0g)", worst, c.tol)
			if worst > c.tol {
				t.Errorf("logits differ from the reference by %.3g of their scale, tolerance %.0g", worst, c.tol)
			}
			if c.typ != ggml.F32 || c.cfg.KVHeads == 1 {
				return
			}
			for v := noRope; v <= noBias; v++ {
				if (v == noRopeFactors && !c.cfg.RopeFreqs) || (v == noBias && !c.cfg.withDefaults().QKVBias) {
					continue
				}
				bad := ref.logits(tokens, v)
				var e float64
				for p := range tokens {
					e = max(e, relErr(steps[p], bad[p]))
				}
				t.Logf("with %s: %.2g", variantNames[v], e)
				if e < 10*c.tol {
					t.Errorf("the reference with %s is only %.2g away: the test would not catch that mistake", variantNames[v], e)
				}
			}
		})
	}
}

// setRopeFreqs overwrites the rope frequency factors of a model file.
func setRopeFreqs(t *testing.T, file []byte, factors []float32) {
	t.Helper()
	f, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	data, err := f.TensorData(nameRopeFreqs) // a slice of file
	if err != nil || len(data) != 4*len(factors) {
		t.Fatalf("rope_freqs: %d bytes, %v", len(data), err)
	}
	for i, v := range factors {
		binary.LittleEndian.PutUint32(data[4*i:], math.Float32bits(v))
	}
}
