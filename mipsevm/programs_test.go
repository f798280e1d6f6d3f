package mipsevm_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/axonum/opml/internal/testprograms"

	"github.com/axonum/opml/mipsevm"
	"github.com/axonum/opml/mipsevm/program"
)

type result struct {
	stdout, stderr string
	exitCode       int
	signaled       bool
	state          *mipsevm.State
	fault          *mipsevm.Fault
}

const stepLimit = 20_000_000_000

func runVM(t testing.TB, path string) result {
	t.Helper()
	return runVMProcess(t, path, program.Process{})
}

// runVMProcess runs a program loaded as the process p.
func runVMProcess(t testing.TB, path string, p program.Process) result {
	t.Helper()
	s, err := program.LoadProcessFile(path, p)
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	vm := mipsevm.NewVM(s, nil, &out, &errb)
	if err := vm.Run(stepLimit); err != nil {
		t.Fatalf("%s: host error: %v", path, err)
	}
	if !s.Exited {
		t.Fatalf("%s: still running after %d steps", path, s.Step)
	}
	return result{stdout: out.String(), stderr: errb.String(), exitCode: int(s.ExitCode), state: s, fault: vm.Fault()}
}

func runQemu(t testing.TB, path string) result {
	t.Helper()
	return runQemuProcess(t, path, nil)
}

// runQemuProcess runs a program under qemu as the process p (nil: argv[0]
// is the path, no environment, stdin /dev/null). Stdin is a file, so a
// read returns all it asks for up to the end, as in the VM.
func runQemuProcess(t testing.TB, path string, p *program.Process) result {
	t.Helper()
	qemu, err := exec.LookPath("qemu-mips-static")
	if err != nil {
		if os.Getenv("OPML_REQUIRE_TESTPROGRAMS") != "" {
			t.Fatal("qemu-mips-static not found (Debian package qemu-user-static; `make deps` installs it)")
		}
		t.Skip("qemu-mips-static not found: install Debian's qemu-user-static (`make deps`)")
	}
	cmd := exec.Command(qemu, path)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = []string{}
	if p != nil {
		args := []string{"-0", p.Args[0], path}
		cmd = exec.Command(qemu, append(args, p.Args[1:]...)...)
		cmd.Stdout, cmd.Stderr = &out, &errb
		// qemu-user hands the guest its environment in reverse order (it
		// builds a list by prepending); Linux, and the VM, keep execve's.
		cmd.Env = append([]string{}, p.Env...)
		slices.Reverse(cmd.Env)
		in := filepath.Join(t.TempDir(), "stdin")
		if err := os.WriteFile(in, p.Stdin, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(in)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("qemu: %s ran for 10 minutes", path)
	}
	r := result{stdout: out.String(), stderr: errb.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		ws := ee.Sys().(syscall.WaitStatus)
		r.signaled = ws.Signaled()
		r.exitCode = ws.ExitStatus()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

// expectedDir holds qemu's output for every program (and the VM's for the
// programs qemu cannot run).
const expectedDir = "testdata/expected"

// qemuSkip lists the programs qemu cannot run (expectedDir/qemu-skip, lines
// "KIND/NAME reason"): they use the VM's own syscalls.
func qemuSkip(t testing.TB) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(expectedDir, "qemu-skip"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			skip[f[0]] = true
		}
	}
	return skip
}

// expectedResult is the recorded stdout and exit status of a program that
// qemu cannot run (maintained by hand: see testdata/README.md).
func expectedResult(t testing.TB, kind, name string) (stdout, status string) {
	t.Helper()
	out, err := os.ReadFile(filepath.Join(expectedDir, kind, name+".stdout"))
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.ReadFile(filepath.Join(expectedDir, kind, name+".status"))
	if err != nil {
		t.Fatal(err)
	}
	return string(out), strings.TrimSpace(string(st))
}

// TestProgramsMatchQemu runs every test program in the VM and under qemu:
// standard output and exit code must be equal; programs that die by a signal
// under qemu must stop with status panic in the VM after the same output.
// Programs qemu cannot run (expected/qemu-skip) must give their recorded
// output and exit status instead.
func TestProgramsMatchQemu(t *testing.T) {
	var paths []string
	for _, kind := range []string{"asm", "c", "go"} {
		paths = append(paths, testprograms.All(t, kind)...)
	}
	skip := qemuSkip(t)
	for _, path := range paths {
		kind := filepath.Base(filepath.Dir(path))
		name := kind + "/" + filepath.Base(path)
		if strings.Contains(name, "alloc") && testing.Short() {
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			vm := runVM(t, path)
			if skip[kind+"/"+testprograms.Name(path)] {
				stdout, status := expectedResult(t, kind, testprograms.Name(path))
				if vm.stdout != stdout {
					t.Errorf("stdout differs from the recorded one\nvm:       %q\nrecorded: %q", vm.stdout, stdout)
				}
				if got := fmt.Sprintf("exit %d", vm.exitCode); vm.fault != nil || got != status {
					t.Errorf("vm: %s (fault %v), recorded: %s", got, vm.fault, status)
				}
				return
			}
			q := runQemu(t, path)
			if vm.stdout != q.stdout {
				t.Errorf("stdout differs\nvm:   %q\nqemu: %q", vm.stdout, q.stdout)
			}
			fault := strings.HasPrefix(filepath.Base(path), "fault_")
			switch {
			case q.signaled || fault:
				if !q.signaled {
					t.Errorf("qemu: expected a fatal signal, got exit code %d", q.exitCode)
				}
				if vm.state.Status() != mipsevm.StatusPanic || vm.fault == nil {
					t.Errorf("vm: want status panic with a fault, got %s (exit %d)", vm.state.Status(), vm.exitCode)
				} else {
					t.Logf("vm fault: %v", vm.fault)
				}
			case vm.exitCode != q.exitCode:
				t.Errorf("exit code: vm %d, qemu %d\nvm stderr: %s", vm.exitCode, q.exitCode, vm.stderr)
			case vm.fault != nil:
				t.Errorf("unexpected fault: %v", vm.fault)
			}
			if filepath.Base(filepath.Dir(path)) == "go" && vm.stderr != q.stderr && !strings.Contains(name, "panic") {
				t.Errorf("stderr differs\nvm:   %q\nqemu: %q", vm.stderr, q.stderr)
			}
			t.Logf("%d steps, exit %d, %d MiB of memory, %d threads", vm.state.Step, vm.exitCode, vm.state.Memory.UsedBytes()>>20, vm.state.ThreadCount())
		})
	}
}

