package plan_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/plan"
)

// headerOnly is a ReaderAt over a file of size bytes of which only the
// first len(head) are known (enough for gguf.Read, which reads the header).
type headerOnly struct{ head []byte }

func (h headerOnly) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(h.head)) {
		return 0, errors.New("past the captured header")
	}
	n := copy(p, h.head[off:])
	if n < len(p) {
		clear(p[n:])
		n = len(p)
	}
	return n, nil
}

// capture keeps the first n bytes written, then fails.
type capture struct {
	b []byte
	n int
}

func (c *capture) Write(p []byte) (int, error) {
	if len(c.b) >= c.n {
		return 0, errors.New("enough")
	}
	c.b = append(c.b, p[:min(len(p), c.n-len(c.b))]...)
	return len(p), nil
}

// layoutFile is the parsed header of Random(cfg, 1, typ), without
// generating its weights.
func layoutFile(t *testing.T, cfg llama.Config, typ ggml.Type) *gguf.File {
	t.Helper()
	r, err := llama.NewRandomFile(cfg, 1, typ)
	if err != nil {
		t.Fatal(err)
	}
	c := &capture{n: 8 << 20}
	r.WriteTo(c) // stops with "enough"
	f, err := gguf.Read(headerOnly{c.b}, r.Size())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCheckNodeHeap: the node program builds its plan's graphs on its Go
// heap (about 1 GiB in the 32-bit guest). Their nodes' storage is lazy and
// bound to mapped buffers, so a wide graph costs it little. (Check still
// refuses a graph of too many nodes; llama's 1,024 layers stay far below
// that.) (Found in review, before storage was lazy: a
// narrow, deep model with a 64-token prompt passed the window and work
// bounds but allocated ~1.3 GiB, and the guest crashed on the honest
// side's run.)
func TestCheckNodeHeap(t *testing.T) {
	b := plan.Bounds{Positions: 1 << 22, ItemMACs: 1 << 40, Window: 1 << 28, BlockBytes: 64 << 10}
	cfg := llama.Config{Dim: 32, Layers: 160, Heads: 2, FFN: 8192, Vocab: 64, Context: 128}
	f := layoutFile(t, cfg, ggml.Q8_0)
	p, err := plan.Open(f, llama.EncodeInput(make([]int32, 64), 1))
	if err != nil {
		t.Fatal(err)
	}
	b.HeaderBytes = f.DataOffset
	if need := p.Need(b); need.HeapBytes > 16<<20 || need.NativeBytes < 1<<30 {
		t.Fatalf("need %+v: want the node program's heap far below the graph's storage", need)
	}

}

// TestCheckLastGraph: attention grows with the position, so Check measures
// the last graph too. (Found in review: probing graphs 0 and 1 only, a
// 2048-wide model generating 2047 tokens passed, but its last graph's
// attention item was four times the bound.) Attention now splits into one
// item per head, so the bound here is ChunkWork: one head's scores over
// 2047 positions are twice that.
func TestCheckLastGraph(t *testing.T) {
	cfg := llama.Config{Dim: 2048, Layers: 1, Heads: 16, FFN: 128, Vocab: 64, Context: 2048}
	f := layoutFile(t, cfg, ggml.Q8_0)
	b := plan.Bounds{Positions: 1 << 21, ItemMACs: plan.ChunkWork, Window: 1 << 28, HeaderBytes: f.DataOffset, BlockBytes: 64 << 10}
	short, err := plan.Open(f, llama.EncodeInput([]int32{1}, 2))
	if err != nil {
		t.Fatal(err)
	}
	if err := short.Check(b); err != nil {
		t.Fatalf("two tokens: %v", err)
	}
	long, err := plan.Open(f, llama.EncodeInput([]int32{1}, 2047))
	if err != nil {
		t.Fatal(err)
	}
	need := long.Need(b)
	if err := long.Check(b); err == nil || need.MaxItem.Graph != 2046 || !need.MaxItem.Out {
		t.Fatalf("2047 tokens: Check = %v, the largest item %v; want a refusal at the last graph's attention", err, need.MaxItem)
	}
}

// TestPromptLimits: under the default bounds, the longest prompt a
// one-token claim may have for each preset (docs/dispute.md quotes them).
// Long prompts' elementwise and row operations and attention split into
// blocks of output rows, and node storage is lazy, so what binds is the
// node program's window (the prompt's attention scores) or the engine's
// own limits on the context and the KV cache.
func TestPromptLimits(t *testing.T) {
	for _, c := range []struct {
		preset string
		max    int
		want   string
	}{{"15m", 255, "context"}, {"110m", 836, "window"}, {"1b", 512, "window"}, {"7b", 256, "cache"}} {
		cfg, ok := llama.Preset(c.preset)
		if !ok {
			t.Fatal(c.preset)
		}
		f := layoutFile(t, cfg, ggml.Q8_0)
		b := plan.Bounds{Positions: 1 << 21, ItemMACs: plan.DefaultItemWork, Window: 1 << 28, HeaderBytes: f.DataOffset, BlockBytes: 64 << 10}
		fits := func(prompt int) error {
			p, err := plan.Open(f, llama.EncodeInput(make([]int32, prompt), 1))
			if err != nil {
				return err
			}
			return p.Check(b)
		}
		if err := fits(c.max); err != nil {
			t.Errorf("%s: a %d-token prompt: %v", c.preset, c.max, err)
		}
		if err := fits(c.max + 1); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: a %d-token prompt: %v, want a refusal naming %q", c.preset, c.max+1, err, c.want)
		}
	}
}
