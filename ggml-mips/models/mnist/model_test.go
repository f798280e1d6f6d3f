package mnist

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/gguf"
)

// randomLayers returns a network with the given layer sizes and weights
// uniform in ±√(6/in) (the trainer's initialization), biases in ±0.1.
func randomLayers(rng *rand.Rand, sizes ...int) []Dense {
	var layers []Dense
	for l := 0; l+1 < len(sizes); l++ {
		d := Dense{In: sizes[l], Out: sizes[l+1], W: make([]float32, sizes[l]*sizes[l+1]), B: make([]float32, sizes[l+1])}
		a := math.Sqrt(6 / float64(d.In))
		for i := range d.W {
			d.W[i] = float32((2*rng.Float64() - 1) * a)
		}
		for i := range d.B {
			d.B[i] = float32(0.2*rng.Float64() - 0.1)
		}
		layers = append(layers, d)
	}
	return layers
}

// randomImage is an image with about half its pixels zero, like the data.
func randomImage(rng *rand.Rand) []byte {
	img := make([]byte, InputSize)
	for i := range img {
		if rng.IntN(2) == 0 {
			img[i] = byte(rng.IntN(256))
		}
	}
	return img
}

// loadSafely is Load with a panic turned into a test failure, so one bad
// case does not hide the others.
func loadSafely(t *testing.T, kv []gguf.KV, tensors []gguf.Tensor) (m *Model, err error) {
	t.Helper()
	b, err := gguf.Marshal(kv, tensors)
	if err != nil {
		t.Fatalf("gguf.Marshal: %v", err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatalf("gguf.Parse: %v", err)
	}
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("Load panicked: %v", r)
			m, err = nil, fmt.Errorf("panic: %v", r)
		}
	}()
	return Load(f)
}

// Edits of a valid file's metadata and tensors, for the error cases.

func withKV(key string, v gguf.Value) func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		kv = slices.Clone(kv)
		for i := range kv {
			if kv[i].Key == key {
				kv[i].Value = v
				return kv, ts
			}
		}
		panic("no key " + key)
	}
}

func withoutKV(key string) func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		return slices.DeleteFunc(slices.Clone(kv), func(e gguf.KV) bool { return e.Key == key }), ts
	}
}

func withTensor(name string, typ gguf.TensorType, dims ...uint64) func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		_, size, err := gguf.TensorSize(typ, dims)
		if err != nil {
			panic(err)
		}
		t := gguf.Tensor{Name: name, Type: typ, Dims: dims, Data: make([]byte, size)}
		ts = slices.Clone(ts)
		for i := range ts {
			if ts[i].Name == name {
				ts[i] = t
				return kv, ts
			}
		}
		return kv, append(ts, t)
	}
}

func withoutTensor(name string) func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
	return func(kv []gguf.KV, ts []gguf.Tensor) ([]gguf.KV, []gguf.Tensor) {
		return kv, slices.DeleteFunc(slices.Clone(ts), func(t gguf.Tensor) bool { return t.Name == name })
	}
}

