package claim_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/ggml-mips/tokencheck"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

// TestTokencheckInVM runs ggml-mips/cmd/tokencheck --light (the built-in
// SentencePiece and byte-level BPE vocabularies, made in the program,
// encoding and decoding part of the tokenizer's comparison corpus) inside
// the fraud-proof VM on every engine and requires exactly the output of
// the native run. The real vocabularies are files on the host: the qemu
// runs in package tokencheck check those.
func TestTokencheckInVM(t *testing.T) {
	testprograms.Inference(t) // the same prerequisites: skips or fails alike
	elf := filepath.Join(t.TempDir(), "tokencheck.elf")
	cmd := exec.Command("go", "build", "-trimpath", "-o", elf, "./ggml-mips/cmd/tokencheck")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build tokencheck for mips: %v\n%s", err, out)
	}
	texts := tokencheck.Light()
	var native bytes.Buffer
	if err := tokencheck.Run(&native, texts); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(native.String(), "\n"); n != 4*len(tokencheck.Builtin()) {
		t.Fatalf("native run printed %d lines, want 4 per built-in vocabulary", n)
	}
	for name, eng := range engines() {
		s, err := program.LoadFile(elf, "tokencheck", "--light")
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		vm := mipsevm.NewVM(s, nil, &stdout, &stderr)
		run := vm.Run
		if eng != nil {
			r, closeFn, err := eng(vm)
			if err != nil {
				t.Fatal(err)
			}
			defer closeFn()
			run = r
		}
		if err := run(0); err != nil {
			t.Fatal(err)
		}
		if s.Status() != mipsevm.StatusValid {
			t.Fatalf("%s engine: tokencheck ended with status %v, exit %d (fault %v): %s", name, s.Status(), s.ExitCode, vm.Fault(), stderr.String())
		}
		if stdout.String() != native.String() {
			t.Fatalf("%s engine: VM output differs from native\nnative:\n%s\nVM:\n%s", name, native.String(), stdout.String())
		}
		t.Logf("%s engine: %d steps, output identical to native", name, s.Step)
	}
}
