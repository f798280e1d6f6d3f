package multiphase

import (
	"os"
	"testing"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/oracle"
)

// BenchmarkNodeSteps measures the node program's VM steps per unit of an
// item's work, by operation, on a small llama model: the steps of a run at
// an item less those of a run past the end (header, plan, table), divided
// by the item's elements or multiply-accumulates. These are the costs
// plan.opWork's weights round up (docs/dispute.md).
//
//	go test -run '^$' -bench NodeSteps -benchtime 1x ./claim/multiphase/
func BenchmarkNodeSteps(b *testing.B) {
	elf, err := os.ReadFile(testprograms.Node(b))
	if err != nil {
		b.Fatal(err)
	}
	cfg := llama.Config{Dim: 128, Layers: 1, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 8200, Context: 32}
	model, err := llama.Random(cfg, 7, ggml.Q8_0)
	if err != nil {
		b.Fatal(err)
	}
	input := llama.EncodeInput([]int32{5, 17, 8199, 3}, 1)
	tr, err := Compute(model, input, nil)
	if err != nil {
		b.Fatal(err)
	}
	p, _, err := Open(model, input)
	if err != nil {
		b.Fatal(err)
	}
	om := oracle.NewModel(model)
	c := claim.Claim{Model: om.Address(), Input: input, Output: tr.Output}
	steps := func(pos uint64) uint64 {
		var st *State
		if pos > 1 && pos <= uint64(tr.Items)+1 {
			if st, err = StateAt(model, input, pos-1); err != nil {
				b.Fatal(err)
			}
		}
		h, err := NewHost(Node{Claim: c, Position: pos, Start: tr.At(pos - 1), End: tr.At(pos)}, om, st)
		if err != nil {
			b.Fatal(err)
		}
		s, err := claim.Prestate(elf)
		if err != nil {
			b.Fatal(err)
		}
		res, err := claim.Run(s, h, claim.RunOptions{})
		if err != nil || !res.Valid() {
			b.Fatal(res, err)
		}
		return res.Steps
	}
	for range b.N {
		base := steps(uint64(tr.Items) + 3)
		b.ReportMetric(float64(base), "base-steps")
		seen := map[string]bool{}
		for i := 0; i < tr.Items; i++ {
			it := p.Item(i)
			name := p.NodeName(it.Node)
			kind := map[string]string{"blk.0.ffn_out": "", "blk.0.kq": "kq-f32-mac", "blk.0.kq_soft_max": "softmax-elem"}[name]
			switch {
			case it.Graph != 0:
				continue
			case it.Row1 != 0 && !it.Out && !seen["q8-mac"]:
				kind = "q8-mac"
			case name == "silu":
				kind = "silu-elem"
			case name == "rms_norm":
				kind = "rmsnorm-elem"
			}
			if kind == "" || seen[kind] {
				continue
			}
			seen[kind] = true
			work := float64(p.ItemSize(i))
			b.ReportMetric((float64(steps(uint64(i+1)))-float64(base))/work, kind+"-steps")
		}
	}
}