// processCases are processes to start the C args program as: arguments,
// environment and stdin of several shapes.
func processCases() map[string]program.Process {
	lines := func(n int) []byte {
		var b []byte
		for i := range n {
			b = fmt.Appendf(b, "line %d: %s\n", i, strings.Repeat("x", i%71))
		}
		return b
	}
	long := strings.Repeat("0123456789", 500)
	many := make([]string, 300)
	for i := range many {
		many[i] = fmt.Sprintf("arg%d", i)
	}
	return map[string]program.Process{
		"argv0 only":     {Args: []string{"prog"}},
		"args":           {Args: []string{"prog", "hello", "two words", "", "-x=1"}},
		"env":            {Args: []string{"prog", "a"}, Env: []string{"HOME=/", "EMPTY=", "LANG=C.UTF-8"}},
		"stdin":          {Args: []string{"prog", "in"}, Stdin: lines(50)},
		"one byte stdin": {Args: []string{"prog", "1"}, Stdin: []byte{'z'}},
		"large stdin":    {Args: []string{"prog"}, Stdin: lines(3000)},
		// more than the one page of strings a default process has
		"long args": {Args: append([]string{"prog", long}, many...), Env: []string{"LONG=" + long}},
	}
}

// TestProcessMatchesQemu: the C args program started with arguments, an
// environment and stdin prints the same and exits the same in the VM as
// under qemu.
func TestProcessMatchesQemu(t *testing.T) {
	path := testprograms.Find(t, "c", "args")
	for name, p := range processCases() {
		t.Run(name, func(t *testing.T) {
			vm := runVMProcess(t, path, p)
			q := runQemuProcess(t, path, &p)
			if vm.stdout != q.stdout {
				t.Errorf("stdout differs\nvm:   %q\nqemu: %q", vm.stdout, q.stdout)
			}
			if vm.exitCode != q.exitCode || vm.fault != nil || q.signaled {
				t.Errorf("exit: vm %d (fault %v), qemu %d (signaled %v)", vm.exitCode, vm.fault, q.exitCode, q.signaled)
			}
			t.Logf("%d steps", vm.state.Step)
		})
	}
}

// TestProcessWithoutExtrasIsLoad: a process with no arguments, environment
// or stdin has exactly the initial state Load gives (committed prestates
// depend on it), and stdin changes the state hash.
func TestProcessWithoutExtrasIsLoad(t *testing.T) {
	path := testprograms.Find(t, "c", "args")
	image, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := program.Load(image)
	if err != nil {
		t.Fatal(err)
	}
	b, err := program.LoadProcess(image, program.Process{Args: []string{"guest"}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Fatal("a process without extras differs from Load's state")
	}
	c, err := program.LoadProcess(image, program.Process{Args: []string{"guest"}, Stdin: []byte{0}})
	if err != nil {
		t.Fatal(err)
	}
	if c.Hash() == a.Hash() {
		t.Fatal("stdin does not change the state hash")
	}
}

func TestAsmSelfChecksPass(t *testing.T) {
	for _, path := range testprograms.All(t, "asm") {
		if strings.HasPrefix(filepath.Base(path), "fault_") {
			continue
		}
		r := runVM(t, path)
		if r.exitCode != 0 || strings.Contains(r.stdout, "FAIL") {
			t.Errorf("%s: exit %d\n%s", path, r.exitCode, r.stdout)
		}
	}
}

// TestFaultsNameInstruction checks that each fault program stops with a
// fault that names the instruction and pc.
func TestFaultsNameInstruction(t *testing.T) {
	for _, path := range testprograms.All(t, "asm") {
		if !strings.HasPrefix(filepath.Base(path), "fault_") {
			continue
		}
		r := runVM(t, path)
		if r.fault == nil {
			t.Errorf("%s: no fault (exit %d)", path, r.exitCode)
			continue
		}
		msg := r.fault.Error()
		if !strings.Contains(msg, "pc 0x") || !strings.Contains(msg, "instruction 0x") || r.state.ExitCode != mipsevm.FaultExitCode {
			t.Errorf("%s: fault message %q", path, msg)
		}
		// A step on an exited state changes nothing.
		h := r.state.Hash()
		vm := mipsevm.NewVM(r.state, nil, nil, nil)
		w, err := vm.Step(true)
		if err != nil || r.state.Hash() != h || w.StateHash != h {
			t.Errorf("%s: stepping an exited state changed it (err %v)", path, err)
		}
	}
}
