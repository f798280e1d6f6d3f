package claim_test

import (
	"testing"
	"time"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/unicorn"
	"github.com/axonum/opml/oracle"
)

// runClaim checks an honest claim of file on input in the VM with the named
// engine ("go" or "unicorn") and returns its steps and wall time.
func runClaim(b *testing.B, s0 func() *mipsevm.State, file, input []byte, engine string) (uint64, time.Duration) {
	b.Helper()
	want, err := models.Infer(file, input)
	if err != nil {
		b.Fatal(err)
	}
	model := oracle.NewModel(file)
	c := claim.Claim{Model: model.Address(), Input: input, Output: want}
	all := engines()
	all["auto"] = unicorn.StartAuto
	newRunner, ok := all[engine]
	if !ok {
		b.Skipf("engine %s not in this build", engine)
	}
	s := s0()
	start := time.Now()
	res, err := claim.Run(s, c.Host(nil, model), claim.RunOptions{Engine: newRunner})
	elapsed := time.Since(start)
	if err != nil {
		b.Fatal(err)
	}
	if !res.Valid() {
		b.Fatalf("honest claim rejected: %v", res)
	}
	return res.Steps, elapsed
}

// BenchmarkQ8MatmulStepsPerMAC measures the VM steps one multiply-accumulate
// of the Q8_0 matmul costs inside the claim-checking program: two
// classifiers that differ only in the width of their hidden layer, the
// difference in steps divided by the difference in multiply-accumulates
// (everything else, runtime start-up, parsing, the input layer's
// quantization, is the same in both).
func BenchmarkQ8MatmulStepsPerMAC(b *testing.B) {
	s0 := prestate(b)
	const small, large = 64, 512
	input := splitmix(7).bytes(mnist.InputSize)
	macs := func(h int) uint64 { return uint64(800*h + h*mnist.Classes) }
	var perMAC float64
	for i := 0; i < b.N; i++ {
		n1, _ := runClaim(b, s0, randomMNIST(b, 1, small), input, "go")
		n2, _ := runClaim(b, s0, randomMNIST(b, 1, large), input, "go")
		perMAC = float64(n2-n1) / float64(macs(large)-macs(small))
	}
	b.ReportMetric(perMAC, "steps/MAC")
}

// benchMatmulStepsPerMAC measures the VM steps per multiply-accumulate of
// the matmul on weights of type typ (Q8_0, Q4_K, Q6_K) the same way for
// every type: two one-layer llama models that differ only in the width of
// their feed-forward layer (256 or 1280, dim 1024), one prompt token and one
// generated token, the difference in steps divided by the difference in
// MACs (3·dim per unit of width). Each weight of the difference is used
// once, as in BenchmarkQ8MatmulStepsPerMAC, but the difference also holds a
// SiLU and a product per unit of width (soft-float; Q8_0 measures 16.2 here
// against the classifier's 14.9, so about 1.3 steps per MAC): compare the
// types with each other, or subtract this benchmark's Q8_0 figure and add
// the classifier's.
func benchMatmulStepsPerMAC(b *testing.B, typ ggml.Type) {
	s0 := prestate(b)
	const dim, small, large = 1024, 256, 1280
	file := func(ffn int) []byte {
		cfg := llama.Config{Dim: dim, Layers: 1, Heads: 8, KVHeads: 1, FFN: ffn, Vocab: 32, Context: 4}
		f, err := llama.Random(cfg, 1, typ)
		if err != nil {
			b.Fatal(err)
		}
		return f
	}
	f1, f2 := file(small), file(large)
	input := llama.EncodeInput([]int32{1}, 1)
	var perMAC float64
	for i := 0; i < b.N; i++ {
		n1, _ := runClaim(b, s0, f1, input, "go")
		n2, _ := runClaim(b, s0, f2, input, "go")
		perMAC = float64(n2-n1) / float64(3*dim*(large-small))
	}
	b.ReportMetric(perMAC, "steps/MAC")
}

func BenchmarkLlamaQ8_0MatmulStepsPerMAC(b *testing.B) { benchMatmulStepsPerMAC(b, ggml.Q8_0) }
func BenchmarkLlamaQ4_KMatmulStepsPerMAC(b *testing.B) { benchMatmulStepsPerMAC(b, ggml.Q4_K) }
func BenchmarkLlamaQ6_KMatmulStepsPerMAC(b *testing.B) { benchMatmulStepsPerMAC(b, ggml.Q6_K) }

// BenchmarkMNISTInference: one Fashion-MNIST classification (the committed
// model when present, else a random one of the same shape) in the VM.
func benchMNIST(b *testing.B, engine string) {
	s0 := prestate(b)
	file := mnistModel(b)
	input := splitmix(8).bytes(mnist.InputSize)
	var steps uint64
	var wall time.Duration
	for i := 0; i < b.N; i++ {
		n, d := runClaim(b, s0, file, input, engine)
		steps, wall = steps+n, wall+d
	}
	b.ReportMetric(float64(steps)/float64(b.N), "steps/op")
	b.ReportMetric(wall.Seconds()/float64(b.N), "s/op")
}

func BenchmarkMNISTInferenceGo(b *testing.B)      { benchMNIST(b, "go") }
func BenchmarkMNISTInferenceUnicorn(b *testing.B) { benchMNIST(b, "unicorn") }
func BenchmarkMNISTInferenceAuto(b *testing.B)    { benchMNIST(b, "auto") }

// BenchmarkLlamaStepsPerToken: VM steps per generated token of a random
// Q8_0 llama model with a preset's shape: generating 3 tokens minus
// generating 1, halved (the prompt is one token).
func benchLlama(b *testing.B, preset, engine string) {
	s0 := prestate(b)
	cfg, _ := llama.Preset(preset)
	file, err := llama.Random(cfg, 1, ggml.Q8_0)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(cfg.Params()), "params")
	var perToken float64
	var wall time.Duration
	for i := 0; i < b.N; i++ {
		n1, d1 := runClaim(b, s0, file, llama.EncodeInput([]int32{1}, 1), engine)
		n3, d3 := runClaim(b, s0, file, llama.EncodeInput([]int32{1}, 3), engine)
		perToken = float64(n3-n1) / 2
		wall += (d3 - d1) / 2
	}
	b.ReportMetric(perToken, "steps/token")
	b.ReportMetric(wall.Seconds()/float64(b.N), "s/token")
}

func BenchmarkLlamaStepsPerToken1MGo(b *testing.B)       { benchLlama(b, "1m", "go") }
func BenchmarkLlamaStepsPerToken1MUnicorn(b *testing.B)  { benchLlama(b, "1m", "unicorn") }
func BenchmarkLlamaStepsPerToken1MAuto(b *testing.B)     { benchLlama(b, "1m", "auto") }
func BenchmarkLlamaStepsPerToken15MGo(b *testing.B)      { benchLlama(b, "15m", "go") }
func BenchmarkLlamaStepsPerToken15MUnicorn(b *testing.B) { benchLlama(b, "15m", "unicorn") }
func BenchmarkLlamaStepsPerToken15MAuto(b *testing.B)    { benchLlama(b, "15m", "auto") }
