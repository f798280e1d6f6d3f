package plan_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
)

// testPlan is the plan of a small llama model whose output head (8200 rows
// of 128) is split into row blocks.
func testPlan(t *testing.T, typ ggml.Type, prompt []int32, n uint32) (*plan.Plan, *gguf.File) {
	t.Helper()
	cfg := llama.Config{Dim: 128, Layers: 1, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 8200, Context: 64}
	b, err := llama.Random(cfg, 3, typ)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Open(f, llama.EncodeInput(prompt, n))
	if err != nil {
		t.Fatal(err)
	}
	return p, f
}

// TestItems: items are the computing nodes in order, graph after graph, a
// product by a large weight in row blocks of at most ChunkMACs per token
// that tile its rows exactly.
func TestItems(t *testing.T) {
	p, _ := testPlan(t, ggml.Q8_0, []int32{1, 2}, 3)
	perGraph := p.Items() / 3
	if p.Items()%3 != 0 || perGraph == 0 {
		t.Fatalf("%d items for 3 graphs", p.Items())
	}
	next := 0 // the next row a block of the head must start at
	blocks := 0
	for i := 0; i < perGraph; i++ {
		it := p.Item(i)
		if it.Graph != 0 {
			t.Fatalf("item %d is in graph %d", i, it.Graph)
		}
		if g := p.Item(i + perGraph); g.Graph != 1 || g.Node != it.Node || g.Row0 != it.Row0 {
			t.Fatalf("graph 1's item %d is %v, graph 0's %v", i, g, it)
		}
		if it.Row1 == 0 {
			continue
		}
		blocks++
		if it.Row0 != next || (it.Row1-it.Row0)*128 > plan.ChunkMACs {
			t.Fatalf("row block %v: want a block from row %d of at most %d MACs per token", it, next, plan.ChunkMACs)
		}
		if next = it.Row1; next == 8200 {
			next = 0
		}
	}
	if blocks < 2 || next != 0 {
		t.Fatalf("%d row blocks, ending at row %d", blocks, next)
	}
}

// TestCheck: a plan within the bounds passes; each bound, one below what
// the plan needs, is named in the refusal.
func TestCheck(t *testing.T) {
	p, f := testPlan(t, ggml.Q8_0, []int32{1, 2, 3}, 2)
	b := plan.Bounds{Positions: 1 << 20, ItemMACs: plan.DefaultItemWork, Window: 1 << 28, HeaderBytes: f.DataOffset, BlockBytes: 64 << 10}
	need := p.Need(b)
	if err := p.Check(b); err != nil {
		t.Fatal(err)
	}
	if need.Positions != uint64(p.Items())+1 || need.ItemMACs <= 0 || need.Window <= 0 {
		t.Fatalf("need %+v", need)
	}
	for _, c := range []struct {
		name string
		edit func(*plan.Bounds)
		want string
	}{
		{"positions", func(b *plan.Bounds) { b.Positions = need.Positions - 1 }, "phase-1 positions"},
		{"work", func(b *plan.Bounds) { b.ItemMACs = need.ItemMACs - 1 }, "units of work"},
		{"window", func(b *plan.Bounds) { b.Window = need.Window - 1 }, "window"},
		{"header", func(b *plan.Bounds) { b.HeaderBytes = plan.MaxHeaderBytes + 1 }, "header"},
	} {
		bb := b
		c.edit(&bb)
		if err := p.Check(bb); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error naming %q", c.name, err, c.want)
		}
	}
	// Float32 weights weigh 16 times a quantized one's work.
	pf, ff := testPlan(t, ggml.F32, []int32{1, 2, 3}, 2)
	bf := b
	bf.HeaderBytes = ff.DataOffset
	if nf := pf.Need(bf); nf.ItemMACs < 16*need.ItemMACs/2 {
		t.Fatalf("F32 work %d, Q8_0 %d: float32 work is not weighted", nf.ItemMACs, need.ItemMACs)
	}
}
