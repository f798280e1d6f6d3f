package gguf

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestReadSkipping: skipped keys are left out and everything else is as
// Read gives it; a skipped value is checked as Read checks it.
func TestReadSkipping(t *testing.T) {
	kv := []KV{
		{Key: "general.architecture", Value: String("llama")},
		{Key: "tokenizer.ggml.tokens", Value: Array([]string{"a", "", "ccc"})},
		{Key: "tokenizer.ggml.scores", Value: Array([]float32{1, 2, 3})},
		{Key: "tokenizer.flags", Value: Array([]bool{true, false})},
		{Key: "tokenizer.nested", Value: Array([]Value{Array([]string{"x"}), Array([]uint64{7})})},
		{Key: "llama.block_count", Value: Uint32(2)},
	}
	b, err := Marshal(kv, []Tensor{{Name: "w", Type: TensorF32, Dims: []uint64{2}, Data: make([]byte, 8)}})
	if err != nil {
		t.Fatal(err)
	}
	skipTok := func(k string) bool { return strings.HasPrefix(k, "tokenizer.") }
	full, err := Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := ReadSkipping(bytes.NewReader(b), int64(len(b)), skipTok)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.KV) != 2 || f.KV[0].Key != "general.architecture" || f.KV[1].Key != "llama.block_count" {
		t.Fatalf("kept %v", f.KV)
	}
	if _, ok := f.Lookup("tokenizer.ggml.tokens"); ok {
		t.Fatal("a skipped key can be looked up")
	}
	if n, err := f.GetUint32("llama.block_count"); err != nil || n != 2 {
		t.Fatalf("llama.block_count: %d, %v", n, err)
	}
	if f.DataOffset != full.DataOffset || len(f.Tensors) != 1 || f.Tensors[0].Name != full.Tensors[0].Name || f.Tensors[0].Offset != full.Tensors[0].Offset {
		t.Fatalf("tensors %+v at %d, Read: %+v at %d", f.Tensors, f.DataOffset, full.Tensors, full.DataOffset)
	}

	// Malformed skipped values fail as they fail in Read.
	at := bytes.Index(b, []byte("tokenizer.flags"))
	badBool := bytes.Clone(b)
	badBool[at+len("tokenizer.flags")+4+4+8] = 2 // past value type, element type, count
	cut := b[:bytes.Index(b, []byte("ccc"))+1]
	dup, err := Marshal(append(append([]KV(nil), kv...), KV{Key: "tokenizer.flagz", Value: Bool(true)}), nil)
	if err != nil {
		t.Fatal(err)
	}
	dup = bytes.Replace(dup, []byte("tokenizer.flagz"), []byte("tokenizer.flags"), 1)
	for _, c := range []struct {
		name string
		b    []byte
		want error
	}{{"a bool byte of 2", badBool, ErrInvalidValue}, {"cut inside a string", cut, ErrTooLarge}, {"a key twice", dup, ErrDuplicate}} {
		_, errRead := Read(bytes.NewReader(c.b), int64(len(c.b)))
		_, errSkip := ReadSkipping(bytes.NewReader(c.b), int64(len(c.b)), skipTok)
		if !errors.Is(errRead, c.want) || !errors.Is(errSkip, c.want) {
			t.Errorf("%s: Read: %v; ReadSkipping: %v; want %v from both", c.name, errRead, errSkip, c.want)
		}
	}
}
