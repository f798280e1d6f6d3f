package claim_test

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/claim/protocol"
	"github.com/axonum/opml/ggml-mips/ggml"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/ggml-mips/models/llama"
	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/unicorn"
	"github.com/axonum/opml/oracle"
)

// prestate reads the claim-checking program and returns a function that
// gives a fresh absolute prestate each time.
func prestate(t testing.TB) func() *mipsevm.State {
	t.Helper()
	elf, err := os.ReadFile(testprograms.Inference(t))
	if err != nil {
		t.Fatal(err)
	}
	return func() *mipsevm.State {
		s, err := claim.Prestate(elf)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

// randomMNIST builds a small classifier with pseudo-random weights: a model
// with a known layout but no training, so the test does not depend on the
// committed model.
func randomMNIST(t testing.TB, seed uint64, hidden int) []byte {
	t.Helper()
	r := splitmix(seed)
	dense := func(in, out int, scale float32) mnist.Dense {
		d := mnist.Dense{In: in, Out: out, W: make([]float32, in*out), B: make([]float32, out)}
		for i := range d.W {
			d.W[i] = r.uniform() * scale
		}
		for i := range d.B {
			d.B[i] = r.uniform() * 0.1
		}
		return d
	}
	file, err := mnist.Marshal([]mnist.Dense{dense(mnist.InputSize, hidden, 0.05), dense(hidden, mnist.Classes, 0.2)}, "random test model")
	if err != nil {
		t.Fatal(err)
	}
	return file
}

type splitmixState uint64

func splitmix(seed uint64) *splitmixState { s := splitmixState(seed); return &s }

func (s *splitmixState) next() uint64 {
	*s += 0x9e3779b97f4a7c15
	z := uint64(*s)
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// uniform is in [-1, 1).
func (s *splitmixState) uniform() float32 { return float32(int64(s.next()>>40)-1<<23) / (1 << 23) }

func (s *splitmixState) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(s.next())
	}
	return b
}

// engines are the VM engines a claim is checked with; both must end in the
// same state.
func engines() map[string]claim.Engine {
	e := map[string]claim.Engine{"go": nil}
	if unicorn.Available {
		e["unicorn"] = unicorn.Start
	}
	return e
}

// check runs the claim in the VM on every engine, asserts that they agree
// on the final state, and returns the result.
func check(t *testing.T, s0 func() *mipsevm.State, c claim.Claim, models ...*oracle.Model) claim.Result {
	t.Helper()
	var first claim.Result
	var firstHash [32]byte
	for name, eng := range engines() {
		s := s0()
		var stderr bytes.Buffer
		res, err := claim.Run(s, c.Host(nil, models...), claim.RunOptions{Stderr: &stderr, Engine: eng})
		if err != nil {
			t.Fatalf("%s engine: %v", name, err)
		}
		if res.Status == mipsevm.StatusUnfinished {
			t.Fatalf("%s engine: unfinished", name)
		}
		if firstHash == ([32]byte{}) {
			first, firstHash = res, s.Hash()
			t.Logf("%s engine: %v; stderr: %q", name, res, strings.TrimSpace(stderr.String()))
			continue
		}
		if h := s.Hash(); h != firstHash || !bytes.Equal(res.Output, first.Output) {
			t.Fatalf("engines disagree: %s ends in %x (%v), another in %x (%v)", name, h, res, firstHash, first)
		}
	}
	return first
}

func TestMNISTNativeEqualsVM(t *testing.T) {
	s0 := prestate(t)
	file := randomMNIST(t, 1, 64)
	model := oracle.NewModel(file)
	native, _, err := models.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	r := splitmix(2)
	for i := 0; i < 3; i++ {
		input := r.bytes(mnist.InputSize)
		want, err := native.Infer(input)
		if err != nil {
			t.Fatal(err)
		}
		honest := claim.Claim{Model: model.Address(), Input: input, Output: want}
		res := check(t, s0, honest, model)
		if !bytes.Equal(res.Output, want) {
			t.Fatalf("image %d: VM output %x, native %x", i, res.Output, want)
		}
		if !res.Valid() {
			t.Fatalf("image %d: honest claim rejected: %v", i, res)
		}
		lie := honest
		lie.Output = []byte{(want[0] + 1) % mnist.Classes}
		res = check(t, s0, lie, model)
		if res.Status != mipsevm.StatusInvalid || res.ExitCode != protocol.ExitMismatch || !bytes.Equal(res.Output, want) {
			t.Fatalf("image %d: wrong claim ended %v, want exit %d with output %x", i, res, protocol.ExitMismatch, want)
		}
	}
}

// TestLlamaNativeEqualsVM: random-weight llama models of several shapes and
// weight types, with random prompts, generate the same tokens natively and
// in the VM (on every engine).
func TestLlamaNativeEqualsVM(t *testing.T) {
	s0 := prestate(t)
	for i, tc := range []struct {
		cfg      llama.Config
		typ      ggml.Type
		prompt   int
		generate uint32
	}{
		{llama.Config{Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 64, Vocab: 64, Context: 16}, ggml.Q8_0, 3, 4},
		{llama.Config{Dim: 64, Layers: 1, Heads: 2, FFN: 96, Vocab: 100, Context: 16, TiedOutput: true}, ggml.Q4_0, 5, 3},
		{llama.Config{Dim: 32, Layers: 1, Heads: 2, FFN: 64, Vocab: 50, Context: 8}, ggml.F16, 2, 2},
		// Qwen2 (biases, NeoX rope, tied head), Llama 3 (rope factors),
		// Mistral's ratios (4 query heads per kv head).
		{llama.Config{Arch: llama.ArchQwen2, Dim: 32, Layers: 2, Heads: 4, KVHeads: 2, FFN: 64, Vocab: 64, Context: 16, RopeBase: 1e6, NormEps: 1e-6, TiedOutput: true}, ggml.Q8_0, 3, 3},
		{llama.Config{Dim: 32, Layers: 1, Heads: 4, KVHeads: 2, FFN: 64, Vocab: 64, Context: 16, RopeBase: 500000, RopeFreqs: true, TiedOutput: true}, ggml.F32, 2, 3},
		{llama.Config{Dim: 64, Layers: 1, Heads: 8, KVHeads: 2, FFN: 224, Vocab: 64, Context: 16}, ggml.Q4_0, 2, 2},
	} {
		file, err := llama.Random(tc.cfg, uint64(10+i), tc.typ)
		if err != nil {
			t.Fatal(err)
		}
		model := oracle.NewModel(file)
		r := splitmix(uint64(20 + i))
		prompt := make([]int32, tc.prompt)
		for j := range prompt {
			prompt[j] = int32(r.next() % uint64(tc.cfg.Vocab))
		}
		input := llama.EncodeInput(prompt, tc.generate)
		want, err := models.Infer(file, input)
		if err != nil {
			t.Fatal(err)
		}
		res := check(t, s0, claim.Claim{Model: model.Address(), Input: input, Output: want}, model)
		if !res.Valid() || !bytes.Equal(res.Output, want) {
			tokens, _ := llama.DecodeOutput(res.Output)
			native, _ := llama.DecodeOutput(want)
			t.Fatalf("model %d (%+v, %v): VM %v gave tokens %v, native %v", i, tc.cfg, tc.typ, res, tokens, native)
		}
	}
}

// TestBadClaims: every way a claim can be unusable ends the program with
// its documented exit code, never a fault.
func TestBadClaims(t *testing.T) {
	s0 := prestate(t)
	file := randomMNIST(t, 3, 32)
	model := oracle.NewModel(file)
	notGGUF := oracle.NewModel(bytes.Repeat([]byte("not a model "), 100))
	good := claim.Claim{Model: model.Address(), Input: make([]byte, mnist.InputSize), Output: []byte{0}}
	for _, tc := range []struct {
		name  string
		claim claim.Claim
		host  func(h *oracle.Host)
		want  uint8
	}{
		{"malformed model", claim.Claim{Model: notGGUF.Address(), Input: good.Input, Output: good.Output}, func(h *oracle.Host) { h.AddModel(notGGUF) }, protocol.ExitModelMalformed},
		{"short input", claim.Claim{Model: model.Address(), Input: []byte{1, 2, 3}, Output: good.Output}, nil, protocol.ExitInputMalformed},
		{"local datum of the wrong size", good, func(h *oracle.Host) { h.SetLocal(protocol.LocalModel, []byte{1}) }, protocol.ExitClaimData},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := tc.claim.Host(nil, model)
			if tc.host != nil {
				tc.host(h)
			}
			s := s0()
			res, err := claim.Run(s, h, claim.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fault != nil || res.ExitCode != tc.want {
				t.Fatalf("ended %v, want exit %d (%s)", res, tc.want, protocol.ExitMeaning(int(tc.want)))
			}
		})
	}
	// A claim naming an alias of the model's address (byte 0 changed) with
	// the model's true output: the program once overwrote byte 0 to form the
	// mapping key, so it accepted this claim; the alias names no model.
	truth, err := models.Infer(file, good.Input)
	if err != nil {
		t.Fatal(err)
	}
	if res := check(t, s0, claim.Claim{Model: model.Address(), Input: good.Input, Output: truth}, model); !res.Valid() {
		t.Fatalf("the true claim under the real address: %v", res)
	}
	for _, b := range []byte{0x00, 0x02, 0xff} {
		alias := model.Address()
		alias[0] = b
		t.Run(fmt.Sprintf("aliased address %02x", b), func(t *testing.T) {
			res := check(t, s0, claim.Claim{Model: alias, Input: good.Input, Output: truth}, model)
			if res.Fault != nil || res.Valid() || res.ExitCode != protocol.ExitNotModel {
				t.Fatalf("ended %v, want exit %d (%s)", res, protocol.ExitNotModel, protocol.ExitMeaning(protocol.ExitNotModel))
			}
		})
	}
	t.Run("model missing from the oracle", func(t *testing.T) {
		s := s0()
		_, err := claim.Run(s, good.Host(nil), claim.RunOptions{})
		if err == nil || !strings.Contains(err.Error(), "committed data") {
			t.Fatalf("got %v, want a host error naming the committed data", err)
		}
	})
}

