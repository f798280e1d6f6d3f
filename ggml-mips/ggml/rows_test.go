package ggml

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestComputeRowsMatchesCompute: every row-local node computed in blocks
// of rows, in any split, has the bits of the node computed whole, and a
// block leaves the rows outside it untouched.
func TestComputeRowsMatchesCompute(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	K, heads, toks := 64, 3, 5
	x := FromF32("x", randVec(r, K*heads*toks, 2), K, heads, toks)
	y := FromF32("y", randVec(r, K*heads*toks, 2), K, heads, toks)
	bias := FromF32("b", randVec(r, K, 1), K)
	wf := randVec(r, K*7, 1)
	wq := &Tensor{Name: "wq", Type: Q8_0, Ne: [4]int{K, 7, 1, 1}, Nb: [4]int{1, RowBytes(Q8_0, K)}, Raw: QuantizeQ8_0(wf)}
	w32 := FromF32("w32", wf, K, 7)
	g := NewGraph()
	kq := g.MatMul(g.Permute(y, 0, 2, 1, 3), g.Permute(x, 0, 2, 1, 3)) // {toks, toks, heads}: attention scores
	nodes := []*Tensor{
		g.Add(x, y), g.Mul(x, bias), g.Scale(x, 0.3), g.Relu(x), g.Gelu(x), g.Silu(x),
		g.SoftMax(x), g.SoftMaxCausal(kq, 1), g.RMSNorm(x, 1e-5), g.LayerNorm(x, 1e-5), g.Rope(x, 7, 10000),
		g.MatMul(wq, x), g.MatMul(w32, x), kq,
	}
	g.Compute()
	for _, n := range nodes {
		if !n.RowLocal() {
			t.Fatalf("%v is not row-local", n.op)
		}
		want := append([]float32(nil), n.F...)
		rows := n.OutRows()
		for _, step := range []int{1, 2, 4, rows} {
			for i := range n.F {
				n.F[i] = float32(math.NaN())
			}
			for r0 := 0; r0 < rows; r0 += step {
				r1 := min(r0+step, rows)
				ComputeRows(n, r0, r1)
				// Rows after the block are still untouched.
				for i := r1 * n.Ne[0]; i < len(n.F); i++ {
					if !math.IsNaN(float64(n.F[i])) {
						t.Fatalf("%v rows [%d, %d) wrote element %d", n.op, r0, r1, i)
					}
				}
			}
			for i := range want {
				if math.Float32bits(n.F[i]) != math.Float32bits(want[i]) {
					t.Fatalf("%v in blocks of %d rows: element %d is %v, whole %v", n.op, step, i, n.F[i], want[i])
				}
			}
		}
	}
}

func TestComputeRowsRefusesOtherNodes(t *testing.T) {
	g := NewGraph()
	x := FromF32("x", make([]float32, 8), 4, 2)
	c := g.Cont(g.Transpose(x))
	defer func() {
		if recover() == nil {
			t.Fatal("ComputeRows of a cont node did not panic")
		}
	}()
	ComputeRows(c, 0, 1)
}

// TestLazyStorage: building a graph allocates no node's storage; computing
// a node allocates its own (and its views') only; storage bound before
// the computation is the storage it writes.
func TestLazyStorage(t *testing.T) {
	x := FromF32("x", []float32{1, -2, 3, -4, 5, -6}, 3, 2)
	g := NewGraph()
	r := g.Relu(x)
	v := g.Transpose(r)
	s := g.Scale(g.Cont(v), 2)
	am := g.Argmax(s)
	for _, n := range g.Nodes() {
		if n.Allocated() {
			t.Fatalf("%v node %s has storage before any computation", n.op, n.Name)
		}
		if n.StorageLen() != n.Base().Elements() {
			t.Fatalf("%s: StorageLen %d before allocation, want %d", n.Name, n.StorageLen(), n.Base().Elements())
		}
	}
	bound := make([]float32, 6)
	Bind(s, bound, nil)
	g.Compute()
	if &s.F[0] != &bound[0] {
		t.Fatal("the computation replaced storage bound before it")
	}
	want := []float32{2, 0, 0, 10, 6, 0} // relu, transposed, doubled
	for i, w := range want {
		if bound[i] != w {
			t.Fatalf("element %d: %v, want %v (all %v)", i, bound[i], w, bound)
		}
	}
	if !v.Allocated() || &v.F[0] != &r.F[0] || am.Int32s()[1] != 1 {
		t.Fatal("a view does not share its base's storage after the computation")
	}
}
