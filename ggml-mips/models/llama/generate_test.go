package llama

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// TestCacheConsistency generates token by token over the KV cache and
// checks each step against recomputing the whole sequence so far in one
// graph on a fresh cache: the same token, the same logits bit for bit, and
// the same cache contents. Bit equality holds because every output of a
// matmul, norm or rope depends only on its own row, and a batch's
// attention differs only by the masked positions, whose probabilities are
// exactly 0 and add exact zeros.
func TestCacheConsistency(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  Config
		typ  ggml.Type
	}{
		{"gqa q8_0", Config{Dim: 64, Layers: 2, Heads: 4, KVHeads: 2, FFN: 96, Vocab: 128, Context: 24}, ggml.Q8_0},
		{"mha f32 tied", Config{Dim: 32, Layers: 2, Heads: 2, FFN: 48, Vocab: 40, Context: 24, TiedOutput: true}, ggml.F32},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := mustLoad(t, mustRandom(t, c.cfg, 11, c.typ))
			prompt := []int32{3, 1, 4, 1, 5}
			const n = 12
			out, err := m.Generate(prompt, n)
			if err != nil {
				t.Fatal(err)
			}
			if len(out) != n {
				t.Fatalf("generated %d tokens, want %d", len(out), n)
			}
			distinct := map[int32]bool{}
			for _, tok := range out {
				distinct[tok] = true
			}
			if len(distinct) < 3 {
				t.Errorf("generated %v: too repetitive for the comparison to mean much", out)
			}

			// The same steps by hand, keeping the logits and the cache.
			inc, _ := m.NewCache(len(prompt) + n)
			logits, next, err := m.Forward(inc, prompt, 0)
			if err != nil {
				t.Fatal(err)
			}
			stepLogits := [][]float32{logits}
			for i := 1; i < n; i++ {
				if next != out[i-1] {
					t.Fatalf("step %d: Forward gives %d, Generate gave %d", i-1, next, out[i-1])
				}
				if logits, next, err = m.Forward(inc, []int32{next}, len(prompt)+i-1); err != nil {
					t.Fatal(err)
				}
				stepLogits = append(stepLogits, logits)
			}

			for i := 0; i < n; i++ {
				seq := append(slices.Clone(prompt), out[:i]...)
				full, _ := m.NewCache(len(seq))
				logits, next, err := m.Forward(full, seq, 0)
				if err != nil {
					t.Fatal(err)
				}
				if next != out[i] {
					t.Errorf("token %d: recomputing gives %d, the cache gave %d", i, next, out[i])
				}
				if !sameBits(logits, stepLogits[i]) {
					t.Errorf("token %d: logits differ between the cache and recomputing", i)
				}
				if i == n-1 {
					for l := range full.k {
						kvDim, L := full.kvDim, len(seq)
						if !sameBits(full.k[l].F[:kvDim*L], inc.k[l].F[:kvDim*L]) {
							t.Errorf("block %d: K cache differs", l)
						}
						for j := 0; j < kvDim; j++ {
							if !sameBits(full.v[l].F[j*L:j*L+L], inc.v[l].F[j*inc.positions:j*inc.positions+L]) {
								t.Errorf("block %d: V cache row %d differs", l, j)
								break
							}
						}
					}
				}
			}
		})
	}
}

func sameBits(a, b []float32) bool {
	return slices.EqualFunc(a, b, func(x, y float32) bool { return math.Float32bits(x) == math.Float32bits(y) })
}

func TestGenerateErrors(t *testing.T) {
	m := mustLoad(t, mustRandom(t, tiny, 1, ggml.F32)) // vocab 64, context 16
	for _, c := range []struct {
		name   string
		prompt []int32
		n      int
	}{
		{"empty prompt", nil, 1},
		{"negative n", []int32{1}, -1},
		{"negative token", []int32{1, -1}, 1},
		{"token past the vocabulary", []int32{64}, 1},
		{"prompt and output exceed the context", make([]int32, 10), 7},
		{"prompt exceeds the context", make([]int32, 17), 0},
		{"huge n", []int32{1}, math.MaxInt},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := m.Generate(c.prompt, c.n)
			if !errors.Is(err, ErrInput) {
				t.Errorf("Generate = %v, %v; want an error wrapping ErrInput", out, err)
			}
		})
	}
	// The edges that fit.
	if out, err := m.Generate(make([]int32, 10), 6); err != nil || len(out) != 6 {
		t.Errorf("filling the context: %v, %v", out, err)
	}
	if out, err := m.Generate([]int32{2}, 0); err != nil || len(out) != 0 {
		t.Errorf("no tokens: %v, %v", out, err)
	}
}

func TestGraphErrors(t *testing.T) {
	m := mustLoad(t, mustRandom(t, tiny, 1, ggml.F32))
	other := mustLoad(t, mustRandom(t, Config{Dim: 32, Layers: 1, Heads: 4, FFN: 32, Vocab: 8, Context: 8}, 1, ggml.F32))
	c, err := m.NewCache(8)
	if err != nil {
		t.Fatal(err)
	}
	foreign, _ := other.NewCache(8)
	for _, tc := range []struct {
		name   string
		c      *Cache
		tokens []int32
		pos    int
	}{
		{"nil cache", nil, []int32{1}, 0},
		{"another model's cache", foreign, []int32{1}, 0},
		{"no tokens", c, nil, 0},
		{"negative position", c, []int32{1}, -1},
		{"past the cache", c, []int32{1, 2}, 7},
		{"bad token", c, []int32{99}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := m.Graph(tc.c, tc.tokens, tc.pos); err == nil {
				t.Error("Graph succeeded")
			}
		})
	}
	for _, n := range []int{0, -1, 17} {
		if _, err := m.NewCache(n); !errors.Is(err, ErrInput) {
			t.Errorf("NewCache(%d) = %v, want ErrInput", n, err)
		}
	}
}

// TestGraphNodes runs a step node by node, as a dispute does, and checks
// it matches Compute and that node hashes are reproducible.
func TestGraphNodes(t *testing.T) {
	m := mustLoad(t, mustRandom(t, tiny, 5, ggml.Q8_0))
	prompt := []int32{7, 8, 9}
	run := func() (*ggml.Graph, [][32]byte) {
		c, _ := m.NewCache(4)
		if _, _, err := m.Forward(c, prompt, 0); err != nil {
			t.Fatal(err)
		}
		g, err := m.Graph(c, []int32{10}, 3)
		if err != nil {
			t.Fatal(err)
		}
		return g, g.NodeHashes()
	}
	g1, h1 := run()
	_, h2 := run()
	if !slices.Equal(h1, h2) {
		t.Error("node hashes differ between two runs")
	}

	c, _ := m.NewCache(4)
	m.Forward(c, prompt, 0)
	g, _ := m.Graph(c, []int32{10}, 3)
	nodes := g.Nodes()
	for i := range nodes {
		g.ComputeNode(i)
		if h := nodes[i].Hash(); h != h1[i] {
			t.Fatalf("node %d (%s): hash differs when computed one node at a time", i, nodes[i].Name)
		}
	}
	last := g1.Nodes()[len(nodes)-1]
	if last.Op() != ggml.OpArgmax || last.Name != "next" {
		t.Errorf("last node is %v %q, want argmax \"next\"", last.Op(), last.Name)
	}
	if logits := g1.Nodes()[len(nodes)-2]; logits.Shape()[0] != tiny.Vocab || logits.Elements() != tiny.Vocab {
		t.Errorf("logits node has shape %v, want [%d]", logits.Shape(), tiny.Vocab)
	}
}
