// Package kernelcheck runs every kernel of the ggml engine on fixed
// pseudo-random inputs and prints the hash of each result. The same program
// is run natively, as arm64 under qemu, and as MIPS in the fraud-proof VM;
// the outputs must be identical byte for byte (see the tests here and
// TestKernelcheckInVM in package claim). Besides single kernels it runs
// whole models: random-weight llama decoders (every node of a forward pass,
// and greedy generation) and a random classifier.
package kernelcheck

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"golang.org/x/crypto/sha3"
)

// rng is splitmix64: the inputs are the same on every platform.
type rng uint64

func (r *rng) next() uint64 {
	*r += 0x9e3779b97f4a7c15
	z := uint64(*r)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// float returns a value in [−scale, scale) built from integers only.
func (r *rng) float(scale float32) float32 {
	v := float32(int32(r.next()>>40) - 1<<23)
	v = float32(v / (1 << 23))
	return float32(v * scale)
}

func (r *rng) vec(n int, scale float32) []float32 {
	v := make([]float32, n)
	for i := range v {
		v[i] = r.float(scale)
	}
	return v
}

// Run writes one line per check: its name and the keccak256 of its output.
func Run(w io.Writer) error { return run(w, true) }

// RunLight is Run without the models that only the heavy quantized types
// allow at sizes this large (the Q4_K_M mixture, whose rows are 256 values:
// generating it quantizes about a million values in soft float, some 7G
// steps in the VM). Their kernels are checked in both, and the qemu runs
// run the models too.
func RunLight(w io.Writer) error { return run(w, false) }

func run(w io.Writer, large bool) error {
	r := rng(42)
	g := ggml.NewGraph()
	type check struct {
		name string
		t    *ggml.Tensor
	}
	var checks []check
	add := func(name string, t *ggml.Tensor) { checks = append(checks, check{name, t}) }

	// Quantized and float matmuls.
	K, N, M := 256, 48, 3
	wq := &ggml.Tensor{Name: "wq", Type: ggml.Q8_0, Ne: [4]int{K, N, 1, 1}, Nb: [4]int{1, ggml.RowBytes(ggml.Q8_0, K)}}
	wf := r.vec(K*N, 0.3)
	for i := range wf { // blocks of very different magnitudes
		wf[i] *= float32(int32(1) << (i / 32 % 12))
	}
	wq.Raw = ggml.QuantizeQ8_0(wf)
	x := ggml.FromF32("x", r.vec(K*M, 2), K, M)
	add("mul_mat_q8_0", g.MatMul(wq, x))
	wf32 := ggml.FromF32("wf", r.vec(K*N, 0.1), K, N)
	add("mul_mat_f32", g.MatMul(wf32, x))
	add("mul_mat_f32_transposed", g.MatMul(g.Transpose(ggml.FromF32("wt", r.vec(K*5, 1), 5, K)), x))

	// K-quants: 256-value super-blocks of very different magnitudes, and
	// activations whose blocks differ as much (their float32 scales feed the
	// 128-bit exact sum).
	KK, NK := 768, 24
	wk := r.vec(KK*NK, 0.5)
	for i := range wk {
		wk[i] *= float32(int32(1) << (i / 256 % 9))
	}
	xk := r.vec(KK*M, 3)
	for i := range xk {
		xk[i] = float32(xk[i] / float32(int32(1)<<(i/256%5*4)))
	}
	xK := ggml.FromF32("xk", xk, KK, M)
	for _, kt := range []struct {
		name string
		typ  ggml.Type
		enc  func([]float32) []byte
	}{{"q4_k", ggml.Q4_K, ggml.QuantizeQ4_K}, {"q6_k", ggml.Q6_K, ggml.QuantizeQ6_K}} {
		w := &ggml.Tensor{Name: "w" + kt.name, Type: kt.typ, Ne: [4]int{KK, NK, 1, 1}, Nb: [4]int{1, ggml.RowBytes(kt.typ, KK)}, Raw: kt.enc(wk)}
		add("mul_mat_"+kt.name, g.MatMul(w, xK))
		add("get_rows_"+kt.name, g.GetRows(w, ggml.NewI32("ids", []int32{3, 0, 23}, 3)))
	}

	// Elementwise and row operations over a wide range of values.
	a := ggml.FromF32("a", r.vec(64*6, 12), 64, 6)
	a.F[0], a.F[1], a.F[2], a.F[3] = 0, 1e-30, -88, 88
	add("add", g.Add(a, ggml.FromF32("b", r.vec(64, 1), 64)))
	add("mul", g.Mul(a, ggml.FromF32("c", r.vec(6, 1), 1, 6)))
	add("scale", g.Scale(a, 0.125))
	add("relu", g.Relu(a))
	add("gelu", g.Gelu(a))
	add("silu", g.Silu(a))
	add("soft_max", g.SoftMax(a))
	add("soft_max_causal", g.SoftMaxCausal(a, 3))
	add("rms_norm", g.RMSNorm(a, 1e-5))
	add("norm", g.LayerNorm(a, 1e-5))
	add("rope", g.Rope(ggml.FromF32("q", r.vec(16*4*3, 1), 16, 4, 3), 1000, 10000))
	add("argmax", g.Argmax(a))
	emb := &ggml.Tensor{Name: "emb", Type: ggml.Q8_0, Ne: [4]int{64, 9, 1, 1}, Nb: [4]int{1, ggml.RowBytes(ggml.Q8_0, 64)},
		Raw: ggml.QuantizeQ8_0(r.vec(64*9, 1))}
	add("get_rows", g.GetRows(emb, ggml.NewI32("ids", []int32{8, 0, 4}, 3)))
	add("cont_permute", g.Cont(g.Permute(ggml.FromF32("p", r.vec(4*3*2, 1), 4, 3, 2), 2, 0, 1, 3)))
	g.Compute()
	for _, c := range checks {
		h := c.t.Hash()
		if _, err := fmt.Fprintf(w, "%-24s %x\n", c.name, h); err != nil {
			return err
		}
	}

	// Elementary functions on many inputs.
	fn := func(name string, n int, f func(i int) float64) error {
		h := sha3.NewLegacyKeccak256()
		var b [8]byte
		for i := 0; i < n; i++ {
			binary.LittleEndian.PutUint64(b[:], math.Float64bits(f(i)))
			h.Write(b[:])
		}
		_, err := fmt.Fprintf(w, "%-24s %x\n", name, h.Sum(nil))
		return err
	}
	xs := make([]float64, 4000)
	for i := range xs {
		xs[i] = float64(r.float(1)) * float64(int64(1)<<(i%40)) / 1024
	}
	for _, f := range []struct {
		name string
		f    func(float64) float64
	}{
		{"exp64", func(x float64) float64 { return ggml.Exp64(x / 64) }},
		{"log64", func(x float64) float64 { return ggml.Log64(math.Abs(x)) }},
		{"sin64", func(x float64) float64 { s, _ := ggml.SinCos64(x); return s }},
		{"cos64", func(x float64) float64 { _, c := ggml.SinCos64(x); return c }},
		{"tanh", func(x float64) float64 { return float64(ggml.Tanh(float32(x / 64))) }},
		{"sigmoid", func(x float64) float64 { return float64(ggml.Sigmoid(float32(x / 64))) }},
		{"sqrt", func(x float64) float64 { return float64(ggml.Sqrt(float32(math.Abs(x)))) }},
	} {
		if err := fn(f.name, len(xs), func(i int) float64 { return f.f(xs[i]) }); err != nil {
			return err
		}
	}
	return runModels(w, &r, large)
}

// runModels prints, for whole models, the hash of all node outputs of a
// forward pass and of what inference returns.
func runModels(w io.Writer, r *rng, large bool) error {
	for i, c := range []struct {
		cfg llama.Config
		typ ggml.Type
	}{
		{llama.Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 80, Context: 16}, ggml.Q8_0},
		{llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 64, Vocab: 40, Context: 8, TiedOutput: true}, ggml.Q4_0},
		{llama.Config{Dim: 32, Layers: 1, Heads: 4, FFN: 32, Vocab: 40, Context: 8}, ggml.F16},
		// The families: Qwen2 (q/k/v biases, NeoX rope), Llama 3 (rope
		// frequency factors, tied head), Mistral's ratios (4 query heads
		// per kv head, ffn 3.5·dim).
		{llama.Config{Arch: llama.ArchQwen2, Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 80, Context: 16, RopeBase: 1e6, NormEps: 1e-6, TiedOutput: true}, ggml.Q8_0},
		{llama.Config{Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 80, Context: 16, RopeBase: 500000, TiedOutput: true, RopeFreqs: true}, ggml.F32},
		{llama.Config{Dim: 64, Layers: 1, Heads: 8, KVHeads: 2, FFN: 224, Vocab: 80, Context: 16, RopeBase: 1e6}, ggml.Q4_0},
		{llama.Config{Dim: 256, Layers: 2, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 40, Context: 8}, llama.Q4_K_M},
	} {
		if !large && c.cfg.Dim >= 256 {
			continue
		}
		file, err := llama.Random(c.cfg, uint64(i+1), c.typ)
		if err != nil {
			return err
		}
		f, err := gguf.Parse(file)
		if err != nil {
			return err
		}
		m, err := llama.Load(f)
		if err != nil {
			return err
		}
		prompt := []int32{int32(r.next() % uint64(c.cfg.Vocab)), int32(r.next() % uint64(c.cfg.Vocab)), 1}
		cache, err := m.NewCache(c.cfg.Context)
		if err != nil {
			return err
		}
		g, err := m.Graph(cache, prompt, 0)
		if err != nil {
			return err
		}
		h := sha3.NewLegacyKeccak256()
		for _, nh := range g.NodeHashes() {
			h.Write(nh[:])
		}
		if _, err := fmt.Fprintf(w, "%-24s %x\n", fmt.Sprintf("llama%d_nodes", i), h.Sum(nil)); err != nil {
			return err
		}
		out, err := m.Infer(llama.EncodeInput(prompt, 4))
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "%-24s %x\n", fmt.Sprintf("llama%d_generate", i), out); err != nil {
			return err
		}
	}

	dense := func(in, out int) mnist.Dense {
		d := mnist.Dense{In: in, Out: out, W: r.vec(in*out, 0.1), B: r.vec(out, 0.1)}
		return d
	}
	file, err := mnist.Marshal([]mnist.Dense{dense(mnist.InputSize, 64), dense(64, mnist.Classes)}, "kernelcheck")
	if err != nil {
		return err
	}
	f, err := gguf.Parse(file)
	if err != nil {
		return err
	}
	m, err := mnist.Load(f)
	if err != nil {
		return err
	}
	h := sha3.NewLegacyKeccak256()
	img := make([]byte, mnist.InputSize)
	for k := 0; k < 4; k++ {
		for j := range img {
			img[j] = byte(r.next())
		}
		logits, err := m.Logits(img)
		if err != nil {
			return err
		}
		for _, v := range logits {
			binary.Write(h, binary.LittleEndian, math.Float32bits(v))
		}
	}
	_, err = fmt.Fprintf(w, "%-24s %x\n", "mnist_logits", h.Sum(nil))
	return err
}
