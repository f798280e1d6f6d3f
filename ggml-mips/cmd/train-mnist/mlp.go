package main

import (
	"math"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// Arithmetic rules of this file and train.go, so a run gives the same bits
// on every architecture: every product that is added to something is
// rounded first with an explicit float32(...) conversion (which the Go
// specification defines as a barrier to fused multiply-add), each sum runs
// in a fixed order, exp and log are ggml's deterministic ones, and square
// roots are math.Sqrt (correctly rounded everywhere).

// mlp is a multilayer perceptron with ReLU between layers. All weights and
// biases live in one slice, layer by layer (weights, then biases), so the
// optimizer and the gradient buffers are flat slices with the same layout.
// Weights are stored input-major: w[i·out + o] connects input i to output
// o, which makes both passes axpys over the non-zero inputs (about half of
// the pixels, and of the ReLU outputs, are zero).
type mlp struct {
	sizes  []int // sizes[0] inputs, sizes[l+1] outputs of layer l
	params []float32
	offW   []int // start of layer l's weights in params
	offB   []int // start of layer l's biases
}

func newMLP(sizes []int) *mlp {
	n := &mlp{sizes: sizes}
	off := 0
	for l := 0; l+1 < len(sizes); l++ {
		n.offW = append(n.offW, off)
		off += sizes[l] * sizes[l+1]
		n.offB = append(n.offB, off)
		off += sizes[l+1]
	}
	n.params = make([]float32, off)
	return n
}

func (n *mlp) layers() int { return len(n.sizes) - 1 }

// weights and biases return layer l's part of buf, a slice laid out like
// params (params itself or a gradient).
func (n *mlp) weights(buf []float32, l int) []float32 { return buf[n.offW[l]:n.offB[l]] }
func (n *mlp) biases(buf []float32, l int) []float32 {
	return buf[n.offB[l] : n.offB[l]+n.sizes[l+1]]
}

// init sets weights uniform in ±√(6/in) (He initialization for ReLU) and
// biases to zero.
func (n *mlp) init(rng *splitMix64) {
	clear(n.params)
	for l := 0; l < n.layers(); l++ {
		a := float32(math.Sqrt(6 / float64(n.sizes[l])))
		w := n.weights(n.params, l)
		for i := range w {
			w[i] = float32(rng.unit() * a)
		}
	}
}

// workspace is one worker's activations and deltas.
type workspace struct {
	acts   [][]float32 // acts[0] input, acts[l+1] output of layer l (after ReLU but for the last)
	deltas [][]float32 // deltas[l]: loss gradient with respect to layer l's pre-activation output
	probs  []float64
}

func (n *mlp) newWorkspace() *workspace {
	ws := &workspace{probs: make([]float64, n.sizes[len(n.sizes)-1])}
	for _, s := range n.sizes {
		ws.acts = append(ws.acts, make([]float32, s))
	}
	for _, s := range n.sizes[1:] {
		ws.deltas = append(ws.deltas, make([]float32, s))
	}
	return ws
}

// setInput loads an image the way mnist.Model does: float32(p) / 255.
func (ws *workspace) setInput(img []byte) {
	x := ws.acts[0]
	for i, p := range img {
		x[i] = float32(p) / 255
	}
}

// forward computes every layer from ws.acts[0]; the logits end up in the
// last element of ws.acts.
func (n *mlp) forward(ws *workspace) {
	for l := 0; l < n.layers(); l++ {
		in, out := ws.acts[l], ws.acts[l+1]
		w := n.weights(n.params, l)
		copy(out, n.biases(n.params, l))
		for i, x := range in {
			if x != 0 {
				axpy(out, x, w[i*len(out):(i+1)*len(out)])
			}
		}
		if l+1 < n.layers() {
			for o, v := range out {
				if !(v > 0) {
					out[o] = 0
				}
			}
		}
	}
}

// backward adds to grad (laid out like params) the gradient of the
// cross-entropy loss of the forward pass in ws for the given label, and
// returns the loss and whether the prediction was right.
func (n *mlp) backward(ws *workspace, label int, grad []float32) (loss float64, correct bool) {
	L := n.layers()
	logits := ws.acts[L]
	best := argmax(logits)
	mx := logits[best]
	var sum float64
	for i, z := range logits {
		ws.probs[i] = ggml.Exp64(float64(z - mx))
		sum += ws.probs[i]
	}
	loss = ggml.Log64(sum) - float64(logits[label]-mx)
	d := ws.deltas[L-1]
	for i, p := range ws.probs {
		d[i] = float32(p / sum)
	}
	d[label]--

	for l := L - 1; l >= 0; l-- {
		in, dout := ws.acts[l], ws.deltas[l]
		out := len(dout)
		gw := n.weights(grad, l)
		gb := n.biases(grad, l)
		for o, v := range dout {
			gb[o] += v
		}
		for i, x := range in {
			if x != 0 {
				axpy(gw[i*out:(i+1)*out], x, dout)
			}
		}
		if l == 0 {
			break
		}
		// Through the weights and the ReLU of the layer below (whose
		// output is in, zero exactly where the ReLU was inactive).
		w := n.weights(n.params, l)
		din := ws.deltas[l-1]
		for i, x := range in {
			if x > 0 {
				din[i] = dot(w[i*out:(i+1)*out], dout)
			} else {
				din[i] = 0
			}
		}
	}
	return loss, best == label
}

// predict returns the class the float network gives the image.
func (n *mlp) predict(ws *workspace, img []byte) int {
	ws.setInput(img)
	n.forward(ws)
	return argmax(ws.acts[n.layers()])
}

// dense returns the network in mnist's row-major (output-major) layout.
func (n *mlp) dense() []mnist.Dense {
	var out []mnist.Dense
	for l := 0; l < n.layers(); l++ {
		in, o := n.sizes[l], n.sizes[l+1]
		w := n.weights(n.params, l)
		d := mnist.Dense{In: in, Out: o, W: make([]float32, in*o), B: append([]float32(nil), n.biases(n.params, l)...)}
		for i := 0; i < in; i++ {
			for j := 0; j < o; j++ {
				d.W[j*in+i] = w[i*o+j]
			}
		}
		out = append(out, d)
	}
	return out
}

// axpy adds a·x to y, rounding each product before the addition.
func axpy(y []float32, a float32, x []float32) {
	x = x[:len(y)]
	for i := range y {
		y[i] += float32(a * x[i])
	}
}

// dot is Σ a[i]·b[i] in index order, each product rounded before the addition.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s float32
	for i := range a {
		s += float32(a[i] * b[i])
	}
	return s
}

// argmax is the index of the largest value, the first one on ties (as
// ggml's argmax).
func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
