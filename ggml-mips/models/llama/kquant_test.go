package llama

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// kq is a shape whose rows are whole 256-value K-quant blocks, with eight
// layers so that Q4_K_M's choice of layers (0, 3, 6 and 7) shows.
var kq = Config{Dim: 256, Layers: 8, Heads: 4, KVHeads: 2, FFN: 256, Vocab: 64, Context: 8}

// TestRandomKQuants writes Q4_K, Q6_K and Q4_K_M files, checks their types
// tensor by tensor, and checks that their logits follow the F32 model's
// as closely as their bits allow (against Q8_0 and Q4_0).
func TestRandomKQuants(t *testing.T) {
	prompt := []int32{1, 7, 30, 2}
	logits := func(file []byte) []float32 {
		m := mustLoad(t, file)
		c, err := m.NewCache(kq.Context)
		if err != nil {
			t.Fatal(err)
		}
		out, _, err := m.Forward(c, prompt, 0)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	ref := logits(mustRandom(t, kq, 5, ggml.F32))
	relErr := func(got []float32) float64 {
		var num, den float64
		for i := range ref {
			num += (float64(got[i]) - float64(ref[i])) * (float64(got[i]) - float64(ref[i]))
			den += float64(ref[i]) * float64(ref[i])
		}
		return math.Sqrt(num / den)
	}
	errs := map[ggml.Type]float64{}
	for _, c := range []struct {
		typ      ggml.Type
		fileType uint32
	}{{ggml.Q4_K, 14}, {ggml.Q6_K, 18}, {Q4_K_M, 15}, {ggml.Q4_0, 2}, {ggml.Q8_0, 7}} {
		file := mustRandom(t, kq, 5, c.typ)
		if again := mustRandom(t, kq, 5, c.typ); !bytes.Equal(file, again) {
			t.Fatalf("%v: two files from one seed differ", c.typ)
		}
		f, err := gguf.Parse(file)
		if err != nil {
			t.Fatal(err)
		}
		if ft, _ := f.GetUint32(keyFileType); ft != c.fileType {
			t.Errorf("%v: %s = %d, want %d", c.typ, keyFileType, ft, c.fileType)
		}
		for _, info := range f.Tensors {
			want := c.typ
			switch {
			case len(info.Dims) == 1:
				want = ggml.F32
			case c.typ != Q4_K_M:
			case info.Name == nameOutput:
				want = ggml.Q6_K
			case strings.HasSuffix(info.Name, "attn_v.weight") || strings.HasSuffix(info.Name, "ffn_down.weight"):
				want = ggml.Q4_K
				for _, l := range []string{"blk.0.", "blk.3.", "blk.6.", "blk.7."} {
					if strings.HasPrefix(info.Name, l) {
						want = ggml.Q6_K
					}
				}
			default:
				want = ggml.Q4_K
			}
			if info.Type != want {
				t.Errorf("%v file: %s is %v, want %v", c.typ, info.Name, info.Type, want)
			}
		}
		errs[c.typ] = relErr(logits(file))
		t.Logf("file type %d: logits' relative error against F32: %.4f", c.fileType, errs[c.typ])
	}
	// Random uniform weights are hard on 4 bits, and eight random blocks
	// amplify the error; the order is what the bits per weight promise,
	// with Q4_K (scales per 32 values, and mins) ahead of Q4_0.
	if !(errs[ggml.Q8_0] < errs[ggml.Q6_K] && errs[ggml.Q6_K] < errs[Q4_K_M] && errs[Q4_K_M] < errs[ggml.Q4_K] &&
		errs[ggml.Q4_K] < errs[ggml.Q4_0] && errs[ggml.Q4_0] < 0.5) {
		t.Errorf("relative errors %v: want Q8_0 < Q6_K < Q4_K_M < Q4_K < Q4_0 < 0.5", errs)
	}

	// Tied output: the embedding is the head, so Q4_K_M makes it Q6_K.
	tied := kq
	tied.Layers, tied.TiedOutput = 1, true
	f, err := gguf.Parse(mustRandom(t, tied, 1, Q4_K_M))
	if err != nil {
		t.Fatal(err)
	}
	if info, _ := f.Tensor(nameEmbd); info.Type != ggml.Q6_K {
		t.Errorf("tied Q4_K_M: %s is %v, want q6_k", nameEmbd, info.Type)
	}
}

func TestKQuantErrors(t *testing.T) {
	// Rows must be whole 256-value blocks.
	for _, typ := range []ggml.Type{ggml.Q4_K, ggml.Q6_K, Q4_K_M} {
		if _, err := Random(tiny, 1, typ); err == nil || !strings.Contains(err.Error(), "256-value blocks") {
			t.Errorf("%v with dim 32: %v", typ, err)
		}
	}
	kv, ts := randomParts(t, kq, 1, Q4_K_M)
	file := build(t, kv, ts)
	mustLoad(t, file)
	// Truncated files: the last tensor (output, Q6_K) loses its last bytes;
	// the reader checks every tensor's size against the file.
	for _, cut := range []int{1, 100, gguf.BlockSizeQ6_K} {
		if _, err := gguf.Parse(file[:len(file)-cut]); err == nil || !strings.Contains(err.Error(), nameOutput) {
			t.Errorf("file cut by %d bytes: %v", cut, err)
		}
	}
	// A non-finite scale in each K-quant type: Q4_K's dmin, Q6_K's d (last
	// two bytes of a block).
	for _, c := range []struct {
		name   string
		tensor string
		off    int
	}{
		{"q4_k infinite dmin", "blk.1.attn_q.weight", 2*gguf.BlockSizeQ4_K + 2},
		{"q6_k NaN scale", "blk.0.ffn_down.weight", 3*gguf.BlockSizeQ6_K - 2},
	} {
		file := build(t, kv, ts, patchTensor(c.tensor, func(b []byte) { b[c.off], b[c.off+1] = 0x00, 0x7e }))
		g, err := gguf.Parse(file)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Load(g); err == nil || !strings.Contains(err.Error(), c.tensor) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}
