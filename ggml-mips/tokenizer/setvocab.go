package tokenizer

import (
	"fmt"
	"io"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
)

// SetVocab writes the GGUF file src to w with its tokenizer metadata (the
// tokenizer.* keys) replaced by vocab's, which go after the other keys;
// the tensors are copied unchanged. vocab must load (Load), and its size
// must be the rows of src's token_embd.weight, if it has one. It returns
// the number of bytes written.
func SetVocab(w io.Writer, src *gguf.File, vocab []gguf.KV) (int64, error) {
	v, err := Load(&gguf.File{KV: vocab})
	if err != nil {
		return 0, err
	}
	if t, ok := src.Tensor("token_embd.weight"); ok && (len(t.Dims) != 2 || t.Dims[1] != uint64(v.Size())) {
		return 0, fmt.Errorf("tokenizer: a vocabulary of %d tokens for a model whose token_embd.weight is %v", v.Size(), t.Dims)
	}
	var kv []gguf.KV
	for _, e := range src.KV {
		if !strings.HasPrefix(e.Key, "tokenizer.") {
			kv = append(kv, e)
		}
	}
	for _, e := range vocab {
		if !strings.HasPrefix(e.Key, "tokenizer.") {
			return 0, fmt.Errorf("tokenizer: vocabulary metadata key %q is not a tokenizer.* key", e.Key)
		}
		kv = append(kv, e)
	}
	descs := make([]gguf.TensorDesc, len(src.Tensors))
	for i, t := range src.Tensors {
		descs[i] = gguf.TensorDesc{Name: t.Name, Type: t.Type, Dims: t.Dims}
	}
	cw := &countingWriter{w: w}
	enc, err := gguf.NewEncoder(cw, kv, descs)
	if err != nil {
		return 0, fmt.Errorf("tokenizer: %w", err)
	}
	for _, t := range src.Tensors {
		r, err := src.TensorReader(t.Name)
		if err != nil {
			return cw.n, fmt.Errorf("tokenizer: %w", err)
		}
		if _, err := io.Copy(enc, r); err != nil {
			return cw.n, fmt.Errorf("tokenizer: copy tensor %s: %w", t.Name, err)
		}
	}
	if err := enc.Close(); err != nil {
		return cw.n, fmt.Errorf("tokenizer: %w", err)
	}
	return cw.n, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
