package spec

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"

	"github.com/axonum/opml/ggml-mips/gguf"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
)

// The gas schedule of the inference precompile (docs/design.md, "Gas"):
//
//	gas = GasBase + GasPerByte·(len(input) + output_size) + ⌈work / WorkPerGas⌉
//
// work counts the multiply-accumulates (MACs) of the inference's matrix
// products, each weighted by WorkPerMAC of the type of the matrix it
// reads, and what is not matrix products (see the shapes below), in units
// of a thousandth of a gas. It is known from the model's GGUF header and
// the input before anything runs. A call Run refuses costs GasBase alone.
//
// The rule behind the numbers: a unit of gas buys about 10 ns of one core
// of the reference machine, about what Ethereum's own expensive
// precompiles buy (ecrecover 10.5 ns per gas there), so that a block full
// of inference takes no longer to execute than a block of anything else.
const (
	// GasBase covers decoding the call, finding the cached model and
	// building the graphs: what every call costs, whatever the model.
	GasBase = 25_000
	// GasPerByte prices the input and output bytes, as calldata is priced.
	GasPerByte = 16
	// WorkPerGas is how many units of work one unit of gas buys: a unit
	// is 10 ps of the reference machine's time.
	WorkPerGas = 1000
)

// BlockGasLimit is the AI EVM's default block gas limit, which is also
// what one transaction may use (NewChain lifts Osaka's 2^24 cap): enough
// for one token of a 7B-parameter Q8_0 model (a llama of LLaMA-7B's shape,
// one prompt token: TestSevenBTokenFitsInATransaction) with room to spare.
const BlockGasLimit = 1 << 27

// WorkPerMAC is the work of one MAC against a matrix of type t: the
// engine's native time per MAC on one core (ggml's BenchmarkMatMulPerMAC,
// a 4096×8192 weight streaming from memory: Q8_0 0.05, Q4_0 0.05, F32
// 0.86, F16 3.3, Q4_K 0.65, Q6_K 1.04 ns), in units of 10 ps. Q8_0 and
// Q4_0 run AVX2 kernels, and in whole models (smaller matrices, each
// product's activations quantized first) take twice their kernel's time:
// 0.1 ns per MAC on stories15M's shape; the others are the pure-Go
// reference. Only the types the model loaders accept reach it.
func WorkPerMAC(t gguf.TensorType) uint64 {
	switch t {
	case gguf.TensorQ8_0, gguf.TensorQ4_0:
		return 10
	case gguf.TensorQ4_K:
		return 65
	case gguf.TensorQ6_K:
		return 104
	case gguf.TensorF16:
		return 330
	}
	return 86 // F32
}

// GasFor is the formula for a call Run accepts, saturating at MaxUint64
// (which no transaction can pay).
func GasFor(c Call, work uint64) uint64 {
	if work == math.MaxUint64 { // saturated: more than can be counted
		return math.MaxUint64
	}
	bytes := add(uint64(len(c.Input)), c.OutputSize)
	compute := work / WorkPerGas
	if work%WorkPerGas != 0 {
		compute++
	}
	return add(add(GasBase, mul(GasPerByte, bytes)), compute)
}

// ErrOutputSize is wrapped for an output_size the model does not produce.
var ErrOutputSize = errors.New("output_size mismatch")

// CheckCall checks c's input against the model's Shape and its output_size
// against what the model outputs for it, and returns the inference's work.
func CheckCall(sh Shape, c Call) (uint64, error) {
	size, work, err := sh.Check(c.Input)
	if err != nil {
		return 0, err
	}
	if c.OutputSize != size {
		return 0, fmt.Errorf("%w: output_size is %d, but the model outputs %d bytes for this input", ErrOutputSize, c.OutputSize, size)
	}
	return work, nil
}

// A Shape is what the precompile knows of a loaded model before running
// it: which inputs it accepts, how long their output is, and how much
// compute they take. Its Check must accept exactly the inputs the model's
// Infer accepts (TestShapeAgreesWithInfer), so that RequiredGas charges the
// full price only for calls that run, and its work must be what the
// inference's graphs compute (TestWorkMatchesGraphs).
type Shape interface {
	// Check returns the output size and the work (weighted MACs) of an
	// inference on input, or why the model would refuse it.
	Check(input []byte) (outputSize, work uint64, err error)
	// PlanKey names, for an input Check accepts, what its dispute plan
	// depends on besides the model (equal keys, equal plans), and its
	// prompt length if the plan grows with one (0 otherwise; see
	// Fit.promptLimit).
	PlanKey(input []byte) (key uint64, prompt int)
	// ProbeInput is an input with a prompt of p tokens and one token to
	// generate, or nil if the model takes no such input.
	ProbeInput(p int) []byte
}

// ShapeOf reads the Shape of the model models.Load returned for file.
func ShapeOf(file []byte, m models.Model, arch string) (Shape, error) {
	f, err := gguf.Parse(file) // the header only; Load checked it all
	if err != nil {
		return nil, err
	}
	switch m := m.(type) {
	case *mnist.Model:
		return newMNISTShape(f), nil
	case *llama.Model:
		return NewLlamaShape(f, m.Config()), nil
	}
	return nil, fmt.Errorf("no gas schedule for architecture %q", arch)
}

// matrixWork is the work of one product of matrix t with one vector: its
// elements, weighted by its type.
func matrixWork(t gguf.TensorInfo) uint64 { return mul(t.Elements, WorkPerMAC(t.Type)) }

// MNISTShape: one image in, one class out. The products are the fully
// connected layers, fc<l>.weight (the file's only matrices; fc1 has the
// 784 pixels padded to 800 columns) times one vector each.
type MNISTShape struct{ work uint64 }

