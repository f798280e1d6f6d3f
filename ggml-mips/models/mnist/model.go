package mnist

import (
	"errors"
	"fmt"
	"slices"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// Arch is the value of general.architecture of a model file.
const Arch = "fashion-mnist-mlp"

// Sizes of the input and output of Infer, and of the model.
const (
	InputSize  = 784 // bytes of input: 28×28 uint8 pixels, row-major
	OutputSize = 1   // bytes of output: the class
	Classes    = 10  // number of classes

	paddedInput = 800 // InputSize rounded up to a whole number of Q8_0 blocks
	maxHidden   = 4   // hidden layers at most
	maxWidth    = 4096
)

// Metadata keys.
const (
	keyArch       = "general.architecture"
	keyName       = "general.name"
	keyDesc       = "general.description"
	keyInputSize  = Arch + ".input_size"
	keyHidden     = Arch + ".hidden"
	keyClasses    = Arch + ".classes"
	keyClassNames = Arch + ".class_names"
)

var classNames = []string{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
	"Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}

func weightName(l int) string { return fmt.Sprintf("fc%d.weight", l+1) }
func biasName(l int) string   { return fmt.Sprintf("fc%d.bias", l+1) }

// layer is one fully connected layer of a loaded model.
type layer struct {
	w *ggml.Tensor // Q8_0 {in, out}
	b *ggml.Tensor // F32 {out}
}

// Model is a loaded classifier. It is immutable and safe for concurrent
// use; its weights alias the File's data (see gguf.Parse).
type Model struct {
	hidden []int
	names  []string
	layers []layer
}

// ErrInput is returned (wrapped) for an input that is not InputSize bytes.
var ErrInput = errors.New("input is not a 28×28 image")

// Load checks that f is a model of this architecture, laid out as the
// package documentation says, and returns it. Every problem is an error
// naming the key or tensor.
func Load(f *gguf.File) (*Model, error) { return load(f, false) }

// LoadLayout is Load without the weights' data (see llama.LoadLayout).
func LoadLayout(f *gguf.File) (*Model, error) { return load(f, true) }

func load(f *gguf.File, layout bool) (*Model, error) {
	arch, err := f.GetString(keyArch)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if arch != Arch {
		return nil, fmt.Errorf("mnist: %s is %q, want %q", keyArch, arch, Arch)
	}
	for _, want := range []struct {
		key string
		n   uint64
	}{{keyInputSize, InputSize}, {keyClasses, Classes}} {
		n, err := f.GetUint(want.key)
		if err != nil {
			return nil, fmt.Errorf("mnist: %w", err)
		}
		if n != want.n {
			return nil, fmt.Errorf("mnist: %s is %d, want %d", want.key, n, want.n)
		}
	}
	names, err := f.GetStrings(keyClassNames)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if len(names) != Classes {
		return nil, fmt.Errorf("mnist: %s has %d names, want %d", keyClassNames, len(names), Classes)
	}
	hidden32, err := f.GetUint32s(keyHidden)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if len(hidden32) == 0 || len(hidden32) > maxHidden {
		return nil, fmt.Errorf("mnist: %s has %d layers, want 1..%d", keyHidden, len(hidden32), maxHidden)
	}
	hidden := make([]int, len(hidden32))
	for i, h := range hidden32 {
		if h == 0 || h > maxWidth || h%gguf.QK8_0 != 0 {
			return nil, fmt.Errorf("mnist: %s[%d] is %d, want a multiple of %d in 1..%d", keyHidden, i, h, gguf.QK8_0, maxWidth)
		}
		hidden[i] = int(h)
	}

	m := &Model{hidden: hidden, names: slices.Clone(names)}
	sizes := append(append([]int{paddedInput}, hidden...), Classes)
	want := make(map[string]bool)
	for l := 0; l+1 < len(sizes); l++ {
		in, out := sizes[l], sizes[l+1]
		w, err := loadTensor(f, weightName(l), ggml.Q8_0, layout, in, out)
		if err != nil {
			return nil, err
		}
		b, err := loadTensor(f, biasName(l), ggml.F32, layout, out)
		if err != nil {
			return nil, err
		}
		m.layers = append(m.layers, layer{w: w, b: b})
		want[weightName(l)], want[biasName(l)] = true, true
	}
	for _, t := range f.Tensors {
		if !want[t.Name] {
			return nil, fmt.Errorf("mnist: unexpected tensor %q (the model has %d layers)", t.Name, len(sizes)-1)
		}
	}
	return m, nil
}

// loadTensor checks the named tensor's type and dims and wraps its data.
func loadTensor(f *gguf.File, name string, typ ggml.Type, layout bool, dims ...int) (*ggml.Tensor, error) {
	info, ok := f.Tensor(name)
	if !ok {
		return nil, fmt.Errorf("mnist: tensor %q is missing", name)
	}
	if info.Type != typ {
		return nil, fmt.Errorf("mnist: tensor %q is %v, want %v", name, info.Type, typ)
	}
	if !info.HasDims(dims...) {
		return nil, fmt.Errorf("mnist: tensor %q has dims %v, want %v", name, info.Dims, dims)
	}
	if layout {
		t, err := ggml.Layout(info)
		if err != nil {
			return nil, fmt.Errorf("mnist: %w", err)
		}
		return t, nil
	}
	data, err := f.TensorData(name)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	t, err := ggml.FromGGUF(info, data)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	if err := t.CheckFinite(); err != nil {
		return nil, fmt.Errorf("mnist: tensor %q: %w", name, err)
	}
	return t, nil
}

// Hidden returns the hidden layer sizes.
func (m *Model) Hidden() []int { return slices.Clone(m.hidden) }

// ClassNames returns the names of the classes, as stored in the file.
func (m *Model) ClassNames() []string { return slices.Clone(m.names) }

// Graph returns the forward pass over input (InputSize bytes), not yet
// computed. Its last node is the class (I32 {1}), the one before it the
// logits (F32 {Classes}).
func (m *Model) Graph(input []byte) (*ggml.Graph, error) {
	if len(input) != InputSize {
		return nil, fmt.Errorf("mnist: %w: %d bytes, want %d", ErrInput, len(input), InputSize)
	}
	x := make([]float32, paddedInput)
	for i, p := range input {
		x[i] = float32(p) / 255
	}
	g := ggml.NewGraph()
	cur := ggml.FromF32("input", x, paddedInput)
	for l, ly := range m.layers {
		cur = g.Add(g.MatMul(ly.w, cur), ly.b)
		if l+1 < len(m.layers) {
			cur = g.Relu(cur)
		}
	}
	g.Argmax(cur)
	return g, nil
}

// Logits computes the graph and returns the output layer's values.
func (m *Model) Logits(input []byte) ([]float32, error) {
	g, err := m.Graph(input)
	if err != nil {
		return nil, err
	}
	g.Compute()
	nodes := g.Nodes()
	return slices.Clone(nodes[len(nodes)-2].Float32s()), nil
}

// Infer classifies input (InputSize bytes) and returns OutputSize bytes:
// the class.
func (m *Model) Infer(input []byte) ([]byte, error) {
	g, err := m.Graph(input)
	if err != nil {
		return nil, err
	}
	g.Compute()
	nodes := g.Nodes()
	return []byte{byte(nodes[len(nodes)-1].Int32s()[0])}, nil
}
