package ggml

import "fmt"

// Op is a graph operation.
type Op uint8

// Operations.
const (
	OpNone      Op = iota // data: an input or a weight
	OpView                // a view of another tensor (reshape, view, permute, transpose); nothing to compute
	OpCpy                 // copies src0 into src1 (a view of persistent memory, e.g. the KV cache); the node is that view
	OpCont                // a packed copy of a strided tensor
	OpMatMul              // Σ_k src0[k, n] · src1[k, m]
	OpAdd                 // src0 + src1, src1 broadcast
	OpMul                 // src0 · src1 elementwise, src1 broadcast
	OpScale               // src0 · fparam0
	OpRelu                // max(x, 0)
	OpGelu                // x/2 · (1 + tanh(√(2/π)·(x + 0.044715·x³)))
	OpSilu                // x · sigmoid(x)
	OpSoftMax             // softmax over each row; iparam0 ≥ 0 masks columns > iparam0 + row (causal)
	OpRMSNorm             // x / √(mean(x²) + eps) over each row
	OpLayerNorm           // (x − mean) / √(var + eps) over each row
	OpRope                // rotary position embedding; iparam0 = first position, iparam1 = mode, fparam0 = base; src1 = frequency factors or nil
	OpGetRows             // rows src1[i] of src0
	OpArgmax              // index of the largest value of each row (I32)
)

var opNames = [...]string{"none", "view", "cpy", "cont", "mul_mat", "add", "mul", "scale", "relu",
	"gelu", "silu", "soft_max", "rms_norm", "norm", "rope", "get_rows", "argmax"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", uint8(o))
}

// Graph is a computation: nodes in the order they were added, which is a
// topological order (a node's inputs exist before it). Compute runs them
// all; ComputeNode runs one, so a dispute can bisect over nodes.
type Graph struct {
	nodes []*Tensor
}

// NewGraph returns an empty graph.
func NewGraph() *Graph { return &Graph{} }

// Nodes returns the graph's nodes in execution order.
func (g *Graph) Nodes() []*Tensor { return g.nodes }

// Compute runs every node in order.
func (g *Graph) Compute() {
	for _, n := range g.nodes {
		compute(n)
	}
}

// ComputeNode runs node i (its inputs must have been computed).
func (g *Graph) ComputeNode(i int) { compute(g.nodes[i]) }

// NodeHashes computes the graph and returns the hash of every node's output.
func (g *Graph) NodeHashes() [][32]byte {
	out := make([][32]byte, len(g.nodes))
	for i, n := range g.nodes {
		compute(n)
		out[i] = n.Hash()
	}
	return out
}

func (g *Graph) node(t *Tensor, op Op, srcs ...*Tensor) *Tensor {
	t.op = op
	copy(t.src[:], srcs)
	g.nodes = append(g.nodes, t)
	return t
}

func mustF32(op string, ts ...*Tensor) {
	for _, t := range ts {
		if t.Type != F32 {
			panic(fmt.Sprintf("ggml: %s needs F32 input, %s is %v", op, t.Name, t.Type))
		}
	}
}

func (g *Graph) unary(op Op, a *Tensor) *Tensor {
	mustF32(op.String(), a)
	t := NewLazyF32(op.String(), a.Ne[:]...)
	return g.node(t, op, a)
}

// MatMul returns a·b in ggml's convention: a is {K, N, …} (a weight of N rows
// of K values, any type, or an F32 tensor with any strides), b is {K, M, …}
// F32; the result is {N, M, …}. a broadcasts over dimensions 2 and 3.
func (g *Graph) MatMul(a, b *Tensor) *Tensor {
	mustF32("mul_mat", b)
	if a.Ne[0] != b.Ne[0] {
		panic(fmt.Sprintf("ggml: mul_mat %s %v × %s %v: inner dimensions differ", a.Name, a.Shape(), b.Name, b.Shape()))
	}
	for d := 2; d < MaxDims; d++ {
		if a.Ne[d] != 1 && a.Ne[d] != b.Ne[d] {
			panic(fmt.Sprintf("ggml: mul_mat %s %v × %s %v: cannot broadcast", a.Name, a.Shape(), b.Name, b.Shape()))
		}
	}
	if bv := a.Type.BlockValues(); bv > 1 && a.Ne[0]%bv != 0 {
		panic(fmt.Sprintf("ggml: mul_mat %s: row length %d is not a multiple of %d", a.Name, a.Ne[0], bv))
	}
	switch a.Type {
	case F32, F16, Q8_0, Q4_0, Q4_K, Q6_K:
	default:
		panic(fmt.Sprintf("ggml: mul_mat of type %v", a.Type))
	}
	t := NewLazyF32("mul_mat", a.Ne[1], b.Ne[1], b.Ne[2], b.Ne[3])
	return g.node(t, OpMatMul, a, b)
}

