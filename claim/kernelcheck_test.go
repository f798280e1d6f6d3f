package claim_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/axonum/opml/ggml-mips/kernelcheck"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

// TestKernelcheckInVM runs ggml-mips/cmd/kernelcheck (every kernel of the
// engine and whole random models) inside the fraud-proof VM and requires
// exactly the output of the native run. It runs it --light (without the
// Q4_K_M model, whose soft-float generation alone would be some 7G steps
// per engine; its kernels are in, and the arm64 and qemu-mips runs in
// package kernelcheck run it whole.)
func TestKernelcheckInVM(t *testing.T) {
	testprograms.Inference(t) // the same prerequisites: skips or fails alike
	elf := filepath.Join(t.TempDir(), "kernelcheck.elf")
	cmd := exec.Command("go", "build", "-trimpath", "-o", elf, "./ggml-mips/cmd/kernelcheck")
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build kernelcheck for mips: %v\n%s", err, out)
	}
	var native bytes.Buffer
	if err := kernelcheck.RunLight(&native); err != nil {
		t.Fatal(err)
	}
	for name, eng := range engines() {
		s, err := program.LoadFile(elf, "kernelcheck", "--light")
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
			t.Fatalf("%s engine: kernelcheck ended with status %v, exit %d (fault %v): %s", name, s.Status(), s.ExitCode, vm.Fault(), stderr.String())
		}
		if stdout.String() != native.String() {
			t.Fatalf("%s engine: VM output differs from native\nnative:\n%s\nVM:\n%s", name, native.String(), stdout.String())
		}
		t.Logf("%s engine: %d steps, output identical to native", name, s.Step)
	}
}
