package claim_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/axonum/opml/claim"
	"github.com/axonum/opml/ggml-mips/tokencheck"
	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

// buildTokencheck builds ggml-mips/cmd/tokencheck for the VM.
func buildTokencheck(tb testing.TB) string { return buildForVM(tb, "tokencheck") }

// buildForVM builds ggml-mips/cmd/<name> for the VM and returns its path.
func buildForVM(tb testing.TB, name string) string {
	tb.Helper()
	testprograms.Inference(tb) // the same prerequisites: skips or fails alike
	elf := filepath.Join(tb.TempDir(), name+".elf")
	cmd := exec.Command("go", "build", "-trimpath", "-o", elf, "./ggml-mips/cmd/"+name)
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=mips", "GOMIPS=softfloat", "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("build %s for mips: %v\n%s", name, err, out)
	}
	return elf
}

// runInVM runs the program at elf with argv (argv[0] first) to its end on
// engine eng (nil: the Go interpreter) and returns its output and step
// count.
func runInVM(tb testing.TB, elf, name string, eng claim.Engine, argv ...string) (string, uint64) {
	tb.Helper()
	s, err := program.LoadFile(elf, argv...)
	if err != nil {
		tb.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	vm := mipsevm.NewVM(s, nil, &stdout, &stderr)
	run := vm.Run
	if eng != nil {
		r, closeFn, err := eng(vm)
		if err != nil {
			tb.Fatal(err)
		}
		defer closeFn()
		run = r
	}
	if err := run(0); err != nil {
		tb.Fatal(err)
	}
	if s.Status() != mipsevm.StatusValid {
		tb.Fatalf("%s engine: %s ended with status %v, exit %d (fault %v): %s", name, argv[0], s.Status(), s.ExitCode, vm.Fault(), stderr.String())
	}
	return stdout.String(), s.Step
}

// TestTokencheckInVM runs ggml-mips/cmd/tokencheck --light (the built-in
// SentencePiece and byte-level BPE vocabularies, made in the program,
// encoding and decoding part of the tokenizer's comparison corpus) inside
// the fraud-proof VM on every engine and requires exactly the output of
// the native run. The real vocabularies are files on the host: the qemu
// runs in package tokencheck check those, and the whole corpus.
func TestTokencheckInVM(t *testing.T) {
	elf := buildTokencheck(t)
	var native bytes.Buffer
	if err := tokencheck.Run(&native, tokencheck.Light()); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(native.String(), "\n"); n != 4*len(tokencheck.Builtin()) {
		t.Fatalf("native run printed %d lines, want 4 per built-in vocabulary", n)
	}
	for name, eng := range engines() {
		out, steps := runInVM(t, elf, name, eng, "tokencheck", "--light")
		if out != native.String() {
			t.Fatalf("%s engine: VM output differs from native\nnative:\n%s\nVM:\n%s", name, native.String(), out)
		}
		t.Logf("%s engine: %d steps, output identical to native", name, steps)
	}
}

// BenchmarkTokenizerVMSteps reports what tokenizing costs in the VM:
// tokencheck --light's steps beyond those of building the vocabularies
// alone (--texts 0), per byte of text encoded (each text is encoded,
// decoded and hashed in three modes with each of the four built-in
// vocabularies).
func BenchmarkTokenizerVMSteps(b *testing.B) {
	elf := buildTokencheck(b)
	name, eng := "go", claim.Engine(nil)
	if e, ok := engines()["unicorn"]; ok {
		name, eng = "unicorn", e
	}
	size := 0
	for _, t := range tokencheck.Light() {
		size += len(t)
	}
	encoded := 3 * len(tokencheck.Builtin()) * size
	for b.Loop() {
		_, all := runInVM(b, elf, name, eng, "tokencheck", "--light")
		_, build := runInVM(b, elf, name, eng, "tokencheck", "--light", "--texts", "0")
		b.ReportMetric(float64(all), "steps")
		b.ReportMetric(float64(build), "build-steps")
		b.ReportMetric(float64(all-build)/float64(encoded), "steps/byte")
	}
}
