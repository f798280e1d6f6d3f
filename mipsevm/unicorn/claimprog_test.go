//go:build cgo && !nounicorn

package unicorn

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/models"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/oracle"
)

// mnistMatmulStart: a step of the claim program's run on loadMNISTClaim's
// claim inside one of its long syscall-free stretches (listed by
// TestFindMNISTStretch); with the runtime's other threads removed, the main
// thread runs from there 3.8M steps (the inference's matmuls) to its next
// syscall.
const mnistMatmulStart = 3_450_001

// loadMNISTClaim is the claim-checking program at its prestate, with a host
// for an honest claim of the committed Fashion-MNIST model on a fixed input.
func loadMNISTClaim(t testing.TB) (*mipsevm.State, *mipsevm.VM) {
	t.Helper()
	s, host := mnistClaim(t)
	return s, mipsevm.NewVM(s, host, nil, nil)
}

// mnistClaim is loadMNISTClaim's prestate and host.
func mnistClaim(t testing.TB) (*mipsevm.State, mipsevm.PreimageOracle) {
	t.Helper()
	elf, err := os.ReadFile(testprograms.Inference(t))
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(filepath.Join("..", "..", "ggml-mips", "models", "mnist", "testdata", "fashion-mnist.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	input := make([]byte, 784)
	for i := range input {
		input[i] = byte(i * 37)
	}
	out, err := models.Infer(file, input)
	if err != nil {
		t.Fatal(err)
	}
	model := oracle.NewModel(file)
	c := claim.Claim{Model: model.Address(), Input: input, Output: out}
	s, err := claim.Prestate(elf)
	if err != nil {
		t.Fatal(err)
	}
	return s, c.Host(nil, model)
}

// TestFindMNISTStretch prints the longest stretches between syscalls of
// the claim program's run (for mnistMatmulStart).
func TestFindMNISTStretch(t *testing.T) {
	if os.Getenv("OPML_FIND_STRETCH") == "" {
		t.Skip("a tool for choosing mnistMatmulStart: set OPML_FIND_STRETCH=1 to run it")
	}
	s, vm := loadMNISTClaim(t)
	last, best, bestAt := uint64(0), uint64(0), uint64(0)
	for !s.Exited {
		if w := s.Memory.GetWord(s.PC &^ 3); w&0xfc00_003f == 0x0c {
			if s.Step-last > 100000 {
				t.Logf("stretch of %d steps from step %d, pc %#x", s.Step-last, last, s.PC)
			}
			if s.Step-last > best {
				best, bestAt = s.Step-last, last
			}
			last = s.Step + 1
		}
		if _, err := vm.Step(false); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("longest syscall-free stretch: %d steps from step %d (of %d)", best, bestAt, s.Step)
}
