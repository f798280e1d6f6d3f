package llama

import (
	"fmt"
	"math"
	"slices"

	"github.com/axonum/opml/ggml-mips/ggml"
)

// maxCacheValues bounds a Cache (K and V of all blocks together, in float32
// values: 256 MiB). The bound is the same on every build, so whether a
// request is accepted does not depend on the host; the 110m preset needs 19M
// values for its full context.
const maxCacheValues = 1 << 26

// Cache holds the keys and values of every block for the positions of one
// sequence, in F32, laid out as llama.cpp's: K of block l is {kvDim,
// positions} (one row per position), V is {positions, kvDim} (transposed,
// so the attention's V·s reads rows). Graphs write it with cpy nodes and
// read it through views.
type Cache struct {
	positions int
	kvDim     int
	k, v      []*ggml.Tensor
}

// NewCache returns an empty cache for positions positions (at most the
// context length).
func (m *Model) NewCache(positions int) (*Cache, error) {
	c := m.cfg
	kvDim := c.KVHeads * c.HeadDim()
	if positions <= 0 || positions > c.Context {
		return nil, fmt.Errorf("llama: %w: cache of %d positions, want 1..%d (the context length)", ErrInput, positions, c.Context)
	}
	if n := 2 * int64(c.Layers) * int64(kvDim) * int64(positions); n > maxCacheValues {
		return nil, fmt.Errorf("llama: %w: a cache of %d positions holds %d values, more than %d", ErrInput, positions, n, maxCacheValues)
	}
	kc := &Cache{positions: positions, kvDim: kvDim}
	for l := 0; l < c.Layers; l++ {
		kc.k = append(kc.k, ggml.NewLazyF32(fmt.Sprintf("cache_k_l%d", l), kvDim, positions))
		kc.v = append(kc.v, ggml.NewLazyF32(fmt.Sprintf("cache_v_l%d", l), positions, kvDim))
	}
	return kc, nil
}

// Positions is the number of positions the cache holds.
func (c *Cache) Positions() int { return c.positions }

// Graph returns the forward pass of tokens at positions pos … pos+len−1,
// not yet computed (see the package documentation for its nodes). It
// writes the tokens' keys and values into c and attends over positions
// 0 … pos+len−1 of c, so positions before pos must hold what the graphs of
// the earlier tokens of the sequence wrote. The last node is the next token
// (I32 {1}), the one before it the last token's logits (F32 {vocab}).
func (m *Model) Graph(c *Cache, tokens []int32, pos int) (*ggml.Graph, error) {
	if err := m.checkBatch(c, tokens, pos); err != nil {
		return nil, err
	}
	return m.GraphOn(c, ggml.NewI32("tokens", slices.Clone(tokens), len(tokens)), pos), nil
}