func (g *Graph) binary(op Op, a, b *Tensor) *Tensor {
	mustF32(op.String(), a, b)
	for d := 0; d < MaxDims; d++ {
		if b.Ne[d] != 1 && b.Ne[d] != a.Ne[d] {
			panic(fmt.Sprintf("ggml: %s %s %v, %s %v: cannot broadcast", op, a.Name, a.Shape(), b.Name, b.Shape()))
		}
	}
	return g.node(NewLazyF32(op.String(), a.Ne[:]...), op, a, b)
}

// Add returns a + b (b broadcast to a's shape).
func (g *Graph) Add(a, b *Tensor) *Tensor { return g.binary(OpAdd, a, b) }

// Mul returns a · b elementwise (b broadcast to a's shape).
func (g *Graph) Mul(a, b *Tensor) *Tensor { return g.binary(OpMul, a, b) }

// Scale returns a · s.
func (g *Graph) Scale(a *Tensor, s float32) *Tensor {
	t := g.unary(OpScale, a)
	t.fparam[0] = s
	return t
}

// Relu returns max(a, 0).
func (g *Graph) Relu(a *Tensor) *Tensor { return g.unary(OpRelu, a) }

// Gelu returns GELU(a) (tanh approximation).
func (g *Graph) Gelu(a *Tensor) *Tensor { return g.unary(OpGelu, a) }

// Silu returns a · sigmoid(a).
func (g *Graph) Silu(a *Tensor) *Tensor { return g.unary(OpSilu, a) }

// SoftMax returns the softmax of each row of a.
func (g *Graph) SoftMax(a *Tensor) *Tensor {
	t := g.unary(OpSoftMax, a)
	t.iparam[0] = -1
	return t
}

// SoftMaxCausal is SoftMax where, in row r, columns after nPast + r are
// masked out (attention over positions ≤ the query's own).
func (g *Graph) SoftMaxCausal(a *Tensor, nPast int) *Tensor {
	t := g.unary(OpSoftMax, a)
	t.iparam[0] = nPast
	return t
}

// RMSNorm normalizes each row by its root mean square.
func (g *Graph) RMSNorm(a *Tensor, eps float32) *Tensor {
	t := g.unary(OpRMSNorm, a)
	t.fparam[0] = eps
	return t
}

// LayerNorm normalizes each row to zero mean and unit variance.
func (g *Graph) LayerNorm(a *Tensor, eps float32) *Tensor {
	t := g.unary(OpLayerNorm, a)
	t.fparam[0] = eps
	return t
}

// Rope applies rotary position embeddings to a {headDim, heads, tokens}
// tensor: token t is at position pos + t, and each pair (x[2i], x[2i+1]) of a
// head is rotated by (pos + t) · base^(−2i/headDim) (llama.cpp's "normal"
// mode, used by llama models).
func (g *Graph) Rope(a *Tensor, pos int, base float32) *Tensor {
	return g.RopeExt(a, pos, base, RopeNormal, nil)
}

// RopeMode is which elements of a head rotary embeddings rotate together.
type RopeMode uint8

// Rope modes (llama.cpp's names).
const (
	// RopeNormal rotates adjacent pairs (x[2i], x[2i+1]): llama.
	RopeNormal RopeMode = iota
	// RopeNeoX rotates pairs half a head apart, (x[i], x[i+headDim/2]):
	// GPT-NeoX, Qwen2 and the Hugging Face layout of other models.
	RopeNeoX
)

// RopeExt is Rope with a mode and optional frequency factors: pair i of
// every head turns by (pos + t) · base^(−2i/headDim) / factors[i] (llama.cpp's
// ggml_rope_ext freq_factors, Llama 3.1's long-context scaling). factors, if
// not nil, is an F32 tensor of headDim/2 values, each at least
// MinRopeFactor: a smaller one (or a NaN) counts as MinRopeFactor, as
// smaller factors would turn the angles past the range where sin and cos
// are exact and portable (loaders reject such files).
func (g *Graph) RopeExt(a *Tensor, pos int, base float32, mode RopeMode, factors *Tensor) *Tensor {
	if a.Ne[0]%2 != 0 {
		panic(fmt.Sprintf("ggml: rope of %s: head size %d is odd", a.Name, a.Ne[0]))
	}
	if mode != RopeNormal && mode != RopeNeoX {
		panic(fmt.Sprintf("ggml: rope of %s: mode %d", a.Name, mode))
	}
	if factors != nil && (factors.Type != F32 || factors.Elements() != a.Ne[0]/2) {
		panic(fmt.Sprintf("ggml: rope of %s: %v factors %v, want F32 {%d}", a.Name, factors.Type, factors.Shape(), a.Ne[0]/2))
	}
	t := g.unary(OpRope, a)
	t.iparam[0] = pos
	t.iparam[1] = int(mode)
	t.fparam[0] = base
	t.src[1] = factors
	return t
}

// MinRopeFactor is the smallest rope frequency factor RopeExt takes: with
// it, positions up to 2^20 turn by less than 2^29 radians.
const MinRopeFactor = 1.0 / 512

