package kernelcheck

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// repoRoot is the module root (two levels up from this package).
func repoRoot(t *testing.T) string {
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatalf("%s not found (Debian package %s; `make deps` installs it)", name, pkg)
		}
		t.Skipf("%s not found: install Debian's %s (`make deps`)", name, pkg)
	}
	return p
}

// crossBuild builds package pkg for goarch (and GOMIPS=softfloat for mips).
func crossBuild(t *testing.T, goarch, pkg string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), filepath.Base(pkg)+"."+goarch)
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Dir = repoRoot(t)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+goarch, "CGO_ENABLED=0", "GOMIPS=softfloat")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s for %s: %v\n%s", pkg, goarch, err, b)
	}
	return out
}

func runWith(t *testing.T, emulator, bin string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out, errb bytes.Buffer
	cmd := exec.CommandContext(ctx, emulator, bin)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", emulator, bin, err, errb.String())
	}
	return out.String()
}

// TestSameBytesOnEveryArchitecture runs the kernels natively, as arm64 (a
// port where Go fuses multiply-adds) and as soft-float MIPS, both under
// qemu, and requires identical output. The run inside the VM is in package
// claimprog.
func TestSameBytesOnEveryArchitecture(t *testing.T) {
	var native bytes.Buffer
	if err := Run(&native); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(native.String(), "\n"); n < 20 {
		t.Fatalf("only %d checks ran", n)
	}
	for _, c := range []struct{ goarch, qemu, pkg string }{
		{"arm64", "qemu-aarch64-static", "qemu-user-static"},
		{"mips", "qemu-mips-static", "qemu-user-static"},
	} {
		t.Run(c.goarch, func(t *testing.T) {
			emu := needTool(t, c.qemu, c.pkg)
			bin := crossBuild(t, c.goarch, "./ggml-mips/cmd/kernelcheck")
			if got := runWith(t, emu, bin); got != native.String() {
				t.Errorf("%s output differs from native\nnative:\n%s\n%s:\n%s", c.goarch, native.String(), c.goarch, got)
			}
		})
	}
}

var fmaInsn = regexp.MustCompile(`\b(FMADD|FMSUB|FNMADD|FNMSUB|VFMLA|VFMLS)[SD]?\b`)

// TestNoFusedMultiplyAdd disassembles the arm64 builds of the engine's
// programs and fails on any fused multiply-add in this project's ML code:
// each one is a place where arm64 would round differently from amd64 and
// MIPS.
func TestNoFusedMultiplyAdd(t *testing.T) {
	root := repoRoot(t)
	mains, err := filepath.Glob(filepath.Join(root, "ggml-mips/cmd/*/main.go"))
	if err != nil || len(mains) == 0 {
		t.Fatalf("no programs under ggml-mips/cmd (%v)", err)
	}
	for _, m := range mains {
		pkg := "./" + filepath.ToSlash(strings.TrimPrefix(filepath.Dir(m), root+"/"))
		t.Run(filepath.Base(pkg), func(t *testing.T) {
			bin := crossBuild(t, "arm64", pkg)
			cmd := exec.Command("go", "tool", "objdump", "-s", `github\.com/axonum/opml/ggml-mips/`, bin)
			cmd.Dir = root
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("objdump: %v", err)
			}
			if len(out) == 0 {
				t.Fatal("objdump found no ggml-mips code (symbol pattern wrong?)")
			}
			var bad []string
			var fn string
			for _, line := range strings.Split(string(out), "\n") {
				if strings.HasPrefix(line, "TEXT ") {
					fn = line
				}
				if fmaInsn.MatchString(line) {
					bad = append(bad, fn+"\n    "+strings.TrimSpace(line))
				}
			}
			if len(bad) > 0 {
				t.Errorf("%d fused multiply-adds (round the product with float32(...)/float64(...)):\n%s", len(bad), strings.Join(bad, "\n"))
			}
		})
	}
}
