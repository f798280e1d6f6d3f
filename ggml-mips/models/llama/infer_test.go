package llama_test

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
)

var small = llama.Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 64, Vocab: 64, Context: 16}

func load(t *testing.T) ([]byte, *llama.Model) {
	t.Helper()
	file, err := llama.Random(small, 1, ggml.Q8_0)
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(file)
	if err != nil {
		t.Fatal(err)
	}
	m, err := llama.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return file, m
}

func TestInfer(t *testing.T) {
	file, m := load(t)
	prompt := []int32{1, 2, 3, 60}
	want, err := m.Generate(prompt, 5)
	if err != nil {
		t.Fatal(err)
	}
	input := llama.EncodeInput(prompt, 5)
	wantInput := []byte{0, 0, 0, 5, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 60}
	if !bytes.Equal(input, wantInput) {
		t.Fatalf("EncodeInput = %x, want %x", input, wantInput)
	}
	out, err := m.Infer(input)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 4*5 {
		t.Fatalf("Infer returned %d bytes, want 20", len(out))
	}
	got, err := llama.DecodeOutput(out)
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("Infer = %v (%v), Generate = %v", got, err, want)
	}
	if out[0] != 0 || out[1] != 0 || out[2] != 0 || int32(out[3]) != want[0] {
		t.Errorf("output %x is not big-endian uint32s", out[:4])
	}

	// The shared entry point dispatches here.
	viaModels, err := models.Infer(file, input)
	if err != nil || !bytes.Equal(viaModels, out) {
		t.Errorf("models.Infer = %x, %v; want %x", viaModels, err, out)
	}
	if _, arch, err := models.Load(file); err != nil || arch != llama.Arch {
		t.Errorf("models.Load: %q, %v", arch, err)
	}

	// N = 0 is an empty output.
	if out, err := m.Infer(llama.EncodeInput(prompt, 0)); err != nil || len(out) != 0 {
		t.Errorf("N = 0: %x, %v", out, err)
	}
}

func TestInferErrors(t *testing.T) {
	_, m := load(t) // vocab 64, context 16
	for _, c := range []struct {
		name  string
		input []byte
	}{
		{"empty", nil},
		{"three bytes", []byte{0, 0, 1}},
		{"no prompt", []byte{0, 0, 0, 1}},
		{"not whole uint32s", []byte{0, 0, 0, 1, 0, 0, 0, 2, 0}},
		{"token past the vocabulary", llama.EncodeInput([]int32{1, 64}, 1)},
		{"token with the top bit set", []byte{0, 0, 0, 1, 0x80, 0, 0, 1}},
		{"prompt and output exceed the context", llama.EncodeInput(make([]int32, 10), 7)},
		{"prompt exceeds the context", llama.EncodeInput(make([]int32, 17), 0)},
		{"N is 2^32 − 1", llama.EncodeInput([]int32{1}, 1<<32-1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := m.Infer(c.input)
			if !errors.Is(err, llama.ErrInput) {
				t.Errorf("Infer = %x, %v; want an error wrapping ErrInput", out, err)
			}
		})
	}
	if out, err := m.Infer(llama.EncodeInput(make([]int32, 10), 6)); err != nil || len(out) != 24 {
		t.Errorf("filling the context exactly: %x, %v", out, err)
	}
	if _, err := llama.DecodeOutput([]byte{1, 2, 3}); err == nil {
		t.Error("DecodeOutput accepted 3 bytes")
	}
}
