package multiphase

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/ethereum/go-ethereum/crypto"
)

// testLlama is a small llama model whose output head is split into row
// blocks (8200 × 128 > plan.ChunkMACs), with grouped-query attention.
func testLlama(t testing.TB, typ ggml.Type) []byte {
	t.Helper()
	cfg := llama.Config{Dim: 128, Layers: 2, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 8200, Context: 32}
	b, err := llama.Random(cfg, 7, typ)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wideLlama is a small llama model whose feed-forward layer is wide
// enough that a 5-token prompt's silu splits into blocks of output rows.
func wideLlama(t testing.TB) []byte {
	t.Helper()
	cfg := llama.Config{Dim: 64, Layers: 1, Heads: 4, KVHeads: 2, FFN: 4096, Vocab: 300, Context: 16}
	b, err := llama.Random(cfg, 9, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// familyLlama is a small model of another family: qwen2 (q/k/v biases
// read as whole weights by the add items, NeoX rope, tied head) or llama
// with Llama 3's rope frequency factors (a weight the rope items read).
func familyLlama(t testing.TB, arch string) []byte {
	t.Helper()
	cfg := llama.Config{Arch: arch, Dim: 128, Layers: 2, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 8200, Context: 32, RopeBase: 1e6, TiedOutput: true}
	if arch == llama.Arch {
		cfg.RopeBase, cfg.RopeFreqs = 500000, true
	}
	b, err := llama.Random(cfg, 11, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mnistClaim(t testing.TB) (model, input []byte) {
	t.Helper()
	model, err := os.ReadFile("../../ggml-mips/models/mnist/testdata/fashion-mnist.gguf")
	if err != nil {
		t.Fatal(err)
	}
	input, err = os.ReadFile("../../ggml-mips/models/mnist/testdata/images/0000-9.bin")
	if err != nil {
		t.Fatal(err)
	}
	return model, input
}

// TestTraceMatchesInfer: the plan computes exactly what Infer computes,
// and every position of the trace is what RunItem, the node program's
// code, computes from the state before it.
func TestTraceMatchesInfer(t *testing.T) {
	mm, mi := mnistClaim(t)
	cases := []struct {
		name         string
		model, input []byte
	}{
		{"mnist", mm, mi},
		{"llama q8_0", testLlama(t, ggml.Q8_0), llama.EncodeInput([]int32{5, 17, 8199}, 3)},
		{"llama f32", testLlama(t, ggml.F32), llama.EncodeInput([]int32{1}, 2)},
		{"llama no tokens", testLlama(t, ggml.Q8_0), llama.EncodeInput([]int32{1, 2}, 0)},
		{"llama output rows", wideLlama(t), llama.EncodeInput([]int32{3, 1, 4, 1, 5}, 2)},
		{"qwen2", familyLlama(t, llama.ArchQwen2), llama.EncodeInput([]int32{5, 17, 8199}, 3)},
		{"llama3 rope factors", familyLlama(t, llama.Arch), llama.EncodeInput([]int32{5, 17, 8199}, 3)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, err := models.Infer(c.model, c.input)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Compute(c.model, c.input, nil)
			if err != nil || tr.Err != nil {
				t.Fatal(err, tr.Err)
			}
			if !bytes.Equal(tr.Output, want) {
				t.Fatalf("plan output %x, Infer %x", tr.Output, want)
			}
			if tr.Final() != GraphFinal(crypto.Keccak256Hash(want)) {
				t.Fatal("final commitment does not commit to the output")
			}
			if len(tr.Hashes) != tr.Items+2 {
				t.Fatalf("%d hashes for %d items", len(tr.Hashes), tr.Items)
			}
			p, _, err := Open(c.model, c.input)
			if err != nil {
				t.Fatal(err)
			}
			chunked, outRows := 0, 0
			for i := 0; i < tr.Items; i++ {
				switch it := p.Item(i); {
				case it.Out:
					outRows++
				case it.Row1 != 0:
					chunked++
				}
				st, err := StateAt(c.model, c.input, uint64(i))
				if err != nil {
					t.Fatal(err)
				}
				if st.Key() != tr.Hashes[i] {
					t.Fatalf("state %d does not hash to the trace", i)
				}
				s, err := NewStorage(st, c.model)
				if err != nil {
					t.Fatal(err)
				}
				slot, err := p.RunItem(i, s)
				if err != nil {
					t.Fatal(err)
				}
				if got := s.Commit(slot); got != tr.Hashes[i+1] {
					t.Fatalf("item %d (%v): RunItem gives %x, the trace %x", i, p.Item(i), got, tr.Hashes[i+1])
				}
			}
			if c.name == "llama q8_0" && chunked == 0 {
				t.Fatal("no item is a row block: the test model does not exercise chunking")
			}
			if c.name == "llama output rows" && outRows < 2 {
				t.Fatalf("%d items are blocks of output rows: the test model does not exercise them", outRows)
			}
			st, err := StateAt(c.model, c.input, uint64(tr.Items))
			if err != nil {
				t.Fatal(err)
			}
			s, err := NewStorage(st, c.model)
			if err != nil {
				t.Fatal(err)
			}
			out, err := p.Output(s)
			if err != nil || !bytes.Equal(out, want) {
				t.Fatalf("output from the final state: %x, %v; want %x", out, err, want)
			}
		})
	}
}

func TestUnusableClaims(t *testing.T) {
	mm, _ := mnistClaim(t)
	for _, c := range []struct {
		name         string
		model, input []byte
	}{
		{"short image", mm, make([]byte, 10)},
		{"not a model", []byte("GGUF nonsense"), make([]byte, 784)},
		{"token out of range", testLlama(t, ggml.Q8_0), llama.EncodeInput([]int32{8200}, 1)},
	} {
		tr, err := Compute(c.model, c.input, nil)
		if err != nil {
			t.Fatal(err)
		}
		if tr.Err == nil || len(tr.Hashes) != 2 || tr.At(1) != GraphUnusable() || tr.At(5) != GraphUnusable() {
			t.Fatalf("%s: %+v", c.name, tr)
		}
	}
}

func TestTableRootIsCommittedRoot(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 64, 100} {
		tb := NewTable(n)
		for i := 0; i < n; i += 2 {
			tb.Set(i, crypto.Keccak256Hash([]byte{byte(i)}))
		}
		if got, want := tb.Key(), BufferKey(tb.Bytes()); got != want {
			t.Fatalf("%d slots: table key %x, committed key of its bytes %x", n, got, want)
		}
	}
}

// TestComputeStops: the native run stops between items when its context
// ends (the agent bounds its native check this way), and an unstopped one
// gives the same trace as Compute.
func TestComputeStops(t *testing.T) {
	model, input := mnistClaim(t)
	ctx, cancel := context.WithCancel(context.Background())
	var at int
	_, err := ComputeContext(ctx, model, input, func(done, total int) {
		if done == total/2 {
			at = done
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || at == 0 {
		t.Fatalf("ComputeContext cancelled at item %d: %v, want context.Canceled", at, err)
	}
	if _, err := StateAtContext(ctx, model, input, 3); !errors.Is(err, context.Canceled) {
		t.Fatalf("StateAtContext with an ended context: %v", err)
	}
	a, err := ComputeContext(context.Background(), model, input, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Compute(model, input, nil)
	if err != nil || a.Final() != b.Final() || len(a.Hashes) != len(b.Hashes) {
		t.Fatalf("ComputeContext and Compute differ (%v)", err)
	}
}
