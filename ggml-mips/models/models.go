// Package models loads any model this engine runs from its GGUF bytes and
// runs one inference: the single entry point shared by the native callers
// (the inference precompile, submitters, challengers) and the MIPS program
// that re-runs the inference in a dispute. Both therefore execute the same
// code on the same bytes.
package models

import (
	"fmt"

	"github.com/axonum/opml/ggml-mips/ggml"
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
var Architectures = append([]string{mnist.Arch}, llama.Archs...)

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
	case llama.Arch, llama.ArchQwen2:
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

// Session is one inference as a sequence of graphs that can all be built
// before any runs, for the multi-phase dispute (ggml-mips/plan). Every
// graph of a session has the same nodes in the same order (only the number
// of tokens a graph processes, and so some shapes, differ).
type Session interface {
	// Graphs is the number of graphs.
	Graphs() int
	// Persistent lists the buffers that outlive a graph (a KV cache), in a
	// fixed order; they start as zeros.
	Persistent() []*ggml.Tensor
	// Graph builds graph i. For i > 0, in is the tensor graph i reads from
	// graph i−1: that graph's Feed node, or a tensor with its shape bound to
	// that node's buffer.
	Graph(i int, in *ggml.Tensor) *ggml.Graph
	// Feed is the index of the node of g that the next graph reads (-1: none).
	Feed(g *ggml.Graph) int
	// FeedShape is the shape of that node (an I32 tensor).
	FeedShape() []int
	// OutputNode is the index of the node of g whose value is part of the
	// output.
	OutputNode(g *ggml.Graph) int
	// EncodeOutput encodes the output nodes of every graph, in order, as
	// Infer encodes its output.
	EncodeOutput(nodes []*ggml.Tensor) []byte
}

// Layout is a model loaded without weight data (see llama.LoadLayout).
type Layout interface {
	// NewSession checks input as Infer does and returns its session.
	NewSession(input []byte) (Session, error)
}

type llamaLayout struct{ *llama.Model }

func (l llamaLayout) NewSession(input []byte) (Session, error) { return l.Model.NewSession(input) }

type mnistLayout struct{ *mnist.Model }

func (l mnistLayout) NewSession(input []byte) (Session, error) { return l.Model.NewSession(input) }

// LoadLayout loads the model that f's general.architecture names, without
// weight data: its weights have types and shapes only.
func LoadLayout(f *gguf.File) (Layout, string, error) {
	arch, err := f.GetString("general.architecture")
	if err != nil {
		return nil, "", fmt.Errorf("model: %w", err)
	}
	switch arch {
	case mnist.Arch:
		m, err := mnist.LoadLayout(f)
		if err != nil {
			return nil, arch, err
		}
		return mnistLayout{m}, arch, nil
	case llama.Arch, llama.ArchQwen2:
		m, err := llama.LoadLayout(f)
		if err != nil {
			return nil, arch, err
		}
		return llamaLayout{m}, arch, nil
	}
	return nil, arch, fmt.Errorf("model: unsupported architecture %q (supported: %v)", arch, Architectures)
}
