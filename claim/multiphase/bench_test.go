package multiphase

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
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

// BenchmarkNodeHeader measures what a model's header costs the node
// program: a run past the end (header, plan, table) on small models whose
// vocabularies (placeholder tokens, scores and types, as the generator
// writes them) make the header large; steps per header byte bound the
// parse that plan.MaxHeaderBytes allows.
//
//	go test -run '^$' -bench NodeHeader -benchtime 1x ./claim/multiphase/
func BenchmarkNodeHeader(b *testing.B) {
	elf, err := os.ReadFile(testprograms.Node(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		vocab, empty int // the vocabulary's size; empty strings added (the worst bytes to skip)
	}{{8_200, 0}, {32_000, 0}, {128_256, 0}, {8_200, 450_000}} {
		b.Run(fmt.Sprintf("vocab-%d-empty-%d", c.vocab, c.empty), func(b *testing.B) {
			cfg := llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 32, Vocab: c.vocab, Context: 8}
			model, err := llama.Random(cfg, 1, ggml.Q8_0)
			if err != nil {
				b.Fatal(err)
			}
			if c.empty > 0 {
				model = withMetadata(b, model, gguf.KV{Key: "tokenizer.padding", Value: gguf.Array(make([]string, c.empty))})
			}
			input := llama.EncodeInput([]int32{1}, 1)
			tr, err := Compute(model, input, nil)
			if err != nil || tr.Err != nil {
				b.Fatal(err, tr.Err)
			}
			_, f, err := Open(model, input)
			if err != nil {
				b.Fatal(err)
			}
			om := oracle.NewModel(model)
			c := claim.Claim{Model: om.Address(), Input: input, Output: tr.Output}
			pos := uint64(tr.Items) + 3
			for range b.N {
				h, err := NewHost(Node{Claim: c, Position: pos, Start: tr.At(pos - 1), End: tr.At(pos)}, om, nil)
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
				b.ReportMetric(float64(res.Steps), "steps")
				b.ReportMetric(float64(f.DataOffset), "header-bytes")
				b.ReportMetric(float64(res.Steps)/float64(f.DataOffset), "steps/byte")
			}
		})
	}
}

// withMetadata returns model with kv added to its metadata.
func withMetadata(tb testing.TB, model []byte, kv ...gguf.KV) []byte {
	tb.Helper()
	f, err := gguf.Parse(model)
	if err != nil {
		tb.Fatal(err)
	}
	descs := make([]gguf.TensorDesc, len(f.Tensors))
	for i, t := range f.Tensors {
		descs[i] = gguf.TensorDesc{Name: t.Name, Type: t.Type, Dims: t.Dims}
	}
	var out bytes.Buffer
	enc, err := gguf.NewEncoder(&out, append(slices.Clone(f.KV), kv...), descs)
	if err != nil {
		tb.Fatal(err)
	}
	for _, t := range f.Tensors {
		data, err := f.TensorData(t.Name)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := enc.Write(data); err != nil {
			tb.Fatal(err)
		}
	}
	if err := enc.Close(); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}
