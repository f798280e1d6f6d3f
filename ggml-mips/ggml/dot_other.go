//go:build !amd64

package ggml

// Without row kernels for this architecture every row is computed by the
// reference (dotQ8_0, dotQ4_0).

// useSIMD and useVNNI are false: there are no kernels to select.
var useSIMD, useVNNI, defaultSIMD, hasVNNI = false, false, false, false

type kernelVec struct{}

func (k *kernelVec) prepare(x *q8Vec) {}

func dotRowsFast(t Type, rows []byte, rowBytes int, x *q8Vec, out []float32, sc *scratch) bool {
	return false
}

// quantizeVec is v.quantize(x).
func quantizeVec(v *q8Vec, x []float32) { v.quantize(x) }

// siluRow sets out[i] = x[i]·Sigmoid(x[i]) (unary's OpSilu).
func siluRow(out, x []float32) {
	for i, v := range x {
		out[i] = v * Sigmoid(v)
	}
}
