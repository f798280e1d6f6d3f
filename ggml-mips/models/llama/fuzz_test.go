package llama

import (
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// FuzzLoad feeds mutated model files to Load and runs what loads: any
// outcome but a panic is fine. (The seeds run with every go test; fuzz
// with go test -fuzz FuzzLoad ./ggml-mips/models/llama/.)
func FuzzLoad(f *testing.F) {
	cfg := Config{Dim: 32, Layers: 1, Heads: 2, KVHeads: 1, FFN: 32, Vocab: 8, Context: 8}
	for i, typ := range []ggml.Type{ggml.F32, ggml.F16, ggml.Q8_0, ggml.Q4_0} {
		f.Add(mustRandom(f, cfg, uint64(i), typ))
	}
	f.Add(mustRandom(f, Config{Dim: 8, Layers: 2, Heads: 2, FFN: 8, Vocab: 4, Context: 4, TiedOutput: true}, 9, ggml.F32))
	f.Fuzz(func(t *testing.T, b []byte) {
		loadAndRun(t, b, "fuzzed file")
	})
}
