package ggml_test

import (
	"crypto/sha256"
	"fmt"
	"math"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

// TestModelThreadsAndKernels: a whole llama forward pass (a prompt batch,
// then decoding steps) hashes the same with 1 and 2 threads and with the
// reference and each of the architecture's kernels, for each quantized type. Every
// matmul is split (the per-thread minimum is lowered to one).
func TestModelThreadsAndKernels(t *testing.T) {
	defer ggml.SetMinWork(1)()
	defer ggml.SetThreads(0)
	cfg := llama.Config{Dim: 96, Layers: 2, Heads: 4, KVHeads: 2, FFN: 160, Vocab: 200, Context: 24}
	for _, typ := range []ggml.Type{ggml.Q8_0, ggml.Q4_0} {
		file, err := llama.Random(cfg, 7, typ)
		if err != nil {
			t.Fatal(err)
		}
		f, err := gguf.Parse(file)
		if err != nil {
			t.Fatal(err)
		}
		m, err := llama.Load(f)
		if err != nil {
			t.Fatal(err)
		}
		var want string
		for _, kernels := range ggml.Kernels() {
			for _, threads := range []int{1, 2} {
				undo := ggml.SetKernels(kernels)
				ggml.SetThreads(threads)
				got := forwardHash(t, m)
				undo()
				if want == "" {
					want = got
				} else if got != want {
					t.Fatalf("%v, %s kernels, %d threads: hash %s, want %s", typ, kernels, threads, got, want)
				}
			}
		}
	}
}

// forwardHash runs a prompt and three greedy steps and hashes every
// logit.
func forwardHash(t *testing.T, m *llama.Model) string {
	c, err := m.NewCache(16)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	tokens, pos := []int32{3, 141, 59, 26, 5}, 0
	for step := 0; step < 4; step++ {
		logits, next, err := m.Forward(c, tokens, pos)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range logits {
			fmt.Fprintf(h, "%08x", math.Float32bits(v))
		}
		pos += len(tokens)
		tokens = []int32{next}
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