// GetRows returns the rows ids[i] of a (a {K, N} weight of any type): an
// embedding lookup. The result is {K, len(ids)} F32.
func (g *Graph) GetRows(a, ids *Tensor) *Tensor {
	if ids.Type != I32 {
		panic("ggml: get_rows needs I32 ids")
	}
	t := NewLazyF32("get_rows", a.Ne[0], ids.Elements())
	return g.node(t, OpGetRows, a, ids)
}

// Argmax returns, for each row of a, the index of its largest value (the
// first one on ties) as an I32 tensor {rows}.
func (g *Graph) Argmax(a *Tensor) *Tensor {
	mustF32("argmax", a)
	n := a.Rows()
	t := newLazyI32("argmax", n)
	return g.node(t, OpArgmax, a)
}

// View returns a strided view of an F32 tensor: shape ne, strides nb (in
// elements), starting offset elements into a.
func (g *Graph) View(a *Tensor, ne []int, nb []int, offset int) *Tensor {
	mustF32("view", a)
	s := shape4(ne)
	var strides [MaxDims]int
	copy(strides[:], nb)
	last := a.Off + offset
	for d := 0; d < MaxDims; d++ {
		if strides[d] < 0 {
			panic("ggml: negative stride")
		}
		last += (s[d] - 1) * strides[d]
	}
	if offset < 0 || last >= a.StorageLen() {
		panic(fmt.Sprintf("ggml: view %v of %s reaches element %d of %d", ne, a.Name, last, a.StorageLen()))
	}
	t := &Tensor{Name: a.Name + " (view)", Type: F32, Ne: s, Nb: strides, Off: a.Off + offset, F: a.F}
	return g.node(t, OpView, a)
}

// Reshape returns a packed tensor with the same elements and shape ne.
func (g *Graph) Reshape(a *Tensor, ne ...int) *Tensor {
	if !a.IsContiguous() {
		panic(fmt.Sprintf("ggml: reshape of strided %s (use Cont first)", a.Name))
	}
	s := shape4(ne)
	if s[0]*s[1]*s[2]*s[3] != a.Elements() {
		panic(fmt.Sprintf("ggml: reshape %s %v to %v", a.Name, a.Shape(), ne))
	}
	nb := packedStrides(s)
	return g.View(a, s[:], nb[:], 0)
}

// Permute returns a view whose dimension d is a's dimension axes[d].
func (g *Graph) Permute(a *Tensor, axes ...int) *Tensor {
	if len(axes) != MaxDims {
		panic("ggml: permute needs 4 axes")
	}
	var ne, nb [MaxDims]int
	seen := 0
	for d, ax := range axes {
		if ax < 0 || ax >= MaxDims || seen&(1<<ax) != 0 {
			panic(fmt.Sprintf("ggml: bad permutation %v", axes))
		}
		seen |= 1 << ax
		ne[d], nb[d] = a.Ne[ax], a.Nb[ax]
	}
	return g.View(a, ne[:], nb[:], 0)
}

// Transpose swaps dimensions 0 and 1.
func (g *Graph) Transpose(a *Tensor) *Tensor { return g.Permute(a, 1, 0, 2, 3) }

// Cont returns a packed copy of a.
func (g *Graph) Cont(a *Tensor) *Tensor { return g.unary(OpCont, a) }

// Cpy copies src into dst (a view of persistent memory such as a KV cache);
// the node is dst, computed when the copy has run.
func (g *Graph) Cpy(src, dst *Tensor) *Tensor {
	mustF32("cpy", src, dst)
	if src.Ne != dst.Ne {
		panic(fmt.Sprintf("ggml: cpy %s %v into %s %v", src.Name, src.Shape(), dst.Name, dst.Shape()))
	}
	t := &Tensor{Name: dst.Name, Type: F32, Ne: dst.Ne, Nb: dst.Nb, Off: dst.Off, F: dst.F}
	return g.node(t, OpCpy, src, dst)
}

func compute(t *Tensor) { computeRows(t, allRows) }

// prepare gives node t and its inputs storage (see NewLazyF32).
func prepare(t *Tensor) {
	t.materialize()
	for _, src := range t.src {
		if src != nil && !src.weight {
			src.materialize()
		}
	}
}

// computeRows computes node t, of a row-local node only the rows in s.
func computeRows(t *Tensor, s span) {
	prepare(t)
	a, b := t.src[0], t.src[1]
	switch t.op {
	case OpNone, OpView:
	case OpCpy, OpCont:
		i := 0
		src := a.Float32s()
		t.each(func(j int) { t.F[j] = src[i]; i++ })
	case OpMatMul:
		matMul(t, a, b, s)
	case OpAdd, OpMul:
		binaryOp(t, a, b, s)
	case OpScale, OpRelu, OpGelu, OpSilu:
		unaryOp(t, a, s)
	case OpSoftMax, OpRMSNorm, OpLayerNorm:
		rowOp(t, a, s)
	case OpRope:
		rope(t, a, s)
	case OpGetRows:
		getRows(t, a, b)
	case OpArgmax:
		argmax(t, a)
	default:
		panic(fmt.Sprintf("ggml: no kernel for %v", t.op))
	}
}
