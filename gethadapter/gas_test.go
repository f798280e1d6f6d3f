package gethadapter

import (
	"errors"
	"math"
	"testing"

	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/oracle"
)

// TestGasCommittedModel pins the price of one Fashion-MNIST inference, by
// hand from the documented formula: fc1 {800, 128} and fc2 {128, 10}, Q8_0.
func TestGasCommittedModel(t *testing.T) {
	model := fashionModel(t)
	c := mnistCall(oracle.AddressOf(model), testImage(t, "0000-9.bin"))
	const want = 25_000 + 16*(784+1) + (10*(800*128+128*10)+999)/1000 // 38,597
	got, err := Gas(model, c)
	if err != nil || got != want {
		t.Fatalf("Gas = %d, %v; want %d", got, err, want)
	}
	store := newStore(t)
	addModel(t, store, model)
	if g := New(store, Options{}).RequiredGas(EncodeCall(c)); g != want {
		t.Fatalf("RequiredGas = %d, want %d", g, want)
	}
	// Refused calls: GasBase and the reason.
	c.OutputSize = 2
	if g, err := Gas(model, c); g != GasBase || !errors.Is(err, errOutputSize) {
		t.Errorf("Gas with output_size 2 = %d, %v", g, err)
	}
	if g, err := Gas([]byte("not a model"), c); g != GasBase || err == nil {
		t.Errorf("Gas of a non-model = %d, %v", g, err)
	}
}

// TestGasLlama computes the formula by hand for a llama call, from the
// config, with each matrix type's weight.
func TestGasLlama(t *testing.T) {
	cfg, _ := llama.Preset("1m") // dim 128, 4 layers, 4 heads, ffn 384, vocab 512, untied
	const p, n = 8, 24
	c := Call{Input: llama.EncodeInput(make([]int32, p), n), OutputSize: 4 * n}
	for _, tc := range []struct {
		typ  ggml.Type
		cost uint64
	}{{ggml.F32, 86}, {ggml.F16, 330}, {ggml.Q4_0, 10}, {ggml.Q8_0, 10}} {
		model := randomLlama(t, cfg, tc.typ)
		c.Model = oracle.AddressOf(model)
		d, l, f, v, h := uint64(cfg.Dim), uint64(cfg.Layers), uint64(cfg.FFN), uint64(cfg.Vocab), uint64(cfg.Heads)
		tokens := uint64(p + n - 1)
		block := l * (4*d*d + 3*d*f) * tc.cost // no GQA: k and v are d×d
		scores := tokens*(tokens+1) + p*(p-1)
		work := tokens*block + l*(86*d+1000*h)*scores + n*v*d*tc.cost + n*l*1_536_000 + tokens*l*384_000
		want := 25_000 + 16*uint64(len(c.Input)+4*n) + (work+999)/1000
		if got, err := Gas(model, c); err != nil || got != want {
			t.Errorf("%v: Gas = %d, %v; want %d", tc.typ, got, err, want)
		}
	}
}

// TestGasSaturates: a shape too large to count costs all the gas there is.
func TestGasSaturates(t *testing.T) {
	if g := gasFor(Call{OutputSize: 1}, math.MaxUint64); g != math.MaxUint64 {
		t.Errorf("gasFor(MaxUint64 work) = %d", g)
	}
}

// graphWork is the matrix-product work of a graph as it is computed: each
// mul_mat node does src0.Ne[0] MACs per output element, against src0.
func graphWork(g *ggml.Graph) uint64 {
	var w uint64
	for _, n := range g.Nodes() {
		if n.Op() == ggml.OpMatMul {
			a := n.Src(0)
			w += uint64(a.Ne[0]) * uint64(n.Elements()) * macCost(a.Type)
		}
	}
	return w
}