// TestLoadErrors loads hand-edited versions of a valid model (784→32→10)
// and checks that each is refused with an error naming the problem.
func TestLoadErrors(t *testing.T) {
	kv, tensors, err := encode(randomLayers(rand.New(rand.NewPCG(1, 1)), InputSize, 32, Classes), "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadSafely(t, kv, tensors); err != nil {
		t.Fatalf("the unedited model does not load: %v", err)
	}
	tests := []struct {
		name     string
		edit     func([]gguf.KV, []gguf.Tensor) ([]gguf.KV, []gguf.Tensor)
		want     string // in the error; empty: Load must succeed
		sentinel error
	}{
		{"wrong arch", withKV(keyArch, gguf.String("llama")), `general.architecture is "llama", want "fashion-mnist-mlp"`, nil},
		{"no arch", withoutKV(keyArch), `"general.architecture"`, gguf.ErrKeyNotFound},
		{"arch not a string", withKV(keyArch, gguf.Uint32(1)), `"general.architecture"`, gguf.ErrWrongType},
		{"input size", withKV(keyInputSize, gguf.Uint32(785)), "fashion-mnist-mlp.input_size is 785, want 784", nil},
		{"input size as uint64", withKV(keyInputSize, gguf.Uint64(784)), "", nil},
		{"no input size", withoutKV(keyInputSize), `"fashion-mnist-mlp.input_size"`, gguf.ErrKeyNotFound},
		{"classes", withKV(keyClasses, gguf.Uint32(9)), "fashion-mnist-mlp.classes is 9, want 10", nil},
		{"negative classes", withKV(keyClasses, gguf.Int32(-10)), `"fashion-mnist-mlp.classes"`, nil},
		{"too few class names", withKV(keyClassNames, gguf.Array(classNames[:9])), "class_names has 9 names, want 10", nil},
		{"no class names", withoutKV(keyClassNames), `"fashion-mnist-mlp.class_names"`, gguf.ErrKeyNotFound},
		{"hidden not a multiple of 32", withKV(keyHidden, gguf.Array([]uint32{33})), "hidden[0] is 33, want a multiple of 32", nil},
		{"hidden zero", withKV(keyHidden, gguf.Array([]uint32{0})), "hidden[0] is 0", nil},
		{"hidden too wide", withKV(keyHidden, gguf.Array([]uint32{8192})), "hidden[0] is 8192, want a multiple of 32 in 1..4096", nil},
		{"no hidden layers", withKV(keyHidden, gguf.Array([]uint32{})), "hidden has 0 layers, want 1..4", nil},
		{"five hidden layers", withKV(keyHidden, gguf.Array([]uint32{32, 32, 32, 32, 32})), "hidden has 5 layers", nil},
		{"hidden of int32", withKV(keyHidden, gguf.Array([]int32{32})), `"fashion-mnist-mlp.hidden"`, gguf.ErrWrongType},
		{"hidden disagrees with the tensors", withKV(keyHidden, gguf.Array([]uint32{64})), `tensor "fc1.weight" has dims [800 32], want [800 64]`, nil},
		{"missing bias", withoutTensor("fc2.bias"), `tensor "fc2.bias" is missing`, nil},
		{"missing weight", withoutTensor("fc1.weight"), `tensor "fc1.weight" is missing`, nil},
		{"bias of f16", withTensor("fc1.bias", gguf.TensorF16, 32), `tensor "fc1.bias" is f16, want f32`, nil},
		{"weight of f32", withTensor("fc1.weight", gguf.TensorF32, 800, 32), `tensor "fc1.weight" is f32, want q8_0`, nil},
		{"weight of q4_0", withTensor("fc2.weight", gguf.TensorQ4_0, 32, 10), `tensor "fc2.weight" is q4_0, want q8_0`, nil},
		{"unpadded input", withTensor("fc1.weight", gguf.TensorQ8_0, 768, 32), `tensor "fc1.weight" has dims [768 32], want [800 32]`, nil},
		{"bias of two dims", withTensor("fc1.bias", gguf.TensorF32, 32, 1), `tensor "fc1.bias" has dims [32 1], want [32]`, nil},
		{"weight of three dims", withTensor("fc2.weight", gguf.TensorQ8_0, 32, 10, 1), `tensor "fc2.weight" has dims [32 10 1], want [32 10]`, nil},
		{"extra layer", withTensor("fc3.weight", gguf.TensorQ8_0, 32, 10), `unexpected tensor "fc3.weight" (the model has 2 layers)`, nil},
		{"stray tensor", withTensor("token_embd.weight", gguf.TensorF32, 4), `unexpected tensor "token_embd.weight"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ekv, ets := tt.edit(kv, tensors)
			m, err := loadSafely(t, ekv, ets)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Load: %v, want success", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Load succeeded (hidden %v), want an error containing %q", m.Hidden(), tt.want)
			}
			if !strings.HasPrefix(err.Error(), "mnist: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error %q, want \"mnist: ...%s...\"", err, tt.want)
			}
			if tt.sentinel != nil && !errors.Is(err, tt.sentinel) {
				t.Errorf("Load error %q does not wrap %v", err, tt.sentinel)
			}
		})
	}
}

func TestMarshalErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	good := func() []Dense { return randomLayers(rng, InputSize, 64, 32, Classes) }
	tests := []struct {
		name   string
		layers func() []Dense
		want   string
	}{
		{"one layer", func() []Dense { return randomLayers(rng, InputSize, Classes) }, "1 layers, want 2..5"},
		{"six layers", func() []Dense { return randomLayers(rng, InputSize, 32, 32, 32, 32, 32, Classes) }, "6 layers, want 2..5"},
		{"padded input", func() []Dense { return randomLayers(rng, paddedInput, 32, Classes) }, "layer 1 has 800 inputs, want 784"},
		{"hidden of 40", func() []Dense { return randomLayers(rng, InputSize, 40, Classes) }, "layer 1 has 40 outputs, want a multiple of 32"},
		{"11 classes", func() []Dense { return randomLayers(rng, InputSize, 32, 11) }, "last layer has 11 outputs, want 10"},
		{"layers do not chain", func() []Dense {
			l := good()
			l[1] = randomLayers(rng, 96, 32)[0]
			return l
		}, "layer 2 has 96 inputs, want 64"},
		{"short weights", func() []Dense {
			l := good()
			l[2].W = l[2].W[:len(l[2].W)-1]
			return l
		}, "layer 3: 319 weights and 10 biases for 10×32"},
		{"long biases", func() []Dense {
			l := good()
			l[0].B = append(l[0].B, 0)
			return l
		}, "layer 1: 50176 weights and 65 biases for 64×784"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Marshal(tt.layers(), "")
			if err == nil {
				t.Fatalf("Marshal returned %d bytes, want an error containing %q", len(b), tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Marshal error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestInputLength(t *testing.T) {
	b, err := Marshal(randomLayers(rand.New(rand.NewPCG(3, 3)), InputSize, 32, Classes), "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, InputSize - 1, InputSize + 1, paddedInput, 2 * InputSize} {
		input := make([]byte, n)
		calls := map[string]func() error{
			"Infer":  func() error { _, err := m.Infer(input); return err },
			"Logits": func() error { _, err := m.Logits(input); return err },
			"Graph":  func() error { _, err := m.Graph(input); return err },
		}
		for name, call := range calls {
			err := call()
			if !errors.Is(err, ErrInput) {
				t.Errorf("%s of %d bytes: error %v, want one wrapping ErrInput", name, n, err)
			} else if !strings.Contains(err.Error(), fmt.Sprintf("%d bytes, want 784", n)) {
				t.Errorf("%s of %d bytes: error %q does not give the length", name, n, err)
			}
		}
	}
}

// TestRoundTrip marshals a random network, loads it and compares its
// logits with a float64 forward pass of the unquantized weights, within
// roundTripSigmas standard deviations of the Q8_0 rounding error (see
// quantError). It also checks that the network was quantized at all (the
// error is not zero).
func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	layers := randomLayers(rng, InputSize, 64, 32, Classes)
	const desc = "round trip test"
	b, err := Marshal(layers, desc)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := Marshal(layers, desc)
	if err != nil || !bytes.Equal(b, b2) {
		t.Fatalf("Marshal is not deterministic (err %v)", err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := f.GetString(keyDesc); got != desc {
		t.Errorf("general.description = %q, %v; want %q", got, err, desc)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Hidden(); !slices.Equal(got, []int{64, 32}) {
		t.Errorf("Hidden() = %v, want [64 32]", got)
	}
	if got := m.ClassNames(); !slices.Equal(got, classNames) {
		t.Errorf("ClassNames() = %q", got)
	}

	var worst, worstRatio float64
	for k := 0; k < 30; k++ {
		img := randomImage(rng)
		ref, sigma := referenceForward(layers, img)
		got, err := m.Logits(img)
		if err != nil {
			t.Fatal(err)
		}
		tol := make([]float64, len(ref))
		for n, g := range got {
			tol[n] = roundTripSigmas * sigma[n]
			diff := math.Abs(float64(g) - ref[n])
			worst = max(worst, diff)
			worstRatio = max(worstRatio, diff/sigma[n])
			if diff > tol[n] {
				t.Errorf("image %d logit %d: engine %v, float64 reference %.6g: error %.3g beyond %d·σ = %.3g",
					k, n, g, ref[n], diff, roundTripSigmas, tol[n])
			}
		}
		// Where the reference's winner leads by more than both tolerances,
		// the engine must pick it too.
		out, err := m.Infer(img)
		if err != nil {
			t.Fatal(err)
		}
		best := argmax64(ref)
		margin := math.Inf(1)
		for n := range ref {
			if n != best {
				margin = min(margin, ref[best]-ref[n]-tol[best]-tol[n])
			}
		}
		if margin > 0 && int(out[0]) != best {
			t.Errorf("image %d: Infer = %d, but the reference's class %d leads beyond the tolerance", k, out[0], best)
		}
	}
	if worst == 0 {
		t.Error("the engine's logits equal the float64 reference exactly: nothing was quantized?")
	}
	t.Logf("largest logit error %.3g; largest error / σ %.2f", worst, worstRatio)
}

// roundTripSigmas is the tolerance of TestRoundTrip in standard deviations
// of the modelled quantization error. A Gaussian exceeds 5σ with
// probability 6e-7, so the 300 logits of the test stay within it unless the
// engine's error is larger than Q8_0 rounding explains (the test is
// deterministic: fixed seeds).
const roundTripSigmas = 5

// referenceForward computes the logits of layers in float64 from the exact
// float32 weights, and for each the standard deviation of the engine's
// error (see quantError).
func referenceForward(layers []Dense, img []byte) (logits, sigma []float64) {
	x := make([]float64, InputSize)
	v := make([]float64, InputSize) // variance of the error of x
	for i, p := range img {
		x[i] = float64(p) / 255
	}
	for l, d := range layers {
		x, v = quantError(d, x, v)
		if l+1 < len(layers) {
			for n := range x {
				x[n] = max(x[n], 0) // relu: the error carries over (at most)
			}
		}
	}
	for n := range v {
		v[n] = math.Sqrt(v[n])
	}
	return x, v
}

// quantError returns y = B + W·x in float64 and the variance of the
// engine's error in each output. The engine computes B + Σ w̃·x̂ with Q8_0
// weights w̃ = w + δ and its input, itself off by ε (variance v), quantized
// to x̂ = x + ε + η. To first order the error is Σ (w·ε + x·δ + w·η). A
// value quantized with block scale d (max|value|/127 rounded to f16) is
// off by at most d/2; modelling the roundings as independent and uniform
// gives each variance d²/12, so
//
//	var(ỹ − y) = Σ_i w_i²·v_i + Σ_b (dw_b²·Σ_b x_i² + dx_b²·Σ_b w_i²) / 12
//
// plus the float32 roundings of the engine's exact integer dot product and
// of the bias addition (relative 2^-24 each, counted as 2^-23).
func quantError(d Dense, x, v []float64) (y, variance []float64) {
	dx := make([]float64, (d.In+gguf.QK8_0-1)/gguf.QK8_0)
	for i := range d.In {
		dx[i/gguf.QK8_0] = max(dx[i/gguf.QK8_0], math.Abs(x[i])/127)
	}
	y = make([]float64, d.Out)
	variance = make([]float64, d.Out)
	for n := range d.Out {
		w := d.W[n*d.In : (n+1)*d.In]
		sum, vr := float64(d.B[n]), 0.0
		for blk := range dx {
			lo, hi := blk*gguf.QK8_0, min((blk+1)*gguf.QK8_0, d.In)
			var amax float64
			for _, wi := range w[lo:hi] {
				amax = max(amax, math.Abs(float64(wi)))
			}
			dw := amax / 127
			for i := lo; i < hi; i++ {
				wi := float64(w[i])
				sum += wi * x[i]
				vr += wi*wi*v[i] + (dw*dw*x[i]*x[i]+dx[blk]*dx[blk]*wi*wi)/12
			}
		}
		r := 0x1p-23 * math.Abs(sum)
		y[n], variance[n] = sum, vr+r*r
	}
	return y, variance
}

func argmax64(x []float64) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// TestGraphLayout checks the node sequence package doc describes, which a
// dispute bisects over.
func TestGraphLayout(t *testing.T) {
	b, err := Marshal(randomLayers(rand.New(rand.NewPCG(5, 5)), InputSize, 64, 32, Classes), "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := gguf.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := m.Graph(make([]byte, InputSize))
	if err != nil {
		t.Fatal(err)
	}
	g.Compute()
	want := []ggml.Op{ggml.OpMatMul, ggml.OpAdd, ggml.OpRelu, ggml.OpMatMul, ggml.OpAdd, ggml.OpRelu, ggml.OpMatMul, ggml.OpAdd, ggml.OpArgmax}
	nodes := g.Nodes()
	var got []ggml.Op
	for _, n := range nodes {
		got = append(got, n.Op())
	}
	if !slices.Equal(got, want) {
		t.Fatalf("graph ops %v, want %v", got, want)
	}
	if s := nodes[len(nodes)-2].Shape(); s[0] != Classes || nodes[len(nodes)-2].Type != ggml.F32 {
		t.Errorf("logits node is %v, want F32 {%d}", nodes[len(nodes)-2], Classes)
	}
	if last := nodes[len(nodes)-1]; last.Type != ggml.I32 || last.Elements() != 1 {
		t.Errorf("last node is %v, want I32 {1}", last)
	}
}

// TestLoadRejectsNonFinite: a NaN bias or an infinite weight scale is an
// error naming the tensor.
func TestLoadRejectsNonFinite(t *testing.T) {
	for _, tc := range []struct {
		name   string
		tensor string
		spoil  func([]Dense)
	}{
		{"NaN bias", "fc2.bias", func(l []Dense) { l[1].B[3] = float32(math.NaN()) }},
		{"infinite weight", "fc1.weight", func(l []Dense) { l[0].W[40] = float32(math.Inf(1)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			layers := randomLayers(rand.New(rand.NewPCG(5, 5)), InputSize, 32, Classes)
			tc.spoil(layers)
			b, err := Marshal(layers, "")
			if err != nil {
				t.Fatal(err)
			}
			f, err := gguf.Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Load(f); err == nil || !strings.Contains(err.Error(), tc.tensor) {
				t.Fatalf("Load: %v; want an error naming %s", err, tc.tensor)
			}
		})
	}
}
