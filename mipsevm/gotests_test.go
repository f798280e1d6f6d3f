package mipsevm_test

import (
	"testing"

	"github.com/axonum/opml/internal/testprograms"
	"github.com/axonum/opml/mipsevm/program"
)

// TestGoTestBinaries runs each Go standard-library test binary that `make
// gotests` built (go test -c for the VM's target, run with -test.short) in
// the VM and under qemu: standard output and exit status must be equal
// (PASS and 0). They exercise the Go runtime as ordinary programs do:
// examples capture their output through os.Pipe, which brings in the
// netpoller (pipes, epoll), and bytes maps guard pages with syscall.Mmap.
func TestGoTestBinaries(t *testing.T) {
	for _, path := range testprograms.GoTests(t) {
		name := testprograms.GoTestName(path)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := program.Process{Args: []string{"guest", "-test.short"}}
			vm := runVMProcess(t, path, p)
			q := runQemuProcess(t, path, &p)
			if vm.stdout != q.stdout {
				t.Errorf("stdout differs\nvm:   %q\nqemu: %q\nvm stderr: %s", vm.stdout, q.stdout, vm.stderr)
			}
			if vm.exitCode != q.exitCode || vm.fault != nil || q.signaled {
				t.Errorf("exit: vm %d (fault %v), qemu %d (signaled %v)", vm.exitCode, vm.fault, q.exitCode, q.signaled)
			}
			if q.exitCode != 0 {
				t.Errorf("the tests fail under qemu too: %q", q.stdout)
			}
			t.Logf("%d steps, exit %d", vm.state.Step, vm.exitCode)
		})
	}
}
