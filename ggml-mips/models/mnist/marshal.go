package mnist

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// Dense is one fully connected layer in float32, as a trainer holds it:
// output n is B[n] + Σ_i W[n·In + i] · x[i].
type Dense struct {
	In, Out int
	W       []float32 // Out rows of In values
	B       []float32 // Out values
}

// Marshal quantizes the layers' weights to Q8_0 and returns the model file.
// The first layer has InputSize inputs, the last Classes outputs, and each
// layer's Out is the next one's In; the hidden sizes must be multiples of
// 32. description, if not empty, is stored as general.description.
func Marshal(layers []Dense, description string) ([]byte, error) {
	kv, tensors, err := encode(layers, description)
	if err != nil {
		return nil, err
	}
	return gguf.Marshal(kv, tensors)
}

// encode returns the metadata and tensors of the model file.
func encode(layers []Dense, description string) ([]gguf.KV, []gguf.Tensor, error) {
	if len(layers) < 2 || len(layers) > maxHidden+1 {
		return nil, nil, fmt.Errorf("mnist: %d layers, want 2..%d", len(layers), maxHidden+1)
	}
	var hidden []uint32
	var tensors []gguf.Tensor
	for l, d := range layers {
		wantIn := InputSize
		if l > 0 {
			wantIn = layers[l-1].Out
		}
		if d.In != wantIn {
			return nil, nil, fmt.Errorf("mnist: layer %d has %d inputs, want %d", l+1, d.In, wantIn)
		}
		if l == len(layers)-1 {
			if d.Out != Classes {
				return nil, nil, fmt.Errorf("mnist: last layer has %d outputs, want %d", d.Out, Classes)
			}
		} else {
			if d.Out <= 0 || d.Out > maxWidth || d.Out%gguf.QK8_0 != 0 {
				return nil, nil, fmt.Errorf("mnist: layer %d has %d outputs, want a multiple of %d in 1..%d", l+1, d.Out, gguf.QK8_0, maxWidth)
			}
			hidden = append(hidden, uint32(d.Out))
		}
		if len(d.W) != d.In*d.Out || len(d.B) != d.Out {
			return nil, nil, fmt.Errorf("mnist: layer %d: %d weights and %d biases for %d×%d", l+1, len(d.W), len(d.B), d.Out, d.In)
		}
		in := d.In
		if l == 0 {
			in = paddedInput
		}
		padded := make([]float32, in*d.Out)
		for n := 0; n < d.Out; n++ {
			copy(padded[n*in:], d.W[n*d.In:(n+1)*d.In])
		}
		bias := make([]byte, 0, 4*d.Out)
		for _, v := range d.B {
			bias = binary.LittleEndian.AppendUint32(bias, math.Float32bits(v))
		}
		tensors = append(tensors,
			gguf.Tensor{Name: weightName(l), Type: gguf.TensorQ8_0, Dims: []uint64{uint64(in), uint64(d.Out)}, Data: ggml.QuantizeQ8_0(padded)},
			gguf.Tensor{Name: biasName(l), Type: gguf.TensorF32, Dims: []uint64{uint64(d.Out)}, Data: bias})
	}
	kv := []gguf.KV{
		{Key: keyArch, Value: gguf.String(Arch)},
		{Key: keyName, Value: gguf.String("Fashion-MNIST MLP")},
	}
	if description != "" {
		kv = append(kv, gguf.KV{Key: keyDesc, Value: gguf.String(description)})
	}
	kv = append(kv,
		gguf.KV{Key: keyInputSize, Value: gguf.Uint32(InputSize)},
		gguf.KV{Key: keyHidden, Value: gguf.Array(hidden)},
		gguf.KV{Key: keyClasses, Value: gguf.Uint32(Classes)},
		gguf.KV{Key: keyClassNames, Value: gguf.Array(classNames)},
	)
	return kv, tensors, nil
}
