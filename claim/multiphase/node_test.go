package multiphase

import (
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
)

// runNode runs the node program on n and returns how it ended.
func runNode(t *testing.T, elf []byte, n Node, model []byte) claim.Result {
	t.Helper()
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	var st *State
	if n.Position > 1 {
		tr, err := Compute(model, n.Claim.Input, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Err == nil {
			if st, err = StateAt(model, n.Claim.Input, min(n.Position-1, uint64(tr.Items))); err != nil {
				t.Fatal(err)
			}
		}
	}
	h, err := NewHost(n, oracle.NewModel(model), st)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := claim.Run(s, h, claim.RunOptions{MaxSteps: 2_000_000_000})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("position %d: %v in %v", n.Position, res, time.Since(start).Round(time.Millisecond))
	return res
}

// TestNodeProgram runs the node program in the VM at positions of every
// kind (the first item, which reads the embedding rows; a row block of the
// output head; a cache write; an attention product; the last item; the
// final commitment; past it) with the honest disputed commitment, which it
// must accept, and a wrong one, which it must reject.
func TestNodeProgram(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	model := testLlama(t, ggml.Q8_0)
	input := llama.EncodeInput([]int32{5, 17, 8199}, 2)
	tr, err := Compute(model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := Open(model, input)
	if err != nil {
		t.Fatal(err)
	}
	c := claim.Claim{Model: oracle.AddressOf(model), Input: input, Output: tr.Output}
	positions := map[string]uint64{"first item (get_rows)": 1, "last item": uint64(tr.Items),
		"final": uint64(tr.Items) + 1, "past the end": uint64(tr.Items) + 3}
	for i := 0; i < tr.Items; i++ {
		it := p.Item(i)
		name := p.NodeName(it.Node)
		switch {
		case it.Row1 != 0 && !it.Out && it.Row0 != 0 && positions["row block"] == 0:
			positions["row block"] = uint64(i + 1)
		case name == "blk.1.kq" && it.Graph == 1:
			positions["attention"] = uint64(i + 1)
		case name == "cache_k_l0 (view)" && it.Graph == 1 && positions["cache write"] == 0:
			positions["cache write"] = uint64(i + 1)
		}
	}
	for _, k := range []string{"row block", "attention", "cache write"} {
		if positions[k] == 0 {
			t.Fatalf("no %s item in the plan", k)
		}
	}
	for name, pos := range positions {
		t.Run(name, func(t *testing.T) {
			n := Node{Claim: c, Position: pos, Start: tr.At(pos - 1), End: tr.At(pos)}
			if res := runNode(t, elf, n, model); !res.Valid() {
				t.Fatalf("honest commitment rejected: %v", res)
			}
			n.End[31] ^= 1
			if res := runNode(t, elf, n, model); res.Status != mipsevm.StatusInvalid || res.ExitCode != protocol.ExitMismatch {
				t.Fatalf("wrong commitment: %v, want exit %d", res, protocol.ExitMismatch)
			}
		})
	}

	// A block of output rows (a long prompt's silu), the first and the
	// last block, which ends at the node's last row.
	wide := wideLlama(t)
	input = llama.EncodeInput([]int32{3, 1, 4, 1, 5}, 1)
	if tr, err = Compute(wide, input, nil); err != nil {
		t.Fatal(err)
	}
	if p, _, err = Open(wide, input); err != nil {
		t.Fatal(err)
	}
	c = claim.Claim{Model: oracle.AddressOf(wide), Input: input, Output: tr.Output}
	var blocks []uint64
	for i := 0; i < tr.Items; i++ {
		if p.Item(i).Out {
			blocks = append(blocks, uint64(i+1))
		}
	}
	if len(blocks) < 2 {
		t.Fatalf("%d blocks of output rows", len(blocks))
	}
	for _, pos := range []uint64{blocks[0], blocks[len(blocks)-1]} {
		t.Run(p.Item(int(pos-1)).String(), func(t *testing.T) {
			n := Node{Claim: c, Position: pos, Start: tr.At(pos - 1), End: tr.At(pos)}
			if res := runNode(t, elf, n, wide); !res.Valid() {
				t.Fatalf("honest commitment rejected: %v", res)
			}
			n.End[0] ^= 0x80
			if res := runNode(t, elf, n, wide); res.Status != mipsevm.StatusInvalid || res.ExitCode != protocol.ExitMismatch {
				t.Fatalf("wrong commitment: %v, want exit %d", res, protocol.ExitMismatch)
			}
		})
	}
}

// TestNodeProgramFamilies runs the node program in the VM on the items
// the other families add: a q/k/v bias (qwen2), NeoX rope (qwen2) and rope
// with frequency factors (llama 3), each reading a whole small weight.
func TestNodeProgramFamilies(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	input := llama.EncodeInput([]int32{5, 17, 8199}, 2)
	for _, c := range []struct {
		arch  string
		nodes []string // the first item of graph 1 of each
	}{
		{llama.ArchQwen2, []string{"add", "blk.0.q"}},
		{llama.Arch, []string{"blk.1.k"}},
	} {
		model := familyLlama(t, c.arch)
		tr, err := Compute(model, input, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, _, err := Open(model, input)
		if err != nil {
			t.Fatal(err)
		}
		cl := claim.Claim{Model: oracle.AddressOf(model), Input: input, Output: tr.Output}
		for _, want := range c.nodes {
			var pos uint64
			for i := 0; i < tr.Items && pos == 0; i++ {
				if it := p.Item(i); it.Graph == 1 && p.NodeName(it.Node) == want {
					pos = uint64(i + 1)
				}
			}
			if pos == 0 {
				t.Fatalf("%s: no %q item in graph 1", c.arch, want)
			}
			t.Run(c.arch+" "+want, func(t *testing.T) {
				n := Node{Claim: cl, Position: pos, Start: tr.At(pos - 1), End: tr.At(pos)}
				if res := runNode(t, elf, n, model); !res.Valid() {
					t.Fatalf("honest commitment rejected: %v", res)
				}
				n.End[31] ^= 1
				if res := runNode(t, elf, n, model); res.Status != mipsevm.StatusInvalid || res.ExitCode != protocol.ExitMismatch {
					t.Fatalf("wrong commitment: %v, want exit %d", res, protocol.ExitMismatch)
				}
			})
		}
	}
}

// TestNodePrestateCommitted: the node program built from this source has
// the absolute prestate recorded in the repository (the on-chain prestate
// of a two-phase deployment), so it can be checked from source.
func TestNodePrestateCommitted(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "ggml-mips", "cmd", "node", "prestate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Hash()
	if got := "0x" + hex.EncodeToString(h[:]); got != strings.TrimSpace(string(want)) {
		t.Fatalf("prestate of the built node program is %s, committed prestate.txt says %s; run `make prestate` and commit it if the program or engine changed on purpose", got, strings.TrimSpace(string(want)))
	}
}

// TestHeaderLimit: a model whose GGUF header is larger than the node
// program reads (plan.MaxHeaderBytes) is unusable natively and in the VM
// alike. (A review found that a 128 MiB metadata array parsed natively but
// not in the 32-bit VM, whose decoder limits differ: a liar could then
// pass "nothing changed" off as the truth.)
func TestHeaderLimit(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	cfg := llama.Config{Dim: 64, Layers: 1, Heads: 2, FFN: 64, Vocab: 64, Context: 16}
	base, err := llama.Random(cfg, 3, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	var ts []gguf.Tensor
	for _, ti := range f.Tensors {
		data, _ := f.TensorData(ti.Name)
		ts = append(ts, gguf.Tensor{Name: ti.Name, Type: ti.Type, Dims: ti.Dims, Data: data})
	}
	kv := append(append([]gguf.KV(nil), f.KV...), gguf.KV{Key: "test.padding", Value: gguf.Array(make([]uint8, plan.MaxHeaderBytes+128<<10))})
	model, err := gguf.Marshal(kv, ts)
	if err != nil {
		t.Fatal(err)
	}
	input := llama.EncodeInput([]int32{5, 17}, 2)
	tr, err := Compute(model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Err == nil || tr.At(1) != GraphUnusable() {
		t.Fatalf("a header over the limit is usable natively: %v", tr.Err)
	}
	c := claim.Claim{Model: oracle.AddressOf(model), Input: input, Output: []byte{0, 0, 0, 1, 0, 0, 0, 2}}
	if res := runNode(t, elf, Node{Claim: c, Position: 1, Start: GraphStart, End: GraphUnusable()}, model); !res.Valid() {
		t.Fatalf("position 1: the node program rejects the honest GraphUnusable: %v", res)
	}
	lie := Node{Claim: c, Position: 2, Start: GraphUnusable(), End: GraphFinal(c.OutputHash())}
	if res := runNode(t, elf, lie, model); res.Valid() {
		t.Fatalf("position 2: the node program accepts a final commitment for an unusable claim: %v", res)
	}

	// A header over the old 4 MiB, made of tokenizer metadata (which the
	// node program checks but does not keep), is usable, and the node
	// program agrees with the native trace on the first item.
	kv = append(append([]gguf.KV(nil), f.KV...), gguf.KV{Key: "tokenizer.padding", Value: gguf.Array(make([]string, 5<<20/8))})
	if model, err = gguf.Marshal(kv, ts); err != nil {
		t.Fatal(err)
	}
	if tr, err = Compute(model, input, nil); err != nil || tr.Err != nil {
		t.Fatalf("a 5 MiB tokenizer header: %v, %v", err, tr.Err)
	}
	c = claim.Claim{Model: oracle.AddressOf(model), Input: input, Output: tr.Output}
	if res := runNode(t, elf, Node{Claim: c, Position: 1, Start: GraphStart, End: tr.At(1)}, model); !res.Valid() {
		t.Fatalf("a 5 MiB tokenizer header: the node program rejects the first item's honest commitment: %v", res)
	}
}

// TestNodeAliasedModel: a claim whose model address differs from a real
// model's in byte 0 alone (an alias; the program once overwrote byte 0 to
// form the mapping key, so an alias reached the real model) names no
// model. The node program finds the claim unusable even with the real
// model's data in its oracle, as the native trace (Unusable) does; the
// real model's first commitment, which the alias would have reached, is
// rejected.
func TestNodeAliasedModel(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	model, input := mnistClaim(t)
	stored := oracle.NewModel(model)
	tr, err := Compute(model, input, nil)
	if err != nil || tr.Err != nil {
		t.Fatalf("the stored model's trace: %v, %v", err, tr.Err)
	}
	for _, b := range []byte{0x00, 0x02, 0xff} {
		alias := stored.Address()
		alias[0] = b
		c := claim.Claim{Model: alias, Input: input, Output: tr.Output}
		native := Unusable(alias.Check())
		run := func(n Node) claim.Result {
			t.Helper()
			// The host holds the stored model (its tree, blocks and address
			// preimage); only the claim's address is the alias.
			h, err := NewHost(Node{Claim: claim.Claim{Model: stored.Address(), Input: input, Output: tr.Output}, Position: n.Position, Start: n.Start, End: n.End}, stored, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range n.LocalData() {
				h.SetLocal(i, v)
			}
			s, err := claim.Prestate(elf)
			if err != nil {
				t.Fatal(err)
			}
			res, err := claim.Run(s, h, claim.RunOptions{MaxSteps: 2_000_000_000})
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		if res := run(Node{Claim: c, Position: 1, Start: GraphStart, End: native.At(1)}); !res.Valid() {
			t.Fatalf("alias %s, position 1: GraphUnusable rejected: %v", alias, res)
		}
		if res := run(Node{Claim: c, Position: 1, Start: GraphStart, End: tr.At(1)}); res.Status != mipsevm.StatusInvalid || res.ExitCode != protocol.ExitMismatch {
			t.Fatalf("alias %s, position 1: the stored model's commitment: %v, want exit %d", alias, res, protocol.ExitMismatch)
		}
		if res := run(Node{Claim: c, Position: 2, Start: native.At(1), End: GraphFinal(c.OutputHash())}); res.Valid() {
			t.Fatalf("alias %s, position 2: a final commitment accepted: %v", alias, res)
		}
		if res := run(Node{Claim: c, Position: 2, Start: native.At(1), End: native.At(2)}); !res.Valid() {
			t.Fatalf("alias %s, position 2: the unusable trace's commitment rejected: %v", alias, res)
		}
	}
	// Without any model data, the alias's run is the same: it needs none.
	alias := stored.Address()
	alias[0] = 0
	n := Node{Claim: claim.Claim{Model: alias, Input: input, Output: tr.Output}, Position: 1, Start: GraphStart, End: GraphUnusable()}
	h, err := NewHost(n, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := claim.Run(s, h, claim.RunOptions{MaxSteps: 2_000_000_000}); err != nil || !res.Valid() {
		t.Fatalf("alias without model data: %v, %v", res, err)
	}
	if _, err := NewHost(Node{Claim: claim.Claim{Model: stored.Address(), Input: input}, Position: 1}, nil, nil); err == nil {
		t.Fatal("NewHost without the model of a claim that names one")
	}
}

// TestNodeDataUnavailable: a host that lacks the data behind the agreed
// commitment (the slot table and buffers of position p − 1) stops the run
// with an error naming the missing committed data: the program neither
// accepts nor rejects, and nothing panics. (The honest side never lacks
// it: the agreed commitment is its own.)
func TestNodeDataUnavailable(t *testing.T) {
	elf, err := os.ReadFile(testprograms.Node(t))
	if err != nil {
		t.Fatal(err)
	}
	model := testLlama(t, ggml.Q8_0)
	input := llama.EncodeInput([]int32{5, 17}, 1)
	tr, err := Compute(model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := claim.Claim{Model: oracle.AddressOf(model), Input: input, Output: tr.Output}
	n := Node{Claim: c, Position: 3, Start: tr.At(2), End: tr.At(3)}
	h, err := NewHost(n, oracle.NewModel(model), nil) // no agreed state
	if err != nil {
		t.Fatal(err)
	}
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	res, err := claim.Run(s, h, claim.RunOptions{MaxSteps: 1 << 30})
	if err == nil {
		t.Fatalf("ran to %v without the agreed slot table", res)
	}
	if !strings.Contains(err.Error(), "committed key") && !strings.Contains(err.Error(), "not found") {
		t.Fatalf("host error %v does not name the missing data", err)
	}
}