// TestPrestateCommitted: the program built from this source has the
// absolute prestate recorded in the repository, so the on-chain prestate
// can be checked from source.
func TestPrestateCommitted(t *testing.T) {
	s0 := prestate(t)
	want, err := os.ReadFile(filepath.Join("..", "ggml-mips", "cmd", "inference", "prestate.txt"))
	if err != nil {
		t.Fatal(err)
	}
	h := s0().Hash()
	if got := "0x" + hex.EncodeToString(h[:]); got != strings.TrimSpace(string(want)) {
		t.Fatalf("prestate of the built program is %s, committed prestate.txt says %s; run `make prestate` and commit it if the program changed on purpose", got, strings.TrimSpace(string(want)))
	}
}

// TestNoFloatingPoint disassembles the program and fails on any FPU (or
// other non-MIPS32r1-integer) instruction, and checks that the checker
// itself finds one where there is one.
func TestNoFloatingPoint(t *testing.T) {
	elf := testprograms.Inference(t)
	script := filepath.Join("..", "mipsevm", "testdata", "check_isa.sh")
	if _, err := exec.LookPath("mips-linux-gnu-objdump"); err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatal("mips-linux-gnu-objdump not installed")
		}
		t.Skip("mips-linux-gnu-objdump not installed (make deps installs binutils-mips-linux-gnu)")
	}
	if out, err := exec.Command("sh", script, elf).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", elf, err, out)
	}
	// A program that does contain an FPU instruction must be caught.
	fpu := filepath.Join(testprograms.Dir(), "asm", "fault_cop1.elf")
	if _, err := os.Stat(fpu); err != nil {
		t.Logf("no %s to check the checker with", fpu)
		return
	}
	if out, err := exec.Command("sh", script, fpu).CombinedOutput(); err == nil || !strings.Contains(string(out), "FPU") {
		t.Fatalf("check_isa.sh accepted %s: %s", fpu, out)
	}
}

// The committed Fashion-MNIST model and sample images (written by `make
// model`).
var (
	committedModel  = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf")
	committedImages = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata", "images")
)

func mnistModel(t testing.TB) []byte {
	t.Helper()
	file, err := os.ReadFile(committedModel)
	if err != nil {
		t.Fatal(err)
	}
	return file
}

// TestCommittedMNISTNativeEqualsVM: the committed classifier on every
// committed test image gives the same class natively and in the VM.
func TestCommittedMNISTNativeEqualsVM(t *testing.T) {
	s0 := prestate(t)
	file := mnistModel(t)
	model := oracle.NewModel(file)
	images, err := filepath.Glob(filepath.Join(committedImages, "*.bin"))
	if err != nil || len(images) == 0 {
		t.Fatalf("no test images in %s (%v)", committedImages, err)
	}
	for _, path := range images {
		input, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want, err := models.Infer(file, input)
		if err != nil {
			t.Fatal(err)
		}
		res := check(t, s0, claim.Claim{Model: model.Address(), Input: input, Output: want}, model)
		if !res.Valid() || !bytes.Equal(res.Output, want) {
			t.Fatalf("%s: VM %v with output %x, native %x", filepath.Base(path), res, res.Output, want)
		}
	}
}