func newMNISTShape(f *gguf.File) MNISTShape {
	var work uint64
	for _, t := range f.Tensors {
		if len(t.Dims) == 2 {
			work = add(work, matrixWork(t))
		}
	}
	return MNISTShape{work: work}
}

func (s MNISTShape) Check(input []byte) (uint64, uint64, error) {
	if len(input) != mnist.InputSize {
		return 0, 0, fmt.Errorf("input is %d bytes, want %d (a 28×28 image, one byte per pixel)", len(input), mnist.InputSize)
	}
	return mnist.OutputSize, s.work, nil
}

// LlamaShape: input N ‖ prompt (big-endian uint32s), output N token ids.
// Generation runs the P prompt tokens as one batch, then N − 1 more tokens
// one at a time (the last generated token is never fed back), so
// T = P + N − 1 tokens pass through the blocks (none when N = 0):
//
//   - per token, every block matrix (blk.*: q, k, v, output, gate, up,
//     down) once: blockWork;
//   - attention, per layer and head: the prompt's batch scores each of its
//     P tokens against all P positions (the causal mask is applied after
//     the product), each later token at position t against t + 1; a score
//     and its weighted value are headDim F32 MACs each, and the softmax
//     costs SoftmaxWork per score and half: with S = T·(T + 1) + P·(P − 1),
//     twice the scores computed, (WorkPerMAC(F32)·dim +
//     SoftmaxWork·heads)·layers·S in all;
//   - the output head (output.weight, or token_embd.weight when tied) once
//     per generated token: headWork;
//   - what is not matrix products: BlockGraphWork per layer of each of the
//     N graphs, BlockTokenWork per layer and token.
//
// token_embd is read with get_rows, not multiplied.
type LlamaShape struct {
	cfg       llama.Config
	blockWork uint64 // per token, all layers
	headWork  uint64 // per generated token
}

// What a block costs besides its matrix products, in units of work,
// measured on narrow, deep models where it dominates (docs/design.md):
// building and dispatching the block's ~30 graph nodes, per graph (about
// 15 µs), and its element-wise work (norms, rope, softmax, SwiGLU,
// quantizing activations), per token (about 4 µs).
// SoftmaxWork is the same for half an attention score's share of the
// softmax (an exp and a division per score, about 10 ns).
const (
	BlockGraphWork = 1_536_000
	BlockTokenWork = 384_000
	SoftmaxWork    = 1000
)

// LlamaMaxCacheValues mirrors the bound of llama.NewCache (2·layers·kvDim
// values per position, at most 2^26 in all): past it Infer refuses the
// input. TestShapeAgreesWithInfer checks the two agree.
const LlamaMaxCacheValues = 1 << 26

func NewLlamaShape(f *gguf.File, cfg llama.Config) LlamaShape {
	s := LlamaShape{cfg: cfg}
	for _, t := range f.Tensors {
		if len(t.Dims) == 2 && strings.HasPrefix(t.Name, "blk.") {
			s.blockWork = add(s.blockWork, matrixWork(t))
		}
	}
	head, ok := f.Tensor("output.weight")
	if !ok {
		head, _ = f.Tensor("token_embd.weight")
	}
	s.headWork = matrixWork(head)
	return s
}

func (s LlamaShape) Check(input []byte) (uint64, uint64, error) {
	if len(input)%4 != 0 || len(input) < 8 {
		return 0, 0, fmt.Errorf("input is %d bytes, want 4 + 4·P: N tokens to generate, then P ≥ 1 prompt token ids (big-endian uint32s)", len(input))
	}
	c := s.cfg
	n := uint64(binary.BigEndian.Uint32(input))
	p := uint64(len(input)-4) / 4
	if p+n > uint64(c.Context) {
		return 0, 0, fmt.Errorf("input: %d prompt tokens and %d to generate exceed the context of %d", p, n, c.Context)
	}
	for i := range p {
		if t := binary.BigEndian.Uint32(input[4+4*i:]); t >= uint32(c.Vocab) {
			return 0, 0, fmt.Errorf("input: prompt token %d is %d, want 0..%d", i, t, c.Vocab-1)
		}
	}
	if n == 0 {
		return 0, 0, nil
	}
	tokens := p + n - 1
	cache := 2 * uint64(c.Layers) * uint64(c.KVHeads) * uint64(c.HeadDim()) * tokens
	if cache > LlamaMaxCacheValues {
		return 0, 0, fmt.Errorf("input: %d positions need a KV cache of %d values, more than %d", tokens, cache, LlamaMaxCacheValues)
	}
	layers := uint64(c.Layers)
	scores := add(mul(tokens, tokens+1), mul(p, p-1)) // twice the scores computed, per head
	attention := mul(mul(layers, WorkPerMAC(gguf.TensorF32)*uint64(c.Dim)+SoftmaxWork*uint64(c.Heads)), scores)
	work := add(add(mul(tokens, s.blockWork), attention), mul(n, s.headWork))
	// n graphs (the prompt's, then one per fed-back token), each with a
	// block per layer; tokens·layers token-blocks.
	overhead := add(mul(mul(n, layers), BlockGraphWork), mul(mul(tokens, layers), BlockTokenWork))
	return 4 * n, add(work, overhead), nil
}

// add and mul saturate at MaxUint64: a Shape too large to count costs more
// gas than exists.
func add(a, b uint64) uint64 {
	s, carry := bits.Add64(a, b, 0)
	if carry != 0 {
		return math.MaxUint64
	}
	return s
}

func mul(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	if hi != 0 {
		return math.MaxUint64
	}
	return lo
}

// Config is the model's configuration.
func (s LlamaShape) Config() llama.Config { return s.cfg }