// GraphOn is Graph with the tokens held by ids, an I32 tensor {T} whose
// values are read when the graph is computed: the next-token node of the
// previous graph, for instance, so that every graph of a generation can be
// built before any runs. The caller checks what Graph checks (positions;
// ids in the vocabulary, which a next-token node always is).
func (m *Model) GraphOn(c *Cache, ids *ggml.Tensor, pos int) *ggml.Graph {
	cfg := m.cfg
	T := ids.Elements()
	hd, heads, kvHeads := cfg.HeadDim(), cfg.Heads, cfg.KVHeads
	group := heads / kvHeads
	dim, kvDim, L := cfg.Dim, c.kvDim, pos+T
	scale := float32(1 / math.Sqrt(float64(hd)))

	g := ggml.NewGraph()
	x := name(g.GetRows(m.embd, ids), "embd")
	for l, b := range m.blocks {
		h := name(g.Mul(g.RMSNorm(x, cfg.NormEps), b.attnNorm), "blk.%d.attn_norm", l)

		// (The order of the nodes is part of a dispute's trace: q, k,
		// then v, each with its bias.)
		q := g.Reshape(project(g, b.q, b.bq, h), hd, heads, T)
		q = name(g.RopeExt(q, pos, cfg.RopeBase, m.ropeMode, m.ropeFreqs), "blk.%d.q", l)
		k := g.Reshape(project(g, b.k, b.bk, h), hd, kvHeads, T)
		k = name(g.RopeExt(k, pos, cfg.RopeBase, m.ropeMode, m.ropeFreqs), "blk.%d.k", l)
		v := name(project(g, b.v, b.bv, h), "blk.%d.v", l) // {kvDim, T}

		// Store k and v at positions pos … pos+T−1.
		g.Cpy(k, g.View(c.k[l], []int{hd, kvHeads, T}, []int{1, hd, kvDim}, pos*kvDim))
		g.Cpy(g.Transpose(v), g.View(c.v[l], []int{T, kvDim}, []int{1, c.positions}, pos))

		// Attention per kv head, over the group of query heads sharing it:
		// dimension 2 of q is the head within the group, dimension 3 the kv
		// head, and K and V broadcast over dimension 2.
		qg := g.View(q, []int{hd, T, group, kvHeads}, []int{1, dim, hd, group * hd}, 0)
		kAll := g.View(c.k[l], []int{hd, L, 1, kvHeads}, []int{1, kvDim, 0, hd}, 0)
		vAll := g.View(c.v[l], []int{L, hd, 1, kvHeads}, []int{1, c.positions, 0, hd * c.positions}, 0)
		kq := name(g.MatMul(kAll, qg), "blk.%d.kq", l) // {L, T, group, kvHeads}
		kq = name(g.SoftMaxCausal(g.Scale(kq, scale), pos), "blk.%d.kq_soft_max", l)
		kqv := g.MatMul(vAll, kq) // {hd, T, group, kvHeads}
		attn := g.Reshape(g.Cont(g.Permute(kqv, 0, 2, 3, 1)), dim, T)
		x = name(g.Add(x, g.MatMul(b.o, attn)), "blk.%d.attn_out", l)

		h = name(g.Mul(g.RMSNorm(x, cfg.NormEps), b.ffnNorm), "blk.%d.ffn_norm", l)
		act := g.Mul(g.Silu(g.MatMul(b.gate, h)), g.MatMul(b.up, h))
		x = name(g.Add(x, g.MatMul(b.down, act)), "blk.%d.ffn_out", l)
	}
	last := g.View(x, []int{dim}, []int{1}, (T-1)*dim)
	out := g.Mul(g.RMSNorm(last, cfg.NormEps), m.outNorm)
	logits := name(g.MatMul(m.output, out), "logits")
	name(g.Argmax(logits), "next")
	return g
}

// project is w·x, plus the bias b if there is one.
func project(g *ggml.Graph, w, b, x *ggml.Tensor) *ggml.Tensor {
	y := g.MatMul(w, x)
	if b != nil {
		y = g.Add(y, b)
	}
	return y
}

// checkBatch checks everything Graph's constructors would panic on.
func (m *Model) checkBatch(c *Cache, tokens []int32, pos int) error {
	if c == nil || len(c.k) != m.cfg.Layers || c.kvDim != m.cfg.KVHeads*m.cfg.HeadDim() {
		return fmt.Errorf("llama: cache was not made by this model's NewCache")
	}
	if len(tokens) == 0 {
		return fmt.Errorf("llama: %w: no tokens", ErrInput)
	}
	if pos < 0 || pos > c.positions || len(tokens) > c.positions-pos {
		return fmt.Errorf("llama: %w: %d tokens at position %d do not fit a cache of %d positions", ErrInput, len(tokens), pos, c.positions)
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= m.cfg.Vocab {
			return fmt.Errorf("llama: %w: token %d is %d, want 0..%d", ErrInput, i, t, m.cfg.Vocab-1)
		}
	}
	return nil
}

// name sets the name of a node (for traces and dispute tooling; names are
// not part of node hashes).
func name(t *ggml.Tensor, format string, args ...any) *ggml.Tensor {
	t.Name = fmt.Sprintf(format, args...)
	return t
}

// Forward computes Graph(c, tokens, pos) and returns the last token's
// logits and the greedy next token.
func (m *Model) Forward(c *Cache, tokens []int32, pos int) ([]float32, int32, error) {
	g, err := m.Graph(c, tokens, pos)
	if err != nil {
		return nil, 0, err
	}
	g.Compute()
	nodes := g.Nodes()
	return slices.Clone(nodes[len(nodes)-2].Float32s()), nodes[len(nodes)-1].Int32s()[0], nil
}
