package claim_test

import (
	"bytes"
	"testing"

	"github.com/axonum/opml/ggml-mips/kernelcheck"
)

// TestKernelcheckInVM runs ggml-mips/cmd/kernelcheck (every kernel of the
// engine and whole random models) inside the fraud-proof VM and requires
// exactly the output of the native run. It runs it --light (without the
// Q4_K_M model, whose soft-float generation alone would be some 7G steps
// per engine; its kernels are in, and the arm64 and qemu-mips runs in
// package kernelcheck run it whole.)
func TestKernelcheckInVM(t *testing.T) {
	elf := buildForVM(t, "kernelcheck")
	var native bytes.Buffer
	if err := kernelcheck.RunLight(&native); err != nil {
		t.Fatal(err)
	}
	for name, eng := range engines() {
		out, steps := runInVM(t, elf, name, eng, "kernelcheck", "--light")
		if out != native.String() {
			t.Fatalf("%s engine: VM output differs from native\nnative:\n%s\nVM:\n%s", name, native.String(), out)
		}
		t.Logf("%s engine: %d steps, output identical to native", name, steps)
	}
}
