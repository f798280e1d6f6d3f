package llama

import (
	"encoding/binary"
	"fmt"
)

// Generate runs the prompt through the network in one batch, then generates
// n tokens greedily, one graph per token, and returns them. The prompt must
// not be empty, its ids must be in the vocabulary, and the prompt and the n
// tokens must fit in the context; otherwise the error wraps ErrInput.
func (m *Model) Generate(prompt []int32, n int) ([]int32, error) {
	if len(prompt) == 0 {
		return nil, fmt.Errorf("llama: %w: empty prompt", ErrInput)
	}
	if n < 0 {
		return nil, fmt.Errorf("llama: %w: %d tokens to generate", ErrInput, n)
	}
	if len(prompt) > m.cfg.Context || n > m.cfg.Context-len(prompt) {
		return nil, fmt.Errorf("llama: %w: %d prompt tokens and %d to generate exceed the context of %d",
			ErrInput, len(prompt), n, m.cfg.Context)
	}
	for i, t := range prompt {
		if t < 0 || int(t) >= m.cfg.Vocab {
			return nil, fmt.Errorf("llama: %w: prompt token %d is %d, want 0..%d", ErrInput, i, t, m.cfg.Vocab-1)
		}
	}
	out := make([]int32, 0, n)
	if n == 0 {
		return out, nil
	}
	// The last generated token is never fed back, so it needs no position.
	c, err := m.NewCache(len(prompt) + n - 1)
	if err != nil {
		return nil, err
	}
	_, next, err := m.Forward(c, prompt, 0)
	if err != nil {
		return nil, err
	}
	out = append(out, next)
	for pos := len(prompt); len(out) < n; pos++ {
		if _, next, err = m.Forward(c, []int32{next}, pos); err != nil {
			return nil, err
		}
		out = append(out, next)
	}
	return out, nil
}

// EncodeInput returns Infer's input for generating n tokens after prompt
// (see the package documentation).
func EncodeInput(prompt []int32, n uint32) []byte {
	b := binary.BigEndian.AppendUint32(make([]byte, 0, 4+4*len(prompt)), n)
	for _, t := range prompt {
		b = binary.BigEndian.AppendUint32(b, uint32(t))
	}
	return b
}

// DecodeOutput returns the token ids of Infer's output.
func DecodeOutput(b []byte) ([]int32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("llama: output of %d bytes is not a whole number of uint32 token ids", len(b))
	}
	out := make([]int32, len(b)/4)
	for i := range out {
		out[i] = int32(binary.BigEndian.Uint32(b[4*i:]))
	}
	return out, nil
}

// Infer decodes input (N, then the prompt, as big-endian uint32s), generates
// N tokens and returns them as big-endian uint32s.
func (m *Model) Infer(input []byte) ([]byte, error) {
	prompt, n, err := m.decodeInput(input)
	if err != nil {
		return nil, err
	}
	out, err := m.Generate(prompt, int(n))
	if err != nil {
		return nil, err
	}
	b := make([]byte, 0, 4*len(out))
	for _, t := range out {
		b = binary.BigEndian.AppendUint32(b, uint32(t))
	}
	return b, nil
}

// decodeInput decodes and checks Infer's input: N, then the prompt.
func (m *Model) decodeInput(input []byte) ([]int32, uint32, error) {
	if len(input)%4 != 0 || len(input) < 8 {
		return nil, 0, fmt.Errorf("llama: %w: %d bytes, want 4 + 4·P with P ≥ 1 prompt tokens", ErrInput, len(input))
	}
	n := binary.BigEndian.Uint32(input)
	p := (len(input) - 4) / 4
	if uint64(p)+uint64(n) > uint64(m.cfg.Context) {
		return nil, 0, fmt.Errorf("llama: %w: %d prompt tokens and %d to generate exceed the context of %d",
			ErrInput, p, n, m.cfg.Context)
	}
	prompt := make([]int32, p)
	for i := range prompt {
		t := binary.BigEndian.Uint32(input[4+4*i:])
		if t >= uint32(m.cfg.Vocab) {
			return nil, 0, fmt.Errorf("llama: %w: prompt token %d is %d, want 0..%d", ErrInput, i, t, m.cfg.Vocab-1)
		}
		prompt[i] = int32(t)
	}
	return prompt, n, nil
}