// TestWorkMatchesGraphs: the matrix-product work the shapes charge is that
// of the graphs the models actually compute, node by node (the non-matrix
// terms are added by their formula).
func TestWorkMatchesGraphs(t *testing.T) {
	t.Run("mnist", func(t *testing.T) {
		model := fashionModel(t)
		m, arch, err := models.Load(model)
		if err != nil {
			t.Fatal(err)
		}
		sh, err := shapeOf(model, m, arch)
		if err != nil {
			t.Fatal(err)
		}
		image := testImage(t, "0001-2.bin")
		g, err := m.(*mnist.Model).Graph(image)
		if err != nil {
			t.Fatal(err)
		}
		if _, work, err := sh.Check(image); err != nil || work != graphWork(g) {
			t.Errorf("shape work %d, %v; graph work %d", work, err, graphWork(g))
		}
	})
	for _, tc := range []struct {
		name string
		cfg  llama.Config
		typ  ggml.Type
		p, n int
	}{
		{"gqa-q8_0", smallLlama, ggml.Q8_0, 5, 4},
		{"tied-f16", llama.Config{Dim: 64, Layers: 3, Heads: 2, FFN: 64, Vocab: 50, Context: 16, TiedOutput: true}, ggml.F16, 1, 6},
		{"q4_0-prompt-only", smallLlama, ggml.Q4_0, 7, 1},
		{"f32-no-tokens", smallLlama, ggml.F32, 3, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := randomLlama(t, tc.cfg, tc.typ)
			m, arch, err := models.Load(file)
			if err != nil {
				t.Fatal(err)
			}
			sh, err := shapeOf(file, m, arch)
			if err != nil {
				t.Fatal(err)
			}
			lm := m.(*llama.Model)
			cfg := lm.Config()
			// The graphs Generate builds: the prompt, then each fed-back token.
			var want uint64
			if tc.n > 0 {
				cache, err := lm.NewCache(tc.p + tc.n - 1)
				if err != nil {
					t.Fatal(err)
				}
				prompt := make([]int32, tc.p)
				g, err := lm.Graph(cache, prompt, 0)
				if err != nil {
					t.Fatal(err)
				}
				want += graphWork(g)
				for pos := tc.p; pos < tc.p+tc.n-1; pos++ {
					if g, err = lm.Graph(cache, []int32{0}, pos); err != nil {
						t.Fatal(err)
					}
					want += graphWork(g)
				}
				tokens, p, l := uint64(tc.p+tc.n-1), uint64(tc.p), uint64(cfg.Layers)
				scores := tokens*(tokens+1) + p*(p-1)
				want += softmaxWork*uint64(cfg.Heads)*l*scores + uint64(tc.n)*l*blockGraphWork + tokens*l*blockTokenWork
			}
			size, work, err := sh.Check(llama.EncodeInput(make([]int32, tc.p), uint32(tc.n)))
			if err != nil || work != want || size != 4*uint64(tc.n) {
				t.Errorf("shape: %d bytes, work %d, %v; want %d bytes, work %d", size, work, err, 4*tc.n, want)
			}
		})
	}
}

// TestShapeAgreesWithInfer: the shapes accept exactly the inputs Infer
// accepts, and promise the output length Infer returns.
func TestShapeAgreesWithInfer(t *testing.T) {
	be := func(words ...uint32) []byte {
		b := make([]byte, 0, 4*len(words))
		for _, w := range words {
			b = append(b, byte(w>>24), byte(w>>16), byte(w>>8), byte(w))
		}
		return b
	}
	// cacheBound: 2·64 layers·32·positions values reach 2^26 at 16384
	// positions, inside the context: Infer's cache bound, not the
	// context, refuses 16385.
	cacheBound := llama.Config{Dim: 32, Layers: 64, Heads: 1, FFN: 32, Vocab: 8, Context: 16400}
	image := testImage(t, "0000-9.bin")
	for _, tc := range []struct {
		name  string
		model []byte
		input []byte
		run   bool // false: too slow to run when accepted; only refusals are compared
	}{
		{"mnist ok", fashionModel(t), image, true},
		{"mnist short", fashionModel(t), image[:700], true},
		{"mnist long", fashionModel(t), append(image, 0), true},
		{"mnist empty", fashionModel(t), nil, true},
		{"llama empty", randomLlama(t, smallLlama, ggml.Q8_0), nil, true},
		{"llama N only", randomLlama(t, smallLlama, ggml.Q8_0), be(1), true},
		{"llama odd length", randomLlama(t, smallLlama, ggml.Q8_0), append(be(1, 2), 0), true},
		{"llama N=0", randomLlama(t, smallLlama, ggml.Q8_0), be(0, 5), true},
		{"llama ok", randomLlama(t, smallLlama, ggml.Q8_0), be(3, 5, 6), true},
		{"llama last token id", randomLlama(t, smallLlama, ggml.Q8_0), be(1, 99), true},
		{"llama token = vocab", randomLlama(t, smallLlama, ggml.Q8_0), be(1, 100), true},
		{"llama token 2^32-1", randomLlama(t, smallLlama, ggml.Q8_0), be(1, math.MaxUint32), true},
		{"llama fills context", randomLlama(t, smallLlama, ggml.Q8_0), be(30, 1, 2), true},
		{"llama past context", randomLlama(t, smallLlama, ggml.Q8_0), be(31, 1, 2), true},
		{"llama N=2^32-1", randomLlama(t, smallLlama, ggml.Q8_0), be(math.MaxUint32, 1), true},
		{"llama at cache bound", randomLlama(t, cacheBound, ggml.Q8_0), be(16384, 0), false},
		{"llama past cache bound", randomLlama(t, cacheBound, ggml.Q8_0), be(16385, 0), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, arch, err := models.Load(tc.model)
			if err != nil {
				t.Fatal(err)
			}
			sh, err := shapeOf(tc.model, m, arch)
			if err != nil {
				t.Fatal(err)
			}
			size, _, checkErr := sh.Check(tc.input)
			if !tc.run {
				if checkErr != nil {
					t.Fatalf("check refuses: %v", checkErr)
				}
				return
			}
			out, inferErr := m.Infer(tc.input)
			switch {
			case (checkErr == nil) != (inferErr == nil):
				t.Fatalf("check: %v; Infer: %v", checkErr, inferErr)
			case checkErr == nil && uint64(len(out)) != size:
				t.Fatalf("check promises %d bytes, Infer returned %d", size, len(out))
			}
		})
	}
}
