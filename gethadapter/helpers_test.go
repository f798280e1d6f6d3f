package gethadapter

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/models/mnist"
	"github.com/axonum/opml/oracle"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/vm"
)

// mnistDir holds the committed Fashion-MNIST model and sample images.
var mnistDir = filepath.Join("..", "ggml-mips", "models", "mnist", "testdata")

func fashionModel(tb testing.TB) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(mnistDir, "fashion-mnist.gguf"))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// testImage reads one of the committed images, named NNNN-C.bin with C its
// true class.
func testImage(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(mnistDir, "images", name))
	if err != nil {
		tb.Fatal(err)
	}
	if len(b) != mnist.InputSize {
		tb.Fatalf("%s: %d bytes", name, len(b))
	}
	return b
}

func mnistCall(model oracle.Address, image []byte) Call {
	return Call{Model: model, Input: image, OutputSize: mnist.OutputSize}
}

func newStore(tb testing.TB) *oracle.Store {
	tb.Helper()
	s, err := oracle.OpenStore(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func addModel(tb testing.TB, s *oracle.Store, data []byte) oracle.Address {
	tb.Helper()
	addr, err := s.Add(data)
	if err != nil {
		tb.Fatal(err)
	}
	return addr
}

// corruptFile flips the last byte of a stored model's file, as a disk
// error would; the store finds out when it next reads the file.
func corruptFile(tb testing.TB, s *oracle.Store, addr oracle.Address) {
	tb.Helper()
	path := s.Path(addr)
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	data[len(data)-1] ^= 0xff
	if err := os.Chmod(path, 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o444); err != nil {
		tb.Fatal(err)
	}
}

// mustRevert runs in on p and requires a revert; it returns the revert
// data.
func mustRevert(tb testing.TB, p *Precompile, in []byte) []byte {
	tb.Helper()
	out, err := p.Run(in)
	if err != vm.ErrExecutionReverted { // the EVM compares with ==
		tb.Fatalf("Run: err = %v, want vm.ErrExecutionReverted itself", err)
	}
	return out
}

// revertReason decodes Error(string) revert data.
func revertReason(tb testing.TB, data []byte) string {
	tb.Helper()
	reason, err := abi.UnpackRevert(data)
	if err != nil {
		tb.Fatalf("revert data %x is not Error(string): %v", data, err)
	}
	return reason
}

// wantReason requires an "inference: " reason containing want.
func wantReason(tb testing.TB, reason, want string) {
	tb.Helper()
	if !strings.HasPrefix(reason, "inference: ") || !strings.Contains(reason, want) {
		tb.Errorf("reason %q, want \"inference: ...%s...\"", reason, want)
	}
}
