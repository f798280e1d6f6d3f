// Package models loads any model this engine runs from its GGUF bytes and
// runs one inference: the single entry point shared by the native callers
// (the inference precompile, submitters, challengers) and the MIPS program
// that re-runs the inference in a dispute. Both therefore execute the same
// code on the same bytes.
package models

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// Model is a loaded model.
type Model interface {
	// Infer runs one inference. The input and output encodings are the
	// architecture's (see its package); an input it cannot accept is an
	// error, never a panic.
	Infer(input []byte) ([]byte, error)
}

// Architectures lists the supported values of general.architecture.
var Architectures = []string{mnist.Arch, llama.Arch}

// Load parses a GGUF file held in memory (used in place, not copied) and
// loads the model its general.architecture names.
func Load(file []byte) (Model, string, error) {
	f, err := gguf.Parse(file)
	if err != nil {
		return nil, "", err
	}
	arch, err := f.GetString("general.architecture")
	if err != nil {
		return nil, "", fmt.Errorf("model: %w", err)
	}
	switch arch {
	case mnist.Arch:
		m, err := mnist.Load(f)
		return m, arch, err
	case llama.Arch:
		m, err := llama.Load(f)
		return m, arch, err
	}
	return nil, arch, fmt.Errorf("model: unsupported architecture %q (supported: %v)", arch, Architectures)
}

// Infer loads the model and runs one inference.
func Infer(model, input []byte) ([]byte, error) {
	m, _, err := Load(model)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	return m.Infer(input)
}
